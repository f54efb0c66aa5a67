package normalize_test

import (
	"testing"

	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/normalize"
)

// TestLuceneReference checks Lucene against the output of Apache Lucene 8.8's
// ArabicNormalizer on the 177,214 words of ../shared/reference (corpus and
// random strings), column 2 of *.lucene.tsv.
func TestLuceneReference(t *testing.T) {
	rows := sharedtest.ReferenceRows(t, "lucene", 3)
	bad := 0
	for _, row := range rows {
		word, want := row.Fields[0], row.Fields[1]
		if got := normalize.Lucene.String(word); got != want {
			if bad++; bad <= 10 {
				t.Errorf("%s line %d: Lucene.String(%+q) = %+q; want %+q", row.File, row.Line, word, got, want)
			}
		}
	}
	t.Logf("lucene: %d/%d agree", len(rows)-bad, len(rows))
	if bad > 10 {
		t.Errorf("lucene: %d words disagree; the first ten are listed", bad)
	}
}
