package stem

import "testing"

// TestLightWhole checks that Light keeps every word of its lexicon,
// lightwhole.txt, whole after normalize.Search but for the article.
func TestLightWhole(t *testing.T) {
	words, stems := lightWholeWords(t)
	for i, word := range words {
		if got := Light.Stem(word); got != stems[i] {
			t.Errorf("Light.Stem(%+q) = %+q; want %+q (a word of lightwhole.txt)", word, got, stems[i])
		}
	}
	if len(words) < 100 {
		t.Errorf("lightwhole.txt has %d words; want its whole list", len(words))
	}
}
