package tokenize

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/go-arabic/arabic/tokenize/internal/ucd"
)

// TestTables recomputes the properties of every code point from Go's unicode
// package and internal/ucd and compares them with the generated tables, so
// that stale tables fail "go test" (run "go generate" to rebuild them).
func TestTables(t *testing.T) {
	if unicode.Version != UnicodeVersion {
		t.Errorf("tables.go was built for Unicode %s, but the unicode package is Unicode %s: run go generate",
			UnicodeVersion, unicode.Version)
	}
	bad := 0
	var buf [utf8.UTFMax]byte
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := ucd.Compute(r)
		if utf8.ValidRune(r) {
			n := utf8.EncodeRune(buf[:], r)
			got, size := propAt(string(buf[:n]), 0)
			if got != want || size != n {
				if bad++; bad <= 10 {
					t.Errorf("properties of U+%04X: %v, size %d; want %v, size %d", r, got, size, want, n)
				}
			}
		}
	}
	if bad > 10 {
		t.Errorf("%d code points differ in all", bad)
	}
}

// TestIllFormed checks the hand-written UTF-8 decoder against package utf8
// on every sequence of up to three bytes that starts with a byte of 0x80 or
// more, and a sample of four-byte ones.
func TestIllFormed(t *testing.T) {
	check := func(s string) {
		r, n := utf8.DecodeRuneInString(s)
		p, size := propAt(s, 0)
		valid := !(r == utf8.RuneError && n == 1)
		if valid != (p != illFormed) || size != n {
			t.Fatalf("propAt(%+q) = %v, %d; utf8 decodes %U, size %d", s, p, size, r, n)
		}
		if !valid && !utf8.FullRuneInString(s) != incomplete(s, 0) {
			t.Fatalf("incomplete(%+q) = %v; utf8.FullRuneInString = %v", s, incomplete(s, 0), utf8.FullRuneInString(s))
		}
	}
	for a := 0x80; a < 0x100; a++ {
		check(string([]byte{byte(a)}))
		for b := 0; b < 0x100; b++ {
			check(string([]byte{byte(a), byte(b)}))
			for _, c := range []byte{0x00, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF} {
				check(string([]byte{byte(a), byte(b), c}))
				check(string([]byte{byte(a), byte(b), c, 0x80}))
				check(string([]byte{byte(a), byte(b), 0x80, c}))
			}
		}
	}
}

// TestCommon checks the shortcut of common against the segmenter it
// shortcuts: wherever it decides, the segmenter decides the same, on every
// suffix of the test texts and on every pair of a rune of the Arabic block
// and an ASCII rune after a letter and after a space.
func TestCommon(t *testing.T) {
	var ins []string
	for _, tc := range segmentTests {
		ins = append(ins, tc.in)
	}
	ins = append(ins, article(t))
	for r := rune(0x600); r < 0x700; r++ {
		for c := rune(0); c < 0x80; c++ {
			ins = append(ins, "ب"+string(r)+string(c)+"x", " "+string(r)+string(c)+"x", " "+string(c)+"x")
		}
	}
	for _, in := range ins {
		for i := range in {
			s := in[i:]
			n, k := common(s)
			if n == 0 {
				continue
			}
			g := segmenter[string]{s: s, atEOF: true}
			if gn, gk := g.next(); gn != n || gk != k {
				t.Fatalf("common(%+q) = %d, %v; the segmenter gives %d, %v", s, n, k, gn, gk)
			}
		}
	}
}
