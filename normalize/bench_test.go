package normalize_test

import (
	"io"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/normalize"
)

type input struct{ name, s string }

// benchInputs are the benchmark inputs by class: the golden article, plain
// ASCII, Arabic already in the Search form (exercises Span: 0 allocs/op),
// ill-formed bytes, and, with ARABIC_SHARED set, the Tashkeela corpus
// (3.4 MB: val and test of Fadel et al. 2019) diacritized, without its
// harakat (undiacritized Arabic, still with hamza forms and teh marbuta:
// most words change) and in the Search form.
func benchInputs(b *testing.B) []input {
	article := readArticle(b)
	ins := []input{
		{"article", article},
		{"article-normal", normalize.Search.String(article)},
		{"ascii", strings.Repeat("The quick brown fox jumps over the lazy dog (AP, TRT) 2014. ", 100)},
		{"ill-formed", strings.ReplaceAll(article, "\xd8\xa7", "\xd8")}, // every alef cut in half
	}
	if sharedtest.Available() {
		tashkeela := string(sharedtest.ReadFile(b, "corpora/diacritized/tashkeela-fadel2019/val.txt")) +
			string(sharedtest.ReadFile(b, "corpora/diacritized/tashkeela-fadel2019/test.txt"))
		undiacritized := normalize.RemoveTashkeel.String(tashkeela)
		ins = append(ins,
			input{"tashkeela-diacritized", tashkeela},
			input{"tashkeela-undiacritized", undiacritized},
			input{"tashkeela-normal", normalize.Search.String(undiacritized)},
		)
	}
	return ins
}

func benchmark(b *testing.B, f func(s string)) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				f(in.s)
			}
		})
	}
}

// BenchmarkValid is the floor: utf8.ValidString reads the same bytes and
// writes nothing.
func BenchmarkValid(b *testing.B) { benchmark(b, func(s string) { utf8.ValidString(s) }) }

func BenchmarkSearch(b *testing.B)  { benchmark(b, func(s string) { normalize.Search.String(s) }) }
func BenchmarkDisplay(b *testing.B) { benchmark(b, func(s string) { normalize.Display.String(s) }) }
func BenchmarkLucene(b *testing.B)  { benchmark(b, func(s string) { normalize.Lucene.String(s) }) }

func BenchmarkSearchIsNormal(b *testing.B) {
	benchmark(b, func(s string) { normalize.Search.IsNormalString(s) })
}

func BenchmarkSearchAppendString(b *testing.B) {
	var buf []byte
	benchmark(b, func(s string) { buf = normalize.Search.AppendString(buf[:0], s) })
}

func BenchmarkSearchReader(b *testing.B) {
	benchmark(b, func(s string) {
		if _, err := io.Copy(io.Discard, transform.NewReader(strings.NewReader(s), normalize.Search)); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkSearchVsValid times Search.String and utf8.ValidString on the
// same input in alternation, so that both meet the same load on a busy
// machine, and reports the median ratio of their times: below 1 means
// Search is faster than validating the bytes.
func BenchmarkSearchVsValid(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			var ratios []float64
			for b.Loop() {
				t0 := time.Now()
				utf8.ValidString(in.s)
				t1 := time.Now()
				normalize.Search.String(in.s)
				ratios = append(ratios, float64(time.Since(t1))/float64(t1.Sub(t0)))
			}
			slices.Sort(ratios)
			b.ReportMetric(ratios[len(ratios)/2], "search/valid")
		})
	}
}
