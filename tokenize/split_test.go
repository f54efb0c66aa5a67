package tokenize

import (
	"bufio"
	"io"
	"iter"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

// scan returns the tokens that a Scanner with split makes of s. Short texts
// are read one byte at a time, so that every token crosses the end of the
// data the split function sees; long ones in the Scanner's own chunks, with
// a buffer of 1 MiB.
func scan(t *testing.T, s string, split bufio.SplitFunc) []string {
	t.Helper()
	var r io.Reader = strings.NewReader(s)
	if len(s) < 1<<13 {
		r = iotest.OneByteReader(r)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	sc.Split(split)
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("Scan(%+.40q...): %v", s, err)
	}
	return got
}

func texts(s string, seq func(string) iter.Seq[Token]) []string {
	var out []string
	for tok := range seq(s) {
		out = append(out, tok.Text)
	}
	return out
}

// splitInputs are the texts the SplitFunc tests read: every table case and
// the golden article.
func splitInputs(t *testing.T) []string {
	var ins []string
	for _, tc := range segmentTests {
		ins = append(ins, tc.in)
	}
	for _, tc := range sentenceTests {
		ins = append(ins, tc.in)
	}
	// Longer than the Scanner's buffer: many words, and a run of spaces.
	return append(ins, article(t), strings.Repeat("ب ", 40000), "أ"+strings.Repeat(" ", 100000)+"ب")
}

// TestSplitFuncs checks each split function against the iterator it
// streams.
func TestSplitFuncs(t *testing.T) {
	ins := splitInputs(t)
	for _, tc := range []struct {
		name, iter string
		split      bufio.SplitFunc
		seq        func(string) iter.Seq[Token]
	}{
		{"ScanWords", "Words", ScanWords, Words},
		{"ScanSegments", "Segments", ScanSegments, Segments},
		{"ScanSentences", "Sentences", ScanSentences, Sentences},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, in := range ins {
				got := scan(t, in, tc.split)
				if want := texts(in, tc.seq); !slices.Equal(got, want) {
					t.Errorf("%s over %+.40q... = %+q; %s gives %+q", tc.name, in, got, tc.iter, want)
				}
			}
		})
	}
}

// TestScanWordsLongSpace checks that ScanWords skips a run of spaces longer
// than the Scanner's buffer, read one byte at a time.
func TestScanWordsLongSpace(t *testing.T) {
	in := "أ" + strings.Repeat(" ", 100000) + "ب"
	sc := bufio.NewScanner(iotest.OneByteReader(strings.NewReader(in)))
	sc.Split(ScanWords)
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	if err := sc.Err(); err != nil || !slices.Equal(got, []string{"أ", "ب"}) {
		t.Errorf("ScanWords over a word, 100,000 spaces and a word = %+q, %v; want [أ ب]", got, err)
	}
}

// TestScanWordsProtocol checks the SplitFunc protocol: more data requested
// (0, nil, nil) while a word may go on, never an empty token.
func TestScanWordsProtocol(t *testing.T) {
	tests := []struct {
		data        string
		atEOF       bool
		advance     int
		token       string
		description string
	}{
		{"قال ", false, 6, "قال", "a word followed by a space"},
		{"قال", false, 0, "", "a word that may go on"},
		{"قال", true, 6, "قال", "a word at the end of the input"},
		{"  , ", false, 3, "", "no word: skip all but the spaces that may go on"},
		{"  \xd9", false, 1, "", "a letter cut in two"},
		{"3.", false, 0, "", "a number that may go on"},
		{"", true, 0, "", "the end"},
	}
	for _, tc := range tests {
		advance, token, err := ScanWords([]byte(tc.data), tc.atEOF)
		if err != nil || advance != tc.advance || string(token) != tc.token || (token == nil) != (tc.token == "") {
			t.Errorf("%s: ScanWords(%+q, %v) = %d, %+q, %v; want %d, %+q, nil", tc.description, tc.data, tc.atEOF, advance, token, err, tc.advance, tc.token)
		}
	}
}
