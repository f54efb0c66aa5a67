package transliterate

import (
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"
)

// A units value cuts text into units that convert independently, for
// [unitEngine].
type units interface {
	// next appends to dst the conversion of the unit at the start of src and
	// returns its length in bytes. It returns 0 only when atEOF is false and
	// the unit may run past the end of src; src is never empty. The unit's
	// extent depends only on the text, never on the length of src or dst, so
	// that streaming gives the same result as one call.
	next(dst []byte, src string, atEOF bool) (out []byte, n int)
	// keeps reports whether r is always copied unchanged. Such runes are
	// copied in bulk without calling next (unless the next rune is glued).
	keeps(r rune) bool
}

// A unitEngine is the engine of the schemes that convert text in units: it
// copies the runes that u keeps and hands everything else to u.next.
type unitEngine struct {
	u units
	// glued, if not nil, reports whether r is converted together with the
	// rune before it (r has a left context), so that the rune before r is
	// handed to u.next too, even when u keeps it.
	glued func(r rune) bool
	// keepsASCII tells that u keeps every ASCII rune and that none is
	// glued, so that runs of ASCII are copied without asking u.
	keepsASCII bool
}

func (e unitEngine) maxLen(n int) int { return n + n/2 }

func (e unitEngine) appendString(dst []byte, src string) []byte {
	dst, _, _ = e.run(dst, src, true, -1)
	return dst
}

func (e unitEngine) transform(dst []byte, src string, atEOF bool) (nDst, nSrc int, err error) {
	out, nSrc, err := e.run(dst[:0], src, atEOF, len(dst))
	return len(out), nSrc, err
}

// run converts src, appending to dst; limit < 0 means dst may grow without
// bound, otherwise len(dst) may not exceed limit (and the caller has made
// cap(dst) == limit, so that append never copies dst for a unit that fits).
func (e unitEngine) run(dst []byte, src string, atEOF bool, limit int) ([]byte, int, error) {
	i := 0
	for i < len(src) {
		n, err := e.span(src[i:], atEOF)
		if limit >= 0 && len(dst)+n > limit {
			k := 0 // the longest run of whole runes that fits
			for k < n {
				_, size := utf8.DecodeRuneInString(src[i+k:])
				if len(dst)+k+size > limit {
					break
				}
				k += size
			}
			return append(dst, src[i:i+k]...), i + k, transform.ErrShortDst
		}
		dst = append(dst, src[i:i+n]...)
		i += n
		if err == transform.ErrShortSrc {
			return dst, i, err
		}
		if i == len(src) {
			break
		}
		out, n := e.u.next(dst, src[i:], atEOF)
		if n == 0 {
			return dst, i, transform.ErrShortSrc
		}
		if limit >= 0 {
			if len(out) > limit {
				return dst, i, transform.ErrShortDst
			}
			if unsafe.SliceData(out) != unsafe.SliceData(dst) {
				// next outgrew dst on the way and shrank back (composing
				// marks): the result fits, but in another array.
				out = append(dst, out[len(dst):]...)
			}
		}
		dst = out
		i += n
	}
	return dst, i, nil
}

func (e unitEngine) span(src string, atEOF bool) (int, error) {
	i := 0
	if e.keepsASCII {
		// ASCII followed by ASCII: neither is converted nor glued.
		for i+1 < len(src) && src[i] < utf8.RuneSelf && src[i+1] < utf8.RuneSelf {
			i++
		}
	}
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && size <= 1 {
			if !atEOF && !utf8.FullRuneInString(src[i:]) {
				return i, transform.ErrShortSrc
			}
		} else if !e.u.keeps(r) {
			return i, transform.ErrEndOfSpan
		}
		if e.glued != nil {
			j := i + size
			if j == len(src) && !atEOF {
				return i, transform.ErrShortSrc
			}
			if j < len(src) {
				if !atEOF && !utf8.FullRuneInString(src[j:]) {
					return i, transform.ErrShortSrc
				}
				if r2, _ := utf8.DecodeRuneInString(src[j:]); e.glued(r2) {
					return i, transform.ErrEndOfSpan
				}
			}
		}
		i += size
	}
	return len(src), nil
}
