package transliterate_test

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/transliterate"
)

// camelMaps names the CAMeL Tools map of each scheme in
// ../shared/testdata/charmaps: ar2<name>_map.json and <name>2ar_map.json.
var camelMaps = []struct {
	scheme transliterate.Scheme
	name   string
}{
	{transliterate.Buckwalter, "bw"},
	{transliterate.SafeBuckwalter, "safebw"},
	{transliterate.XMLBuckwalter, "xmlbw"},
	{transliterate.HSB, "hsb"},
}

// readCharMap reads a CAMeL Tools map: {"default": null, "charMap": {...}},
// whose keys are single characters in the transliteration maps.
func readCharMap(t *testing.T, name string) map[rune]string {
	t.Helper()
	var m struct {
		Default *string
		CharMap map[string]*string
	}
	if err := json.Unmarshal(sharedtest.ReadFile(t, "testdata/charmaps/"+name), &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if m.Default != nil {
		t.Fatalf("%s: default %q; the transliteration maps copy unmapped characters (null)", name, *m.Default)
	}
	out := make(map[rune]string, len(m.CharMap))
	for k, v := range m.CharMap {
		r, size := utf8.DecodeRuneInString(k)
		if size != len(k) || v == nil {
			t.Fatalf("%s: key %+q -> %v: want one character mapped to a string", name, k, v)
		}
		out[r] = *v
	}
	return out
}

// TestBuckwalterCAMeL holds each scheme of the Buckwalter family to CAMeL
// Tools' maps: every mapped code point in both directions, and every other
// code point of the Arabic block (forward) or below U+0800 (backward)
// passing through unchanged.
func TestBuckwalterCAMeL(t *testing.T) {
	for _, m := range camelMaps {
		t.Run(m.scheme.Name(), func(t *testing.T) {
			inv, ok := m.scheme.Inverse()
			if !ok {
				t.Fatalf("%s.Inverse() is not ok", m.scheme.Name())
			}
			for _, dir := range []struct {
				scheme transliterate.Scheme
				file   string
				lo, hi rune // the code points checked for pass-through
			}{
				{m.scheme, "ar2" + m.name + "_map.json", 0x0600, 0x06FF},
				{inv, m.name + "2ar_map.json", 0, 0x07FF},
			} {
				want := readCharMap(t, dir.file)
				agree := 0
				for r, w := range want {
					if got := dir.scheme.String(string(r)); got != w {
						t.Errorf("%s.String(%+q) = %+q; want %+q (%s)", dir.scheme.Name(), r, got, w, dir.file)
						continue
					}
					agree++
				}
				passed := 0
				for r := dir.lo; r <= dir.hi; r++ {
					if _, mapped := want[r]; mapped || !utf8.ValidRune(r) {
						continue
					}
					if got := dir.scheme.String(string(r)); got != string(r) {
						t.Errorf("%s.String(%+q) = %+q; want it unchanged (not in %s)", dir.scheme.Name(), r, got, dir.file)
						continue
					}
					passed++
				}
				t.Logf("%s: %d/%d code points of %s agree; %d other code points in U+%04X–U+%04X pass through",
					dir.scheme.Name(), agree, len(want), dir.file, passed, dir.lo, dir.hi)
			}
		})
	}
}
