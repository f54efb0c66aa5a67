package normalize_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	"github.com/go-arabic/arabic/internal/golden"
	"github.com/go-arabic/arabic/internal/transformtest"
	"github.com/go-arabic/arabic/normalize"
)

type testCase struct {
	name string
	form normalize.Form
	in   string
	want string
}

var cases = []testCase{
	// One or more cases for every flag.
	{"RemoveTashkeel", normalize.RemoveTashkeel, "مُسَّيَّرَةٌ", "مسيرة"},
	{"RemoveTashkeel keeps superscript alef", normalize.RemoveTashkeel, "هٰذَا", "هٰذا"},
	{"RemoveSuperscriptAlef", normalize.RemoveSuperscriptAlef, "هٰذا", "هذا"},
	{"FoldSuperscriptAlef", normalize.FoldSuperscriptAlef, "رحمٰن", "رحمان"},
	{"FoldSuperscriptAlef wins over Remove", normalize.FoldSuperscriptAlef | normalize.RemoveSuperscriptAlef, "رحمٰن", "رحمان"},
	{"RemoveQuranicMarks", normalize.RemoveQuranicMarks, "ٱلرَّحِيمِ \u06dd١", "ٱلرَّحِيمِ ١"},
	{"RemoveQuranicMarks honorific", normalize.RemoveQuranicMarks, "محمد ﷺ\u0610", "محمد ﷺ"},
	{"RemoveHamzaMarks", normalize.RemoveHamzaMarks, "ا\u0654ب ـٔ", "اب ـ"},
	{"ComposeHamza alef", normalize.ComposeHamza, "ا\u0654\u0653\u0655", "أ\u0653\u0655"},
	{"ComposeHamza waw and yeh", normalize.ComposeHamza, "سو\u0654ال ي\u0654", "سؤال ئ"},
	{"ComposeHamza across a harakah", normalize.ComposeHamza, "ا\u064e\u0654", "أ\u064e"},
	{"ComposeHamza blocked by an equal class", normalize.ComposeHamza, "ا\u06e1\u0654", "ا\u06e1\u0654"},
	{"ComposeHamza across a removed mark", normalize.ComposeHamza | normalize.RemoveQuranicMarks, "ا\u06e1\u0654", "أ"},
	{"ComposeHamza across removed tatweel", normalize.ComposeHamza | normalize.RemoveTatweel, "ي\u0640\u0654", "ئ"},
	{"ComposeHamza keeps what does not compose", normalize.ComposeHamza, "ب\u0654 \u0654", "ب\u0654 \u0654"},
	{"RemoveTatweel", normalize.RemoveTatweel, "العـــربية", "العربية"},
	{"FoldAlef", normalize.FoldAlef, "أإآا ٱ", "اااا ٱ"},
	{"FoldAlefWasla", normalize.FoldAlefWasla, "ٱلله أ", "الله أ"},
	{"FoldHamza", normalize.FoldHamza, "مسؤول سئل ء أ", "مسوول سيل ء أ"},
	{"FoldAlefMaksura", normalize.FoldAlefMaksura, "مصطفى على", "مصطفي علي"},
	{"FoldTehMarbuta", normalize.FoldTehMarbuta, "مدرسة", "مدرسه"},
	{"FoldPresentationForms lam-alef", normalize.FoldPresentationForms, "ﻻ ﻷ", "لا لأ"},
	{"FoldPresentationForms grows", normalize.FoldPresentationForms, "ﷲ ﷺ", "الله صلى الله عليه وسلم"},
	{"FoldPresentationForms letters", normalize.FoldPresentationForms, "ﺑﺴﻢ", "بسم"},
	{"FoldPresentationForms keeps ornate parentheses and BOM", normalize.FoldPresentationForms, "﴾\ufeff﴿", "﴾\ufeff﴿"},
	{"FoldPresentationForms leaves other compatibility forms", normalize.FoldPresentationForms, "︐ＡＢ", "︐ＡＢ"},
	{"FoldPersian yeh and kaf", normalize.FoldPersian, "یک", "يك"},
	{"FoldPersian heh", normalize.FoldPersian, "ہ ە ھ ۀ ۂ", "ه ه ه ه ه"},
	{"FoldPersian teh marbuta goal", normalize.FoldPersian, "ۃ", "ة"},
	{"FoldPersian keeps Persian-only letters", normalize.FoldPersian, "پچژگ", "پچژگ"},
	{"FoldDigits", normalize.FoldDigits, "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", "0123456789 0123456789"},
	{"FoldDigits keeps separators", normalize.FoldDigits, "٣٫١٤ ١٬٥٠٠", "3٫14 1٬500"},
	{"RemoveBidiControls", normalize.RemoveBidiControls, "\u200fليبيا\u200e \u202ba\u202c \u2067b\u2069 \u061c", "ليبيا a b "},
	{"RemoveZWJ", normalize.RemoveZWJ, "ه\u200d \u200c", "ه \u200c"},
	{"RemoveZWNJ", normalize.RemoveZWNJ, "می\u200cخواهم \u200d", "میخواهم \u200d"},

	// Flags that work together.
	{"FoldPersian then FoldTehMarbuta", normalize.FoldPersian | normalize.FoldTehMarbuta, "ۃ", "ه"},
	{"FoldPersian then FoldHamza", normalize.FoldPersian | normalize.FoldHamza, "ۓ", "ي"},
	{"FoldPersian then ComposeHamza", normalize.FoldPersian | normalize.ComposeHamza, "ی\u0654", "ئ"},
	{"ComposeHamza then FoldAlef", normalize.ComposeHamza | normalize.FoldAlef, "ا\u0653", "ا"},
	{"ComposeHamza before RemoveHamzaMarks", normalize.ComposeHamza | normalize.RemoveHamzaMarks, "ا\u0654 ب\u0654", "أ ب"},
	{"presentation form then fold", normalize.FoldPresentationForms | normalize.FoldTehMarbuta | normalize.FoldAlef, "ﺓ ﺃ", "ه ا"},
	{"presentation form then removal", normalize.FoldPresentationForms | normalize.RemoveTashkeel | normalize.RemoveTatweel, "ﹱ ﹷ", " "},
	{"presentation form composes with a following mark", normalize.FoldPresentationForms | normalize.ComposeHamza, "ﺍ\u0654", "أ"},

	// Profiles.
	{"Search", normalize.Search, "وأكَّد أردوغانُ ١٢ ﻻ مسؤول", "واكد اردوغان 12 لا مسؤول"},
	{"Search keeps hamza on carriers", normalize.Search, "ؤ ئ ء", "ؤ ئ ء"},
	{"Display keeps letters and harakat", normalize.Display, "وأكَّد ة ى ١", "وأكَّد ة ى ١"},
	{"Display", normalize.Display, "\u200fﻻ العـربية ا\u0654", "لا العربية أ"},
	{"Display keeps ZWNJ and ZWJ", normalize.Display, "می\u200cخواهم ه\u200d", "می\u200cخواهم ه\u200d"},
	{"Lucene", normalize.Lucene, "وأكَّدَ العـربيةُ مصطفى ٱ \u06dd", "واكد العربيه مصطفي ٱ \u06dd"},

	// Everything else passes through.
	{"zero Form", 0, "وأكَّد\xff", "وأكَّد\xff"},
	{"ASCII", normalize.Search, "TRT, AP (2014)", "TRT, AP (2014)"},
	{"ill-formed bytes", normalize.Search, "أ\xffب\xd8", "ا\xffب\xd8"},
	{"cut Arabic sequence", normalize.Search, "\xd8\xa3\xd8", "\xd8\xa7\xd8"},
	{"lone continuation bytes", normalize.Search, "\x80\xa3أ", "\x80\xa3ا"},
	{"empty", normalize.Search, "", ""},
}

func TestForms(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.form.String(tc.in); got != tc.want {
				t.Errorf("%v.String(%+q) = %+q; want %+q", tc.form, tc.in, got, tc.want)
			}
			if got := tc.form.String(tc.want); got != tc.want {
				t.Errorf("%v is not idempotent: String(%+q) = %+q", tc.form, tc.want, got)
			}
			if got, want := tc.form.IsNormalString(tc.in), tc.in == tc.want; got != want {
				t.Errorf("%v.IsNormalString(%+q) = %v; want %v", tc.form, tc.in, got, want)
			}
			if !tc.form.IsNormal([]byte(tc.want)) {
				t.Errorf("%v.IsNormal(%+q) = false for its own output", tc.form, tc.want)
			}
		})
	}
}

// TestContract holds every flag and profile to the transform contract.
func TestContract(t *testing.T) {
	inputs := []string{"", "abc"}
	for _, tc := range cases {
		inputs = append(inputs, tc.in)
	}
	article := readArticle(t)
	inputs = append(inputs, article[:600])
	forms := []normalize.Form{normalize.Search, normalize.Display, normalize.Lucene, 0}
	for _, fl := range flags {
		forms = append(forms, fl.form)
	}
	for _, f := range forms {
		t.Run(fmt.Sprint(f), func(t *testing.T) {
			t.Parallel() // forms are shared values: the race detector checks them
			transformtest.Check(t, f, inputs...)
		})
	}
}

func readArticle(t testing.TB) string {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestGolden compares the profiles' output on the golden article with
// goldens whose expected text was checked by hand against the rules.
func TestGolden(t *testing.T) {
	article := readArticle(t)
	for _, g := range []struct {
		name string
		form normalize.Form
	}{
		{"search", normalize.Search},
		{"display", normalize.Display},
		{"lucene", normalize.Lucene},
	} {
		t.Run(g.name, func(t *testing.T) {
			got := g.form.String(article)
			golden.Check(t, filepath.Join("..", "testdata", "normalize", "article."+g.name+".golden"), []byte(got))
			if again := g.form.String(got); again != got {
				t.Errorf("%v is not idempotent on the article", g.form)
			}
		})
	}
}

func TestNoAllocationWhenNormal(t *testing.T) {
	normal := normalize.Search.String(readArticle(t))
	b := []byte(normal)
	dst := make([]byte, 0, 2*len(b))
	tests := []struct {
		name string
		f    func()
	}{
		{"String", func() { normalize.Search.String(normal) }},
		{"Bytes", func() { normalize.Search.Bytes(b) }},
		{"IsNormalString", func() { normalize.Search.IsNormalString(normal) }},
		{"AppendString into capacity", func() { normalize.Search.AppendString(dst[:0], normal) }},
		{"Append into capacity", func() { normalize.Search.Append(dst[:0], b) }},
		{"AppendString changing into capacity", func() { normalize.Search.AppendString(dst[:0], "وأكَّد ﷲ") }},
	}
	for _, tc := range tests {
		if n := testing.AllocsPerRun(100, tc.f); n != 0 {
			t.Errorf("%s: %v allocations per run; want 0", tc.name, n)
		}
	}
	if out := normalize.Search.String(normal); unsafe.StringData(out) != unsafe.StringData(normal) {
		t.Error("Search.String of normal text returned a copy; want the input itself")
	}
	if out := normalize.Search.Bytes(b); unsafe.SliceData(out) != unsafe.SliceData(b) {
		t.Error("Search.Bytes of normal text returned a copy; want the input itself")
	}
	for _, changed := range []string{"وأكَّد", readArticle(t)} {
		if n := testing.AllocsPerRun(100, func() { normalize.Search.String(changed) }); n != 1 {
			t.Errorf("Search.String of %d bytes of changing text: %v allocations; want 1", len(changed), n)
		}
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		f    normalize.Form
		want string
	}{
		{normalize.Search, "Search"},
		{normalize.Display, "Display"},
		{normalize.Lucene, "Lucene"},
		{0, "0"},
		{normalize.FoldAlef | normalize.RemoveTatweel, "RemoveTatweel|FoldAlef"},
		{normalize.Lucene | normalize.FoldAlefWasla, "RemoveTashkeel|RemoveTatweel|FoldAlef|FoldAlefWasla|FoldAlefMaksura|FoldTehMarbuta"},
		{1 << 30, "Form(1<<30)"},
	}
	for _, tc := range tests {
		if got := fmt.Sprint(tc.f); got != tc.want {
			t.Errorf("fmt.Sprint(Form(%#x)) = %q; want %q", uint32(tc.f), got, tc.want)
		}
	}
	if got := fmt.Sprintf("%#x", normalize.FoldAlef); got != "0x80" {
		t.Errorf("%%#x of FoldAlef = %q; want 0x80", got)
	}
}

// TestFlagNames checks the names that Format prints and ParseForm reads
// against the constants, as flags lists them by hand: each name must be its
// constant's, and flags must list every flag, one per bit and in bit order.
func TestFlagNames(t *testing.T) {
	for i, fl := range flags {
		if fl.form != 1<<i {
			t.Errorf("flags[%d] is %s = %#x; want bit %d", i, fl.name, uint32(fl.form), i)
		}
		if got := fmt.Sprint(fl.form); got != fl.name {
			t.Errorf("fmt.Sprint(%s) = %q; want %q", fl.name, got, fl.name)
		}
		if got, err := normalize.ParseForm(fl.name); err != nil || got != fl.form {
			t.Errorf("ParseForm(%q) = %#x, %v; want %#x", fl.name, uint32(got), err, uint32(fl.form))
		}
	}
	// The bit after the last flag has no name: flags lacks no flag.
	if next := fmt.Sprint(normalize.Form(1) << len(flags)); !strings.HasPrefix(next, "Form(") {
		t.Errorf("bit %d prints as %q: a flag that flags does not list", len(flags), next)
	}
}

func TestParseForm(t *testing.T) {
	tests := []struct {
		in   string
		want normalize.Form
	}{
		{"search", normalize.Search},
		{"Search", normalize.Search},
		{"display", normalize.Display},
		{"LUCENE", normalize.Lucene},
		{"none", 0},
		{"FoldAlef", normalize.FoldAlef},
		{"foldalef+removetatweel", normalize.FoldAlef | normalize.RemoveTatweel},
		{"lucene|FoldAlefWasla", normalize.Lucene | normalize.FoldAlefWasla},
		{"RemoveTatweel|FoldAlef", normalize.FoldAlef | normalize.RemoveTatweel},
	}
	for _, tc := range tests {
		got, err := normalize.ParseForm(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseForm(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	// Every Form prints as a name that parses back to it.
	for _, fl := range flags {
		for _, f := range []normalize.Form{fl.form, fl.form | normalize.Lucene, normalize.Search &^ fl.form} {
			if got, err := normalize.ParseForm(fmt.Sprint(f)); err != nil || got != f {
				t.Errorf("ParseForm(%q) = %v, %v; want it back", fmt.Sprint(f), got, err)
			}
		}
	}
	for _, bad := range []string{"", "+", "serch", "search+FoldAleph"} {
		_, err := normalize.ParseForm(bad)
		if err == nil {
			t.Errorf("ParseForm(%q) succeeded; want an error", bad)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, "search, display, lucene, none") {
			t.Errorf("ParseForm(%q) error %q does not name the valid profiles", bad, msg)
		}
	}
}
