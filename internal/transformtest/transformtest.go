// Package transformtest holds a transform.SpanningTransformer to the contract
// of golang.org/x/text/transform, the way x/text's width and precis tests do.
// It is imported only by tests; every Form and Scheme of this module runs
// through [Check].
package transformtest

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// sizes are the dst and src buffer sizes of the chunked runs: pairwise
// co-prime, so that chunk edges fall at every offset of a multibyte rune.
var sizes = []int{1, 5, 7, 13, 17}

// Check runs every contract test on t for each input:
//
//  1. String, Bytes, Append and AppendString, where tr has them, agree with
//     transform.String and with one Transform call over the whole input;
//  2. Transform called with every pair of the dst and src sizes 1, 5, 7, 13
//     and 17, the caller carrying unconsumed bytes over as transform.Reader
//     does, gives the same output;
//  3. a valid input cut inside a multibyte rune, with atEOF false, makes
//     Transform and Span stop before that rune with ErrShortSrc (or Span with
//     ErrEndOfSpan at an earlier change);
//  4. Span returns n such that src[:n] is unchanged by the transformation,
//     with ErrEndOfSpan exactly when n < len(src);
//  5. transform.NewReader over iotest.OneByteReader gives the same output.
func Check(t *testing.T, tr transform.SpanningTransformer, inputs ...string) {
	t.Helper()
	for _, in := range inputs {
		want, ok := whole(t, tr, in)
		if !ok {
			continue
		}
		methods(t, tr, in, want)
		chunked(t, tr, in, want)
		if utf8.ValidString(in) {
			cutRunes(t, tr, in)
		}
		span(t, tr, in, want)
		reader(t, tr, in, want)
	}
}

// whole transforms in with one call into a buffer that is large enough.
func whole(t *testing.T, tr transform.SpanningTransformer, in string) (string, bool) {
	t.Helper()
	tr.Reset()
	dst := make([]byte, 8*len(in)+64)
	nDst, nSrc, err := tr.Transform(dst, []byte(in), true)
	if err != nil || nSrc != len(in) {
		t.Errorf("Transform(%+q, atEOF) with a large dst = %d, %d, %v; want all of src consumed and no error", in, nDst, nSrc, err)
		return "", false
	}
	return string(dst[:nDst]), true
}

type (
	stringer       interface{ String(string) string }
	byteser        interface{ Bytes([]byte) []byte }
	appender       interface{ Append(dst, src []byte) []byte }
	stringAppender interface {
		AppendString(dst []byte, src string) []byte
	}
)

func methods(t *testing.T, tr transform.SpanningTransformer, in, want string) {
	t.Helper()
	if got, _, err := transform.String(tr, in); err != nil || got != want {
		t.Errorf("transform.String(%+q) = %+q, %v; want %+q", in, got, err, want)
	}
	if s, ok := tr.(stringer); ok {
		if got := s.String(in); got != want {
			t.Errorf("String(%+q) = %+q; want %+q", in, got, want)
		}
	}
	if b, ok := tr.(byteser); ok {
		src := []byte(in)
		if got := b.Bytes(src); string(got) != want {
			t.Errorf("Bytes(%+q) = %+q; want %+q", in, got, want)
		}
		if string(src) != in {
			t.Errorf("Bytes(%+q) changed its input to %+q", in, src)
		}
	}
	prefix := []byte("prefix:")
	if a, ok := tr.(appender); ok {
		src := []byte(in)
		if got := a.Append(prefix[:len(prefix):len(prefix)], src); string(got) != "prefix:"+want {
			t.Errorf("Append(%+q, %+q) = %+q; want %+q", prefix, in, got, "prefix:"+want)
		}
		if string(src) != in {
			t.Errorf("Append(_, %+q) changed its input to %+q", in, src)
		}
	}
	if a, ok := tr.(stringAppender); ok {
		if got := a.AppendString(prefix[:len(prefix):len(prefix)], in); string(got) != "prefix:"+want {
			t.Errorf("AppendString(%+q, %+q) = %+q; want %+q", prefix, in, got, "prefix:"+want)
		}
	}
}

// chunked feeds src in pieces of srcSize bytes into dst buffers of dstSize
// bytes, keeping unconsumed src as transform.Reader does. A dst too small
// for the next output unit is doubled for that call only, as transform.String
// does; such a call must then make progress.
func chunked(t *testing.T, tr transform.SpanningTransformer, in, want string) {
	t.Helper()
	for _, dstSize := range sizes {
		for _, srcSize := range sizes {
			got, err := runChunked(tr, in, dstSize, srcSize)
			if err != nil {
				t.Errorf("chunked Transform(%+q) with dst %d, src %d: %v", in, dstSize, srcSize, err)
			} else if got != want {
				t.Errorf("chunked Transform(%+q) with dst %d, src %d = %+q; want %+q", in, dstSize, srcSize, got, want)
			}
		}
	}
}

func runChunked(tr transform.SpanningTransformer, in string, dstSize, srcSize int) (string, error) {
	tr.Reset()
	var out, pending []byte // pending: src handed over but not yet consumed
	next := 0               // bytes of in handed over so far
	size := dstSize
	needSrc := true
	for steps := 0; steps < 64*(len(in)+8); steps++ {
		if needSrc {
			end := min(next+srcSize, len(in))
			pending = append(pending, in[next:end]...)
			next = end
		}
		atEOF := next == len(in)
		dst := make([]byte, size)
		nDst, nSrc, err := tr.Transform(dst, pending, atEOF)
		if nDst < 0 || nDst > len(dst) || nSrc < 0 || nSrc > len(pending) {
			return string(out), errors.New("counts out of range")
		}
		out = append(out, dst[:nDst]...)
		pending = pending[nSrc:]
		size, needSrc = dstSize, true
		switch err {
		case nil:
			if len(pending) != 0 {
				return string(out), errors.New("nil error before all of src was consumed")
			}
			if atEOF {
				return string(out), nil
			}
		case transform.ErrShortDst:
			needSrc = false
			if nDst == 0 && nSrc == 0 {
				size = 2 * len(dst)
			}
		case transform.ErrShortSrc:
			if atEOF {
				return string(out), errors.New("ErrShortSrc at EOF")
			}
		default:
			return string(out), err
		}
	}
	return string(out), errors.New("no progress")
}

// cutRunes cuts a valid input inside each multibyte rune.
func cutRunes(t *testing.T, tr transform.SpanningTransformer, in string) {
	t.Helper()
	for i, r := range in {
		n := utf8.RuneLen(r)
		for cut := i + 1; cut < i+n; cut++ {
			src := []byte(in[:cut])
			tr.Reset()
			dst := make([]byte, 8*len(src)+64)
			_, nSrc, err := tr.Transform(dst, src, false)
			if err != transform.ErrShortSrc || nSrc > i {
				t.Errorf("Transform(%+q, !atEOF) = _, %d, %v; want at most %d and ErrShortSrc", src, nSrc, err, i)
			}
			sn, err := tr.Span(src, false)
			if sn > i || (err != transform.ErrShortSrc && err != transform.ErrEndOfSpan) {
				t.Errorf("Span(%+q, !atEOF) = %d, %v; want at most %d and ErrShortSrc or ErrEndOfSpan", src, sn, err, i)
			}
		}
	}
}

func span(t *testing.T, tr transform.SpanningTransformer, in, want string) {
	t.Helper()
	tr.Reset()
	n, err := tr.Span([]byte(in), true)
	switch {
	case n < 0 || n > len(in):
		t.Errorf("Span(%+q) = %d, %v: out of range", in, n, err)
		return
	case n == len(in) && err != nil:
		t.Errorf("Span(%+q) = %d, %v; want a nil error when all of src is spanned", in, n, err)
	case n < len(in) && err != transform.ErrEndOfSpan:
		t.Errorf("Span(%+q) = %d, %v; want ErrEndOfSpan when n < len(src)", in, n, err)
	}
	if !strings.HasPrefix(want, in[:n]) {
		t.Errorf("Span(%+q) = %d, but the output %+q does not begin with src[:%d]", in, n, want, n)
	}
	if n == len(in) && want != in {
		t.Errorf("Span(%+q) spans all of src, but the output is %+q", in, want)
	}
}

func reader(t *testing.T, tr transform.SpanningTransformer, in, want string) {
	t.Helper()
	tr.Reset()
	got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), tr))
	if err != nil || !bytes.Equal(got, []byte(want)) {
		t.Errorf("transform.NewReader(OneByteReader(%+q)) read %+q, %v; want %+q", in, got, err, want)
	}
}
