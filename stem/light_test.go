package stem_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
)

// TestLightWhole checks that Light keeps every word of its lexicon,
// lightwhole.txt, whole after normalize.Search but for the article, and so
// that the generated table is the file's.
func TestLightWhole(t *testing.T) {
	list := readWordList(t, "lightwhole.txt")
	for _, w := range list {
		word := normalize.Search.String(w)
		want := word
		if strings.HasPrefix(want, "ال") && utf8.RuneCountInString(want) >= 5 {
			want = want[len("ال"):]
		}
		if got := stem.Light.Stem(word); got != want {
			t.Errorf("Light.Stem(%+q) = %+q; want %+q (lightwhole.txt has %+q)", word, got, want, w)
		}
	}
	if len(list) < 100 {
		t.Errorf("lightwhole.txt has %d words; want its whole list", len(list))
	}
}
