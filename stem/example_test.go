package stem_test

import (
	"fmt"
	"slices"
	"strings"

	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
)

// The four algorithms on the same words. Light, Light10 and Snowball
// remove affixes (Snowball never removes و before ا), ISRI goes down to a
// root. Snowball and ISRI cut the name برايس (Price).
func Example() {
	for _, word := range []string{"والكتاب", "المكتبات", "يكتبون", "برايس"} {
		fmt.Print(word)
		for _, s := range stem.All {
			fmt.Printf("  %s:%s", s.Name(), s.Stem(word))
		}
		fmt.Println()
	}
	// Output:
	// والكتاب  light:كتاب  light10:كتاب  snowball:والكتاب  isri:كتب
	// المكتبات  light:مكتب  light10:مكتب  snowball:مكتب  isri:كتب
	// يكتبون  light:كتب  light10:يكتب  snowball:يكتب  isri:كتب
	// برايس  light:برايس  light10:برايس  snowball:رايس  isri:ريس
}

// Light expects words normalized by normalize.Search. It removes the
// clitics that package tokenize finds, the article and one inflectional
// suffix, and keeps names whole.
func Example_light() {
	for _, word := range strings.Fields("وللسلطة المسؤولون الفلسطينيين حكومته سيكتبون قالوا لبنان مصطفى بلغراد") {
		fmt.Println(word, "→", stem.Light.Stem(normalize.Search.String(word)))
	}
	// Output:
	// وللسلطة → سلطه
	// المسؤولون → مسؤول
	// الفلسطينيين → فلسطيني
	// حكومته → حكوم
	// سيكتبون → كتب
	// قالوا → قال
	// لبنان → لبنان
	// مصطفى → مصطفي
	// بلغراد → بلغراد
}

// Light10 expects words normalized as Lucene normalizes them (here by hand:
// teh marbuta written as heh), and returns part of the word.
func Example_light10() {
	for _, word := range []string{"الجامعه", "وللطلاب", "كتابيها"} {
		fmt.Println(word, "→", stem.Light10.Stem(word))
	}
	// Output:
	// الجامعه → جامع
	// وللطلاب → للطلاب
	// كتابيها → كتاب
}

// Snowball removes harakat and tatweel itself and folds hamza carriers.
func Example_snowball() {
	for _, word := range []string{"الْمَدْرَسَـة", "سيستخدمون", "أسئلة"} {
		fmt.Printf("%+q → %+q\n", word, stem.Snowball.Stem(word))
	}
	// Output:
	// "\u0627\u0644\u0652\u0645\u064e\u062f\u0652\u0631\u064e\u0633\u064e\u0640\u0629" → "\u0645\u062f\u0631\u0633"
	// "\u0633\u064a\u0633\u062a\u062e\u062f\u0645\u0648\u0646" → "\u064a\u0633\u062a\u062e\u062f\u0645"
	// "\u0623\u0633\u0626\u0644\u0629" → "\u0627\u0633\u064a\u0644"
}

// ISRI finds three- and four-letter roots by matching word patterns, and
// leaves the words of its stop list alone.
func Example_isri() {
	for _, word := range []string{"استعمال", "مكتوب", "الذين"} {
		fmt.Println(word, "→", stem.ISRI.Stem(word))
	}
	// Output:
	// استعمال → عمل
	// مكتوب → كتب
	// الذين → الذين
}

// A service that names its stemmer in a configuration file finds it in
// All.
func ExampleStemmer_Name() {
	name := "snowball" // from the configuration
	i := slices.IndexFunc(stem.All, func(s stem.Stemmer) bool { return s.Name() == name })
	fmt.Println(stem.All[i].Stem("بالمدرسة"))
	// Output: مدرس
}

// AppendStem serves []byte pipelines without allocating.
func ExampleStemmer_AppendStem() {
	buf := make([]byte, 0, 64)
	for _, word := range strings.Fields("ذهب الطلاب إلى المدرسة") {
		buf = stem.Snowball.AppendStem(buf, []byte(word))
		buf = append(buf, ' ')
	}
	fmt.Println(string(buf))
	// Output: ذهب طلاب الي مدرس
}

// Protect keeps words whole that a stemmer would cut, here the name يعرب
// (Yarub), which Light reads as a verb in the imperfect, as it reads يكتب.
func ExampleStemmer_Protect_light() {
	s := stem.Light.Protect("يعرب")
	for _, word := range strings.Fields("يعرب يكتب") {
		fmt.Println(word, "→", stem.Light.Stem(word), "→", s.Stem(word))
	}
	// Output:
	// يعرب → عرب → يعرب
	// يكتب → كتب → كتب
}

// Protect keeps names whole that a stemmer would cut.
func ExampleStemmer_Protect() {
	s := stem.Light10.Protect("بيروت", "الجزائر")
	for _, word := range strings.Fields("بيروت الجزائر الوزير") {
		fmt.Println(word, "→", stem.Light10.Stem(word), "→", s.Stem(word))
	}
	// Output:
	// بيروت → بيروت → بيروت
	// الجزائر → جزائر → الجزائر
	// الوزير → وزير → وزير
}

func ExampleIsStopWord() {
	for _, word := range strings.Fields("قال الوزير إن الحل في ليبيا ليس عسكريا") {
		if !stem.IsStopWord(word) {
			fmt.Print(word, " ")
		}
	}
	fmt.Println()
	// Output: قال الوزير الحل ليبيا عسكريا
}

// Index keys for search: normalize, drop the stop words, stem with Light.
func ExampleIsStopWord_light() {
	for _, word := range strings.Fields("وقالت الوزارة إن المفاوضات مع الفلسطينيين ستستأنف في القاهرة") {
		if w := normalize.Search.String(word); !stem.IsStopWord(w) {
			fmt.Print(stem.Light.Stem(w), " ")
		}
	}
	fmt.Println()
	// Output: قالت وزاره مفاوض فلسطيني تستانف قاهره
}

func ExampleStopWords() {
	n := 0
	for word := range stem.StopWords() {
		if strings.HasPrefix(word, "إلي") {
			fmt.Println(word)
		}
		n++
	}
	fmt.Println(n > 300)
	// Output:
	// إلي
	// إليك
	// إليكم
	// إلينا
	// إليه
	// إليها
	// إليهم
	// إليهما
	// إليهن
	// true
}
