package bench

import (
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/rivo/uniseg"
)

// TestDependencies keeps the compared libraries in go.mod until their
// benchmarks land.
func TestDependencies(t *testing.T) {
	_ = ar.AnalyzerName
	_, _, _ = uniseg.FirstWordInString("", -1)
}
