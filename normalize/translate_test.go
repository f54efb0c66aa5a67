package normalize_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/normalize"
)

// translateForms are the Forms the translation tests run: the profiles,
// and ComposeHamza with and without the flags that fold to a letter it
// composes, or remove what stands between a letter and its mark.
var translateForms = []normalize.Form{
	normalize.Search,
	normalize.Display,
	normalize.Lucene,
	normalize.ComposeHamza,
	normalize.ComposeHamza | normalize.FoldAlef | normalize.RemoveTashkeel,
	normalize.ComposeHamza | normalize.FoldAlefMaksura | normalize.RemoveTatweel,
	normalize.FoldDigits | normalize.RemoveTashkeel,
	normalize.ComposeHamza | normalize.FoldAlef | normalize.FoldAlefMaksura | normalize.RemoveZWJ | normalize.RemoveTatweel,
}

// checkTranslate compares String, Bytes and AppendString on in with the
// output of AlignString, which goes rune by rune and never through the
// translation table.
func checkTranslate(t *testing.T, form normalize.Form, in string) {
	t.Helper()
	want, _ := form.AlignString(in)
	if got := form.String(in); got != want {
		t.Errorf("%v.String(%+q) = %+q; want %+q", form, in, got, want)
	}
	if got := form.Bytes([]byte(in)); string(got) != want {
		t.Errorf("%v.Bytes(%+q) = %+q; want %+q", form, in, got, want)
	}
	if got := form.AppendString(nil, in); string(got) != want {
		t.Errorf("%v.AppendString(nil, %+q) = %+q; want %+q", form, in, got, want)
	}
}

// TestTranslateEdges puts each case at every offset from the start of the
// translated text, so that any grouping of the input in words of a few
// bytes meets it at each of its positions: the letter a mark completes
// just before the end of a group, ill-formed bytes inside one, a group
// cut by the end of the input, a change in its last rune.
func TestTranslateEdges(t *testing.T) {
	cases := []struct{ name, in string }{
		{"alef then maddah", "كتبا\u0653"},
		{"alef, harakah, maddah", "كتبا\u064e\u0653"},
		{"waw, harakah, hamza", "كتو\u064e\u0654ل"},
		{"yeh then hamza after a space", "كتي \u0654"},
		{"hamza alef then harakah", "كتبأ\u064eن"},
		{"alef maksura then maddah", "كتبى\u0653"},
		{"harakah after letters", "كَتَبَ"},
		{"tatweel between yeh and hamza", "كتبي\u0640\u0654"},
		{"ill-formed byte between runes", "كت\xffبا"},
		{"cut rune between runes", "كت\xd8با"},
		{"lone continuation byte", "كت\xa7با"},
		{"cut rune at the end", "كتب\xd8"},
		{"alef at the end", "كتبا"},
		{"change in the fourth rune", "كتبة كتبأ"},
		{"digits", "كتب ١٢٣ ۴"},
		{"presentation form", "كتبﻻكتب"},
		{"three-byte rune", "كتب\u200fكتب"},
		{"ASCII run", "كتب the quick brown fox كتب"},
		{"word starting with hamza alef and a harakah", "كتب أَن"},
		{"word starting with alef and maddah", "كتب ا\u0653ب"},
		{"word starting with yeh, harakah and hamza", "كتب ي\u064e\u0654ب"},
		{"word of two digits", "كتب ١٢ كتب"},
		{"word of two letters then a mark", "كتب وي\u0654"},
		{"hamza alef at the end", "كتبأ"},
		{"hamza alef, removed ZWJ, maddah", "كتبأ\u200d\u0653"},
		{"hamza alef, tatweel, maddah", "كتبأ\u0640\u0653"},
		{"alef maksura then hamza", "كتبى\u0654"},
		{"two folded letters then maddah", "كأأ\u0653"},
		{"folded letter, ill-formed byte, maddah", "كتبأ\xff\u0653"},
		{"word starting with hamza alef and maddah", "كتب أ\u0653ب"},
		{"word of two folded letters then maddah", "كتب أى\u0653"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for shift := range 9 {
				// أ makes the first change, so that the rest is translated.
				for _, pad := range []string{strings.Repeat("x", shift), strings.Repeat("ب", shift)} {
					in := "أ" + pad + tc.in + pad + tc.in
					for _, form := range translateForms {
						checkTranslate(t, form, in)
					}
				}
			}
		})
	}
}

// TestTranslateRandom checks the translation on random text made of the
// runes that need it to look around: letters that compose, hamza and
// maddah marks, harakat, tatweel, letters folded to one that composes,
// spaces, and ill-formed bytes.
func TestTranslateRandom(t *testing.T) {
	alphabet := []string{
		"ا", "و", "ي", "ب", "ك", "أ", "ى", "ة", " ", "x",
		"\u064e", "\u0651", "\u0653", "\u0654", "\u0655", "\u0640", "\u06e1",
		"١", "\xd8", "\xff", "ﻻ", "\u200d", "إ", "ٱ",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	n := 3000
	if testing.Short() {
		n = 300
	}
	var b strings.Builder
	for range n {
		b.Reset()
		b.WriteString("أ")
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		for _, form := range translateForms {
			checkTranslate(t, form, b.String())
		}
		if t.Failed() {
			return
		}
	}
}
