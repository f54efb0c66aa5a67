// Stream normalizes a file of any size in constant memory: it reads through
// a chain of transformers that replaces ill-formed UTF-8 by U+FFFD, puts
// the text in Unicode's NFC, and folds it for search, and writes the result
// to standard output.
//
// Usage:
//
//	go run ./examples/stream [FILE]
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/go-arabic/arabic/normalize"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "stream:", err)
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
	// Each transformer keeps a few kilobytes of buffer, however long the
	// input and its lines.
	t := transform.Chain(runes.ReplaceIllFormed(), norm.NFC, normalize.Search)
	out := bufio.NewWriter(stdout)
	if _, err := io.Copy(out, transform.NewReader(in, t)); err != nil {
		return err
	}
	return out.Flush()
}
