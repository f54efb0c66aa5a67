// Package gotable writes the Go source of generated tables, for the
// programs that "go generate" runs in the module (gen.go in normalize,
// tokenize, stem and internal/clitic).
package gotable

import (
	"fmt"
	"go/format"
	"io"
	"log"
	"os"
)

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
