package transliterate_test

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/go-arabic/arabic/transliterate"
)

// fuzzSeeds seeds the fuzz targets with the contract inputs, the golden
// article, and the standards' examples.
func fuzzSeeds(f *testing.F) {
	for _, in := range contractInputs {
		f.Add(in)
	}
	for _, line := range strings.Split(readArticle(f), "\n") {
		f.Add(line)
	}
	for _, cases := range [][]standardCase{alalcCases, bgnCases} {
		for _, tc := range cases {
			f.Add(tc.in)
		}
	}
	f.Add("kẖlyfẗ ḥftr ạ̉ aⁿ ṯ̈ ce 3,4 x")
}

// FuzzSchemes checks that no scheme panics, that its methods and streaming
// agree, and that valid UTF-8 stays valid.
func FuzzSchemes(f *testing.F) {
	fuzzSeeds(f)
	schemes := schemesAndInverses()
	f.Fuzz(func(t *testing.T, in string) {
		for _, s := range schemes {
			got := s.String(in)
			if b := s.Bytes([]byte(in)); string(b) != got {
				t.Fatalf("%s: Bytes(%+q) = %+q; String gives %+q", s.Name(), in, b, got)
			}
			if a := s.AppendString([]byte("x"), in); string(a) != "x"+got {
				t.Fatalf("%s: AppendString(\"x\", %+q) = %+q; want %+q", s.Name(), in, a, "x"+got)
			}
			if utf8.ValidString(in) && !utf8.ValidString(got) {
				t.Fatalf("%s.String(%+q) = %+q: valid UTF-8 in, ill-formed out", s.Name(), in, got)
			}
			if len(in) <= 1<<10 { // one byte at a time is quadratic in a phrase
				streamed, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), s))
				if err != nil || string(streamed) != got {
					t.Fatalf("%s: streaming %+q gives %+q, %v; String gives %+q", s.Name(), in, streamed, err, got)
				}
			}
			if n, err := s.Span([]byte(in), true); !strings.HasPrefix(got, in[:n]) || n < len(in) && err != transform.ErrEndOfSpan {
				t.Fatalf("%s: Span(%+q) = %d, %v; the output %+q does not keep that prefix", s.Name(), in, n, err, got)
			}
		}
	})
}

// FuzzRoundTrip checks the reversible schemes: text made of runes of a
// scheme's repertoire comes back from the inverse unchanged. The repertoire
// is the runes that a scheme changes and its inverse restores on their own,
// with spaces and line breaks; for UNGEGN the text is in NFC and the Arabic
// comma does not stand next to a digit, the limits its documentation
// states.
func FuzzRoundTrip(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		for _, s := range transliterate.All {
			inv, ok := s.Inverse()
			if !ok {
				continue
			}
			x := inRepertoire(s, inv, in)
			if back := inv.String(s.String(x)); back != x {
				t.Fatalf("%s: %+q -> %+q -> %+q", s.Name(), x, s.String(x), back)
			}
		}
	})
}

// inRepertoire keeps the runes of in that s changes and inv restores.
func inRepertoire(s, inv transliterate.Scheme, in string) string {
	var b strings.Builder
	for _, r := range in {
		one := string(r)
		if r == ' ' || r == '\n' || s.String(one) != one && inv.String(s.String(one)) == one {
			b.WriteRune(r)
		}
	}
	x := b.String()
	if s != transliterate.UNGEGN {
		return x
	}
	x = norm.NFC.String(x)
	var c strings.Builder
	var prev rune
	for i, r := range x {
		if r == '،' {
			next, _ := utf8.DecodeRuneInString(x[i+len("،"):])
			if unicode.IsDigit(prev) || unicode.IsDigit(next) {
				prev = r
				continue
			}
		}
		c.WriteRune(r)
		prev = r
	}
	return c.String()
}

// FuzzNoArabicLeft checks that text made of runes a scheme romanizes on
// their own (and spaces) comes out with no Arabic letter in it, whatever
// their order.
func FuzzNoArabicLeft(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		for _, s := range transliterate.All {
			var b strings.Builder
			for _, r := range in {
				if _, left := arabicLetter(s.String(string(r))); r == ' ' || !left && (unicode.Is(unicode.Arabic, r) || 0x0600 <= r && r <= 0x06FF) {
					b.WriteRune(r)
				}
			}
			x := b.String()
			if r, left := arabicLetter(s.String(x)); left {
				t.Fatalf("%s.String(%+q) = %+q leaves %+q", s.Name(), x, s.String(x), r)
			}
		}
	})
}
