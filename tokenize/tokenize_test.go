package tokenize

import (
	"fmt"
	"iter"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// seg is a segment as the table tests write it: kind and text.
type seg struct {
	Kind Kind
	Text string
}

func segments(s string) []seg {
	var got []seg
	for tok := range Segments(s) {
		got = append(got, seg{tok.Kind, tok.Text})
	}
	return got
}

var segmentTests = []struct {
	name string
	in   string
	want []seg
}{
	{"empty", "", nil},
	{"words and spaces", "قال وزير  الخارجية", []seg{{Word, "قال"}, {Space, " "}, {Word, "وزير"}, {Space, "  "}, {Word, "الخارجية"}}},
	{"harakat and shadda stay in the word", "مُذكّراً دوليّاً", []seg{{Word, "مُذكّراً"}, {Space, " "}, {Word, "دوليّاً"}}},
	{"Quranic marks and superscript alef", "ٱلرَّحْمَـٰنِ", []seg{{Word, "ٱلرَّحْمَـٰنِ"}}},
	{"ZWNJ inside a word", "می\u200cخواهم", []seg{{Word, "می\u200cخواهم"}}},
	{"presentation forms", "\ufefb\ufe8e", []seg{{Word, "\ufefb\ufe8e"}}},
	{"Arabic comma after a word", "ليبيا، ونريد", []seg{{Word, "ليبيا"}, {Punct, "،"}, {Space, " "}, {Word, "ونريد"}}},
	{"Arabic semicolon and question mark", "ليبيا؛ لماذا؟", []seg{{Word, "ليبيا"}, {Punct, "؛"}, {Space, " "}, {Word, "لماذا"}, {Punct, "؟"}}},
	{"Urdu full stop", "ہے۔", []seg{{Word, "ہے"}, {Punct, "۔"}}},
	{"quotes and brackets", `"لا حل" (لافروف) «نعم»`, []seg{
		{Punct, `"`}, {Word, "لا"}, {Space, " "}, {Word, "حل"}, {Punct, `"`}, {Space, " "},
		{Punct, "("}, {Word, "لافروف"}, {Punct, ")"}, {Space, " "}, {Punct, "«"}, {Word, "نعم"}, {Punct, "»"}}},
	{"slash between words", "أبريل/نيسان", []seg{{Word, "أبريل"}, {Punct, "/"}, {Word, "نيسان"}}},
	{"Latin run in brackets", "ليبيا (AP)", []seg{{Word, "ليبيا"}, {Space, " "}, {Punct, "("}, {Latin, "AP"}, {Punct, ")"}}},
	{"Latin run before an Arabic comma", "TRT، إن", []seg{{Latin, "TRT"}, {Punct, "،"}, {Space, " "}, {Word, "إن"}}},
	{"Latin letters touching Arabic ones", "شبكةTRT", []seg{{Word, "شبكة"}, {Latin, "TRT"}}},
	{"Latin with an apostrophe", "O'Brien", []seg{{Latin, "O'Brien"}}},
	{"Latin with digits", "F16 COVID-19", []seg{{Latin, "F16"}, {Space, " "}, {Latin, "COVID"}, {Punct, "-"}, {Number, "19"}}},
	{"full stop between Arabic words", "ليبيا.وقال", []seg{{Word, "ليبيا"}, {Punct, "."}, {Word, "وقال"}}},
	{"colon between Arabic words", "قال:نعم", []seg{{Word, "قال"}, {Punct, ":"}, {Word, "نعم"}}},
	{"decimal point", "3.14", []seg{{Number, "3.14"}}},
	{"thousands separator", "1,500", []seg{{Number, "1,500"}}},
	{"Arabic-Indic separators", "٣٫١٤ ١٬٥٠٠", []seg{{Number, "٣٫١٤"}, {Space, " "}, {Number, "١٬٥٠٠"}}},
	{"Extended Arabic-Indic digits", "۱۴۰۲", []seg{{Number, "۱۴۰۲"}}},
	{"time", "10:30", []seg{{Number, "10:30"}}},
	{"number ending a sentence", "منذ 2014.", []seg{{Word, "منذ"}, {Space, " "}, {Number, "2014"}, {Punct, "."}}},
	{"percent", "6%", []seg{{Number, "6"}, {Punct, "%"}}},
	{"article on a number", "الـ84", []seg{{Word, "الـ84"}}},
	{"ellipsis", "تفعله... في", []seg{{Word, "تفعله"}, {Punct, "..."}, {Space, " "}, {Word, "في"}}},
	{"tatweel inside a word", "جـمـيـل", []seg{{Word, "جـمـيـل"}}},
	{"tatweel marking a prefix", "بـ 5", []seg{{Word, "بـ"}, {Space, " "}, {Number, "5"}}},
	{"tatweel as a dash", "السنين ـ11 بالمئة", []seg{{Word, "السنين"}, {Space, " "}, {Punct, "ـ"}, {Number, "11"}, {Space, " "}, {Word, "بالمئة"}}},
	{"tatweel closing a dash", "الإحصاءـ ويبدو", []seg{{Word, "الإحصاء"}, {Punct, "ـ"}, {Space, " "}, {Word, "ويبدو"}}},
	{"tatweel opening a dash", "ـلا الدينصورات", []seg{{Punct, "ـ"}, {Word, "لا"}, {Space, " "}, {Word, "الدينصورات"}}},
	{"hashtag", "#ليبيا_الآن", []seg{{Word, "#ليبيا_الآن"}}},
	{"Latin hashtag and mention", "#Libya @user_1", []seg{{Latin, "#Libya"}, {Space, " "}, {Latin, "@user_1"}}},
	{"number sign before a number", "#1", []seg{{Punct, "#"}, {Number, "1"}}},
	{"lone number sign", "# ", []seg{{Punct, "#"}, {Space, " "}}},
	{"URL", "انظر https://www.trtarabi.com/news/ليبيا?id=5#top.", []seg{
		{Word, "انظر"}, {Space, " "}, {Latin, "https://www.trtarabi.com/news/ليبيا?id=5#top"}, {Punct, "."}}},
	{"URL in brackets", "(https://example.com/a_(b))", []seg{{Punct, "("}, {Latin, "https://example.com/a_(b)"}, {Punct, ")"}}},
	{"URL before an Arabic comma", "www.example.com، و", []seg{{Latin, "www.example.com"}, {Punct, "،"}, {Space, " "}, {Word, "و"}}},
	{"not a URL", "http: no", []seg{{Latin, "http"}, {Punct, ":"}, {Space, " "}, {Latin, "no"}}},
	{"e-mail address", "اكتب إلى news.desk+ar@example.co.uk.", []seg{
		{Word, "اكتب"}, {Space, " "}, {Word, "إلى"}, {Space, " "}, {Latin, "news.desk+ar@example.co.uk"}, {Punct, "."}}},
	{"not an e-mail address", "a@b", []seg{{Latin, "a"}, {Latin, "@b"}}},
	{"emoji with modifier", "👍🏽!", []seg{{Symbol, "👍🏽"}, {Punct, "!"}}},
	{"emoji ZWJ sequence", "👨\u200d👩\u200d👧", []seg{{Symbol, "👨\u200d👩\u200d👧"}}},
	{"flags", "🇱🇾🇹🇷", []seg{{Symbol, "🇱🇾"}, {Symbol, "🇹🇷"}}},
	{"keycap", "1\ufe0f\u20e3", []seg{{Number, "1\ufe0f\u20e3"}}},
	{"line breaks", "أ\r\nب\nج\u2029", []seg{{Word, "أ"}, {Space, "\r\n"}, {Word, "ب"}, {Space, "\n"}, {Word, "ج"}, {Space, "\u2029"}}},
	{"tab and no-break space", "أ\t\u00a0ب", []seg{{Word, "أ"}, {Space, "\t"}, {Space, "\u00a0"}, {Word, "ب"}}},
	{"right-to-left mark after a word", "ليبيا\u200f و", []seg{{Word, "ليبيا\u200f"}, {Space, " "}, {Word, "و"}}},
	{"right-to-left mark alone", "\u200fليبيا", []seg{{Other, "\u200f"}, {Word, "ليبيا"}}},
	{"symbols", "$5 + 3", []seg{{Symbol, "$"}, {Number, "5"}, {Space, " "}, {Symbol, "+"}, {Space, " "}, {Number, "3"}}},
	{"ill-formed bytes", "أ\xffب\xd8", []seg{{Word, "أ"}, {Other, "\xff"}, {Word, "ب"}, {Other, "\xd8"}}},
	{"truncated Arabic letter", "\xd9", []seg{{Other, "\xd9"}}},
	{"Greek and Hebrew words", "λόγος שלום", []seg{{Word, "λόγος"}, {Space, " "}, {Word, "שלום"}}},
}

func TestSegments(t *testing.T) {
	for _, tc := range segmentTests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, segments(tc.in)); diff != "" {
				t.Errorf("Segments(%+q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestFirstSegment checks the cursors against Segments.
func TestFirstSegment(t *testing.T) {
	for _, tc := range segmentTests {
		var got []seg
		for s := tc.in; len(s) > 0; {
			n, k := FirstSegmentInString(s)
			bn, bk := FirstSegment([]byte(s))
			if n != bn || k != bk {
				t.Errorf("FirstSegmentInString(%+q) = %d, %v; FirstSegment = %d, %v", s, n, k, bn, bk)
			}
			got = append(got, seg{k, s[:n]})
			s = s[n:]
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: FirstSegmentInString loop over %+q mismatch (-want +got):\n%s", tc.name, tc.in, diff)
		}
	}
	if n, k := FirstSegment(nil); n != 0 || k != Other {
		t.Errorf("FirstSegment(nil) = %d, %v; want 0, other", n, k)
	}
}

func TestWords(t *testing.T) {
	const in = "قال بومبيو (AP): 3.14، #ليبيا!"
	want := []Token{
		{"قال", 0, 6, Word},
		{"بومبيو", 7, 19, Word},
		{"AP", 21, 23, Latin},
		{"3.14", 26, 30, Number},
		{"#ليبيا", 33, 44, Word},
	}
	if diff := cmp.Diff(want, slices.Collect(Words(in))); diff != "" {
		t.Errorf("Words(%+q) mismatch (-want +got):\n%s", in, diff)
	}
}

func TestKindString(t *testing.T) {
	want := []string{"other", "word", "latin", "number", "punct", "space", "symbol", "proclitic", "base", "enclitic", "Kind(10)"}
	for k := range Kind(len(want)) {
		if got := k.String(); got != want[k] {
			t.Errorf("Kind(%d).String() = %q; want %q", k, got, want[k])
		}
	}
	if got := Kind(255).String(); got != "Kind(255)" {
		t.Errorf("Kind(255).String() = %q; want %q", got, "Kind(255)")
	}
}

// TestIteratorsStop checks that the iterators stop when the loop breaks and
// can be ranged over again.
func TestIteratorsStop(t *testing.T) {
	const in = "وزير الخارجية. قال بومبيو."
	for name, seq := range map[string]func(string) iter.Seq[Token]{"Segments": Segments, "Words": Words, "Sentences": Sentences} {
		it := seq(in)
		for range 2 {
			n := 0
			for range it {
				n++
				break
			}
			if n != 1 {
				t.Errorf("%s: the loop ran %d times before break; want 1", name, n)
			}
		}
		var got []string
		for tok := range it {
			got = append(got, tok.Text)
		}
		if want := texts(in, seq); !slices.Equal(got, want) {
			t.Errorf("%s: a full range after two broken ones yields %+q; want %+q", name, got, want)
		}
	}
}

var sentenceTests = []struct {
	name string
	in   string
	want []string
}{
	{"full stops", "قال بومبيو. وأضاف.", []string{"قال بومبيو. ", "وأضاف."}},
	{"Arabic question mark", "لماذا؟ لأن.", []string{"لماذا؟ ", "لأن."}},
	{"Urdu full stop", "یہ ہے۔ وہ", []string{"یہ ہے۔ ", "وہ"}},
	{"quote after the full stop", `قال "نعم." ثم`, []string{`قال "نعم." `, "ثم"}},
	{"decimal number", "نحو 3.5 مليون.", []string{"نحو 3.5 مليون."}},
	{"Arabic comma continues", "ليبيا، وتركيا.", []string{"ليبيا، وتركيا."}},
	{"headline and paragraph", "رفض تركي\n\nترفض عدة دول.", []string{"رفض تركي\n", "\n", "ترفض عدة دول."}},
	{"abbreviation before lower case", "e.g. this", []string{"e.g. this"}},
	{"exclamation", "!أ", []string{"!", "أ"}},
	{"ill-formed bytes stay inside", "أ\xff ب. ج", []string{"أ\xff ب. ", "ج"}},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceTests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for tok := range Sentences(tc.in) {
				if tok.Kind != Other || tc.in[tok.Start:tok.End] != tok.Text {
					t.Errorf("Sentences(%+q) yields %+v", tc.in, tok)
				}
				got = append(got, tok.Text)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Sentences(%+q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestConcurrent ranges over one iterator from several goroutines, as the
// package documentation promises works (run with -race).
func TestConcurrent(t *testing.T) {
	const in = "قال وزير الخارجية الأمريكي مايك بومبيو (AP). وأضاف: 3.14"
	words := Words(in)
	want := fmt.Sprint(texts(in, Words))
	for i := range 4 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			var got []string
			for tok := range words {
				got = append(got, tok.Text)
			}
			if fmt.Sprint(got) != want {
				t.Errorf("Words in parallel = %v; want %v", got, want)
			}
		})
	}
}

// TestGoldenArticle checks the tokens of the golden article against
// testdata/tokenize/article.tsv, which was checked by hand (see its header).
// The lines are those of "arabic tokenize": every segment that is not white
// space, as start, end, kind and text.
func TestGoldenArticle(t *testing.T) {
	var b strings.Builder
	for tok := range Segments(article(t)) {
		if tok.Kind != Space {
			fmt.Fprintf(&b, "%d\t%d\t%v\t%s\n", tok.Start, tok.End, tok.Kind, tok.Text)
		}
	}
	golden.Check(t, filepath.Join("..", "testdata", "tokenize", "article.tsv"), []byte(b.String()))
}
