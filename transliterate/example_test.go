package transliterate_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/go-arabic/arabic/transliterate"
)

// The schemes on one name from the golden article.
func Example() {
	for _, s := range []transliterate.Scheme{
		transliterate.Buckwalter, transliterate.SafeBuckwalter, transliterate.XMLBuckwalter,
		transliterate.HSB, transliterate.UNGEGN,
		transliterate.ALALC, transliterate.DIN31635, transliterate.ISO233, transliterate.BGN,
	} {
		fmt.Printf("%-14s %s\n", s.Name(), s.String("فائز السراج"))
	}
	// Output:
	// buckwalter     fA}z AlsrAj
	// safebuckwalter fAQz AlsrAj
	// xmlbuckwalter  fA}z AlsrAj
	// hsb            fAŷz AlsrAj
	// ungegn         fạỷz ạlsrạj
	// alalc          fāʼz al-srāj
	// din31635       fāʾz as-srāǧ
	// iso233         fāʾz al-srāǧ
	// bgn            Fā’z as Srāj
}

func ExampleScheme_Inverse() {
	bw := transliterate.Buckwalter
	latin := bw.String("عبد الله بن زايد")
	arabic, _ := bw.Inverse()
	fmt.Println(latin)
	fmt.Println(arabic.String(latin))
	_, ok := transliterate.ALALC.Inverse()
	fmt.Println("ALA-LC reversible:", ok)
	// Output:
	// Ebd Allh bn zAyd
	// عبد الله بن زايد
	// ALA-LC reversible: false
}

func ExampleScheme_Name() {
	for _, s := range transliterate.All {
		_, reversible := s.Inverse()
		fmt.Println(s.Name(), reversible)
	}
	// Output:
	// names false
	// buckwalter true
	// safebuckwalter true
	// xmlbuckwalter true
	// hsb true
	// ungegn true
	// alalc false
	// din31635 false
	// iso233 false
	// bgn false
}

// A Scheme streams: transform.NewReader converts any amount of text in
// constant memory.
func ExampleScheme_Transform() {
	r := transform.NewReader(strings.NewReader("خليفة حفتر\nطرابلس\n"), transliterate.Buckwalter)
	if _, err := io.Copy(os.Stdout, r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// xlyfp Hftr
	// TrAbls
}

func ExampleScheme_AppendString() {
	buf := make([]byte, 0, 64)
	for _, word := range []string{"خليفة", "حفتر"} {
		buf = transliterate.Buckwalter.AppendString(buf[:0], word)
		fmt.Printf("%s ", buf)
	}
	fmt.Println()
	// Output:
	// xlyfp Hftr
}

// Buckwalter writes every character, the harakat too.
func ExampleScheme_String_buckwalter() {
	fmt.Println(transliterate.Buckwalter.String("شَمْسُ الدِّينِ"))
	// Output:
	// $amosu Aldi~yni
}

func ExampleScheme_String_safeBuckwalter() {
	fmt.Println(transliterate.SafeBuckwalter.String("أبو ذر الشامي"))
	// Output:
	// Obw Vr AlcAmy
}

func ExampleScheme_String_xmlBuckwalter() {
	fmt.Println(transliterate.XMLBuckwalter.String("أبو ذر الشامي"))
	// Output:
	// Obw *r Al$Amy
}

func ExampleScheme_String_hsb() {
	fmt.Println(transliterate.HSB.String("أبو ذر الشامي"))
	// Output:
	// Âbw ðr AlšAmy
}

// UNGEGN is ICU's Arabic-Latin; Arabic-Indic digits become ASCII digits,
// the decimal separator between digits a comma.
func ExampleScheme_String_ungegn() {
	fmt.Println(transliterate.UNGEGN.String("خليفة حفتر ٣٫٥"))
	// Output:
	// kẖlyfẗ ḥftr 3,5
}

// ALA-LC needs the vowels; without them it writes the skeleton.
func ExampleScheme_String_alalc() {
	fmt.Println(transliterate.ALALC.String("وِزَارَة الدَّاخِلِيَّة"))
	fmt.Println(transliterate.ALALC.String("وزارة الداخلية"))
	// Output:
	// wizārat al-dākhilīyah
	// wzārat al-dākhlyah
}

func ExampleScheme_String_din31635() {
	fmt.Println(transliterate.DIN31635.String("شَمْس الدِّين"))
	// Output:
	// šams ad-dīn
}

func ExampleScheme_String_iso233() {
	fmt.Println(transliterate.ISO233.String("خَلِيفَة حَفْتَر"))
	// Output:
	// ẖalīfaẗ ḥaftar
}

// BGN/PCGN capitalizes names and assimilates the article.
func ExampleScheme_String_bgn() {
	fmt.Println(transliterate.BGN.String("المَدِينَة المُنَوَّرَة"))
	fmt.Println(transliterate.BGN.String("طرابلس"))
	// Output:
	// Al Madīnah al Munawwarah
	// Ţrābls
}
