package arabic_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/go-arabic/arabic"
	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
	"github.com/go-arabic/arabic/tokenize"
	"github.com/go-arabic/arabic/transliterate"
)

func readArticle(t testing.TB) string {
	b, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAnalyzerFields(t *testing.T) {
	const s = "وأكَّد الرئيس، في 2014: «لا حل»"
	tests := []struct {
		name string
		a    arabic.Analyzer
		want []arabic.Token
	}{
		// The stems are Light's on testdata/stem/article.light.tsv (الرئيس)
		// and by hand: و comes off واكد; في, لا and حل are left whole.
		{"zero value: Search and Light", arabic.Analyzer{}, []arabic.Token{
			{Text: "وأكَّد", Start: 0, End: 12, Kind: tokenize.Word, Normalized: "واكد", Stem: "اكد"},
			{Text: "الرئيس", Start: 13, End: 25, Kind: tokenize.Word, Normalized: "الرئيس", Stem: "رئيس"},
			{Text: "،", Start: 25, End: 27, Kind: tokenize.Punct, Normalized: "،", Stem: "،"},
			{Text: "في", Start: 28, End: 32, Kind: tokenize.Word, Normalized: "في", Stem: "في", StopWord: true},
			{Text: "2014", Start: 33, End: 37, Kind: tokenize.Number, Normalized: "2014", Stem: "2014"},
			{Text: ":", Start: 37, End: 38, Kind: tokenize.Punct, Normalized: ":", Stem: ":"},
			{Text: "«", Start: 39, End: 41, Kind: tokenize.Punct, Normalized: "«", Stem: "«"},
			{Text: "لا", Start: 41, End: 45, Kind: tokenize.Word, Normalized: "لا", Stem: "لا", StopWord: true},
			{Text: "حل", Start: 46, End: 50, Kind: tokenize.Word, Normalized: "حل", Stem: "حل"},
			{Text: "»", Start: 50, End: 52, Kind: tokenize.Punct, Normalized: "»", Stem: "»"},
		}},
		{"Lucene and Light10, stop words dropped", arabic.Analyzer{Form: normalize.Lucene, Stemmer: stem.Light10, DropStopWords: true}, []arabic.Token{
			{Text: "وأكَّد", Start: 0, End: 12, Kind: tokenize.Word, Normalized: "واكد", Stem: "اكد"},
			{Text: "الرئيس", Start: 13, End: 25, Kind: tokenize.Word, Normalized: "الرئيس", Stem: "رئيس"},
			{Text: "،", Start: 25, End: 27, Kind: tokenize.Punct, Normalized: "،", Stem: "،"},
			{Text: "2014", Start: 33, End: 37, Kind: tokenize.Number, Normalized: "2014", Stem: "2014"},
			{Text: ":", Start: 37, End: 38, Kind: tokenize.Punct, Normalized: ":", Stem: ":"},
			{Text: "«", Start: 39, End: 41, Kind: tokenize.Punct, Normalized: "«", Stem: "«"},
			{Text: "حل", Start: 46, End: 50, Kind: tokenize.Word, Normalized: "حل", Stem: "حل"},
			{Text: "»", Start: 50, End: 52, Kind: tokenize.Punct, Normalized: "»", Stem: "»"},
		}},
		{"raw, no stems", arabic.Analyzer{Raw: true, NoStem: true}, []arabic.Token{
			{Text: "وأكَّد", Start: 0, End: 12, Kind: tokenize.Word, Normalized: "وأكَّد", Stem: "وأكَّد"},
			{Text: "الرئيس", Start: 13, End: 25, Kind: tokenize.Word, Normalized: "الرئيس", Stem: "الرئيس"},
			{Text: "،", Start: 25, End: 27, Kind: tokenize.Punct, Normalized: "،", Stem: "،"},
			{Text: "في", Start: 28, End: 32, Kind: tokenize.Word, Normalized: "في", Stem: "في", StopWord: true},
			{Text: "2014", Start: 33, End: 37, Kind: tokenize.Number, Normalized: "2014", Stem: "2014"},
			{Text: ":", Start: 37, End: 38, Kind: tokenize.Punct, Normalized: ":", Stem: ":"},
			{Text: "«", Start: 39, End: 41, Kind: tokenize.Punct, Normalized: "«", Stem: "«"},
			{Text: "لا", Start: 41, End: 45, Kind: tokenize.Word, Normalized: "لا", Stem: "لا", StopWord: true},
			{Text: "حل", Start: 46, End: 50, Kind: tokenize.Word, Normalized: "حل", Stem: "حل"},
			{Text: "»", Start: 50, End: 52, Kind: tokenize.Punct, Normalized: "»", Stem: "»"},
		}},
		{"protected words", arabic.Analyzer{Stemmer: stem.Light10.Protect("الرئيس")}, []arabic.Token{
			{Text: "وأكَّد", Start: 0, End: 12, Kind: tokenize.Word, Normalized: "واكد", Stem: "اكد"},
			{Text: "الرئيس", Start: 13, End: 25, Kind: tokenize.Word, Normalized: "الرئيس", Stem: "الرئيس"},
			{Text: "،", Start: 25, End: 27, Kind: tokenize.Punct, Normalized: "،", Stem: "،"},
			{Text: "في", Start: 28, End: 32, Kind: tokenize.Word, Normalized: "في", Stem: "في", StopWord: true},
			{Text: "2014", Start: 33, End: 37, Kind: tokenize.Number, Normalized: "2014", Stem: "2014"},
			{Text: ":", Start: 37, End: 38, Kind: tokenize.Punct, Normalized: ":", Stem: ":"},
			{Text: "«", Start: 39, End: 41, Kind: tokenize.Punct, Normalized: "«", Stem: "«"},
			{Text: "لا", Start: 41, End: 45, Kind: tokenize.Word, Normalized: "لا", Stem: "لا", StopWord: true},
			{Text: "حل", Start: 46, End: 50, Kind: tokenize.Word, Normalized: "حل", Stem: "حل"},
			{Text: "»", Start: 50, End: 52, Kind: tokenize.Punct, Normalized: "»", Stem: "»"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // Analyzers and Stemmers are shared values: -race checks them
			got := slices.Collect(tc.a.Tokens(s))
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("Tokens(%+q) mismatch (-want +got):\n%s", s, d)
			}
			var words []arabic.Token
			for _, tok := range tc.want {
				if tok.Kind == tokenize.Word || tok.Kind == tokenize.Latin || tok.Kind == tokenize.Number {
					words = append(words, tok)
				}
			}
			if d := cmp.Diff(words, slices.Collect(tc.a.Words(s))); d != "" {
				t.Errorf("Words(%+q) mismatch (-want +got):\n%s", s, d)
			}
		})
	}
}

// TestTokensCoverInput checks on the article that every token's text is the
// input between its offsets, in order, and that only white space lies
// between tokens.
func TestTokensCoverInput(t *testing.T) {
	article := readArticle(t)
	end := 0
	for tok := range (arabic.Analyzer{}).Tokens(article) {
		if article[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %+q at [%d:%d] is not the input there", tok.Text, tok.Start, tok.End)
		}
		if gap := article[end:tok.Start]; strings.TrimSpace(gap) != "" {
			t.Fatalf("between %d and %d the input %+q has no token", end, tok.Start, gap)
		}
		end = tok.End
	}
	if strings.TrimSpace(article[end:]) != "" {
		t.Fatalf("the input after %d has no token", end)
	}
}

// TestReadTokens checks that reading a stream gives the tokens of the whole
// string, however the reader hands it over and wherever chunks are cut.
func TestReadTokens(t *testing.T) {
	article := readArticle(t)
	oneLine := strings.Repeat(strings.ReplaceAll(article, "\n", " "), 30) // 170 KB without a line end
	tests := []struct {
		name string
		text string
	}{
		{"article", article},
		{"long line", oneLine},
		{"lines and a long line", article + oneLine + "\n" + article},
		{"long word", strings.Repeat("ب", 700_000) + " كلمة"}, // 1.4 MB: cut at 1 MiB
		{"ill-formed", "أ\xff\xd8 \xd8\xa7"},
		{"empty", ""},
	}
	var a arabic.Analyzer
	for _, tc := range tests {
		want := slices.Collect(a.Tokens(tc.text))
		readers := map[string]io.Reader{
			"whole":    strings.NewReader(tc.text),
			"one byte": iotest.OneByteReader(strings.NewReader(tc.text)),
			"half":     iotest.HalfReader(strings.NewReader(tc.text)),
		}
		for name, r := range readers {
			if name == "one byte" && len(tc.text) > 200_000 {
				continue
			}
			var got []arabic.Token
			for tok, err := range a.ReadTokens(r) {
				if err != nil {
					t.Fatalf("%s, %s reader: %v", tc.name, name, err)
				}
				got = append(got, tok)
			}
			if tc.name == "long word" {
				checkCut(t, tc.text, got)
				continue
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("%s, %s reader: ReadTokens differs from Tokens (-want +got):\n%.2000s", tc.name, name, d)
			}
		}
	}
}

// checkCut checks that a token too long to hold was cut into pieces that
// rebuild it.
func checkCut(t *testing.T, text string, got []arabic.Token) {
	t.Helper()
	var b strings.Builder
	for _, tok := range got {
		if tok.End-tok.Start > 1<<20 {
			t.Errorf("a token of %d bytes; want at most 1 MiB", tok.End-tok.Start)
		}
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token at [%d:%d] is not the input there", tok.Start, tok.End)
		}
		b.WriteString(tok.Text)
	}
	if want := strings.ReplaceAll(text, " ", ""); b.String() != want {
		t.Errorf("the pieces do not rebuild the long word")
	}
}

func TestReadTokensError(t *testing.T) {
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader("قال بومبيو\n"), iotest.ErrReader(boom))
	var texts []string
	var last error
	for tok, err := range (arabic.Analyzer{}).ReadTokens(r) {
		if err != nil {
			last = err
			continue
		}
		texts = append(texts, tok.Text)
	}
	if !errors.Is(last, boom) || len(texts) != 2 {
		t.Errorf("ReadTokens gave %q and error %v; want the two words, then boom", texts, last)
	}
}

// TestTokensAllocations checks that the tokens of text already in the
// Search form cost no allocation each: the count stays the same when the
// text grows eightfold (past the size from which a memo of the words is
// kept), give or take the three allocations of a new memo, which the
// iterations take from a sync.Pool that may drop them (the race detector
// makes it drop them at random).
func TestTokensAllocations(t *testing.T) {
	const newMemo = 3
	var a arabic.Analyzer
	normal := normalize.Search.String(readArticle(t))
	count := func(s string) float64 {
		return testing.AllocsPerRun(20, func() {
			for range a.Tokens(s) {
			}
		})
	}
	for _, text := range []string{normal[:300], strings.Repeat(normal, 2)} {
		small, large := count(text), count(strings.Repeat(text, 8))
		if large > small+newMemo {
			t.Errorf("Tokens allocates %v times on %d bytes and %v times on %d bytes; want no growth", small, len(text), large, 8*len(text))
		}
	}
}

// TestMemo checks that a text long enough for the memo of its words, and
// with enough distinct words to make it grow several times, gets the
// tokens that its words get each alone.
func TestMemo(t *testing.T) {
	var a arabic.Analyzer
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئ")
	var words []string
	for i := range 20000 {
		w := []rune("وال")[:i%4] // with and without the article and و
		for n := i; n > 0 || len(w) < 2; n /= len(letters) {
			w = append(w, letters[n%len(letters)])
		}
		words = append(words, string(w))
	}
	var text strings.Builder
	for i := range 3 * len(words) {
		text.WriteString(words[i*7919%len(words)]) // each word three times, in an order of its own
		text.WriteString(" ")
	}
	i := 0
	for got := range a.Tokens(text.String()) {
		w := words[i*7919%len(words)]
		for want := range a.Tokens(w) {
			got.Start, got.End = want.Start, want.End
			if got != want {
				t.Fatalf("token %d: %+v; alone, the word gives %+v", i, got, want)
			}
		}
		i++
	}
	if i != 3*len(words) {
		t.Errorf("%d tokens; want %d", i, 3*len(words))
	}
}

// FuzzAnalyzer checks on any input that tokens lie in order inside it,
// that their text is the input between their offsets, and that ReadTokens
// gives what Tokens gives.
func FuzzAnalyzer(f *testing.F) {
	f.Add(readArticle(f))
	f.Add("أ\xff\xd8 \xd8\xa7 ﷲ 12,5")
	f.Fuzz(func(t *testing.T, s string) {
		a := arabic.Analyzer{Romanize: transliterate.Names}
		end := 0
		var want []arabic.Token
		for tok := range a.Tokens(s) {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %+v out of order or not the input at its offsets", tok)
			}
			end = tok.End
			want = append(want, tok)
		}
		var got []arabic.Token
		for tok, err := range a.ReadTokens(iotest.HalfReader(strings.NewReader(s))) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, tok)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Fatalf("ReadTokens differs from Tokens on %+q (-want +got):\n%s", s, d)
		}
	})
}

// TestRomanizeNamesInContext checks how the Analyzer puts the spelling of
// a name of several words on its tokens: word by word when the name is
// spelled so, else all on its first token; and that punctuation and a
// word alone are romanized as the scheme romanizes them.
func TestRomanizeNamesInContext(t *testing.T) {
	a := arabic.Analyzer{Romanize: transliterate.Names}
	for _, tc := range []struct{ text, want string }{
		// Each of the lexicon's spellings, by hand from ROMANIZATION.md §9
		// and the names of seed/names.tsv.
		{"قال رجب طيب أردوغان،", "qal|Recep|Tayyip|Erdogan|,"},
		{"مجلس الأمن", "Security Council|"},
		{"عبد الله بن زايد", "Abdullah bin Zayed|||"},
		{"فائز السراج (AP)", "Fayez|al-Sarraj|(|AP|)"},
	} {
		var got []string
		for tok := range a.Tokens(tc.text) {
			got = append(got, tok.Romanized)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("romanized tokens of %+q: %q; want %q", tc.text, got, strings.Split(tc.want, "|"))
		}
	}
}
