package tokenize

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/go-arabic/arabic/tokenize/internal/ucd"
	"github.com/google/go-cmp/cmp"
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

// TestShortcutsExhaustive checks the shortcuts of segment against the
// segmenter they shortcut, on every suffix of the test texts, on every pair
// of a rune of the Arabic block and an ASCII rune after a letter and after
// a space, and on every pair of an ASCII rune and an ASCII rune or a rune
// of the Arabic block.
func TestShortcutsExhaustive(t *testing.T) {
	var ins []string
	for _, tc := range segmentTests {
		ins = append(ins, tc.in)
	}
	ins = append(ins, article(t))
	for r := rune(0x600); r < 0x700; r++ {
		for c := rune(0); c < 0x80; c++ {
			ins = append(ins, "ب"+string(r)+string(c)+"x", " "+string(r)+string(c)+"x", " "+string(c)+"x", string(c)+string(r)+"x")
		}
	}
	for c := rune(0); c < 0x80; c++ {
		for d := rune(0); d < 0x80; d++ {
			ins = append(ins, string(c)+string(d)+"x")
		}
	}
	for _, in := range ins {
		for i := range in {
			s := in[i:]
			n, k, _ := segment(s, true)
			g := segmenter[string]{s: s, atEOF: true}
			if gn, gk := g.next(); gn != n || gk != k {
				t.Fatalf("segment(%+q) = %d, %v; the segmenter gives %d, %v", s, n, k, gn, gk)
			}
		}
	}
}

// shortcutAlphabet is what TestShortcutsRandom draws its texts from: the runes
// next to which the shortcuts must stop, and the ones they take.
var shortcutAlphabet = []string{
	"ب", "ا", "ل", "ة", "ى", "ء", "أ", "ۀ", "ی", "ݐ", "ﻻ", "\u064E", "\u0651", "\u0652", "\u0670", "\u06D6",
	"\u0600", "\u061C", "\u06DD", "\u0640", "\u200C", "\u200D", "\u200F", "٣", "٫", "٬", "۴", "0", "7",
	"a", "Z", "é", "א", "'", ".", "..", ",", ":", ";", "_", "-", "#", "@", "/", "%", "$", "\"", "(", "«",
	"،", "؛", "؟", "۔", " ", " ", " ", "\u00A0", "\u3000", "\t", "\n", "\r", "\r\n", "\u0085", "\u2028",
	"👍", "🏽", "🇱", "🇾", "©", "\uFE0F", "https://", "www.", "x@y.com",
	"\xff", "\x80", "\xd8", "\xd9\x20", "\xc0\xaf", "\xe2\x80", "\xf0\x9f",
}

// segmenterOnly returns the segments of s as the segmenter alone finds
// them, without the shortcuts of segment.
func segmenterOnly(s string) []Token {
	var toks []Token
	for start := 0; start < len(s); {
		g := segmenter[string]{s: s[start:], atEOF: true}
		n, k := g.next()
		toks = append(toks, Token{Text: s[start : start+n], Start: start, End: start + n, Kind: k})
		start += n
	}
	return toks
}

// TestShortcutsRandom checks Segments, Words, the cursors and ScanSegments, which
// take the shortcuts, against the segmenter alone, on random texts drawn
// from shortcutAlphabet, of every length up to 40 pieces.
func TestShortcutsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 100_000
	if testing.Short() {
		n = 10_000
	}
	for i := range n {
		var b strings.Builder
		for range i % 41 {
			b.WriteString(shortcutAlphabet[rng.IntN(len(shortcutAlphabet))])
		}
		s := b.String()
		want := segmenterOnly(s)
		if got := slices.Collect(Segments(s)); !slices.Equal(got, want) {
			t.Fatalf("Segments(%+q) mismatch (-want +got):\n%s", s, cmp.Diff(want, got))
		}
		wantWords := slices.DeleteFunc(slices.Clone(want), func(tok Token) bool { return !isWord(tok.Kind) })
		if got := slices.Collect(Words(s)); !slices.Equal(got, wantWords) {
			t.Fatalf("Words(%+q) mismatch (-want +got):\n%s", s, cmp.Diff(wantWords, got))
		}
		for _, tok := range want {
			if n, k := FirstSegmentInString(s[tok.Start:]); n != len(tok.Text) || k != tok.Kind {
				t.Fatalf("FirstSegmentInString(%+q) = %d, %v; the segmenter gives %+v", s[tok.Start:], n, k, tok)
			}
			if n, k := FirstSegment([]byte(s[tok.Start:])); n != len(tok.Text) || k != tok.Kind {
				t.Fatalf("FirstSegment(%+q) = %d, %v; the segmenter gives %+v", s[tok.Start:], n, k, tok)
			}
		}
		if i%20 == 0 {
			var wantTexts []string
			for _, tok := range want {
				wantTexts = append(wantTexts, tok.Text)
			}
			if got := scan(t, s, ScanSegments); !slices.Equal(got, wantTexts) {
				t.Fatalf("ScanSegments over %+q = %+q; the segmenter gives %+q", s, got, wantTexts)
			}
		}
	}
}
