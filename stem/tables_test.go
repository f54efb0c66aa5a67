package stem

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
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

// TestLight10Tables checks the tables that light10Bounds reads affixes
// from against the affix lists. light10PrefixOf, spelled back, must give
// each first letter the prefixes of light10Prefixes that start with it, in
// their order, and no other letter's; bit i of light10SuffixesEndingIn[b]
// must be set exactly when suffix i ends with a letter whose second byte
// has the low six bits b. Every affix must be two-byte letters, as
// light10Bounds assumes.
func TestLight10Tables(t *testing.T) {
	want := map[string][]string{} // by first letter
	for _, p := range light10Prefixes {
		want[p[:2]] = append(want[p[:2]], p)
	}
	got := map[string][]string{}
	for k, e := range light10PrefixOf {
		letter := string([]byte{byte(e.letter), byte(e.letter >> 8)})
		if byte(e.head>>8)&0x3F == byte(k) {
			long := []byte{byte(e.head), byte(e.head >> 8), byte(e.head >> 16), byte(e.head >> 24), byte(e.tail), byte(e.tail >> 8)}
			got[string(long[:2])] = append(got[string(long[:2])], string(long[:e.minLen-2]))
		}
		if e.bare {
			got[letter] = append(got[letter], letter)
		}
	}
	if !maps.EqualFunc(got, want, slices.Equal) {
		t.Errorf("light10PrefixOf spells %q; light10Prefixes are %q", got, want)
	}
	var suffixes [64]uint16
	for i, s := range light10Suffixes {
		suffixes[s[len(s)-1]&0x3F] |= 1 << i
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

// TestLight10Spec compares light10Bounds with a literal reading of the
// algorithm its doc states (prefixes in order, the first that fits; then
// each suffix once, in order), on every word of up to five letters of an
// alphabet of the affixes' letters, letters that share their table entries
// (٧ ا, ٨ و), a letter outside the Basic Multilingual Plane, ASCII, NUL and
// ill-formed bytes; and on long words whose first bytes are NUL.
func TestLight10Spec(t *testing.T) {
	units := func(s string) int { return len(utf16.Encode([]rune(s))) }
	spec := func(w string) string {
		for _, p := range light10Prefixes {
			rest := 2
			if p == "و" {
				rest = 3
			}
			if strings.HasPrefix(w, p) && units(w[len(p):]) >= rest {
				w = w[len(p):]
				break
			}
		}
		for _, s := range light10Suffixes {
			if strings.HasSuffix(w, s) && units(w[:len(w)-len(s)]) >= 2 {
				w = w[:len(w)-len(s)]
			}
		}
		return w
	}
	check := func(w string) {
		i, j := light10Bounds(w)
		if got, want := w[i:j], spec(w); got != want {
			t.Fatalf("light10Bounds(%+q) gives %+q; the algorithm gives %+q", w, got, want)
		}
	}
	alphabet := []string{"ا", "ل", "و", "ب", "ك", "ف", "ه", "ة", "ي", "ن", "ت", "٧", "٨", "𝐀", "x", "\x00", "\xd9", "\x84"}
	letters := 5
	if testing.Short() {
		letters = 4
	}
	var words func(prefix string, n int)
	words = func(prefix string, n int) {
		check(prefix)
		if n > 0 {
			for _, l := range alphabet {
				words(prefix+l, n-1)
			}
		}
	}
	words("", letters)
	for _, w := range []string{"\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00ال"} {
		check(w + strings.Repeat("ب", 300))
	}
}
