package sharedtest

import (
	"bufio"
	"strings"
	"testing"
)

// referenceFiles are the two word lists of ../shared/reference: 157,214
// corpus words and 20,000 random strings. A reference output is named
// "<list>.<tool>.tsv".
var referenceFiles = []string{"corpus", "random"}

// A Row is one line of a reference TSV: the input word and the tool's outputs.
type Row struct {
	File   string   // the file's name, e.g. "reference/corpus.lucene.tsv"
	Line   int      // 1-based line number in the file
	Fields []string // the input word first, then the outputs
}

// ReferenceRows reads reference/<list>.<tool>.tsv for every list and returns
// its rows after the header. Each row must have exactly columns fields.
func ReferenceRows(tb testing.TB, tool string, columns int) []Row {
	tb.Helper()
	var rows []Row
	for _, list := range referenceFiles {
		name := "reference/" + list + "." + tool + ".tsv"
		sc := bufio.NewScanner(Open(tb, name))
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		line := 0
		for sc.Scan() {
			line++
			if line == 1 {
				continue // header
			}
			f := strings.Split(sc.Text(), "\t")
			if len(f) != columns {
				tb.Fatalf("%s:%d: %d fields, want %d: %+q", name, line, len(f), columns, sc.Text())
			}
			rows = append(rows, Row{File: name, Line: line, Fields: f})
		}
		if err := sc.Err(); err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
	}
	return rows
}
