package tokenize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func addSeeds(f *testing.F) {
	for _, tc := range segmentTests {
		f.Add(tc.in)
	}
	for _, tc := range sentenceTests {
		f.Add(tc.in)
	}
	for line := range strings.Lines(article(f)) {
		f.Add(line)
	}
}

// checkCover checks that toks cover s exactly, in order, with true offsets.
func checkCover(t *testing.T, name, s string, toks []Token) {
	t.Helper()
	end := 0
	for _, tok := range toks {
		if tok.Start != end || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
			t.Fatalf("%s(%+q): token %+v after offset %d", name, s, tok, end)
		}
		end = tok.End
	}
	if end != len(s) {
		t.Fatalf("%s(%+q): tokens end at %d of %d bytes", name, s, end, len(s))
	}
}

func FuzzSegments(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := slices.Collect(Segments(s))
		checkCover(t, "Segments", s, toks)
		if want := segmenterOnly(s); !slices.Equal(toks, want) {
			t.Fatalf("Segments(%+q) = %+v; the segmenter alone gives %+v", s, toks, want)
		}
		var words []string
		for _, tok := range toks {
			if !utf8.ValidString(tok.Text) && (len(tok.Text) != 1 || tok.Kind != Other) {
				t.Fatalf("Segments(%+q): token %+v holds ill-formed UTF-8", s, tok)
			}
			if tok.Kind != Space && strings.ContainsAny(tok.Text, "\t\n\v\f\r\u0085\u2028\u2029") {
				// The arabic command prints tokens one a line, tab-separated.
				t.Fatalf("Segments(%+q): token %+v of kind %v holds a tab or line break", s, tok, tok.Kind)
			}
			if isWord(tok.Kind) {
				words = append(words, tok.Text)
			}
			n, k := FirstSegment([]byte(s[tok.Start:]))
			if n != len(tok.Text) || k != tok.Kind {
				t.Fatalf("FirstSegment(%+q) = %d, %v; Segments yields %+v", s[tok.Start:], n, k, tok)
			}
		}
		if got := texts(s, Words); !slices.Equal(got, words) {
			t.Fatalf("Words(%+q) = %+q; the word segments are %+q", s, got, words)
		}
		if len(s) <= 1<<12 {
			if got := scan(t, s, ScanWords); !slices.Equal(got, words) {
				t.Fatalf("ScanWords over %+q = %+q; Words gives %+q", s, got, words)
			}
			if got, want := scan(t, s, ScanSegments), texts(s, Segments); !slices.Equal(got, want) {
				t.Fatalf("ScanSegments over %+q = %+q; Segments gives %+q", s, got, want)
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := slices.Collect(Sentences(s))
		checkCover(t, "Sentences", s, toks)
		if len(s) <= 1<<12 {
			if got, want := scan(t, s, ScanSentences), texts(s, Sentences); !slices.Equal(got, want) {
				t.Fatalf("ScanSentences over %+q = %+q; Sentences gives %+q", s, got, want)
			}
		}
	})
}

func FuzzClitics(f *testing.F) {
	for _, tc := range cliticTests {
		f.Add(tc.word)
	}
	for tok := range Words(article(f)) {
		f.Add(tok.Text)
	}
	f.Fuzz(func(t *testing.T, word string) {
		checkClitics(t, word)
	})
}
