package stem

import (
	"github.com/go-arabic/arabic/internal/clitic/lexicon"
	"github.com/go-arabic/arabic/internal/wordhash"
)

// A wordTable is a set of words: the words, sorted (StopWords yields them
// in order), and an open-addressing hash table of their indexes, placed by
// wordhash.Slot and at most a quarter full. A word not in the set, as most
// words are, mostly lands on an empty slot at once; a word in it costs a
// string comparison more. That takes a few nanoseconds, a fifth of what
// the binary search of the sorted words took behind a filter. gen.go
// writes both parts; TestWordTable finds a stale table.
type wordTable struct {
	words []string
	bits  uint
	slots []uint16 // 1 + the index in words of the word placed there, or 0
}

// contains reports whether word is in the table. It makes no allocations.
func (t wordTable) contains(word string) bool {
	mask := uint32(len(t.slots) - 1)
	for h := wordhash.Slot(word, t.bits); ; h = (h + 1) & mask {
		switch i := t.slots[h]; {
		case i == 0:
			return false
		case t.words[i-1] == word:
			return true
		}
	}
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
