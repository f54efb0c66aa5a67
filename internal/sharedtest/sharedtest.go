// Package sharedtest locates the reference data and corpora that live outside
// the repository, in the directory named by the ARABIC_SHARED environment
// variable (../shared in the project's CI). It is imported only by tests.
//
// Tests that need that data call [Path] or [Open]. When ARABIC_SHARED is unset
// the test is skipped with one line saying so, because a user who cloned the
// repository has no shared directory. When it is set and a file is missing the
// test fails: CI must never pass by silently skipping a conformance test.
package sharedtest

import (
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Env is the environment variable that names the shared data directory. A
// relative value is taken relative to the repository root (the directory of
// the go.mod of github.com/go-arabic/arabic), so ARABIC_SHARED=../shared works
// from any package directory.
const Env = "ARABIC_SHARED"

const modulePath = "github.com/go-arabic/arabic"

var (
	rootOnce sync.Once
	root     string
)

// Dir returns the shared data directory, or skips tb when Env is unset.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv(Env)
	if dir == "" {
		tb.Skipf("%s is unset: skipping the test that reads the shared reference data", Env)
	}
	if filepath.IsAbs(dir) {
		return dir
	}
	rootOnce.Do(func() { root = repositoryRoot() })
	if root == "" {
		tb.Fatalf("%s=%q is relative, and no go.mod of %s encloses the working directory", Env, dir, modulePath)
	}
	return filepath.Join(root, dir)
}

// Available reports whether Env is set, for benchmarks that add the shared
// corpora to their inputs when they can and run on the rest when they cannot.
func Available() bool { return os.Getenv(Env) != "" }

// Path returns the path of name (slash-separated, relative to the shared
// directory). It skips tb when Env is unset and fails it when the file does
// not exist.
func Path(tb testing.TB, name string) string {
	tb.Helper()
	p := filepath.Join(Dir(tb), filepath.FromSlash(name))
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("%s is set but the shared file is missing: %v", Env, err)
	}
	return p
}

// Open opens the shared file name, decompressing it when its name ends in
// ".gz". The file is closed when the test ends.
func Open(tb testing.TB, name string) io.Reader {
	tb.Helper()
	f, err := os.Open(Path(tb, name))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	if !strings.HasSuffix(name, ".gz") {
		return bufio.NewReaderSize(f, 1<<16)
	}
	z, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	tb.Cleanup(func() { z.Close() })
	return z
}

// ReadFile returns the contents of the shared file name, decompressed when its
// name ends in ".gz".
func ReadFile(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := io.ReadAll(Open(tb, name))
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return b
}

// repositoryRoot walks up from the working directory to the directory whose
// go.mod declares modulePath. Nested modules (bench/, integrations/) are
// passed over because their go.mod names another module.
func repositoryRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			first, _, _ := strings.Cut(string(b), "\n")
			if strings.TrimSpace(first) == "module "+modulePath {
				return dir
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
