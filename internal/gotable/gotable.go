// Package gotable reads the word lists of generated tables and writes the
// tables' Go source, for the programs that "go generate" runs in the
// module (gen.go in normalize, tokenize, stem and internal/clitic) and the
// tests that check the tables against their lists.
package gotable

import (
	"fmt"
	"go/format"
	"io"
	"log"
	"os"
	"strings"
)

// ReadWords returns the words of the word list in the file name: one a
// line, without blank lines and what follows a "#" on a line, a comment.
func ReadWords(name string) ([]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var words []string
	for line := range strings.Lines(string(data)) {
		if w, _, _ := strings.Cut(line, "#"); strings.TrimSpace(w) != "" {
			words = append(words, strings.TrimSpace(w))
		}
	}
	return words, nil
}

// Values writes values as the elements of a composite literal: each
// formatted with format and followed by a comma, perLine to a line, each
// line on a line of its own after a tab. It writes neither the braces nor
// the newline after the last line.
func Values[T any](w io.Writer, format string, perLine int, values []T) {
	for i, v := range values {
		if i%perLine == 0 {
			fmt.Fprint(w, "\n\t")
		} else {
			fmt.Fprint(w, " ")
		}
		fmt.Fprintf(w, format+",", v)
	}
}

// WriteFile formats the Go source src and writes it to the file name. A
// generator cannot go on without its output, so an error ends the program.
func WriteFile(name string, src []byte) {
	src, err := format.Source(src)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(name, src, 0o644); err != nil {
		log.Fatal(err)
	}
}
