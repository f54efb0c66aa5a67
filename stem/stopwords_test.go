package stem

import (
	"slices"
	"testing"

	"github.com/go-arabic/arabic/normalize"
)

// TestStopWords checks the generated table against its source,
// stopwords.txt: every word there is a stop word in its own spelling and
// as normalize.Search and normalize.Lucene write it, and the table is
// sorted without repeats.
func TestStopWords(t *testing.T) {
	list := readWordList(t, "stopwords.txt")
	n := len(list)
	for _, w := range list {
		for _, v := range []string{w, normalize.Search.String(w), normalize.Lucene.String(w), (normalize.Search | normalize.FoldHamza).String(w)} {
			if !IsStopWord(v) {
				t.Errorf("IsStopWord(%+q) = false; want true (stopwords.txt has %+q)", v, w)
			}
		}
	}

	all := slices.Collect(StopWords())
	if !slices.IsSorted(all) || len(slices.Compact(slices.Clone(all))) != len(all) {
		t.Errorf("StopWords() is not sorted and free of repeats")
	}
	if len(all) < n {
		t.Errorf("StopWords() yields %d words; stopwords.txt has %d", len(all), n)
	}
	for _, w := range []string{"", "كتاب", "ليبيا", "الوزير", "قال", "في ", "Fi"} {
		if IsStopWord(w) {
			t.Errorf("IsStopWord(%+q) = true; want false", w)
		}
	}
	if a := testing.AllocsPerRun(100, func() { IsStopWord("الذي") }); a != 0 {
		t.Errorf("IsStopWord makes %v allocations; want 0", a)
	}
}
