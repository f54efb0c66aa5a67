package bench

import (
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
)

// TestDependencies keeps bleve in go.mod until its benchmarks land.
func TestDependencies(t *testing.T) {
	_ = ar.AnalyzerName
}
