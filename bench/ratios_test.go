package bench

import (
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"

	"github.com/go-arabic/arabic"
	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/tokenize"
)

var readme = flag.Bool("readme", false, "with -compare: write the table of TestRatios into README.md")

// A pair is a job done by this module and by another library (or a floor
// that does less than the job) on the same bytes.
type pair struct {
	job, ours, theirs string
	units             int    // what ns/unit counts: bytes or words
	unit              string // "byte" or "word"
	fOurs, fTheirs    func()
}

// pairs are the comparisons of TestRatios, on the article repeated to 1 MB,
// and the analyzers' on each text of texts too: the article alone, and PUD
// and Tashkeela, whose words repeat as natural text's do, far less than the
// repeated article's.
func pairs(tb testing.TB) []pair {
	all := texts(tb)
	text := all[1].s
	words := strings.Fields(text)
	bleveNorm := ar.NewArabicNormalizeFilter()
	tokens := make(analysis.TokenStream, len(words))
	for i := range tokens {
		tokens[i] = &analysis.Token{}
	}
	bleveAnalyzer := bleveArabic(tb)
	dst := make([]byte, len(text))
	search := func() { normalize.Search.String(text) }
	stemWords := articleWords(tb)
	light10, bleveLight10 := light10Funcs(stemWords)
	ps := []pair{
		{"normalize", "normalize.Search", "bleve ar normalize filter", len(text), "byte", search, func() {
			for i, w := range words {
				tokens[i].Term = append(tokens[i].Term[:0], w...)
			}
			bleveNorm.Filter(tokens)
		}},
		{"normalize", "normalize.Search", "x/text norm.NFKC", len(text), "byte", search, func() { norm.NFKC.String(text) }},
		{"normalize (floor)", "normalize.Search", "utf8.ValidString", len(text), "byte", search, func() { utf8.ValidString(text) }},
		{"normalize (floor)", "normalize.Search", "copy", len(text), "byte", search, func() { copy(dst, text) }},
		{"tokenize", "tokenize.Segments", "uniseg.FirstWordInString", len(text), "byte", func() {
			for range tokenize.Segments(text) {
			}
		}, func() {
			state, rest := -1, text
			for len(rest) > 0 {
				_, rest, state = uniseg.FirstWordInString(rest, state)
			}
		}},
		{"stem", "stem.Light10", "bleve ar stemmer filter", len(stemWords), "word", light10, bleveLight10},
	}
	var ourAnalyzer arabic.Analyzer
	for _, in := range slices.Concat(all[1:2], all[:1], all[2:]) { // 1 MB first, as before
		nwords := 0
		for range tokenize.Words(in.s) {
			nwords++
		}
		ps = append(ps, pair{"analyze (" + in.name + ")", "arabic.Analyzer", "bleve ar analyzer", nwords, "word", func() {
			for range ourAnalyzer.Tokens(in.s) {
			}
		}, func() { bleveAnalyzer.Analyze([]byte(in.s)) }})
		ps = append(ps, pair{"analyze as bleve (" + in.name + ")", "arabic.Analyzer, bleve's steps", "bleve ar analyzer", nwords, "word", func() {
			for range asBleve.Words(in.s) {
			}
		}, func() { bleveAnalyzer.Analyze([]byte(in.s)) }})
	}
	return ps
}

// TestRatios times each pair in alternating rounds, so that a burst of load
// on the machine falls on both sides, and prints the table of the fastest
// times and the median ratio. With -readme it writes the table into
// README.md.
func TestRatios(t *testing.T) {
	if !*compare {
		t.Skip("run with -compare to measure")
	}
	var b strings.Builder
	fmt.Fprintln(&b, "| job | ours | theirs | ours ns/unit | theirs ns/unit | ours / theirs (time) |")
	fmt.Fprintln(&b, "| --- | --- | --- | ---: | ---: | ---: |")
	for _, p := range pairs(t) {
		o, th, speedup := speedupOnce(p.units, p.fOurs, p.fTheirs)
		fmt.Fprintf(&b, "| %s | %s | %s | %.2f ns/%s | %.2f ns/%s | %.3f |\n", p.job, p.ours, p.theirs, o, p.unit, th, p.unit, 1/speedup)
	}
	t.Log("\n" + b.String())
	if *readme {
		writeReadme(t, b.String())
	}
}

// speedupOnce times ours and theirs in 21 alternating rounds of about 20 ms
// each side, and returns the fastest ns per unit of each and the median
// ratio of theirs to ours within a round.
func speedupOnce(units int, ours, theirs func()) (oursNs, theirsNs, ratio float64) {
	reps := func(f func()) int {
		start := time.Now()
		f()
		return max(1, int(20*time.Millisecond/max(time.Since(start), time.Microsecond)))
	}
	ro, rt := reps(ours), reps(theirs)
	time1 := func(f func(), n int) float64 {
		start := time.Now()
		for range n {
			f()
		}
		return float64(time.Since(start).Nanoseconds()) / float64(n*units)
	}
	oursNs, theirsNs = math.Inf(1), math.Inf(1)
	ratios := make([]float64, 21)
	for r := range ratios {
		o, t := time1(ours, ro), time1(theirs, rt)
		oursNs, theirsNs = min(oursNs, o), min(theirsNs, t)
		ratios[r] = t / o
	}
	slices.Sort(ratios)
	return oursNs, theirsNs, ratios[len(ratios)/2]
}

// writeReadme replaces the table between the markers of README.md.
func writeReadme(t *testing.T, table string) {
	const begin, end = "<!-- ratios -->\n", "<!-- /ratios -->"
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatal("README.md has no <!-- ratios --> markers")
	}
	s = s[:i+len(begin)] + table + s[j:]
	if err := os.WriteFile("README.md", []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
