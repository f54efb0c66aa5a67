package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// arabic runs the command line args on stdin and returns what it wrote and
// its exit status.
func runArabic(t *testing.T, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), status
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"no command", nil, "The commands are"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"; the commands are`},
		{"help for an unknown command", []string{"help", "frobnicate"}, `unknown command "frobnicate"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, status := runArabic(t, "", tc.args...)
			if status != 2 {
				t.Errorf("arabic %q: exit status %d; want 2", tc.args, status)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("arabic %q: stderr %q does not contain %q", tc.args, stderr, tc.want)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	stdout, _, status := runArabic(t, "", "help")
	if status != 0 {
		t.Fatalf("arabic help: exit status %d; want 0", status)
	}
	for _, c := range commands {
		if !strings.Contains(stdout, c.name) {
			t.Errorf("arabic help does not list %s", c.name)
		}
		stdout, _, status := runArabic(t, "", "help", c.name)
		if status != 0 || !strings.Contains(stdout, "usage: arabic "+c.name) {
			t.Errorf("arabic help %s: exit status %d, output %q", c.name, status, stdout)
		}
		if c.help == "" || c.summary == "" || c.args == "" {
			t.Errorf("command %s lacks a summary, synopsis or help text", c.name)
		}
	}
}

func TestInputs(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(a, []byte("first\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("third\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e := &env{stdin: strings.NewReader("second\n")}
	in := e.inputs([]string{a, "-", b})
	got, err := io.ReadAll(in)
	if err != nil || string(got) != "first\nsecond\nthird\n" {
		t.Errorf("inputs(a, -, b) read %q, %v; want the three files in order", got, err)
	}
	if err := in.Close(); err != nil {
		t.Errorf("Close after EOF: %v", err)
	}

	e = &env{stdin: strings.NewReader("stdin\n")}
	if got, err := io.ReadAll(e.inputs(nil)); err != nil || string(got) != "stdin\n" {
		t.Errorf("inputs() read %q, %v; want standard input", got, err)
	}

	in = e.inputs([]string{filepath.Join(dir, "missing.txt")})
	if _, err := io.ReadAll(in); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("inputs(missing) error %v; want one that is os.ErrNotExist", err)
	}
}

func TestUsageErrorType(t *testing.T) {
	var uerr *usageError
	if err := usagef("bad value %q", "x"); !errors.As(err, &uerr) || err.Error() != `bad value "x"` {
		t.Errorf("usagef = %v; want a *usageError with the formatted message", err)
	}
}
