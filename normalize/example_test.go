package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/go-arabic/arabic/normalize"
)

// The profiles side by side on a diacritized sentence with a presentation
// form, tatweel, and Arabic-Indic digits.
func Example() {
	s := "وأكَّدَ الرئيـــسُ ﻻ ٢٠٢٤"
	for _, f := range []normalize.Form{normalize.Display, normalize.Search, normalize.Lucene} {
		fmt.Printf("%-7v %s\n", f, f.String(s))
	}
	// Output:
	// Display وأكَّدَ الرئيسُ لا ٢٠٢٤
	// Search  واكد الرئيس لا 2024
	// Lucene  واكد الرئيس ﻻ ٢٠٢٤
}

func ExampleForm_String() {
	// %+q shows the harakat that RemoveTashkeel takes out.
	in := "مُسَيَّرَة"
	out := normalize.RemoveTashkeel.String(in)
	fmt.Printf("%+q\n%+q\n", in, out)
	// Output:
	// "\u0645\u064f\u0633\u064e\u064a\u064e\u0651\u0631\u064e\u0629"
	// "\u0645\u0633\u064a\u0631\u0629"
}

// Flags combine with | and &^: here, Search without folding teh marbuta,
// as named-entity pipelines that keep ة want.
func ExampleForm_String_flags() {
	f := normalize.Search &^ normalize.FoldTehMarbuta
	fmt.Println(f.String("خليفة حفتر إلى طرابلس"))
	// Output:
	// خليفة حفتر الي طرابلس
}

func ExampleForm_IsNormalString() {
	fmt.Println(normalize.Search.IsNormalString("ليبيا"))
	fmt.Println(normalize.Search.IsNormalString("إلى"))
	// Output:
	// true
	// false
}

func ExampleForm_AppendString() {
	buf := make([]byte, 0, 64) // reused: no allocation per call
	for _, w := range []string{"أكَّد", "إلى"} {
		buf = normalize.Search.AppendString(buf[:0], w)
		fmt.Printf("%s ", buf)
	}
	fmt.Println()
	// Output:
	// اكد الي
}

// A match found in normalized text is shown in the original.
func ExampleForm_AlignString() {
	text := "طائرة أمريكية مُسّيرة غير مسلحة"
	normalized, a := normalize.Search.AlignString(text)
	i := strings.Index(normalized, "مسيره")
	start, end := a.InputSpan(i, i+len("مسيره"))
	fmt.Printf("%s[%s]%s\n", text[:start], text[start:end], text[end:])
	// Output:
	// طائرة أمريكية [مُسّيرة] غير مسلحة
}

func ExampleParseForm() {
	f, err := normalize.ParseForm("lucene+FoldAlefWasla")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f)
	fmt.Println(f.String("ٱلْحَمْدُ"))
	// Output:
	// RemoveTashkeel|RemoveTatweel|FoldAlef|FoldAlefWasla|FoldAlefMaksura|FoldTehMarbuta
	// الحمد
}

// A Form is a transform.Transformer: it streams in constant memory and
// chains with other transformers, here with one that replaces ill-formed
// UTF-8 by U+FFFD and with NFC.
func ExampleForm_Transform() {
	in := strings.NewReader("ﷲ أكبر\xff\n")
	t := transform.Chain(runes.ReplaceIllFormed(), norm.NFC, normalize.Search)
	if _, err := io.Copy(os.Stdout, transform.NewReader(in, t)); err != nil {
		fmt.Println(err)
	}
	// Output:
	// الله اكبر�
}
