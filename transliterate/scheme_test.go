package transliterate_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/go-arabic/arabic/internal/transformtest"
	"github.com/go-arabic/arabic/transliterate"
)

// contractInputs exercise every path of the engines: ASCII, Arabic with and
// without marks, punctuation and digits, the contexts of UNGEGN's
// separators, presentation forms, ill-formed and cut-off UTF-8, and runs
// longer than a phrase or a chunk.
var contractInputs = []string{
	"",
	"hello, world\n",
	"قال وزير الخارجية الأمريكي مايك بومبيو",
	"خليفة حفتر\nفائز السراج، عبد الله بن زايد.",
	"شَمْسُ الدِّينِ وَالْقَمَرُ فِي السَّمَاءِ",
	"ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ",
	"١٫٢ 1٫2 ۳٫۴ ٫ ،٣،",
	"ﷺ ﻻ ﷲ ﹺي",
	"Arabic عربي mixed with Latin",
	"ب\xffت\x80",
	"ـــــّـــ",
	"xlyfp Hftr kẖlyfẗ 3,4 ce ci ca x",
	strings.Repeat("كلمة ", 900),
	strings.Repeat("ك", 2100),
	strings.Repeat("\u064e", 80),
}

// readArticle returns the golden article, testdata/article.txt.
func readArticle(tb testing.TB) string {
	tb.Helper()
	article, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	require.NoError(tb, err)
	return string(article)
}

func schemesAndInverses() []transliterate.Scheme {
	var all []transliterate.Scheme
	for _, s := range transliterate.All {
		all = append(all, s)
		if inv, ok := s.Inverse(); ok {
			all = append(all, inv)
		}
	}
	return all
}

func TestContract(t *testing.T) {
	inputs := contractInputs
	if testing.Short() {
		inputs = inputs[:len(inputs)-3] // the long runs take seconds under -race
	}
	for _, s := range schemesAndInverses() {
		t.Run(s.Name(), func(t *testing.T) {
			t.Parallel() // the schemes are shared package-level values
			transformtest.Check(t, s, inputs...)
		})
	}
}

// TestStream reads a megabyte line with no newline through
// transform.NewReader, whose buffers are 4096 bytes: every unit must be
// decided, and its output fit, within them.
func TestStream(t *testing.T) {
	line := bytes.ReplaceAll([]byte(readArticle(t)), []byte("\n"), []byte(" "))
	inputs := map[string][]byte{ // each several times the buffers' size
		"article as one line":  bytes.Repeat(line, 4),
		"one long word":        bytes.Repeat([]byte("ب"), 1<<14),
		"presentation forms":   bytes.Repeat([]byte("ﷺ"), 1<<12),
		"marks":                bytes.Repeat([]byte("بَّ"), 1<<12),
		"words of ligatures":   bytes.Repeat([]byte("ﷺﷺ "), 1<<11),
		"latin for inverses":   bytes.Repeat([]byte("kẖlyfẗ ḥftr "), 1<<11),
		"ill-formed and marks": bytes.Repeat([]byte("\xff\u064e"), 1<<13),
	}
	for _, s := range schemesAndInverses() {
		for name, in := range inputs {
			want := s.Bytes(in)
			got, err := io.ReadAll(transform.NewReader(bytes.NewReader(in), s))
			if err != nil {
				t.Errorf("%s: reading %s: %v", s.Name(), name, err)
				continue
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: reading %s through transform.NewReader differs from Bytes", s.Name(), name)
			}
		}
	}
}

func TestSchemeNames(t *testing.T) {
	reversible := map[string]bool{"buckwalter": true, "safebuckwalter": true, "xmlbuckwalter": true, "hsb": true, "ungegn": true}
	oneWay := map[string]bool{"names": true, "alalc": true, "din31635": true, "iso233": true, "bgn": true}
	seen := map[string]bool{}
	for _, s := range transliterate.All {
		name := s.Name()
		if name == "" || seen[name] {
			t.Errorf("All holds a scheme named %q twice or without a name", name)
		}
		seen[name] = true
		inv, ok := s.Inverse()
		if ok != reversible[name] {
			t.Errorf("%s.Inverse() ok = %v; want %v", name, ok, reversible[name])
			continue
		}
		if !ok {
			continue
		}
		if inv.Name() != name+"-inverse" {
			t.Errorf("%s.Inverse().Name() = %q; want %q", name, inv.Name(), name+"-inverse")
		}
		if back, _ := inv.Inverse(); back != s {
			t.Errorf("%s.Inverse().Inverse() = %s; want the scheme itself", name, back.Name())
		}
	}
	for name := range reversible {
		if !seen[name] {
			t.Errorf("All lacks %s", name)
		}
	}
	for name := range oneWay {
		if !seen[name] {
			t.Errorf("All lacks %s", name)
		}
	}
}

func TestZeroScheme(t *testing.T) {
	var zero transliterate.Scheme
	in := "خليفة حفتر\xff"
	if got := zero.String(in); got != in {
		t.Errorf("Scheme{}.String(%+q) = %+q; want it unchanged", in, got)
	}
	if inv, ok := zero.Inverse(); !ok || inv != zero {
		t.Errorf("Scheme{}.Inverse() = %v, %v; want the zero Scheme, true", inv, ok)
	}
	if zero.Name() != "" {
		t.Errorf("Scheme{}.Name() = %q; want \"\"", zero.Name())
	}
	transformtest.Check(t, zero, contractInputs...)
}

// TestNoChangeNoCopy holds String to returning its argument, and Bytes its
// argument, when nothing changes, without allocating.
func TestNoChangeNoCopy(t *testing.T) {
	for _, s := range schemesAndInverses() {
		in := "12345 ... !?\n"
		if strings.Contains(s.Name(), "inverse") {
			in = "[] ^ #@\n" // characters no inverse maps
		}
		out := s.String(in)
		if unsafe.StringData(out) != unsafe.StringData(in) {
			t.Errorf("%s.String(%+q) = %+q, a copy; want the argument itself", s.Name(), in, out)
		}
		b := []byte(in)
		if got := s.Bytes(b); len(got) == 0 || &got[0] != &b[0] {
			t.Errorf("%s.Bytes(%+q) made a copy; want its argument", s.Name(), in)
		}
		if n := testing.AllocsPerRun(100, func() { s.String(in) }); n != 0 {
			t.Errorf("%s.String(%+q) allocates %v times; want 0", s.Name(), in, n)
		}
	}
}

// TestAppendNoAlloc holds the Buckwalter family's AppendString to making no
// allocations into a buffer with room for the result.
func TestAppendNoAlloc(t *testing.T) {
	in := readArticle(t)
	for _, s := range []transliterate.Scheme{transliterate.Buckwalter, transliterate.SafeBuckwalter, transliterate.XMLBuckwalter, transliterate.HSB} {
		buf := make([]byte, 0, len(in))
		if n := testing.AllocsPerRun(100, func() { s.AppendString(buf[:0], in) }); n != 0 {
			t.Errorf("%s.AppendString into a buffer of len(src) allocates %v times; want 0", s.Name(), n)
		}
		inv, _ := s.Inverse()
		latin := s.String(in)
		buf = make([]byte, 0, 2*len(latin))
		if n := testing.AllocsPerRun(100, func() { inv.AppendString(buf[:0], latin) }); n != 0 {
			t.Errorf("%s.AppendString into a buffer of 2*len(src) allocates %v times; want 0", inv.Name(), n)
		}
		// A buffer of exactly the result's length is enough too.
		exact := make([]byte, 0, len(latin))
		if n := testing.AllocsPerRun(100, func() { s.AppendString(exact[:0], in) }); n != 0 {
			t.Errorf("%s.AppendString into a buffer of the result's length allocates %v times; want 0", s.Name(), n)
		}
	}
}
