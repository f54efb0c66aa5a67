package main

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/go-arabic/arabic/internal/golden"
)

func TestNormalizeArticle(t *testing.T) {
	for _, form := range []string{"search", "display", "lucene"} {
		t.Run(form, func(t *testing.T) {
			args := []string{"normalize", "-form", form, filepath.Join("..", "..", "testdata", "article.txt")}
			stdout, stderr, status := runArabic(t, "", args...)
			if status != 0 {
				t.Fatalf("arabic %q: exit status %d, stderr %q", args, status, stderr)
			}
			want := golden.Body(t, filepath.Join("..", "..", "testdata", "normalize", "article."+form+".golden"))
			if d := golden.Diff(want, []byte(stdout)); d != "" {
				t.Errorf("arabic %q differs from the golden file:\n%s", args, d)
			}
		})
	}
}

func TestNormalizeFilter(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"stdin, default form", []string{"normalize"}, "أَكَّدَ\nإلى\n\n", "اكد\nالي\n\n"},
		{"dash is stdin", []string{"normalize", "-"}, "ـأ", "ا"},
		{"flags joined with +", []string{"normalize", "-form", "RemoveTashkeel+RemoveTatweel"}, "أَكّـد", "أكد"},
		{"none", []string{"normalize", "-form", "none"}, "أَكّـد", "أَكّـد"},
		{"ill-formed bytes pass through", []string{"normalize"}, "أ\xff\xd8\n", "ا\xff\xd8\n"},
		{"no final newline", []string{"normalize"}, "إلى", "الي"},
		{"CRLF is kept", []string{"normalize"}, "إلى\r\nأ\r\n", "الي\r\nا\r\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, status := runArabic(t, tc.stdin, tc.args...)
			if status != 0 || stdout != tc.want {
				t.Errorf("arabic %q on %+q = %+q, status %d, stderr %q; want %+q", tc.args, tc.stdin, stdout, status, stderr, tc.want)
			}
		})
	}
}

func TestNormalizeErrors(t *testing.T) {
	_, stderr, status := runArabic(t, "", "normalize", "-form", "serch")
	if status != 2 || !strings.Contains(stderr, "search, display, lucene, none") || !strings.Contains(stderr, "FoldAlef") {
		t.Errorf("unknown -form: status %d, stderr %q; want 2 and a message naming the valid values", status, stderr)
	}
	_, stderr, status = runArabic(t, "", "normalize", "-frm", "search")
	if status != 2 || !strings.Contains(stderr, "-frm") {
		t.Errorf("unknown flag: status %d, stderr %q; want 2", status, stderr)
	}
	_, stderr, status = runArabic(t, "", "normalize", filepath.Join(t.TempDir(), "missing.txt"))
	if status != 1 || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("missing file: status %d, stderr %q; want 1 and the file's name", status, stderr)
	}
	stdout, _, status := runArabic(t, "", "normalize", "-h")
	if status != 0 || stdout != "" {
		t.Errorf("-h: status %d; want 0", status)
	}
}

// TestNormalizeStreams runs the command on 256 MB that include a 64 MB line
// and checks that it stays under 32 MB of memory.
func TestNormalizeStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not streaming 256 MB")
	}
	if runtime.GOOS != "linux" {
		t.Skip("peak memory is read from Linux's rusage")
	}
	bin := buildCommand(t)
	cmd := exec.Command(bin, "normalize")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	const (
		total   = 256 << 20
		longOne = 64 << 20
	)
	line := "وأكَّد أردوغان أن تركيا لا يمكن أن تتحول إلى سوريا ثانية "
	want := "واكد اردوغان ان تركيا لا يمكن ان تتحول الي سوريا ثانيه "
	go func() {
		w := bufio.NewWriterSize(stdin, 1<<16)
		written := 0
		for written < total {
			n, _ := w.WriteString(line)
			written += n
			if written < longOne || written >= total-len(line) {
				continue // the first 64 MB are one line
			}
			w.WriteByte('\n')
			written++
		}
		w.Flush()
		stdin.Close()
	}()
	var lines, bytesOut int
	r := bufio.NewReaderSize(stdout, 1<<16)
	var first []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(first) < len(want) {
			first = append(first, chunk[:min(len(chunk), len(want)-len(first))]...)
		}
		bytesOut += len(chunk)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		lines++
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	if string(first) != want {
		t.Errorf("output begins %+q; want %+q", first, want)
	}
	if lines < 1000 || bytesOut < total/2 {
		t.Errorf("read %d lines, %d bytes; want the whole stream", lines, bytesOut)
	}
	rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // KiB on Linux
	t.Logf("arabic normalize: 256 MB in, %d lines out, peak RSS %.1f MB", lines, float64(rss)/(1<<20))
	if rss >= 32<<20 {
		t.Errorf("peak RSS %d bytes; want under 32 MB", rss)
	}
}

// buildCommand builds cmd/arabic into a temporary directory.
func buildCommand(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build arabic with")
	}
	bin := filepath.Join(t.TempDir(), "arabic")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go build: %v", err)
	}
	return bin
}
