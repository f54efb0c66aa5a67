package tokenize_test

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-arabic/arabic/tokenize"
)

func ExampleSegments() {
	for tok := range tokenize.Segments("قال بومبيو (AP): ٣٫١٤!") {
		fmt.Printf("%d-%d %s %q\n", tok.Start, tok.End, tok.Kind, tok.Text)
	}
	// Output:
	// 0-6 word "قال"
	// 6-7 space " "
	// 7-19 word "بومبيو"
	// 19-20 space " "
	// 20-21 punct "("
	// 21-23 latin "AP"
	// 23-24 punct ")"
	// 24-25 punct ":"
	// 25-26 space " "
	// 26-34 number "٣٫١٤"
	// 34-35 punct "!"
}

func ExampleWords() {
	s := "وزير الخارجية، مايك بومبيو، في 2020."
	for tok := range tokenize.Words(s) {
		// Offsets are in bytes; count runes for a rune offset.
		fmt.Printf("%s\t%s\trunes %d-%d\n", tok.Text, tok.Kind, utf8.RuneCountInString(s[:tok.Start]), utf8.RuneCountInString(s[:tok.End]))
	}
	// Output:
	// وزير	word	runes 0-4
	// الخارجية	word	runes 5-13
	// مايك	word	runes 15-19
	// بومبيو	word	runes 20-26
	// في	word	runes 28-30
	// 2020	number	runes 31-35
}

func ExampleSentences() {
	for tok := range tokenize.Sentences("هل قال ذلك؟ نعم. قالها أمس.") {
		fmt.Printf("%q\n", tok.Text)
	}
	// Output:
	// "هل قال ذلك؟ "
	// "نعم. "
	// "قالها أمس."
}

func ExampleScanWords() {
	sc := bufio.NewScanner(strings.NewReader("ويلقى في ذلك دعماً من مصر والإمارات."))
	sc.Split(tokenize.ScanWords)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ويلقى
	// في
	// ذلك
	// دعماً
	// من
	// مصر
	// والإمارات
}

func ExampleFirstSegment() {
	b := []byte("TRT عربي")
	for len(b) > 0 {
		n, kind := tokenize.FirstSegment(b)
		fmt.Printf("%s %q\n", kind, b[:n])
		b = b[n:]
	}
	// Output:
	// latin "TRT"
	// space " "
	// word "عربي"
}

func ExampleClitics() {
	for _, word := range []string{"وبالتالي", "حكومته", "للسلطة", "وزير"} {
		for tok := range tokenize.Clitics(word) {
			fmt.Printf("%s %d-%d %s\n", word, tok.Start, tok.End, tok.Kind)
		}
	}
	// Output:
	// وبالتالي 0-2 proclitic
	// وبالتالي 2-4 proclitic
	// وبالتالي 4-16 base
	// حكومته 0-10 base
	// حكومته 10-12 enclitic
	// للسلطة 0-2 proclitic
	// للسلطة 2-12 base
	// وزير 0-8 base
}

func ExampleSplitClitics() {
	// A stemmer that strips clitics keeps the base.
	pro, base, enc := tokenize.SplitClitics("وسيجعلها")
	fmt.Printf("%q %q %q\n", pro, base, enc)
	// Output:
	// "وس" "يجعل" "ها"
}
