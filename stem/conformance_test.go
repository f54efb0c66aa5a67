package stem_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
)

// agreement counts the words on which a stemmer agrees with its reference,
// reports the first few disagreements, and fails the test unless all agree.
type agreement struct {
	t         *testing.T
	name      string
	ok, total int
}

func (a *agreement) check(where, word, got, want string) {
	a.total++
	if got == want {
		a.ok++
		return
	}
	if a.total-a.ok <= 10 {
		a.t.Errorf("%s: %s.Stem(%+q) = %+q; want %+q", where, a.name, word, got, want)
	}
}

func (a *agreement) report() {
	a.t.Logf("%s: %d/%d agree", a.name, a.ok, a.total)
	if a.ok < a.total {
		a.t.Errorf("%s: %d words disagree with the reference", a.name, a.total-a.ok)
	}
}

// TestReference checks each stemmer against its reference implementation
// on reference/{corpus,random}.<tool>.tsv:
//   - Light10 against Lucene 8.8.1's ArabicStemmer, on the words Lucene's
//     ArabicNormalizer made (column 2 in, column 3 out), and on the raw
//     words normalized by normalize.Lucene (column 1 in, column 3 out);
//   - Snowball against Snowball 2.2.0's C stemmer, skipping the rows with
//     ASCII capitals, which stemwords lowercases and the algorithm does not;
//   - ISRI against NLTK 3.8's ISRIStemmer.
func TestReference(t *testing.T) {
	tests := []struct {
		name    string
		s       stem.Stemmer
		tool    string
		columns int
		in      func(row []string) string // the word to stem; the stem is the last column
		skip    func(word string) bool
	}{
		{"light10", stem.Light10, "lucene", 3, func(row []string) string { return row[1] }, nil},
		{"light10(lucene)", stem.Light10, "lucene", 3, func(row []string) string { return normalize.Lucene.String(row[0]) }, nil},
		{"snowball", stem.Snowball, "snowball", 2, func(row []string) string { return row[0] }, hasASCIICapital},
		{"isri", stem.ISRI, "isri", 2, func(row []string) string { return row[0] }, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := agreement{t: t, name: tc.name}
			for _, row := range sharedtest.ReferenceRows(t, tc.tool, tc.columns) {
				word, want := tc.in(row.Fields), row.Fields[tc.columns-1]
				if tc.skip != nil && tc.skip(word) {
					continue
				}
				a.check(at(row.File, row.Line), word, tc.s.Stem(word), want)
			}
			a.report()
		})
	}
}

func hasASCIICapital(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' })
}

// TestSnowballVocabulary checks Snowball against the Snowball project's own
// Arabic vocabulary: voc.txt stemmed line by line must give output.txt. The
// full run streams 9,196,214 words; with -short, the 9,996-pair sample.
func TestSnowballVocabulary(t *testing.T) {
	a := agreement{t: t, name: "snowball"}
	if testing.Short() {
		sc := bufio.NewScanner(sharedtest.Open(t, "testdata/snowball-arabic/sample-every920.tsv"))
		for line := 1; sc.Scan(); line++ {
			word, want, _ := strings.Cut(sc.Text(), "\t")
			a.check(at("sample-every920.tsv", line), word, stem.Snowball.Stem(word), want)
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		a.report()
		return
	}
	voc := bufio.NewReaderSize(sharedtest.Open(t, "testdata/snowball-arabic/voc.txt.gz"), 1<<16)
	out := bufio.NewReaderSize(sharedtest.Open(t, "testdata/snowball-arabic/output.txt.gz"), 1<<16)
	var got []byte
	for line := 1; ; line++ {
		word, werr := voc.ReadSlice('\n')
		want, oerr := out.ReadSlice('\n')
		if werr == io.EOF && oerr == io.EOF && len(word) == 0 && len(want) == 0 {
			break
		}
		if werr != nil || oerr != nil {
			t.Fatalf("line %d: voc.txt: %v; output.txt: %v", line, werr, oerr)
		}
		word, want = bytes.TrimSuffix(word, []byte("\n")), bytes.TrimSuffix(want, []byte("\n"))
		got = stem.Snowball.AppendStem(got[:0], word)
		a.total++
		if bytes.Equal(got, want) {
			a.ok++
		} else if a.total-a.ok <= 10 {
			t.Errorf("voc.txt:%d: snowball.AppendStem(%+q) = %+q; want %+q", line, word, got, want)
		}
	}
	a.report()
}

func at(file string, line int) string {
	return fmt.Sprintf("%s:%d", file, line)
}
