package stem

import (
	"slices"

	"github.com/go-arabic/arabic/internal/clitic/lexicon"
	"github.com/go-arabic/arabic/stem/internal/filter"
)

// A wordTable is a sorted list of words, with a filter that rejects most
// words that are not in it before the binary search: one bit for the
// filter.Hash of each word, which rejects a word absent from a table of a
// few hundred words nine times in ten, in a tenth of the search's time.
// gen.go writes both parts; TestStopWords and TestLightWhole find a stale
// filter, which would reject words of the list.
type wordTable struct {
	filter *[filter.Bits / 64]uint64
	words  []string
}

// contains reports whether word is in the table. It makes no allocations.
func (t wordTable) contains(word string) bool {
	if h := filter.Hash(word); t.filter[h/64]&(1<<(h%64)) == 0 {
		return false
	}
	_, found := slices.BinarySearch(t.words, word)
	return found
}

// A keySet is a set of words as the lookup keys of their letters
// (lexicon.Key, clitic.Word.Key), in an open-addressing hash table that
// gen.go writes. Light looks up the words it has read with package clitic
// in it, in a few nanoseconds and without reading the bytes again.
type keySet struct {
	bits uint
	keys []uint64
}

// has reports whether the word of key k is in the set. The key 0, of no
// word or of one too long for a key, is in no set.
func (s keySet) has(k uint64) bool {
	if k == 0 {
		return false
	}
	mask := uint64(len(s.keys) - 1)
	for h := lexicon.Slot(k, s.bits); ; h = (h + 1) & mask {
		switch s.keys[h] {
		case k:
			return true
		case 0:
			return false
		}
	}
}
