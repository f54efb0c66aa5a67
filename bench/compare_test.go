package bench

import (
	"flag"
	"slices"
	"testing"
	"time"
)

var compare = flag.Bool("compare", false, "measure the speed of this module against the other libraries (go test -run Compare -compare)")

// speedup times ours and theirs, each stemming all words, in rounds that
// alternate between the two, so that a burst of load on the machine
// (other builds run on it) falls on both. It returns the fastest time per
// word of each, in nanoseconds, and the median over the rounds of the
// ratio of theirs to ours within a round.
func speedup(rounds, words int, ours, theirs func()) (oursNs, theirsNs, ratio float64) {
	const reps = 200
	time1 := func(f func()) float64 {
		start := time.Now()
		for range reps {
			f()
		}
		return float64(time.Since(start).Nanoseconds()) / float64(reps*words)
	}
	oursNs, theirsNs = 1e18, 1e18
	ratios := make([]float64, rounds)
	for r := range ratios {
		o, t := time1(ours), time1(theirs)
		oursNs, theirsNs = min(oursNs, o), min(theirsNs, t)
		ratios[r] = t / o
	}
	slices.Sort(ratios)
	return oursNs, theirsNs, ratios[rounds/2]
}

// TestCompareLight10 reports how much faster stem.Light10 is than bleve's
// Lucene port on the article's words (the target is 10×).
func TestCompareLight10(t *testing.T) {
	if !*compare {
		t.Skip("run with -compare to measure")
	}
	words := articleWords(t)
	ours, bleve := light10Funcs(words)
	o, b, ratio := speedup(41, len(words), ours, bleve)
	t.Logf("light10 %.1f ns/word, bleve %.1f ns/word (fastest rounds); light10 is %.1fx faster (median of 41 alternating rounds)", o, b, ratio)
}
