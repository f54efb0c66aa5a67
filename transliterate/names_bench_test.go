package transliterate

import (
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/sharedtest"
)

// nameBenchInputs are lists of names by the layer that spells them.
var nameBenchInputs = []struct {
	name  string
	names []string
}{
	{"lexicon", []string{
		"خليفة حفتر", "فائز السراج", "عبد الله بن زايد", "فلاديمير بوتين", "طرابلس",
		"بنغازي", "الولايات المتحدة", "محمد", "أحمد", "القاهرة", "دمشق", "نتنياهو",
	}},
	{"clitics-compounds", []string{
		"وليبيا", "لحفتر", "والإمارات", "للسراج", "عبد الرحمن", "نور الدين", "نصر الله", "بن سعيد",
	}},
	{"model", []string{
		"بوزيدوفيتش", "قرطاجنة", "زمبرتي", "الغرابلي", "شنيتزلر", "كوفاليوف", "ماتسوموتو", "بيرتولوتشي",
	}},
	{"ascii", []string{"Khalifa Haftar", "Fayez al-Sarraj"}},
	{"ill-formed", []string{"\xff\xfe محمد \xc0", "\xd9\xff"}},
}

func benchmarkNames(b *testing.B, names []string) {
	size := 0
	for _, s := range names {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	buf := make([]byte, 0, 256)
	for b.Loop() {
		for _, s := range names {
			buf = appendNames(buf[:0], s)
		}
	}
	b.ReportMetric(float64(b.N*len(names))/b.Elapsed().Seconds(), "names/s")
}

func BenchmarkNames(b *testing.B) {
	for _, in := range nameBenchInputs {
		b.Run(in.name, func(b *testing.B) { benchmarkNames(b, in.names) })
	}
}

// BenchmarkNamesTestSplits romanizes the names of the test splits: a mix of
// names the lexicon has and names the model spells.
func BenchmarkNamesTestSplits(b *testing.B) {
	for _, set := range []struct{ name, file string }{
		{"ar2en", "corpora/names/google-ar2en/ar2en-test.txt"},
		{"anetac", "corpora/names/anetac/translit/test.ar"},
	} {
		b.Run(set.name, func(b *testing.B) {
			var names []string
			for _, line := range strings.Split(string(sharedtest.ReadFile(b, set.file)), "\n") {
				if ar, _, _ := strings.Cut(line, "\t"); ar != "" {
					names = append(names, ar)
				}
			}
			benchmarkNames(b, names)
		})
	}
}

func BenchmarkNameCandidates(b *testing.B) {
	for _, in := range nameBenchInputs[:3] {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range in.names {
					NameCandidates(s, 5)
				}
			}
			b.ReportMetric(float64(b.N*len(in.names))/b.Elapsed().Seconds(), "names/s")
		})
	}
}
