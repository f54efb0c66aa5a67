package tokenize

import (
	"bufio"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/sharedtest"
)

// benchInputs are the texts of the benchmarks, by class: plain ASCII,
// Arabic news prose (the golden article), diacritized classical prose,
// mixed scripts with URLs and emoji, ill-formed UTF-8, and, when
// ARABIC_SHARED is set, a large corpus (the Tashkeela validation set, 1.6 MB).
func benchInputs(b *testing.B) []struct{ name, s string } {
	art := article(b)
	ins := []struct{ name, s string }{
		{"ascii", strings.Repeat("The quick brown fox (AP) jumps over 3.14 lazy dogs. ", 100)},
		{"article", art},
		{"arabic-diacritized", strings.Repeat("وَالْجَوَازُ فِي الْوَلَدِ وَالزَّوْجَةِ، وَهُوَ الْفَرْقُ بَيْنَهُ وَبَيْنَ الشَّهَادَةِ. ", 60)},
		{"mixed", strings.Repeat("قال @user عبر https://trtarabi.com/a?b=1 إن #ليبيا_الآن 👍🏽 TRT ٣٫١٤. ", 60)},
		{"ill-formed", strings.Repeat("ليبيا\xff\xfe AP\xc0 ", 300)},
	}
	// Without the shared data, the other inputs still run.
	if sharedtest.Available() {
		ins = append(ins, struct{ name, s string }{"corpus", string(sharedtest.ReadFile(b, "corpora/diacritized/tashkeela-fadel2019/val.txt"))})
	}
	return ins
}

func BenchmarkSegments(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				for range Segments(in.s) {
				}
			}
		})
	}
}

func BenchmarkWords(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				for range Words(in.s) {
				}
			}
		})
	}
}

func BenchmarkSentences(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				for range Sentences(in.s) {
				}
			}
		})
	}
}

func BenchmarkScanWords(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			r := strings.NewReader(in.s)
			buf := make([]byte, 64<<10)
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				r.Reset(in.s)
				sc := bufio.NewScanner(r)
				sc.Buffer(buf, len(buf))
				sc.Split(ScanWords)
				for sc.Scan() {
				}
			}
		})
	}
}

// BenchmarkClitics splits every word of the input; the bytes are those of
// the whole input, so that MB/s compares with BenchmarkWords.
func BenchmarkClitics(b *testing.B) {
	for _, in := range benchInputs(b) {
		var words []string
		for tok := range Words(in.s) {
			words = append(words, tok.Text)
		}
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				for _, w := range words {
					SplitClitics(w)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
		})
	}
}

func BenchmarkFirstSegment(b *testing.B) {
	for _, in := range benchInputs(b) {
		data := []byte(in.s)
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				for rest := data; len(rest) > 0; {
					n, _ := FirstSegment(rest)
					rest = rest[n:]
				}
			}
		})
	}
}
