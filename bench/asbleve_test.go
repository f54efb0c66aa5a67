package bench

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestAsBleve checks that asBleve does bleve's work, so that the rows that
// pit the two analyzers against each other compare like with like: on the
// golden article, each of bleve's terms is asBleve's at the same offsets
// (lower-cased: bleve's analyzer lower-cases Latin letters, this module's
// does not), and asBleve's other terms are the stop words that bleve
// drops.
func TestAsBleve(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ours := map[[2]int]string{}
	for tok := range asBleve.Words(string(text)) {
		ours[[2]int{tok.Start, tok.End}] = tok.Stem
	}
	theirs := bleveArabic(t).Analyze(slices.Clone(text)) // bleve lower-cases the text it is given
	for _, tok := range theirs {
		if term, ok := ours[[2]int{tok.Start, tok.End}]; !ok || strings.ToLower(term) != string(tok.Term) {
			t.Errorf("%q at %d: bleve's term %q; asBleve's %q", text[tok.Start:tok.End], tok.Start, tok.Term, term)
		}
	}
	t.Logf("terms: asBleve %d, bleve %d, all of bleve's the same at the same offsets; the %d others are stop words bleve drops",
		len(ours), len(theirs), len(ours)-len(theirs))
}
