package stem_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-arabic/arabic/internal/golden"
	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
)

// goldenForms are the normalizations applied to the words of each golden
// file before stemming, as each algorithm's reference applies it and as
// "arabic stem" does by default.
var goldenForms = map[string]normalize.Form{
	"light":    normalize.Search,
	"light10":  normalize.Lucene,
	"snowball": 0,
	"isri":     0,
}

// goldenTools names, for each stemmer with a reference implementation, the
// reference TSV that is the source of truth of its golden file and the
// column of that TSV with the stem. Light has none: its golden file was
// reviewed by hand, as its header says.
var goldenTools = map[string]struct {
	tool          string
	columns, stem int
}{
	"light10":  {"lucene", 3, 2},
	"snowball": {"snowball", 2, 1},
	"isri":     {"isri", 2, 1},
}

// articleWords returns the distinct Arabic words of the golden article, in
// the order of their first occurrence.
func articleWords(t *testing.T) []string {
	text, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	require.NoError(t, err)
	var words []string
	for _, w := range arabicWords(string(text)) {
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return words
}

// goldenPath returns the golden file of the stemmer named name.
func goldenPath(name string) string {
	return filepath.Join("..", "testdata", "stem", "article."+name+".tsv")
}

// TestGolden checks the stems of the article's words against
// testdata/stem/article.<algorithm>.tsv.
func TestGolden(t *testing.T) {
	words := articleWords(t)
	for _, s := range stem.All {
		form, ok := goldenForms[s.Name()]
		if !ok {
			t.Errorf("no golden file for %s", s.Name())
			continue
		}
		t.Run(s.Name(), func(t *testing.T) {
			var b bytes.Buffer
			for _, w := range words {
				b.WriteString(w + "\t" + s.Stem(form.String(w)) + "\n")
			}
			golden.Check(t, goldenPath(s.Name()), b.Bytes())
		})
	}
}

// TestGoldenSource checks every row of the golden files against the
// reference outputs their headers name as their source of truth.
func TestGoldenSource(t *testing.T) {
	for name, ref := range goldenTools {
		t.Run(name, func(t *testing.T) {
			want := make(map[string]string)
			for _, row := range sharedtest.ReferenceRows(t, ref.tool, ref.columns) {
				want[row.Fields[0]] = row.Fields[ref.stem]
			}
			path := goldenPath(name)
			body := golden.Body(t, path)
			ok, n := 0, 0
			for line := range strings.Lines(string(body)) {
				word, got, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
				n++
				switch w, found := want[word]; {
				case !found:
					t.Errorf("%s: %+q is not in reference/*.%s.tsv", path, word, ref.tool)
				case got != w:
					t.Errorf("%s: %+q has stem %+q; reference/*.%s.tsv has %+q", path, word, got, ref.tool, w)
				default:
					ok++
				}
			}
			t.Logf("%s: %d/%d rows agree with reference/*.%s.tsv", path, ok, n, ref.tool)
		})
	}
}
