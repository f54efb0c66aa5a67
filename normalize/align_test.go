package normalize_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-arabic/arabic/normalize"
)

func TestAlignment(t *testing.T) {
	tests := []struct {
		name       string
		form       normalize.Form
		in         string
		start, end int // output span
		want       string
	}{
		{"unchanged text", normalize.Search, "ليبيا", 0, 4, "لي"},
		{"after a removed rune", normalize.Search, "ـبأ", 0, 2, "ب"},
		{"a fold", normalize.Search, "ـبأ", 2, 4, "أ"},
		{"removed runes inside are kept", normalize.Search, "مُسّيرة", 0, 10, "مُسّيرة"},
		{"removed runes at the edges are left out", normalize.Search, "مُسّيرة", 2, 4, "س"},
		{"inside a decomposition widens to it", normalize.Search, "xﷲy", 3, 5, "ﷲ"},
		{"whole decomposition", normalize.Search, "xﷲy", 1, 9, "ﷲ"},
		{"composition takes the mark", normalize.Display, "بـا\u0654ب", 2, 4, "ا\u0654"},
		{"grown output then a copy", normalize.Search, "ﷲ ليبيا", 9, 13, "لي"},
		{"empty span", normalize.Search, "أب", 2, 2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, a := tc.form.AlignString(tc.in)
			s, e := a.InputSpan(tc.start, tc.end)
			if got := tc.in[s:e]; got != tc.want {
				t.Errorf("%v.AlignString(%+q) = %+q; output [%d:%d] %+q maps to input [%d:%d] %+q; want %+q",
					tc.form, tc.in, out, tc.start, tc.end, out[tc.start:tc.end], s, e, got, tc.want)
			}
			b, ab := tc.form.Align([]byte(tc.in))
			if string(b) != out {
				t.Errorf("Align(%+q) = %+q; AlignString gave %+q", tc.in, b, out)
			}
			if s2, e2 := ab.InputSpan(tc.start, tc.end); s2 != s || e2 != e {
				t.Errorf("Align and AlignString disagree on %+q: [%d:%d] and [%d:%d]", tc.in, s2, e2, s, e)
			}
		})
	}
}

// TestAlignmentArticle highlights a search match in the article: the
// normalized query is found in the normalized text and shown in the raw one.
func TestAlignmentArticle(t *testing.T) {
	article := readArticle(t)
	out, a := normalize.Search.AlignString(article)
	query := normalize.Search.String("مسيّرة")
	i := strings.Index(out, query)
	if i < 0 {
		t.Fatalf("%+q not found in the normalized article", query)
	}
	s, e := a.InputSpan(i, i+len(query))
	if got := article[s:e]; got != "مُسّيرة" {
		t.Errorf("match maps to %+q; want %+q", got, "مُسّيرة")
	}
}

// checkAlignment checks that each output rune of f on in maps into the input
// span it came from: that span, normalized alone, makes that rune.
func checkAlignment(t *testing.T, f normalize.Form, in string) {
	out, a := f.AlignString(in)
	if want := f.String(in); out != want {
		t.Fatalf("%v.AlignString(%+q) = %+q; String gives %+q", f, in, out, want)
	}
	for o, r := range out {
		n := utf8.RuneLen(r)
		if r == utf8.RuneError {
			n = 1
		}
		s, e := a.InputSpan(o, o+n)
		if s < 0 || e > len(in) || s > e {
			t.Fatalf("%v on %+q: output [%d:%d] maps to input [%d:%d], out of range", f, in, o, o+n, s, e)
		}
		if !strings.Contains(f.String(in[s:e]), out[o:o+n]) {
			t.Fatalf("%v on %+q: output rune %+q at %d maps to input %+q, which normalizes to %+q",
				f, in, out[o:o+n], o, in[s:e], f.String(in[s:e]))
		}
	}
	if s, e := a.InputSpan(0, len(out)); s < 0 || e > len(in) || s > e {
		t.Fatalf("%v on %+q: the whole output maps to [%d:%d]", f, in, s, e)
	}
}

func TestAlignmentEveryRune(t *testing.T) {
	for _, tc := range cases {
		checkAlignment(t, normalize.Search, tc.in)
		checkAlignment(t, tc.form, tc.in)
	}
	checkAlignment(t, normalize.Search, readArticle(t))
}

func TestLongInputs(t *testing.T) {
	for _, tc := range cases {
		checkLong(t, tc.form, tc.in)
		checkLong(t, normalize.Search, tc.in)
		checkLong(t, normalize.Display, tc.in)
	}
}
