package stem

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestPresentationForms checks Normalize_pre's table of presentation forms
// against their compatibility decompositions: the .sbl lists every form of
// U+FE80–U+FEFC, each with the letters NFKC gives.
func TestPresentationForms(t *testing.T) {
	for r := rune(0xFE80); r <= 0xFEFC; r++ {
		got, ok := presentationForm(r)
		want := norm.NFKC.String(string(r))
		if !ok || got != want {
			t.Errorf("presentationForm(%U) = %+q, %v; want %+q, true", r, got, ok, want)
		}
	}
	for _, r := range []rune{0xFE7F, 0xFEFD, 0xFEFF, 0xFB50} {
		if got, ok := presentationForm(r); ok {
			t.Errorf("presentationForm(%U) = %+q, true; want the rune kept", r, got)
		}
	}
}

// TestAmongs checks the rule tables of the Snowball routines: longest affix
// first, as Snowball's among picks the longest match; affixes and
// replacements of two-byte Arabic letters, as sbWord.replace counts them;
// no replacement longer than its affix, as the stemming is done in place.
func TestAmongs(t *testing.T) {
	amongs := map[string]among{
		"checks1Articles":      checks1Articles,
		"suffixNounStep1a":     suffixNounStep1a,
		"suffixNounStep1b":     suffixNounStep1b,
		"suffixNounStep2a":     suffixNounStep2a,
		"suffixNounStep2b":     suffixNounStep2b,
		"suffixNounStep2c1":    suffixNounStep2c1,
		"suffixNounStep2c2":    suffixNounStep2c2,
		"suffixNounStep3":      suffixNounStep3,
		"suffixVerbStep1":      suffixVerbStep1,
		"suffixVerbStep2a":     suffixVerbStep2a,
		"suffixVerbStep2b":     suffixVerbStep2b,
		"suffixVerbStep2c":     suffixVerbStep2c,
		"suffixAllAlefMaqsura": suffixAllAlefMaqsura,
		"prefixStep1":          prefixStep1,
		"prefixStep2":          prefixStep2,
		"prefixStep3aNoun":     prefixStep3aNoun,
		"prefixStep3bNoun":     prefixStep3bNoun,
		"prefixStep3Verb":      prefixStep3Verb,
		"prefixStep4Verb":      prefixStep4Verb,
	}
	for name, a := range amongs {
		for i, r := range a {
			if i > 0 && len(r.affix) > len(a[i-1].affix) {
				t.Errorf("%s: %+q comes after the shorter %+q", name, r.affix, a[i-1].affix)
			}
			if len(r.replace) > len(r.affix) {
				t.Errorf("%s: %+q becomes the longer %+q", name, r.affix, r.replace)
			}
			for _, s := range []string{r.affix, r.replace} {
				for _, c := range s {
					if utf8.RuneLen(c) != 2 {
						t.Errorf("%s: %+q has %U, not a two-byte letter", name, s, c)
					}
				}
			}
		}
	}
}

// TestISRIPatterns checks that every pattern's tests and root lie inside
// the word length it is for, and that each root increases, as extract
// needs.
func TestISRIPatterns(t *testing.T) {
	tables := map[int][][]isriPattern{
		4: {isriPatterns4},
		5: {isriPatterns53, isriPatterns54},
		6: {isriPatterns6, isriPatterns64},
	}
	for n, ts := range tables {
		for _, patterns := range ts {
			for _, p := range patterns {
				name := fmt.Sprintf("%d-letter pattern %+q", n, p.name)
				if utf8.RuneCountInString(strings.Fields(p.name)[0]) != n {
					t.Errorf("%s: not %d letters long", name, n)
				}
				for _, x := range p.at {
					if x.pos >= n {
						t.Errorf("%s: tests position %d", name, x.pos)
					}
				}
				for i, x := range p.root {
					if x >= n || i > 0 && x <= p.root[i-1] {
						t.Errorf("%s: root positions %v", name, p.root)
					}
				}
			}
		}
	}
}

// TestUTF16Len checks the word-at-a-time count against a count byte by
// byte, on every length up to 40 and on random bytes of every class.
func TestUTF16Len(t *testing.T) {
	want := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i]&0xC0 != 0x80 {
				n++
			}
			if s[i] >= 0xF0 {
				n++
			}
		}
		return n
	}
	alphabet := []string{"a", "\u0627", "\u0628", "\ufefb", "\U0001F600", "\x80", "\xff", "\xf0"}
	r := rand.New(rand.NewPCG(1, 2))
	for length := 0; length <= 40; length++ {
		for range 50 {
			var b []byte
			for len(b) < length {
				b = append(b, alphabet[r.IntN(len(alphabet))]...)
			}
			s := string(b[:length])
			if got, w := utf16Len(s), want(s); got != w {
				t.Errorf("utf16Len(%+q) = %d; want %d", s, got, w)
			}
			if got, w := utf16Len([]byte(s)), want(s); got != w {
				t.Errorf("utf16Len([]byte(%+q)) = %d; want %d", s, got, w)
			}
		}
	}
	if got := utf16Len("\U0001F600\u0627"); got != 3 {
		t.Errorf("utf16Len(%+q) = %d; want 3 (a surrogate pair and one unit)", "\U0001F600\u0627", got)
	}
}

// TestISRITables checks that ISRI's affixes and pattern letters are
// two-byte letters, as letterAt decodes them.
func TestISRITables(t *testing.T) {
	strs := []string{isriPrefixes1, isriSuffixes1, "آأإ"}
	for _, list := range [][]string{isriPrefixes3, isriPrefixes2, isriSuffixes3, isriSuffixes2} {
		strs = append(strs, list...)
	}
	for _, patterns := range [][]isriPattern{isriPatterns4, isriPatterns53, isriPatterns54, isriPatterns6, isriPatterns64} {
		for _, p := range patterns {
			for _, x := range p.at {
				strs = append(strs, x.oneOf)
			}
		}
	}
	for _, s := range strs {
		for i, r := range s {
			if utf8.RuneLen(r) != 2 || letterAt(s, i) != r {
				t.Errorf("%+q: %U is not a two-byte letter", s, r)
			}
		}
	}
}

// TestLight10Tables derives light10PrefixesStartingWith and
// light10SuffixesEndingIn from the affix lists and compares: bit i of
// entry b is set exactly when affix i starts (ends) with a letter whose
// second byte has the low six bits b. It also checks that every affix is
// two-byte letters, as light10Bounds assumes.
func TestLight10Tables(t *testing.T) {
	var prefixes, suffixes [64]uint16
	for i, p := range light10Prefixes {
		prefixes[p[1]&0x3F] |= 1 << i
	}
	for i, s := range light10Suffixes {
		suffixes[s[len(s)-1]&0x3F] |= 1 << i
	}
	if prefixes != light10PrefixesStartingWith {
		t.Errorf("light10PrefixesStartingWith = %v; the prefixes give %v", light10PrefixesStartingWith, prefixes)
	}
	if suffixes != light10SuffixesEndingIn {
		t.Errorf("light10SuffixesEndingIn = %v; the suffixes give %v", light10SuffixesEndingIn, suffixes)
	}
	for _, a := range append(slices.Clone(light10Prefixes), light10Suffixes...) {
		for _, r := range a {
			if utf8.RuneLen(r) != 2 {
				t.Errorf("light10 affix %+q has %U, not a two-byte letter", a, r)
			}
		}
	}
}

// TestLightSuffixes checks that Light's suffixes are two-byte letters, as
// suffixEnd counts them, that the letters each keeps are its first, and
// that lightSuffixesEndingIn gives each suffix's last letter all the
// suffixes that end in it, in order.
func TestLightSuffixes(t *testing.T) {
	byLast := map[string][]lightSuffix{}
	for _, s := range lightSuffixes {
		last := s.suffix[len(s.suffix)-2:]
		byLast[last] = append(byLast[last], s)
		if !strings.HasPrefix(s.suffix, s.keep) {
			t.Errorf("lightSuffixes: %+q keeps %+q, not its first letters", s.suffix, s.keep)
		}
		for _, r := range s.suffix {
			if utf8.RuneLen(r) != 2 {
				t.Errorf("lightSuffixes: %+q has %U, not a two-byte letter", s.suffix, r)
			}
		}
	}
	for last, want := range byLast {
		if got := lightSuffixesEndingIn(last); !slices.Equal(got, want) {
			t.Errorf("lightSuffixesEndingIn(%+q) = %+q; want %+q", last, got, want)
		}
	}
}
