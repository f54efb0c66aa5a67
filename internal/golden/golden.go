// Package golden compares test output with golden files in testdata, in the
// manner of go/printer's tests. It is imported only by tests.
//
// A golden file starts with a header of lines beginning with "#" that names
// the reviewed source of truth its contents were checked against: a
// standard's table, a reference implementation's output, or a hand check by a
// named reviewer on a date. The body follows the header and must not itself
// begin with "#". Run the tests with -update to rewrite the bodies from the
// current output; the headers are kept, and a new file gets a header that
// fails the test until someone reviews the file and writes its source of
// truth there.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata with current output")

// unreviewed is the header that -update gives a new golden file. A test that
// meets it fails: the file must be reviewed and its source of truth named.
const unreviewed = "# UNREVIEWED: check this file by hand or against a reference, then name the source of truth here.\n"

// Check compares got with the body of the golden file at path. With -update it
// rewrites the body instead and logs that it did.
func Check(t *testing.T, path string, got []byte) {
	t.Helper()
	old, err := os.ReadFile(path)
	if err != nil && !(*update && os.IsNotExist(err)) {
		t.Fatalf("golden file: %v (run the test with -update to create it)", err)
	}
	header, body := split(old)
	if *update {
		if len(header) == 0 {
			header = []byte(unreviewed)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(header[:len(header):len(header)], got...), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("updated %s", path)
		body = got
	}
	if len(header) == 0 {
		t.Errorf("%s: no header naming the reviewed source of truth", path)
	}
	if bytes.HasPrefix(header, []byte(unreviewed)) {
		t.Errorf("%s: not reviewed yet: its header must name the reviewed source of truth", path)
	}
	if d := Diff(body, got); d != "" {
		t.Errorf("%s: output differs from the golden file (run with -update if the change is intended):\n%s", path, d)
	}
}

// Diff reports the first line where got differs from want, with both lines
// quoted by %+q so that invisible marks show; it returns "" when they are
// equal.
func Diff(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	w := strings.SplitAfter(string(want), "\n")
	g := strings.SplitAfter(string(got), "\n")
	for i := 0; ; i++ { // want != got, so some line differs
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("first difference at body line %d:\n\twant %+q\n\tgot  %+q", i+1, wl, gl)
		}
	}
}

// Body returns the contents of the golden file at path without its header.
func Body(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, body := split(b)
	return body
}

// split cuts b after its leading lines that begin with "#".
func split(b []byte) (header, body []byte) {
	i := 0
	for i < len(b) && b[i] == '#' {
		nl := bytes.IndexByte(b[i:], '\n')
		if nl < 0 {
			return b, nil
		}
		i += nl + 1
	}
	return b[:i], b[i:]
}
