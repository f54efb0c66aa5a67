package stem

import (
	"slices"

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
