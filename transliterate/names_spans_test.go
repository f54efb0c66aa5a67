package transliterate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkNameSpans checks the spans of text: in order, within text, each
// starting and ending with a word rune, and, put back together with what
// Names writes for the text between them, giving what Names writes for the
// whole text.
func checkNameSpans(t *testing.T, text string) {
	t.Helper()
	var rebuilt strings.Builder
	end := 0
	for sp := range NameSpans(text) {
		if sp.Start < end || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("span %d-%d after %d in a text of %d bytes", sp.Start, sp.End, end, len(text))
		}
		first, _ := utf8.DecodeRuneInString(text[sp.Start:])
		last, _ := utf8.DecodeLastRuneInString(text[:sp.End])
		if !isWordRune(first) || !isWordRune(last) {
			t.Fatalf("span %+q does not start and end with a word rune", text[sp.Start:sp.End])
		}
		rebuilt.WriteString(Names.String(text[end:sp.Start]))
		rebuilt.WriteString(sp.Latin)
		end = sp.End
	}
	rebuilt.WriteString(Names.String(text[end:]))
	if want := Names.String(text); rebuilt.String() != want {
		t.Errorf("spans of %+q rebuild %+q; Names writes %+q", text, rebuilt.String(), want)
	}
}

func TestNameSpans(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", "AP", "،", "خليفة", "عبد الله", " \xd8 عبد\u200cالله، فائز السراج (TRT) ٢٠١٤", string(article)} {
		checkNameSpans(t, text)
	}
	var got []string
	for sp := range NameSpans("قال فائز السراج: عبد الله") {
		got = append(got, sp.Latin)
	}
	if want := "qal|Fayez al-Sarraj|Abdullah"; strings.Join(got, "|") != want {
		t.Errorf("spans %q; want %q", got, want)
	}
}

func FuzzNameSpans(f *testing.F) {
	article, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(article), "\n") {
		f.Add(line)
	}
	f.Add("عبد\u200cالله ﻻ ﷺ \xd9 نور الدين")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<10 {
			return // a long phrase of ligatures is cut where its spelling outgrows a buffer
		}
		checkNameSpans(t, text)
	})
}
