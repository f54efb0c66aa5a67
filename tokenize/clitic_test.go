package tokenize

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var cliticTests = []struct {
	name string
	word string
	want []seg // the pieces, in order
}{
	{"empty", "", nil},
	{"radical waw", "وزير", []seg{{Base, "وزير"}}},
	{"radical fa", "فلسطين", []seg{{Base, "فلسطين"}}},
	{"radical ba", "بيروت", []seg{{Base, "بيروت"}}},
	{"radical kaf", "كتاب", []seg{{Base, "كتاب"}}},
	{"radical lam", "لبنان", []seg{{Base, "لبنان"}}},
	{"inflected stem", "وزيرة", []seg{{Base, "وزيرة"}}},
	{"conjunction on a stem", "ووزير", []seg{{Proclitic, "و"}, {Base, "وزير"}}},
	{"article stays on the base", "والكتاب", []seg{{Proclitic, "و"}, {Base, "الكتاب"}}},
	{"two proclitics", "وبالتالي", []seg{{Proclitic, "و"}, {Proclitic, "ب"}, {Base, "التالي"}}},
	{"lam with the article", "للسلطة", []seg{{Proclitic, "ل"}, {Base, "لسلطة"}}},
	{"lam before a verb", "لإنهاء", []seg{{Proclitic, "ل"}, {Base, "إنهاء"}}},
	{"conjunction before a verb", "ونريد", []seg{{Proclitic, "و"}, {Base, "نريد"}}},
	{"conjunction before a function word", "وقد", []seg{{Proclitic, "و"}, {Base, "قد"}}},
	{"future", "سيكون", []seg{{Proclitic, "س"}, {Base, "يكون"}}},
	{"conjunction and future", "وستكون", []seg{{Proclitic, "و"}, {Proclitic, "س"}, {Base, "تكون"}}},
	{"no future on a noun", "سيارة", []seg{{Base, "سيارة"}}},
	{"fa before the article", "فالحكومة", []seg{{Proclitic, "ف"}, {Base, "الحكومة"}}},
	{"fa before a function word", "فإن", []seg{{Proclitic, "ف"}, {Base, "إن"}}},
	{"fa before another word", "فريق", []seg{{Base, "فريق"}}},
	{"kaf before the article", "كالتالي", []seg{{Proclitic, "ك"}, {Base, "التالي"}}},
	{"kaf before a participle", "كمراقب", []seg{{Proclitic, "ك"}, {Base, "مراقب"}}},
	{"lexicalized particle", "كما", []seg{{Base, "كما"}}},
	{"pronoun", "حكومته", []seg{{Base, "حكومت"}, {Enclitic, "ه"}}},
	{"pronoun on a preposition", "لهم", []seg{{Base, "ل"}, {Enclitic, "هم"}}},
	{"conjunction, preposition and pronoun", "ولها", []seg{{Proclitic, "و"}, {Base, "ل"}, {Enclitic, "ها"}}},
	{"all three", "وبأنه", []seg{{Proclitic, "و"}, {Proclitic, "ب"}, {Base, "أن"}, {Enclitic, "ه"}}},
	{"dual pronoun", "بينهما", []seg{{Base, "بين"}, {Enclitic, "هما"}}},
	{"hosted pronoun", "عليكم", []seg{{Base, "علي"}, {Enclitic, "كم"}}},
	{"hosted first person", "إنني", []seg{{Base, "إن"}, {Enclitic, "ني"}}},
	{"no pronoun on a nisba adjective", "عربي", []seg{{Base, "عربي"}}},
	{"no pronoun after the article", "الشبه", []seg{{Base, "الشبه"}}},
	{"radical final letters", "مهم", []seg{{Base, "مهم"}}},
	{"radical final letters after a prefix", "يوجه", []seg{{Base, "يوجه"}}},
	{"tanween is no pronoun", "شبهاً", []seg{{Base, "شبهاً"}}},
	{"ta marbuta before a pronoun", "ولايته", []seg{{Base, "ولايت"}, {Enclitic, "ه"}}},
	{"function word whole", "هذه", []seg{{Base, "هذه"}}},
	{"proclitic on a function word", "لهذه", []seg{{Proclitic, "ل"}, {Base, "هذه"}}},
	{"harakat stay with their letters", "وَالكِتَابُ", []seg{{Proclitic, "وَ"}, {Base, "الكِتَابُ"}}},
	{"tatweel stays with its letter", "بـالكتاب", []seg{{Proclitic, "بـ"}, {Base, "الكتاب"}}},
	{"proclitic on a number", "و2006", []seg{{Proclitic, "و"}, {Base, "2006"}}},
	{"two proclitics on a number", "وبـ5", []seg{{Proclitic, "و"}, {Proclitic, "بـ"}, {Base, "5"}}},
	{"article on a number", "الـ84", []seg{{Base, "الـ84"}}},
	{"name", "بومبيو", []seg{{Base, "بومبيو"}}},
	{"name after a conjunction", "ولافروف", []seg{{Proclitic, "و"}, {Base, "لافروف"}}},
	{"derived verb after a conjunction", "واستمر", []seg{{Proclitic, "و"}, {Base, "استمر"}}},
	{"radical alef", "وافق", []seg{{Base, "وافق"}}},
	{"Latin", "TRT", []seg{{Base, "TRT"}}},
	{"number", "٣٫١٤", []seg{{Base, "٣٫١٤"}}},
	{"ill-formed", "و\xff", []seg{{Base, "و\xff"}}},
}

func clitics(word string) []seg {
	var got []seg
	for tok := range Clitics(word) {
		got = append(got, seg{tok.Kind, tok.Text})
	}
	return got
}

func TestClitics(t *testing.T) {
	for _, tc := range cliticTests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, clitics(tc.word)); diff != "" {
				t.Errorf("Clitics(%+q) mismatch (-want +got):\n%s", tc.word, diff)
			}
		})
	}
}

// TestCliticsArticle runs Clitics on every word of the golden article and
// checks the invariants of FuzzClitics there.
func TestCliticsArticle(t *testing.T) {
	for tok := range Words(article(t)) {
		checkClitics(t, tok.Text)
	}
}

func checkClitics(t *testing.T, word string) {
	t.Helper()
	var b strings.Builder
	last := Proclitic
	for tok := range Clitics(word) {
		if tok.Start != b.Len() || word[tok.Start:tok.End] != tok.Text || tok.Text == "" || tok.Kind < last {
			t.Fatalf("Clitics(%+q) yields %+v after %+q", word, tok, b.String())
		}
		b.WriteString(tok.Text)
		last = tok.Kind
	}
	if b.String() != word {
		t.Fatalf("Clitics(%+q) pieces give %+q", word, b.String())
	}
	pro, base, enc := SplitClitics(word)
	if pro+base+enc != word {
		t.Fatalf("SplitClitics(%+q) = %+q, %+q, %+q", word, pro, base, enc)
	}
}

func TestCliticsAllocs(t *testing.T) {
	words := slices.Collect(Words(article(t)))
	if a := testing.AllocsPerRun(10, func() {
		for _, w := range words {
			SplitClitics(w.Text)
		}
	}); a != 0 {
		t.Errorf("SplitClitics over the article's words: %v allocations; want 0", a)
	}
	if a := testing.AllocsPerRun(10, func() {
		for _, w := range words {
			for range Clitics(w.Text) {
			}
		}
	}); a != 0 {
		t.Errorf("Clitics over the article's words: %v allocations; want 0", a)
	}
}
