package stem

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-arabic/arabic/internal/clitic/lexicon"
	"github.com/go-arabic/arabic/internal/gotable"
	"github.com/go-arabic/arabic/normalize"
	"github.com/stretchr/testify/require"
)

// TestKeySets checks that the key sets Light looks words up in are those
// of their lists, as gen.go writes them: every word's key is in its set,
// and the set holds no other (run go generate after editing a list).
func TestKeySets(t *testing.T) {
	var stop []string
	for _, w := range stopWords.words {
		stop = append(stop, normalize.Search.String(w))
	}
	_, whole := lightWholeWords(t)

	for _, set := range []struct {
		name  string
		set   keySet
		words []string
	}{{"stopKeys", stopKeys, stop}, {"lightWhole", lightWhole, whole}} {
		keys := map[uint64]bool{}
		for _, w := range set.words {
			k, ok := lexicon.Key(w)
			if !ok {
				t.Errorf("%s: %+q has no key", set.name, w)
				continue
			}
			keys[k] = true
			if !set.set.has(k) {
				t.Errorf("%s lacks %+q: run go generate", set.name, w)
			}
		}
		n := 0
		for _, k := range set.set.keys {
			if k != 0 {
				n++
			}
		}
		if n != len(keys) {
			t.Errorf("%s holds %d keys; its list has %d: run go generate", set.name, n, len(keys))
		}
	}
}

// readWordList returns the words of one of the package's word lists, as
// gen.go reads them (gotable.ReadWords).
func readWordList(t *testing.T, name string) []string {
	t.Helper()
	words, err := gotable.ReadWords(name)
	require.NoError(t, err)
	return words
}

// lightWholeWords returns the words of lightwhole.txt after
// normalize.Search, and each as Light keeps it whole: without the article
// when three letters or more follow it, as Light removes it and gen.go
// writes the table.
func lightWholeWords(t *testing.T) (words, stems []string) {
	t.Helper()
	for _, w := range readWordList(t, "lightwhole.txt") {
		w = normalize.Search.String(w)
		words = append(words, w)
		if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 5 {
			w = w[len("ال"):]
		}
		stems = append(stems, w)
	}
	return words, stems
}

// TestWordTable checks that the stop list's hash table is the one gen.go
// would write for its words: each word is found where wordhash.Slot puts
// it, and the table holds no other (run go generate after editing
// stopwords.txt or the hash).
func TestWordTable(t *testing.T) {
	n := 0
	for _, i := range stopWords.slots {
		if i != 0 {
			n++
		}
	}
	if n != len(stopWords.words) {
		t.Errorf("stopWords has %d slots filled for %d words: run go generate", n, len(stopWords.words))
	}
	for _, w := range stopWords.words {
		if !stopWords.contains(w) {
			t.Errorf("stopWords lacks %+q: run go generate", w)
		}
	}
}
