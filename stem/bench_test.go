package stem_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/stem"
)

type benchInput struct {
	name  string
	words []string
}

// benchInputs are word lists by class (as width's benchmarks have them),
// the words of the golden article and, when ARABIC_SHARED is set, the
// 157,214 words of the reference corpus.
func benchInputs(b *testing.B) []benchInput {
	b.Helper()
	article, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	inputs := []benchInput{
		{"ascii", strings.Fields("the quick brown fox jumps over the lazy dog")},
		{"arabic-stems", strings.Fields("كتب درس وزير حل صراع روس عمل")},
		{"arabic-affixed", strings.Fields("والكتاب بالمدرسة للطلاب المكتبات يكتبون سيستخدمون وزارتها")},
		{"arabic-diacritized", strings.Fields("الْكِتَابُ وَالْمَدْرَسَةُ يَكْتُبُونَ سَيَسْتَخْدِمُونَ")},
		{"mixed", strings.Fields("Lucene الكتاب 2024 iPhoneالجديد والمكتبة (AP)")},
		{"ill-formed", []string{"\xff\xfe", "ال\xd9", "\xd9\x8bكتب\x80"}},
		{"article", arabicWords(string(article))},
	}
	if sharedtest.Available() {
		var words []string
		sc := bufio.NewScanner(sharedtest.Open(b, "reference/corpus-words.txt"))
		for sc.Scan() {
			words = append(words, sc.Text())
		}
		inputs = append(inputs, benchInput{"corpus", words})
	}
	return inputs
}

// arabicWords returns the runs of Arabic letters and marks in text.
func arabicWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.Is(unicode.Arabic, r) && (unicode.IsLetter(r) || unicode.IsMark(r)) || unicode.Is(unicode.Mn, r))
	})
}

func size(words []string) (n int64) {
	for _, w := range words {
		n += int64(len(w))
	}
	return n
}

// normalized returns words as the stemmer s expects them: after the
// normalization that its reference applies (goldenForms), as "arabic stem"
// does by default.
func normalized(s stem.Stemmer, words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = goldenForms[s.Name()].String(w)
	}
	return out
}

// BenchmarkStem stems each input, normalized as each stemmer expects it.
func BenchmarkStem(b *testing.B) {
	inputs := benchInputs(b)
	for _, s := range stem.All {
		for _, in := range inputs {
			words := normalized(s, in.words)
			b.Run(s.Name()+"/"+in.name, func(b *testing.B) {
				b.SetBytes(size(words))
				b.ReportAllocs()
				for b.Loop() {
					for _, w := range words {
						s.Stem(w)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(in.words)), "ns/word")
			})
		}
	}
}

func BenchmarkAppendStem(b *testing.B) {
	inputs := benchInputs(b)
	for _, s := range stem.All {
		for _, in := range inputs {
			norm := normalized(s, in.words)
			words := make([][]byte, len(norm))
			for i, w := range norm {
				words[i] = []byte(w)
			}
			b.Run(s.Name()+"/"+in.name, func(b *testing.B) {
				buf := make([]byte, 0, 256)
				b.SetBytes(size(norm)) // the bytes stemmed, as in BenchmarkStem
				b.ReportAllocs()
				for b.Loop() {
					for _, w := range words {
						s.AppendStem(buf, w)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(in.words)), "ns/word")
			})
		}
	}
}

func BenchmarkIsStopWord(b *testing.B) {
	words := strings.Fields("قال وزير الخارجية الأمريكي في إفادة إنه لا حل عسكريا للأزمة في ليبيا")
	b.SetBytes(size(words))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			stem.IsStopWord(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}
