package transliterate_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-arabic/arabic/transliterate"
)

// benchInputs are the input classes of width's benchmarks, and the golden
// article.
func benchInputs(b *testing.B) []struct{ name, s string } {
	article := readArticle(b)
	return []struct{ name, s string }{
		{"ascii", strings.Repeat("The quick brown fox jumps over the lazy dog. ", 40)},
		{"arabic", article},
		{"arabic-diacritized", strings.Repeat("ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ، شَمْسُ الدِّينِ وَالْقَمَرُ فِي السَّمَاءِ. ", 20)},
		{"mixed", strings.Repeat("Khalifa Haftar خليفة حفتر met فائز السراج in Tripoli طرابلس. ", 20)},
		{"ill-formed", strings.Repeat("خليفة\xff\xfe حفتر\x80 ", 40)},
	}
}

func BenchmarkString(b *testing.B) {
	inputs := benchInputs(b)
	for _, s := range schemesAndInverses() {
		for _, in := range inputs {
			b.Run(s.Name()+"/"+in.name, func(b *testing.B) {
				b.SetBytes(int64(len(in.s)))
				b.ReportAllocs()
				for b.Loop() {
					s.String(in.s)
				}
			})
		}
	}
}

// BenchmarkBuckwalterValid runs Buckwalter beside utf8.ValidString on the
// same Arabic bytes, the golden article: Buckwalter.String should be at
// least as fast, and AppendString into a sized buffer allocation-free.
func BenchmarkBuckwalterValid(b *testing.B) {
	s := readArticle(b)
	b.Run("utf8.ValidString", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			utf8.ValidString(s)
		}
	})
	b.Run("Buckwalter.String", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			transliterate.Buckwalter.String(s)
		}
	})
	buf := make([]byte, 0, len(s))
	b.Run("Buckwalter.AppendString", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			transliterate.Buckwalter.AppendString(buf[:0], s)
		}
	})
}
