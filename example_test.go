package arabic_test

import (
	"fmt"
	"strings"

	"github.com/go-arabic/arabic"
	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
	"github.com/go-arabic/arabic/transliterate"
)

// The zero Analyzer normalizes for search and stems with stem.Light; the
// offsets point into the raw text.
func ExampleAnalyzer_Tokens() {
	text := "وأكَّد الرئيسُ التركي"
	for t := range (arabic.Analyzer{}).Tokens(text) {
		fmt.Printf("%2d %2d %-8s %-8s %s\n", t.Start, t.End, t.Text, t.Normalized, t.Stem)
	}
	// Output:
	//  0 12 وأكَّد   واكد     اكد
	// 13 27 الرئيسُ  الرئيس   رئيس
	// 28 40 التركي   التركي   تركي
}

// Set to normalize as Lucene does and stem with its light stemmer, the
// Analyzer gives the terms of Lucene's ArabicAnalyzer and of bleve's (these
// are Lucene 8.8.1's stems), but for its own list of stop words, which is
// longer, and for Latin letters, which it does not lower-case.
func ExampleAnalyzer_Words_lucene() {
	a := arabic.Analyzer{Form: normalize.Lucene, Stemmer: stem.Light10, DropStopWords: true}
	for t := range a.Words("وذكرت الصحيفةُ أنّ المكتبات في بيروت مغلقة") {
		fmt.Println(t.Text, t.Stem)
	}
	// Output:
	// وذكرت ذكرت
	// الصحيفةُ صحيف
	// المكتبات مكتب
	// بيروت بيروت
	// مغلقة مغلق
}

// Romanize adds the Latin spelling of each token: here, names as English
// news writes them, spelled in context, so that a name of several words is
// spelled as one.
func ExampleAnalyzer_Tokens_romanize() {
	a := arabic.Analyzer{Romanize: transliterate.Names}
	for t := range a.Words("قال فائز السراج وعبد الله بن زايد في طرابلس") {
		fmt.Printf("%s %q\n", t.Text, t.Romanized)
	}
	// Output:
	// قال "qal"
	// فائز "Fayez"
	// السراج "al-Sarraj"
	// وعبد "Abdallah"
	// الله ""
	// بن "bin"
	// زايد "Zayed"
	// في "fi"
	// طرابلس "Tripoli"
}

// ReadTokens analyzes a stream of any size in constant memory, with offsets
// into the whole stream.
func ExampleAnalyzer_ReadTokens() {
	r := strings.NewReader("قال بومبيو\nوليبيا منقسمة\n")
	for t, err := range (arabic.Analyzer{DropStopWords: true}).ReadTokens(r) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(t.Start, t.Stem)
	}
	// Output:
	// 0 قال
	// 7 بومبيو
	// 20 ليبيا
	// 33 منقسمه
}
