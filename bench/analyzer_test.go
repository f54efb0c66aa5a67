package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"

	"github.com/go-arabic/arabic"
	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
)

// texts are the inputs of the side-by-side benchmarks: the golden article,
// the article repeated to 1 MB, and, when ARABIC_SHARED is set, two texts
// whose words do not repeat as the article's do: the 1,000 sentences of UD
// Arabic-PUD (news and Wikipedia, 180 KB) and the Tashkeela validation
// set (diacritized classical prose, 1.6 MB).
func texts(tb testing.TB) []struct{ name, s string } {
	tb.Helper()
	art, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	ts := []struct{ name, s string }{
		{"article", string(art)},
		{"article-1MB", strings.Repeat(string(art), 1<<20/len(art))},
	}
	if sharedtest.Available() {
		var sentences strings.Builder
		for line := range strings.Lines(string(sharedtest.ReadFile(tb, "corpora/ud-arabic-pud/ar_pud-ud-test.conllu"))) {
			if text, ok := strings.CutPrefix(line, "# text = "); ok {
				sentences.WriteString(text)
			}
		}
		tashkeela := sharedtest.ReadFile(tb, "corpora/diacritized/tashkeela-fadel2019/val.txt")
		ts = append(ts, struct{ name, s string }{"pud", sentences.String()}, struct{ name, s string }{"tashkeela", string(tashkeela)})
	}
	return ts
}

// bleveArabic returns bleve's Arabic analyzer: its Unicode tokenizer,
// lower-casing, Arabic stop words, normalizer and Lucene light stemmer.
func bleveArabic(tb testing.TB) analysis.Analyzer {
	a, err := registry.NewCache().AnalyzerNamed(ar.AnalyzerName)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// asBleve is this module's Analyzer set to do bleve's work: the words
// (bleve's tokenizer keeps no punctuation), normalized as Lucene normalizes
// them and stemmed by Lucene's light stemmer. It stems stop words too,
// where bleve's analyzer drops the words of its list first: it does a
// little more work than bleve's, never less. The zero Analyzer does much
// more: stem.Light's clitic analysis, which keeps names whole, after
// normalize.Search.
var asBleve = arabic.Analyzer{Form: normalize.Lucene, Stemmer: stem.Light10}

// BenchmarkAnalyzer runs this module's Analyzer (tokenize, normalize.Search,
// stem.Light), the same set to take bleve's steps (asBleve), and bleve's
// Arabic analyzer over the same text.
func BenchmarkAnalyzer(b *testing.B) {
	theirs := bleveArabic(b)
	var ours arabic.Analyzer
	for _, in := range texts(b) {
		b.Run(in.name+"/arabic", func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				for range ours.Tokens(in.s) {
				}
			}
		})
		b.Run(in.name+"/arabic-as-bleve", func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				for range asBleve.Words(in.s) {
				}
			}
		})
		b.Run(in.name+"/bleve", func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				theirs.Analyze([]byte(in.s))
			}
		})
	}
}

// BenchmarkNormalize runs normalize.Search, x/text's NFKC (which folds the
// presentation forms and nothing Arabic else), utf8.ValidString and a plain
// copy (the floors) over the same text, and bleve's Arabic normalizer over
// the same text cut into its tokens.
func BenchmarkNormalize(b *testing.B) {
	for _, in := range texts(b) {
		words := strings.Fields(in.s)
		tokens := make(analysis.TokenStream, len(words))
		for i := range tokens {
			tokens[i] = &analysis.Token{}
		}
		filter := ar.NewArabicNormalizeFilter()
		dst := make([]byte, len(in.s))
		cases := []struct {
			name string
			f    func()
		}{
			{"arabic", func() { normalize.Search.String(in.s) }},
			{"arabic-words", func() {
				for _, w := range words {
					normalize.Search.String(w)
				}
			}},
			{"bleve-words", func() {
				for i, w := range words {
					// bleve's filter rewrites the terms in place: hand it
					// fresh ones, as its tokenizer would.
					tokens[i].Term = append(tokens[i].Term[:0], w...)
				}
				filter.Filter(tokens)
			}},
			{"nfkc", func() { norm.NFKC.String(in.s) }},
			{"utf8.Valid", func() { utf8.ValidString(in.s) }},
			{"copy", func() { copy(dst, in.s) }},
		}
		for _, c := range cases {
			b.Run(in.name+"/"+c.name, func(b *testing.B) {
				b.SetBytes(int64(len(in.s)))
				b.ReportAllocs()
				for b.Loop() {
					c.f()
				}
			})
		}
	}
}
