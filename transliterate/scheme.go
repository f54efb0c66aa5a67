package transliterate

import (
	"sync"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"
)

// A Scheme converts text from one script to another, in one direction.
// Runes outside the scheme's repertoire, and ill-formed UTF-8, pass through
// unchanged. A Scheme is immutable; its methods are safe for concurrent use.
// The zero Scheme copies its input.
//
// A Scheme is a [transform.SpanningTransformer], so it streams through
// [transform.NewReader] and chains with [transform.Chain]. It has no state:
// Reset does nothing.
type Scheme struct {
	s       *scheme
	inverse bool // s.backward rather than s.forward
}

// A scheme is what a Scheme points to: its name and the engines of its two
// directions.
type scheme struct {
	name     string
	forward  engine
	backward engine // nil for a one-way scheme
}

// engine returns the engine of s's direction.
func (s Scheme) engine() engine {
	if s.inverse {
		return s.s.backward
	}
	return s.s.forward
}

// An engine converts text. There are three kinds:
//
//   - a rune table ([runeMap]): each rune is replaced on its own. The
//     Buckwalter family and their inverses are rune tables, and their loops
//     are tuned for speed.
//   - a phrase engine ([phrases]): a maximal run of Arabic-script words
//     separated by single spaces, within one line and at most [maxPhrase]
//     bytes long, is handed whole to a function that appends its
//     romanization; runes outside phrases go through a rune table of
//     punctuation and digits. The scholarly schemes (ALA-LC, DIN 31635,
//     ISO 233-2, BGN/PCGN) and the name romanizer are phrase schemes,
//     because a word's romanization depends on its neighbours (the article,
//     the construct state, Abd + a divine name). See [newPhraseScheme].
//   - an ICU rule engine ([icuTransform]): ICU's filter, normalization and
//     context rules, applied to the smallest chunks of text that convert
//     independently.
//
// The phrase and ICU engines share one streaming loop, [unitEngine]; the
// rune table has its own.
type engine interface {
	// appendString appends the conversion of all of src to dst.
	appendString(dst []byte, src string) []byte
	// transform implements transform.Transformer.Transform on src.
	transform(dst []byte, src string, atEOF bool) (nDst, nSrc int, err error)
	// span implements transform.SpanningTransformer.Span on src.
	span(src string, atEOF bool) (n int, err error)
	// maxLen bounds the length of the conversion of n bytes where the engine
	// can (it may return a guess, used only to size buffers).
	maxLen(n int) int
}

// Name returns the scheme's name as the command line spells it, such as
// "buckwalter" or "alalc". An inverse scheme is named after the scheme it
// undoes, with "-inverse" appended. The zero Scheme's name is "".
func (s Scheme) Name() string {
	switch {
	case s.s == nil:
		return ""
	case s.inverse:
		return s.s.name + "-inverse"
	}
	return s.s.name
}

// Inverse returns the scheme that undoes s. ok is false for one-way schemes.
// For every x made only of runes in s's repertoire (see each scheme's
// documentation for the exact limits): inv.String(s.String(x)) == x.
// The zero Scheme is its own inverse.
func (s Scheme) Inverse() (inv Scheme, ok bool) {
	switch {
	case s.s == nil:
		return s, true
	case s.s.backward == nil:
		return Scheme{}, false
	}
	return Scheme{s.s, !s.inverse}, true
}

// String returns the conversion of src. It returns src itself, without
// allocating, when the conversion changes nothing; otherwise it allocates
// the result once.
func (s Scheme) String(src string) string {
	if s.s == nil {
		return src
	}
	e := s.engine()
	n, _ := e.span(src, true)
	if n == len(src) {
		return src
	}
	// Convert into a pooled buffer, warm in the cache, and copy the result
	// into a string of its exact length: string(b) does not clear the memory
	// it allocates, as make does, and the result is often half the size of
	// the bound that make would have to allocate.
	bp := stringBuffers.Get().(*[]byte)
	b := append((*bp)[:0], src[:n]...)
	b = e.appendString(b, src[n:])
	out := string(b)
	if cap(b) <= maxPooledBuffer {
		*bp = b
		stringBuffers.Put(bp)
	}
	return out
}

// stringBuffers are the buffers String converts into. A buffer that grew
// larger than maxPooledBuffer is left to the garbage collector, so that one
// long string does not keep a large buffer alive.
var stringBuffers = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledBuffer = 64 << 10

// Bytes returns the conversion of src. It may return src itself when the
// conversion changes nothing; it never writes to src.
func (s Scheme) Bytes(src []byte) []byte {
	if s.s == nil {
		return src
	}
	e := s.engine()
	in := view(src)
	n, _ := e.span(in, true)
	if n == len(in) {
		return src
	}
	b := make([]byte, n, n+e.maxLen(len(in)-n))
	copy(b, in[:n])
	return e.appendString(b, in[n:])
}

// AppendString appends the conversion of src to dst and returns the extended
// buffer. It makes no allocations when dst has room for the result: for the
// Buckwalter family, room for len(src) bytes is enough (twice that for their
// inverses).
func (s Scheme) AppendString(dst []byte, src string) []byte {
	if s.s == nil {
		return append(dst, src...)
	}
	return s.engine().appendString(dst, src)
}

// Append appends the conversion of src to dst and returns the extended
// buffer, as [Scheme.AppendString] does.
func (s Scheme) Append(dst, src []byte) []byte {
	if s.s == nil {
		return append(dst, src...)
	}
	return s.engine().appendString(dst, view(src))
}

// Transform implements [transform.Transformer]. A rune cut off at the end of
// src while atEOF is false gives [transform.ErrShortSrc]; at EOF it is copied
// through, like any ill-formed byte.
func (s Scheme) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if s.s == nil {
		n, err := s.Span(src, atEOF)
		if n > len(dst) {
			n = len(dst) - runeTail(src[:len(dst)])
			err = transform.ErrShortDst
		}
		return copy(dst, src[:n]), n, err
	}
	return s.engine().transform(dst, view(src), atEOF)
}

// Span implements [transform.SpanningTransformer]: src[:n] is left
// unchanged by the scheme. It may stop before the longest such prefix.
func (s Scheme) Span(src []byte, atEOF bool) (n int, err error) {
	if s.s == nil {
		if n := len(src) - runeTail(src); n < len(src) && !atEOF {
			return n, transform.ErrShortSrc
		}
		return len(src), nil
	}
	return s.engine().span(view(src), atEOF)
}

// runeTail returns the length of the rune cut off at the end of b, or 0 if
// b ends on a rune boundary (or in ill-formed bytes, which stand alone).
func runeTail(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if utf8.FullRune(b[i:]) {
				return 0
			}
			return len(b) - i
		}
	}
	return 0
}

// Reset implements [transform.Transformer]. A Scheme has no state, so Reset
// does nothing.
func (Scheme) Reset() {}

// view returns b as a string without copying, so that one implementation
// serves strings and byte slices alike (norm's input type does the same job
// with two fields). The string is only read, and never outlives the call
// that made it: the caller may change b afterwards.
func view(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// All lists the schemes of this package, each in its direction from Arabic
// (see [Scheme.Inverse] for the other), for services that pick a scheme by
// its [Scheme.Name] from configuration. Changing the slice changes nothing
// in the package.
var All = []Scheme{Names, Buckwalter, SafeBuckwalter, XMLBuckwalter, HSB, UNGEGN, ALALC, DIN31635, ISO233, BGN}
