package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/golden"
	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/normalize"
)

// TestAnalyzeArticle compares "arabic analyze" on the golden article with
// its reviewed golden, and checks that every row's text is the input
// between its offsets.
func TestAnalyzeArticle(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "article.txt")
	input, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, status := runArabic(t, "", "analyze", path)
	if status != 0 {
		t.Fatalf("arabic analyze: exit status %d, stderr %q", status, stderr)
	}
	golden.Check(t, filepath.Join("..", "..", "testdata", "analyze", "article.tsv"), []byte(stdout))

	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Scan()
	if got, want := sc.Text(), "start\tend\tkind\ttext\tnormalized\tstem\tromanized"; got != want {
		t.Errorf("header %q; want %q", got, want)
	}
	rows := 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 7 {
			t.Fatalf("row %q has %d fields; want 7", sc.Text(), len(f))
		}
		start, err1 := strconv.Atoi(f[0])
		end, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || start < 0 || end > len(input) || start >= end {
			t.Fatalf("row %q: bad offsets", sc.Text())
		}
		if string(input[start:end]) != f[3] {
			t.Errorf("row %q: text is not input[%d:%d] = %+q", sc.Text(), start, end, input[start:end])
		}
		rows++
	}
	if rows < 500 {
		t.Errorf("%d rows; want one per token of the article", rows)
	}
}

func TestAnalyzeJSON(t *testing.T) {
	stdout, stderr, status := runArabic(t, "وقال بومبيو (AP)\n", "analyze", "-json")
	if status != 0 {
		t.Fatalf("arabic analyze -json: exit status %d, stderr %q", status, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d lines; want 5 tokens:\n%s", len(lines), stdout)
	}
	for _, line := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if got, want := strings.Join(keys, ","), "end,kind,normalized,romanized,start,stem,text"; got != want {
			t.Errorf("%q has keys %s; want %s", line, got, want)
		}
	}
	if !strings.HasPrefix(lines[0], `{"start":0,"end":8,"kind":"word","text":"وقال","normalized":"وقال","stem":"قال"`) {
		t.Errorf("first line %q", lines[0])
	}
}

func TestAnalyzeErrors(t *testing.T) {
	_, stderr, status := runArabic(t, "", "analyze", filepath.Join(t.TempDir(), "missing.txt"))
	if status != 1 || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("missing file: status %d, stderr %q; want 1", status, stderr)
	}
	_, _, status = runArabic(t, "", "analyze", "-xml")
	if status != 2 {
		t.Errorf("unknown flag: status %d; want 2", status)
	}
}

// TestAnalyzeAgreesWithGoldens checks the columns of the analyze golden,
// which TestAnalyzeArticle holds "arabic analyze" on the article to,
// against the reviewed goldens of the packages it composes: the
// tokens against testdata/tokenize/article.tsv, the stems against
// testdata/stem/article.light.tsv, the normalized forms against
// normalize.Search (whose golden on the article is reviewed), and the
// romanized names against the accepted spellings of ../shared/seed/names.tsv
// where ARABIC_SHARED is set.
func TestAnalyzeAgreesWithGoldens(t *testing.T) {
	analyzed := string(golden.Body(t, filepath.Join("..", "..", "testdata", "analyze", "article.tsv")))
	rows := strings.Split(strings.TrimSuffix(analyzed, "\n"), "\n")[1:]
	tokens := strings.Split(strings.TrimSuffix(string(golden.Body(t, filepath.Join("..", "..", "testdata", "tokenize", "article.tsv"))), "\n"), "\n")
	if len(rows) != len(tokens) {
		t.Fatalf("%d rows; the tokenize golden has %d tokens", len(rows), len(tokens))
	}
	stems := map[string]string{}
	for _, line := range strings.Split(strings.TrimSuffix(string(golden.Body(t, filepath.Join("..", "..", "testdata", "stem", "article.light.tsv"))), "\n"), "\n") {
		word, st, _ := strings.Cut(line, "\t")
		stems[word] = st
	}
	stemmed := 0
	for i, row := range rows {
		f := strings.Split(row, "\t")
		if f[2] == "word" {
			if _, ok := stems[f[3]]; !ok {
				t.Errorf("row %d: the word %q is not in the stem golden", i, f[3])
			}
			stemmed++
		}
		if got, want := strings.Join(f[:4], "\t"), tokens[i]; got != want {
			t.Errorf("row %d: token %q; the tokenize golden has %q", i, got, want)
		}
		if want := normalize.Search.String(f[3]); f[4] != want {
			t.Errorf("row %d: normalized %q; want %q", i, f[4], want)
		}
		if want, ok := stems[f[3]]; ok && f[5] != want {
			t.Errorf("row %d: stem of %q is %q; the stem golden has %q", i, f[3], f[5], want)
		}
	}
	if stemmed < 500 {
		t.Errorf("%d word rows; want the article's 524", stemmed)
	}
	checkRomanizedNames(t, rows)
}

// checkRomanizedNames checks the romanized column of the article's rows
// against the accepted spellings of the names of ../shared/seed/names.tsv,
// wherever the rows spell one: a name of several words is a run of rows,
// whose romanizations, the empty ones left out, make its spelling
// (عبد الله بن زايد is Abdullah bin Zayed on its first row and nothing on
// the others).
func checkRomanizedNames(t *testing.T, rows []string) {
	if !sharedtest.Available() {
		t.Logf("%s is unset: not checking the romanized names", sharedtest.Env)
		return
	}
	var texts, romanized []string
	for _, row := range rows {
		f := strings.Split(row, "\t")
		texts, romanized = append(texts, f[3]), append(romanized, f[6])
	}
	checked, right := 0, 0
	for i, line := range strings.Split(string(sharedtest.ReadFile(t, "seed/names.tsv")), "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) != 3 {
			continue
		}
		words := strings.Fields(f[0])
		found := false
		for at := 0; at+len(words) <= len(texts); at++ {
			if !slices.Equal(texts[at:at+len(words)], words) {
				continue
			}
			var spelled []string
			for _, r := range romanized[at : at+len(words)] {
				if r != "" {
					spelled = append(spelled, r)
				}
			}
			got := strings.Join(spelled, " ")
			found = true
			checked++
			if slices.ContainsFunc(strings.Split(f[1], "|"), func(s string) bool { return looseSpelling(s) == looseSpelling(got) }) {
				right++
			} else {
				t.Errorf("%s (rows %d-%d) is romanized %q; accepted: %q", f[0], at, at+len(words)-1, got, f[1])
			}
		}
		if !found {
			// الإمارات: the article has it only as والإمارات.
			t.Logf("%s of names.tsv is not a run of the article's tokens", f[0])
		}
	}
	t.Logf("romanized names: %d/%d occurrences spelled as accepted", right, checked)
}

// looseSpelling folds what names.tsv lets vary: case, and a hyphen or a
// space after al.
func looseSpelling(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(strings.ToLower(s), "al-", "al "), "-", " ")
}
