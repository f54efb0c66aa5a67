// Search builds an in-memory inverted index over a text with the arabic
// Analyzer and answers queries with snippets highlighted in the raw text.
//
// A query word finds the forms of the same stem however the text writes
// them: ليبيا finds وليبيا (the conjunction و split off) and ليبيا with
// harakat or a different alef. Because an Arabic adjective of origin is the
// place's name with ي (ليبيا → ليبي, ليبية), the query also looks up those
// forms, so ليبيا finds الليبية and الليبي as well. Every hit is shown in the raw
// text, cut and highlighted by the byte offsets that the tokens keep.
//
// Usage:
//
//	go run ./examples/search [-file FILE] QUERY...
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/go-arabic/arabic"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("file", "testdata/article.txt", "the text to index")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: search [-file FILE] QUERY...")
		return 2
	}
	text, err := os.ReadFile(*file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	ix := newIndex(string(text))
	for _, q := range fs.Args() {
		ix.search(stdout, q)
	}
	return 0
}

// An index maps each stem to the tokens that have it.
type index struct {
	text     string
	analyzer arabic.Analyzer
	postings map[string][]arabic.Token
}

func newIndex(text string) *index {
	ix := &index{text: text, postings: map[string][]arabic.Token{}}
	for t := range ix.analyzer.Words(text) {
		if !t.StopWord {
			ix.postings[t.Stem] = append(ix.postings[t.Stem], t)
		}
	}
	return ix
}

// keys returns the stems a query word looks up: its own, and, for a place
// name in ا, the adjective of origin in the masculine and the feminine (as
// normalize.Search writes it): ليبيا → ليبي, ليبيه; أمريكا → أمريكي, أمريكيه.
func keys(stem string) []string {
	ks := []string{stem}
	if base, ok := strings.CutSuffix(stem, "ا"); ok && utf8.RuneCountInString(base) >= 2 {
		if !strings.HasSuffix(base, "ي") {
			base += "ي"
		}
		ks = append(ks, base, base+"ه")
	}
	return ks
}

// search prints the hits of the query q, in the order of the text.
func (ix *index) search(w io.Writer, q string) {
	var hits []arabic.Token
	for t := range ix.analyzer.Words(q) {
		for _, k := range keys(t.Stem) {
			hits = append(hits, ix.postings[k]...)
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].Start < hits[j].Start })
	fmt.Fprintf(w, "%s: %d hits\n", q, len(hits))
	for _, h := range hits {
		fmt.Fprintf(w, "  %6d  %s\n", h.Start, ix.snippet(h))
	}
}

// snippet returns the line around a hit with the hit in brackets, cut from
// the raw text by the hit's offsets.
func (ix *index) snippet(h arabic.Token) string {
	start := strings.LastIndexByte(ix.text[:h.Start], '\n') + 1
	end := len(ix.text)
	if i := strings.IndexByte(ix.text[h.End:], '\n'); i >= 0 {
		end = h.End + i
	}
	const context = 40 // bytes each side, widened to whole words
	if h.Start-start > context {
		start = wordStart(ix.text, h.Start-context)
	}
	if end-h.End > context {
		end = wordEnd(ix.text, h.End+context)
	}
	return ix.text[start:h.Start] + "[" + h.Text + "]" + ix.text[h.End:end]
}

func wordStart(s string, i int) int {
	if j := strings.LastIndexByte(s[:i], ' '); j >= 0 {
		return j + 1
	}
	return 0
}

func wordEnd(s string, i int) int {
	if j := strings.IndexByte(s[i:], ' '); j >= 0 {
		return i + j
	}
	return len(s)
}
