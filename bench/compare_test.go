package bench

import (
	"flag"
	"testing"
	"time"
)

var compare = flag.Bool("compare", false, "measure the speed of this module against the other libraries (go test -run Compare -compare)")

// fastest returns the least time per word, in nanoseconds, that stemming words with f took
// in any of its rounds. The two functions compared take their rounds in
// turn, so that a burst of load on the machine slows both, and the
// minimum is the time with the least interference.
func fastest(rounds int, words int, fs ...func()) []float64 {
	best := make([]float64, len(fs))
	for r := 0; r < rounds; r++ {
		for i, f := range fs {
			const reps = 200
			start := time.Now()
			for range reps {
				f()
			}
			d := float64(time.Since(start).Nanoseconds()) / float64(reps*words)
			if r == 0 || d < best[i] {
				best[i] = d
			}
		}
	}
	return best
}

// TestCompareLight10 reports how much faster stem.Light10 is than bleve's
// Lucene port on the article's words (the target is 10×).
func TestCompareLight10(t *testing.T) {
	if !*compare {
		t.Skip("run with -compare to measure")
	}
	words := articleWords(t)
	ours, theirs := light10Funcs(words)
	best := fastest(30, len(words), ours, theirs)
	t.Logf("light10 %.1f ns/word, bleve %.1f ns/word: %.1fx faster (fastest of 30 alternating rounds)",
		best[0], best[1], best[1]/best[0])
}
