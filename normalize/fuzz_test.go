package normalize_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/go-arabic/arabic/internal/transformtest"
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
		// Bytes, Append, AppendString, Span, chunked Transform calls and a
		// transform.Reader all agree with transform.String.
		transformtest.Check(t, form, in)
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
		checkAlignment(t, form, in)
		checkLong(t, form, in)
	})
}

// checkLong checks the path for long inputs, which translates through a
// table, against the rune-by-rune path that AlignString takes on them.
func checkLong(t *testing.T, form normalize.Form, in string) {
	t.Helper()
	if in == "" {
		return
	}
	long := strings.Repeat(in, 300/len(in)+1)
	checkTranslate(t, form, long)
	want, _ := form.AlignString(long)
	for _, r := range []io.Reader{strings.NewReader(long), iotest.HalfReader(strings.NewReader(long))} {
		got, err := io.ReadAll(transform.NewReader(r, form))
		if err != nil || string(got) != want {
			t.Fatalf("%v: streaming %+q repeated to %d bytes differs from AlignString's output (%v)", form, in, len(long), err)
		}
	}
}

// FuzzIllFormed checks that ill-formed bytes pass through where they are:
// each byte of the input that is not part of a valid rune is in the output
// as it was, and the Form works on the valid runs between such bytes as on
// inputs of their own (no rune composes with, or folds across, an
// ill-formed byte).
func FuzzIllFormed(f *testing.F) {
	f.Add([]byte("أ\xffب\xd8"), uint32(normalize.Search))
	f.Add([]byte("\xd8\xa3\xd8"), uint32(normalize.Search))
	f.Add([]byte("ا\xff\u0654 ي\u0640\xd8\u0654"), uint32(normalize.Display))
	f.Fuzz(func(t *testing.T, in []byte, bits uint32) {
		form := normalize.Form(bits) & allFlags
		var want []byte
		for rest := in; len(rest) > 0; {
			n := validPrefix(rest)
			want = append(want, form.Bytes(rest[:n])...)
			if n < len(rest) {
				want = append(want, rest[n]) // an ill-formed byte
				n++
			}
			rest = rest[n:]
		}
		if got := form.Bytes(in); !bytes.Equal(got, want) {
			t.Fatalf("%v.Bytes(%+q) = %+q; want %+q, each ill-formed byte in place", form, in, got, want)
		}
	})
}

// validPrefix returns the length of the longest prefix of b that is valid
// UTF-8.
func validPrefix(b []byte) int {
	n := 0
	for n < len(b) {
		r, size := utf8.DecodeRune(b[n:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		n += size
	}
	return n
}
