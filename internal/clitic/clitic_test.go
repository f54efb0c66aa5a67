package clitic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The splits of raw text are tested through tokenize.Clitics, which shows
// them; these cases are those of folded text, which only stem.Light reads,
// and of the name tests, written as pro+base+enc with the article's end
// marked by "|".
var analyzeTests = []struct {
	name, word string
	folded     bool
	want       string
}{
	{"ta marbuta, raw", "الجامعة", false, "+ال|جامعة+"},
	{"final heh of folded text read as ta marbuta", "جامعه", true, "+جامعه+"},
	{"final heh of raw text is the pronoun", "جامعه", false, "+جامع+ه"},
	{"lexicon word in ta marbuta, folded", "وزاره", true, "+وزاره+"},
	{"pronoun after ta", "حكومته", true, "+حكومت+ه"},
	{"pronoun on a particle", "فيه", true, "+في+ه"},
	{"pronoun on the preposition lam", "له", true, "+ل+ه"},
	{"pronoun on a verb in the imperfect", "ويجعله", true, "و+يجعل+ه"},
	{"no pronoun on a nisba in ya", "يمنيه", true, "+يمنيه+"},
	{"bare alef after wa read as hamza", "واكد", true, "و+اكد+"},
	{"bare alef after wa, raw", "واكد", false, "+واكد+"},
	{"alef of the word after wa", "واحد", true, "+واحد+"},
	{"article after li", "للسلطه", true, "ل+ل|سلطه+"},
	{"article after li, alef read as hamza", "للامن", true, "ل+ل|امن+"},
	{"a word's own lam after li", "للبنان", true, "ل+لبنان+"},
	{"article after wa", "والكتاب", false, "و+ال|كتاب+"},
	{"name: a proclitic that cannot follow", "بلغراد", false, "+بلغراد+"},
	{"name: consonant cluster", "برايس", false, "+برايس+"},
	{"name: foreign ending", "بلانو", false, "+بلانو+"},
	{"name: no Arabic shape", "بريتيش", false, "+بريتيش+"},
	{"name from the list", "سيغال", true, "+سيغال+"},
	{"future before a verb", "سيكون", true, "س+يكون+"},
	{"ba before waw and a word of the lexicon", "بوجود", false, "ب+وجود+"},
	{"ba before waw and a name", "بولس", false, "+بولس+"},
	{"form IV verbal noun in nun", "بانهاء", true, "ب+انهاء+"},
	{"no form VII before a long vowel", "بانكوك", true, "+بانكوك+"},
	{"letter of another language", "وگوگل", true, "+وگوگل+"},
}

// show writes the split of word as TestAnalyze's cases do.
func show(word string, sp Split) string {
	return word[:sp.Pro] + "+" + word[sp.Pro:sp.Stem] + strings.Repeat("|", min(sp.Stem-sp.Pro, 1)) + word[sp.Stem:sp.Enc] + "+" + word[sp.Enc:]
}

// analyze returns the Split of word.
func analyze(word string, folded bool) Split {
	var w Word
	w.Analyze(word, folded)
	return w.Split
}

func TestAnalyze(t *testing.T) {
	for _, tc := range analyzeTests {
		t.Run(tc.name, func(t *testing.T) {
			sp := analyze(tc.word, tc.folded)
			if got := show(tc.word, sp); got != tc.want {
				t.Errorf("Analyze(%+q, %v) = %+q; want %+q", tc.word, tc.folded, got, tc.want)
			}
		})
	}
}

func TestAnalyzeAllocs(t *testing.T) {
	if a := testing.AllocsPerRun(100, func() {
		for _, tc := range analyzeTests {
			var w Word
			w.Analyze(tc.word, tc.folded)
		}
	}); a != 0 {
		t.Errorf("Word.Analyze: %v allocations; want 0", a)
	}
}

// FuzzAnalyze checks that a Split cuts the word in order at the starts of
// its letters, in bytes and in letters alike, in raw and folded text, and
// that a Word reused gives what a new one gives.
func FuzzAnalyze(f *testing.F) {
	for _, tc := range analyzeTests {
		f.Add(tc.word)
	}
	f.Add("وَالكِتَابُ")
	f.Add("شبهاً")
	f.Add("ال\xffكتاب")
	var reused Word
	f.Fuzz(func(t *testing.T, word string) {
		for _, folded := range []bool{false, true} {
			var w Word
			ok := w.Analyze(word, folded)
			sp := w.Split
			if !(0 <= sp.Pro && sp.Pro <= sp.Stem && sp.Stem <= sp.Enc && sp.Enc <= len(word)) {
				t.Fatalf("Analyze(%+q, %v) = %+v: bounds out of order", word, folded, sp)
			}
			if !ok {
				if sp != (Split{Enc: len(word)}) {
					t.Fatalf("Analyze(%+q, %v) = %+v, false; want the whole word", word, folded, sp)
				}
				continue
			}
			if !(0 <= sp.ProN && sp.ProN <= sp.StemN && sp.StemN <= sp.EncN && sp.EncN <= w.Len()) ||
				w.Offset(sp.ProN) != sp.Pro || w.Offset(sp.StemN) != sp.Stem || w.Offset(sp.EncN) != sp.Enc {
				t.Fatalf("Analyze(%+q, %v) = %+v: letters and bytes disagree", word, folded, sp)
			}
			for _, i := range []int{sp.Pro, sp.Stem, sp.Enc} {
				if i < len(word) && !utf8.RuneStart(word[i]) {
					t.Fatalf("Analyze(%+q, %v) = %+v: a cut inside a rune", word, folded, sp)
				}
			}
			reused.Analyze(word, folded)
			if reused.Split != sp {
				t.Fatalf("Analyze(%+q, %v) = %+v, with a Word used before %+v", word, folded, sp, reused.Split)
			}
		}
	})
}
