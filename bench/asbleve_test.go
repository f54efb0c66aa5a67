package bench

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/registry"
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
	stops, err := registry.NewCache().TokenMapNamed(ar.StopName)
	if err != nil {
		t.Fatal(err)
	}
	type term struct{ text, stem string }
	ours := map[[2]int]term{}
	for tok := range asBleve.Words(string(text)) {
		ours[[2]int{tok.Start, tok.End}] = term{tok.Text, tok.Stem}
	}
	theirs := bleveArabic(t).Analyze(slices.Clone(text)) // bleve lower-cases the text it is given
	for _, tok := range theirs {
		at := [2]int{tok.Start, tok.End}
		if term, ok := ours[at]; !ok || strings.ToLower(term.stem) != string(tok.Term) {
			t.Errorf("%q at %d: bleve's term %q; asBleve's %q", text[tok.Start:tok.End], tok.Start, tok.Term, term.stem)
		}
		delete(ours, at)
	}
	// bleve's stop filter sees the lower-cased words before it normalizes them.
	for at, term := range ours {
		if !stops[strings.ToLower(term.text)] {
			t.Errorf("%q at %d: asBleve's term %q, which bleve drops, is not on bleve's stop list", term.text, at[0], term.stem)
		}
	}
	t.Logf("terms: bleve %d, all of them asBleve's at the same offsets; asBleve's %d others are on bleve's stop list", len(theirs), len(ours))
}
