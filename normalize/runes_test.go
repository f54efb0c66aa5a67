package normalize_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"

	"github.com/go-arabic/arabic/normalize"
)

// This file checks every flag against every rune it could touch, with the
// expected result derived from the Unicode Character Database (combining
// classes, decompositions, names and properties) rather than from the
// package's own tables.

const (
	alef = 'ا'
	waw  = 'و'
	yeh  = 'ي'
	heh  = 'ه'
	kaf  = 'ك'
)

func ccc(r rune) uint8 { return norm.NFC.PropertiesString(string(r)).CCC() }

// hamzaMarks are the combining marks that NFC composes with some letter of
// the Arabic block: maddah above, hamza above and hamza below.
func hamzaMarks() map[rune]bool {
	marks := map[rune]bool{}
	for base := rune(0x0600); base <= 0x06FF; base++ {
		for m := rune(0x0600); m <= 0x06FF; m++ {
			if ccc(m) > 0 && utf8.RuneCountInString(norm.NFC.String(string(base)+string(m))) == 1 {
				marks[m] = true
			}
		}
	}
	return marks
}

// nfdIs reports whether the canonical decomposition of r is base followed by
// one of marks.
func nfdIs(r rune, bases string, marks map[rune]bool) (rune, bool) {
	d := []rune(norm.NFD.String(string(r)))
	if len(d) == 2 && strings.ContainsRune(bases, d[0]) && marks[d[1]] {
		return d[0], true
	}
	return 0, false
}

// persianLetters names, by their Unicode names, the Persian, Urdu and Pashto
// letter forms that FoldPersian folds and the Arabic letters they become.
var persianLetters = map[string]string{
	"ARABIC LETTER FARSI YEH":                   "ARABIC LETTER YEH",
	"ARABIC LETTER YEH WITH TAIL":               "ARABIC LETTER YEH",
	"ARABIC LETTER E":                           "ARABIC LETTER YEH",
	"ARABIC LETTER YEH BARREE":                  "ARABIC LETTER YEH",
	"ARABIC LETTER YEH BARREE WITH HAMZA ABOVE": "ARABIC LETTER YEH WITH HAMZA ABOVE",
	"ARABIC LETTER KEHEH":                       "ARABIC LETTER KAF",
	"ARABIC LETTER SWASH KAF":                   "ARABIC LETTER KAF",
	"ARABIC LETTER HEH GOAL":                    "ARABIC LETTER HEH",
	"ARABIC LETTER HEH GOAL WITH HAMZA ABOVE":   "ARABIC LETTER HEH",
	"ARABIC LETTER HEH DOACHASHMEE":             "ARABIC LETTER HEH",
	"ARABIC LETTER AE":                          "ARABIC LETTER HEH",
	"ARABIC LETTER HEH WITH YEH ABOVE":          "ARABIC LETTER HEH",
	"ARABIC LETTER TEH MARBUTA GOAL":            "ARABIC LETTER TEH MARBUTA",
}

var digitNames = strings.Fields("ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE")

// expect returns what flag alone makes of the rune r, derived from Unicode
// data.
func expect(flag normalize.Form, r rune, marks map[rune]bool, byName map[string]rune) string {
	name := runenames.Name(r)
	same := string(r)
	switch flag {
	case normalize.RemoveTashkeel:
		// The eight harakat have the fixed-position classes 27–34 and
		// two-word names; the small and open variants that share those
		// classes (U+0618, U+08F0, …) are Quranic marks.
		if c := ccc(r); 27 <= c && c <= 34 && len(strings.Fields(name)) == 2 {
			return ""
		}
	case normalize.RemoveSuperscriptAlef:
		if ccc(r) == 35 {
			return ""
		}
	case normalize.FoldSuperscriptAlef:
		if ccc(r) == 35 {
			return string(alef)
		}
	case normalize.RemoveQuranicMarks:
		// The subheadings "Honorifics" and "Quranic annotation signs" of the
		// Arabic block in Unicode's NamesList.txt.
		if 0x0610 <= r && r <= 0x061A || 0x06D6 <= r && r <= 0x06ED {
			return ""
		}
	case normalize.RemoveHamzaMarks:
		if marks[r] {
			return ""
		}
	case normalize.RemoveTatweel:
		if name == "ARABIC TATWEEL" {
			return ""
		}
	case normalize.FoldAlef:
		if _, ok := nfdIs(r, string(alef), marks); ok {
			return string(alef)
		}
	case normalize.FoldAlefWasla:
		if name == "ARABIC LETTER ALEF WASLA" {
			return string(alef)
		}
	case normalize.FoldHamza:
		if base, ok := nfdIs(r, string([]rune{waw, yeh}), map[rune]bool{'\u0654': true}); ok {
			return string(base)
		}
	case normalize.FoldAlefMaksura:
		if name == "ARABIC LETTER ALEF MAKSURA" {
			return string(yeh)
		}
	case normalize.FoldTehMarbuta:
		if name == "ARABIC LETTER TEH MARBUTA" {
			return string(heh)
		}
	case normalize.FoldPresentationForms:
		if 0xFB50 <= r && r <= 0xFDFF || 0xFE70 <= r && r <= 0xFEFF {
			return norm.NFKC.String(same)
		}
	case normalize.FoldPersian:
		if to, ok := persianLetters[name]; ok {
			return string(byName[to])
		}
	case normalize.FoldDigits:
		if unicode.IsDigit(r) && strings.Contains(name, "ARABIC-INDIC DIGIT") {
			for d, n := range digitNames {
				if strings.HasSuffix(name, " "+n) {
					return string(rune('0' + d))
				}
			}
		}
	case normalize.RemoveBidiControls:
		if unicode.Is(unicode.Bidi_Control, r) {
			return ""
		}
	case normalize.RemoveZWJ:
		if name == "ZERO WIDTH JOINER" {
			return ""
		}
	case normalize.RemoveZWNJ:
		if name == "ZERO WIDTH NON-JOINER" {
			return ""
		}
	}
	return same
}

// flags lists every flag with its name.
var flags = []struct {
	name string
	form normalize.Form
}{
	{"RemoveTashkeel", normalize.RemoveTashkeel},
	{"RemoveSuperscriptAlef", normalize.RemoveSuperscriptAlef},
	{"FoldSuperscriptAlef", normalize.FoldSuperscriptAlef},
	{"RemoveQuranicMarks", normalize.RemoveQuranicMarks},
	{"RemoveHamzaMarks", normalize.RemoveHamzaMarks},
	{"ComposeHamza", normalize.ComposeHamza},
	{"RemoveTatweel", normalize.RemoveTatweel},
	{"FoldAlef", normalize.FoldAlef},
	{"FoldAlefWasla", normalize.FoldAlefWasla},
	{"FoldHamza", normalize.FoldHamza},
	{"FoldAlefMaksura", normalize.FoldAlefMaksura},
	{"FoldTehMarbuta", normalize.FoldTehMarbuta},
	{"FoldPresentationForms", normalize.FoldPresentationForms},
	{"FoldPersian", normalize.FoldPersian},
	{"FoldDigits", normalize.FoldDigits},
	{"RemoveBidiControls", normalize.RemoveBidiControls},
	{"RemoveZWJ", normalize.RemoveZWJ},
	{"RemoveZWNJ", normalize.RemoveZWNJ},
}

// runesToCheck returns the runes of the Arabic blocks, the general
// punctuation block (for the format marks) and, unless short, the rest of
// the Basic Multilingual Plane and the Arabic Mathematical Alphabetic
// Symbols, which no flag may touch.
func runesToCheck(short bool) []rune {
	blocks := [][2]rune{
		{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x08A0, 0x08FF},
		{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}, {0x2000, 0x206F},
	}
	if !short {
		blocks = [][2]rune{{0, 0xD7FF}, {0xE000, 0xFFFF}, {0x1EE00, 0x1EEFF}}
	}
	var rs []rune
	for _, b := range blocks {
		for r := b[0]; r <= b[1]; r++ {
			rs = append(rs, r)
		}
	}
	return rs
}

func TestEveryRune(t *testing.T) {
	marks := hamzaMarks()
	if len(marks) != 3 || !marks['\u0653'] || !marks['\u0654'] || !marks['\u0655'] {
		t.Fatalf("the composing marks derived from NFC are %v; want U+0653–U+0655", marks)
	}
	byName := map[string]rune{}
	for r := rune(0x0600); r <= 0x06FF; r++ {
		byName[runenames.Name(r)] = r
	}
	runes := runesToCheck(testing.Short())
	for _, fl := range flags {
		t.Run(fl.name, func(t *testing.T) {
			touched := 0
			for _, r := range runes {
				in := string(r)
				want := expect(fl.form, r, marks, byName)
				if got := fl.form.String(in); got != want {
					t.Errorf("%s.String(%+q) = %+q; want %+q (U+%04X %s)", fl.name, in, got, want, r, runenames.Name(r))
				}
				if want != in {
					touched++
				}
			}
			t.Logf("%s touches %d runes", fl.name, touched)
		})
	}
}

// TestComposeHamzaEveryPair composes every letter of the Arabic blocks with
// every combining mark of them and compares with NFC.
func TestComposeHamzaEveryPair(t *testing.T) {
	var letters, marks []rune
	for _, r := range runesToCheck(true) {
		switch {
		case ccc(r) > 0:
			marks = append(marks, r)
		case unicode.IsLetter(r):
			letters = append(letters, r)
		}
	}
	composed := 0
	for _, l := range letters {
		for _, m := range marks {
			in := string([]rune{l, m})
			want := in
			if nfc := norm.NFC.String(in); utf8.RuneCountInString(nfc) == 1 {
				want = nfc
				composed++
			}
			if got := normalize.ComposeHamza.String(in); got != want {
				t.Errorf("ComposeHamza.String(%+q) = %+q; want %+q", in, got, want)
			}
		}
	}
	if composed != 8 {
		t.Errorf("%d letter+mark pairs compose; want 8", composed)
	}
}
