package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/golden"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// tsvRow is a line of "arabic tokenize".
type tsvRow struct {
	Start, End int
	Kind, Text string
}

func parseTSV(t *testing.T, out string) []tsvRow {
	t.Helper()
	var rows []tsvRow
	for line := range strings.Lines(out) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 4 {
			t.Fatalf("line %+q has %d fields; want 4", line, len(f))
		}
		start, err1 := strconv.Atoi(f[0])
		end, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil {
			t.Fatalf("line %+q: offsets are not numbers", line)
		}
		rows = append(rows, tsvRow{start, end, f[2], f[3]})
	}
	return rows
}

// TestTokenizeGolden checks the output on the golden article against the
// reviewed golden file of package tokenize.
func TestTokenizeGolden(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "article.txt")
	stdout, stderr, status := runArabic(t, "", "tokenize", path)
	if status != 0 {
		t.Fatalf("arabic tokenize article.txt: status %d, stderr %q", status, stderr)
	}
	want := golden.Body(t, filepath.Join("..", "..", "testdata", "tokenize", "article.tsv"))
	if d := golden.Diff(want, []byte(stdout)); d != "" {
		t.Errorf("arabic tokenize article.txt differs from testdata/tokenize/article.tsv:\n%s", d)
	}
	in, err := os.ReadFile(path)
	require.NoError(t, err)
	for _, r := range parseTSV(t, stdout) {
		if string(in[r.Start:r.End]) != r.Text {
			t.Errorf("row %+v: the input at those offsets is %+q", r, in[r.Start:r.End])
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"kinds", nil, "قال بومبيو (AP): ٣٫١٤ $ \xff\n",
			"0\t6\tword\tقال\n7\t19\tword\tبومبيو\n20\t21\tpunct\t(\n21\t23\tlatin\tAP\n23\t24\tpunct\t)\n24\t25\tpunct\t:\n" +
				"26\t34\tnumber\t٣٫١٤\n35\t36\tsymbol\t$\n37\t38\tother\t\xff\n"},
		{"clitics", []string{"-clitics"}, "وبالتالي لهم TRT",
			"0\t2\tproclitic\tو\n2\t4\tproclitic\tب\n4\t16\tbase\tالتالي\n17\t19\tbase\tل\n19\t23\tenclitic\tهم\n24\t27\tlatin\tTRT\n"},
		{"json", []string{"-json"}, "قال \"<AP>\"",
			`{"start":0,"end":6,"kind":"word","text":"قال"}` + "\n" + `{"start":7,"end":8,"kind":"punct","text":"\""}` + "\n" +
				`{"start":8,"end":9,"kind":"symbol","text":"<"}` + "\n" + `{"start":9,"end":11,"kind":"latin","text":"AP"}` + "\n" +
				`{"start":11,"end":12,"kind":"symbol","text":">"}` + "\n" + `{"start":12,"end":13,"kind":"punct","text":"\""}` + "\n"},
		{"json with clitics and an ill-formed byte", []string{"-json", "-clitics"}, "بها\xff",
			`{"start":0,"end":2,"kind":"base","text":"ب"}` + "\n" + `{"start":2,"end":6,"kind":"enclitic","text":"ها"}` + "\n" +
				`{"start":6,"end":7,"kind":"other","text":"\ufffd"}` + "\n"},
		{"white space is not printed", nil, "أ\t\u064eب\r\nج\u0085د\u2028\v\f ", "0\t2\tword\tأ\n5\t7\tword\tب\n9\t11\tword\tج\n13\t15\tword\tد\n"},
		{"empty", nil, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, status := runArabic(t, tc.stdin, append([]string{"tokenize"}, tc.args...)...)
			if status != 0 || stderr != "" {
				t.Fatalf("arabic tokenize %q: status %d, stderr %q", tc.args, status, stderr)
			}
			if diff := cmp.Diff(tc.want, stdout); diff != "" {
				t.Errorf("arabic tokenize %q on %+q mismatch (-want +got):\n%s", tc.args, tc.stdin, diff)
			}
		})
	}
}

// TestTokenizeFiles checks that offsets run on across files, which are read
// as one stream, and that JSON Lines give the same tokens as the TSV.
func TestTokenizeFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(a, []byte("قال بومبيو\n"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("ية، 5"), 0o644))
	// The inputs are one stream: standard input ends in a letter, and its
	// last word runs on into b.txt.
	stdout, _, status := runArabic(t, "وأضاف مال", "tokenize", a, "-", b)
	want := "0\t6\tword\tقال\n7\t19\tword\tبومبيو\n20\t30\tword\tوأضاف\n31\t41\tword\tمالية\n41\t43\tpunct\t،\n44\t45\tnumber\t5\n"
	if status != 0 || stdout != want {
		t.Errorf("arabic tokenize a - b: status %d, output %+q; want %+q", status, stdout, want)
	}
	jsonOut, _, _ := runArabic(t, "وأضاف مال", "tokenize", "-json", a, "-", b)
	var fromJSON []tsvRow
	for line := range strings.Lines(jsonOut) {
		var tok struct {
			Start, End int
			Kind, Text string
		}
		require.NoError(t, json.Unmarshal([]byte(line), &tok))
		fromJSON = append(fromJSON, tsvRow(tok))
	}
	if diff := cmp.Diff(parseTSV(t, stdout), fromJSON); diff != "" {
		t.Errorf("-json and TSV differ (-tsv +json):\n%s", diff)
	}
}

// TestTokenizeLong checks a line of several MiB, and a run of letters longer
// than the largest token, which comes out in pieces.
func TestTokenizeLong(t *testing.T) {
	line := strings.Repeat("قال بومبيو، ", 200000) // 4.6 MB, no line break
	stdout, _, status := runArabic(t, line, "tokenize")
	rows := parseTSV(t, stdout)
	if status != 0 || len(rows) != 600000 || rows[len(rows)-1].End != len(line)-len(" ") {
		t.Fatalf("arabic tokenize on a 4.6 MB line: status %d, %d rows; want 600000 ending at %d", status, len(rows), len(line)-1)
	}
	run := strings.Repeat("ب", maxToken) // 2 MiB without a break
	stdout, _, status = runArabic(t, run, "tokenize")
	rows = parseTSV(t, stdout)
	end := 0
	for _, r := range rows {
		if r.Start != end || r.End-r.Start > maxToken || r.Kind != "word" || run[r.Start:r.End] != r.Text {
			t.Fatalf("arabic tokenize on 2 MiB of letters: row %d-%d %s after offset %d", r.Start, r.End, r.Kind, end)
		}
		end = r.End
	}
	if status != 0 || end != len(run) || len(rows) < 2 {
		t.Errorf("arabic tokenize on 2 MiB of letters: status %d, %d rows ending at %d; want pieces covering %d bytes", status, len(rows), end, len(run))
	}
}

func TestTokenizeErrors(t *testing.T) {
	if _, stderr, status := runArabic(t, "", "tokenize", "-bogus"); status != 2 || !strings.Contains(stderr, "-bogus") {
		t.Errorf("arabic tokenize -bogus: status %d, stderr %q; want 2 and a message naming the flag", status, stderr)
	}
	missing := filepath.Join(t.TempDir(), "missing.txt")
	if _, stderr, status := runArabic(t, "", "tokenize", missing); status != 1 || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("arabic tokenize missing.txt: status %d, stderr %q; want 1 and a message naming the file", status, stderr)
	}
}
