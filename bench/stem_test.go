package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"

	"github.com/go-arabic/arabic/stem"
)

// articleWords returns the Arabic words of the golden article, normalized
// as Lucene normalizes them (by bleve's normalizer, which agrees with
// Lucene's on every reference word), so that both stemmers see the input
// they are meant for.
func articleWords(tb testing.TB) [][]byte {
	tb.Helper()
	text, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	normalizer := ar.NewArabicNormalizeFilter()
	var words [][]byte
	for _, w := range strings.FieldsFunc(string(text), notArabic) {
		stream := normalizer.Filter(analysis.TokenStream{{Term: []byte(w)}})
		words = append(words, stream[0].Term)
	}
	return words
}

func notArabic(r rune) bool {
	return !unicode.Is(unicode.Arabic, r) && !unicode.Is(unicode.Mn, r)
}

func size(words [][]byte) (n int64) {
	for _, w := range words {
		n += int64(len(w))
	}
	return n
}

// TestLight10MatchesBleve checks that the two benchmarks below compare
// equal work: both stemmers give the same stems of the article's words.
func TestLight10MatchesBleve(t *testing.T) {
	filter := ar.NewArabicStemmerFilter()
	for _, w := range articleWords(t) {
		want := string(filter.Filter(analysis.TokenStream{{Term: append([]byte(nil), w...)}})[0].Term)
		if got := stem.Light10.Stem(string(w)); got != want {
			t.Errorf("Light10.Stem(%+q) = %+q; bleve gives %+q", w, got, want)
		}
	}
}

// light10Funcs returns two functions that stem all words, one with
// stem.Light10 and one with bleve's port of Lucene's ArabicStemmer. Each
// stemmer gets the words in the form its API takes and returns the stem
// without changing the word: Stem returns a substring, bleve's filter puts
// a new slice in the token.
func light10Funcs(words [][]byte) (ours, bleve func()) {
	strs := make([]string, len(words))
	for i, w := range words {
		strs[i] = string(w)
	}
	filter := ar.NewArabicStemmerFilter()
	tok := &analysis.Token{}
	stream := analysis.TokenStream{tok}
	return func() {
			for _, w := range strs {
				stem.Light10.Stem(w)
			}
		}, func() {
			for _, w := range words {
				tok.Term = w
				filter.Filter(stream)
			}
		}
}

// BenchmarkLight10 runs light10Funcs: compare the ns/word of the two
// sub-benchmarks, or run TestCompareLight10 for their ratio.
func BenchmarkLight10(b *testing.B) {
	words := articleWords(b)
	ours, bleve := light10Funcs(words)
	for _, bm := range []struct {
		name string
		f    func()
	}{{"arabic", ours}, {"bleve", bleve}} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(size(words))
			b.ReportAllocs()
			for b.Loop() {
				bm.f()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
		})
	}
}
