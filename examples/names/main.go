// Names romanizes the persons and places of a text as English-language news
// writes them, with the likeliest other spellings.
//
// Without a named-entity model, it takes as names the words that are no
// stop words and that the name romanizer spells with a capital letter and
// confidently (the likeliest spelling has most of the weight, as for the
// names its lexicon knows), and joins neighbouring ones into one name, so
// that خليفة حفتر comes out as one person. That is a rough guess: an
// adjective made from a place (الليبي) counts as a name, and a name that
// the romanizer spells with little confidence is missed. Each name is
// romanized whole by transliterate.Names, and each of its words is listed
// with its three best spellings from transliterate.NameCandidates.
//
// Usage:
//
//	go run ./examples/names [FILE]
package main

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"
	"unicode"

	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
	"github.com/go-arabic/arabic/tokenize"
	"github.com/go-arabic/arabic/transliterate"
)

// confidence is the weight of the best spelling from which a word counts as
// a name.
const confidence = 0.6

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "names:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	in := stdin
	if len(args) > 0 && args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	text, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	seen := map[string]bool{}
	for name := range names(string(text)) {
		if seen[name] {
			continue
		}
		seen[name] = true
		fmt.Fprintf(out, "%s\t%s\n", name, transliterate.Names.String(name))
		for _, w := range strings.Fields(name) {
			fmt.Fprintf(out, "\t%s:", w)
			for _, c := range transliterate.NameCandidates(w, 3) {
				fmt.Fprintf(out, " %s (%.2f)", c.Latin, c.Score)
			}
			fmt.Fprintln(out)
		}
	}
	return out.Flush()
}

// names returns an iterator over the names of text: runs of words, one
// space apart, that are each a confident name.
func names(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start, end := -1, -1
		for seg := range tokenize.Segments(text) {
			if seg.Kind == tokenize.Space && seg.Text == " " && start >= 0 {
				continue
			}
			if seg.Kind == tokenize.Word && isName(seg.Text) {
				if start < 0 {
					start = seg.Start
				}
				end = seg.End
				continue
			}
			if start >= 0 && !yield(text[start:end]) {
				return
			}
			start = -1
		}
		if start >= 0 {
			yield(text[start:end])
		}
	}
}

func isName(word string) bool {
	if stem.IsStopWord(normalize.Search.String(word)) {
		return false
	}
	cs := transliterate.NameCandidates(word, 1)
	return len(cs) > 0 && cs[0].Score >= confidence && unicode.IsUpper([]rune(cs[0].Latin)[0])
}
