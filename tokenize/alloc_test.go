package tokenize_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/tokenize"
)

// TestAllocs checks that the iterators allocate nothing per token: the count
// of allocations stays the same when the input grows eight times (at most
// one, for the iterator's closure), and the cursor allocates nothing. It is
// in package tokenize_test, as callers are: the compiler inlines the
// iterators into other packages, where escape analysis differs.
func TestAllocs(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	small := string(b)
	large := strings.Repeat(small, 8)
	// Each loop calls its iterator directly, as callers do: a call through a
	// func value would make the compiler allocate the loop body's closure.
	loops := []struct {
		name string
		loop func(string)
	}{
		{"Segments", func(s string) {
			for range tokenize.Segments(s) {
			}
		}},
		{"Words", func(s string) {
			for range tokenize.Words(s) {
			}
		}},
		{"Sentences", func(s string) {
			for range tokenize.Sentences(s) {
			}
		}},
		{"Clitics of Words", func(s string) {
			for w := range tokenize.Words(s) {
				for range tokenize.Clitics(w.Text) {
				}
			}
		}},
	}
	for _, l := range loops {
		a := testing.AllocsPerRun(20, func() { l.loop(small) })
		b := testing.AllocsPerRun(20, func() { l.loop(large) })
		if a != b || a > 1 {
			t.Errorf("%s: %v allocations on the article, %v on 8 articles; want the same, at most 1", l.name, a, b)
		}
	}
	if a := testing.AllocsPerRun(20, func() {
		for s := large; len(s) > 0; {
			n, _ := tokenize.FirstSegmentInString(s)
			s = s[n:]
		}
	}); a != 0 {
		t.Errorf("FirstSegmentInString loop: %v allocations; want 0", a)
	}
	data := []byte(large)
	if a := testing.AllocsPerRun(20, func() {
		for data := data; len(data) > 0; {
			advance, _, _ := tokenize.ScanWords(data, true)
			data = data[advance:]
		}
	}); a != 0 {
		t.Errorf("ScanWords loop: %v allocations; want 0", a)
	}
}
