package clitic

import (
	"os"
	"testing"
	"unicode"

	"github.com/go-arabic/arabic/internal/clitic/lexicon"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestTables checks that tables.go is what gen.go makes of Go's unicode
// tables and the word lists (run "go generate" after editing them).
func TestTables(t *testing.T) {
	if unicode.Version != UnicodeVersion {
		t.Errorf("tables.go was built for Unicode %s, but the unicode package is Unicode %s: run go generate",
			UnicodeVersion, unicode.Version)
	}
	for r := rune(0x600); r < 0x700; r++ {
		want := lexicon.Code(r)
		switch {
		case r == 'ـ':
			want = classTatweel
		case r == '\u064B':
			want = classFathatan
		case r == '\u064D':
			want = classKasratan
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc, unicode.Cf):
			want = classMark
		}
		if got := classes[r-0x600]; got != want {
			t.Errorf("classes[U+%04X] = %d; want %d", r, got, want)
		}
	}

	var files [][]byte
	for _, name := range []string{"data/clitics.txt", "data/names.txt"} {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		files = append(files, data)
	}
	entries, err := lexicon.Parse(files...)
	if err != nil {
		t.Fatal(err)
	}
	keys, flags, bits, filter := lexicon.Table(entries)
	if bits != lexiconBits {
		t.Fatalf("the word lists need a table of 1<<%d slots; tables.go has 1<<%d: run go generate", bits, lexiconBits)
	}
	if diff := cmp.Diff(keys, lexiconKeys[:]); diff != "" {
		t.Errorf("lexiconKeys is stale; run go generate (-lists +tables.go):\n%s", diff)
	}
	if diff := cmp.Diff(filter, lexiconFilter[:]); diff != "" {
		t.Errorf("lexiconFilter is stale; run go generate (-lists +tables.go):\n%s", diff)
	}
	if diff := cmp.Diff(flags, lexiconFlags[:]); diff != "" {
		t.Errorf("lexiconFlags is stale; run go generate (-lists +tables.go):\n%s", diff)
	}
	maxHost := 0
	for _, e := range entries {
		if e.Flags&lexicon.Host != 0 {
			maxHost = max(maxHost, len([]rune(e.Word)))
		}
		if got := lookup(e.Key); got != e.Flags {
			t.Errorf("lookup(%+q) = %#x; want %#x", e.Word, got, e.Flags)
		}
	}
	if maxHost != maxHostLetters {
		t.Errorf("maxHostLetters = %d; the longest host has %d letters: run go generate", maxHostLetters, maxHost)
	}
}
