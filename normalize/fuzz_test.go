package normalize_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/go-arabic/arabic/normalize"
)

// allFlags masks fuzzed flag sets to the defined flags.
const allFlags = normalize.RemoveZWNJ<<1 - 1

func FuzzForm(f *testing.F) {
	for _, tc := range cases {
		f.Add(tc.in, uint32(tc.form))
		f.Add(tc.in, uint32(normalize.Search))
	}
	for line := range strings.Lines(readArticle(f)) {
		f.Add(line, uint32(normalize.Search))
	}
	f.Fuzz(func(t *testing.T, in string, bits uint32) {
		form := normalize.Form(bits) & allFlags
		out := form.String(in)
		if b := form.Bytes([]byte(in)); string(b) != out {
			t.Fatalf("%v: Bytes(%+q) = %+q; String gave %+q", form, in, b, out)
		}
		if b := form.AppendString([]byte("x"), in); string(b) != "x"+out {
			t.Fatalf("%v: AppendString(x, %+q) = %+q; want x + %+q", form, in, b, out)
		}
		// Removing a rune can join fragments of ill-formed input into a
		// rune (as runes.Remove does), so idempotence holds for valid input.
		if again := form.String(out); utf8.ValidString(in) && again != out {
			t.Fatalf("%v is not idempotent: %+q → %+q → %+q", form, in, out, again)
		}
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("%v: valid %+q gave ill-formed %+q", form, in, out)
		}
		if form.IsNormalString(in) != (out == in) {
			t.Fatalf("%v: IsNormalString(%+q) = %v, but String gives %+q", form, in, !(out == in), out)
		}
		n, _ := form.Span([]byte(in), true)
		if !strings.HasPrefix(out, in[:n]) {
			t.Fatalf("%v: Span(%+q) = %d, but the output %+q changes that prefix", form, in, n, out)
		}
		streamed, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), form))
		if err != nil || !bytes.Equal(streamed, []byte(out)) {
			t.Fatalf("%v: streaming %+q gave %+q, %v; String gave %+q", form, in, streamed, err, out)
		}
		checkAlignment(t, form, in)
		checkLong(t, form, in)
	})
}

// checkLong checks the path for long inputs, which translates through a
// table, against the rune-by-rune path that AlignString takes on them.
func checkLong(t *testing.T, form normalize.Form, in string) {
	if in == "" {
		return
	}
	long := strings.Repeat(in, 300/len(in)+1)
	want, _ := form.AlignString(long)
	if got := form.String(long); got != want {
		t.Fatalf("%v: String of %+q repeated to %d bytes differs from AlignString's output", form, in, len(long))
	}
	if got := form.Bytes([]byte(long)); string(got) != want {
		t.Fatalf("%v: Bytes of %+q repeated to %d bytes differs from AlignString's output", form, in, len(long))
	}
	for _, r := range []io.Reader{strings.NewReader(long), iotest.HalfReader(strings.NewReader(long))} {
		got, err := io.ReadAll(transform.NewReader(r, form))
		if err != nil || string(got) != want {
			t.Fatalf("%v: streaming %+q repeated to %d bytes differs from AlignString's output (%v)", form, in, len(long), err)
		}
	}
}

// FuzzIllFormed checks that ill-formed bytes pass through: every byte of the
// input that is not part of a valid rune is in the output, in order.
func FuzzIllFormed(f *testing.F) {
	f.Add([]byte("أ\xffب\xd8"))
	f.Add([]byte("\xd8\xa3\xd8"))
	f.Fuzz(func(t *testing.T, in []byte) {
		out := normalize.Search.Bytes(in)
		if bad := illFormed(in); !subsequence(bad, out) {
			t.Fatalf("Search.Bytes(%+q) = %+q lost some of the ill-formed bytes %+q", in, out, bad)
		}
	})
}

// subsequence reports whether the bytes of sub occur in b in order.
func subsequence(sub, b []byte) bool {
	for _, c := range sub {
		i := bytes.IndexByte(b, c)
		if i < 0 {
			return false
		}
		b = b[i+1:]
	}
	return true
}

func illFormed(b []byte) []byte {
	var bad []byte
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			bad = append(bad, b[0])
		}
		b = b[n:]
	}
	return bad
}
