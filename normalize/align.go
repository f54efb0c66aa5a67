package normalize

import (
	"sort"
	"unicode/utf8"
	"unsafe"
)

// An Alignment relates byte offsets in the output of [Form.AlignString] or
// [Form.Align] to byte offsets in its input, so that a match found in
// normalized text can be shown in the original. It holds two points for
// each change the Form made, nothing for unchanged text; the zero
// Alignment is that of an unchanged text.
//
// An Alignment is immutable once returned; its methods are safe for
// concurrent use.
type Alignment struct {
	points []point
}

// A point is where a changed or an unchanged run of the output begins. Runs
// that are not marked changed are copies: there the output and input
// advance together.
type point struct {
	out, in int
	changed bool
}

// record notes that input [in, in+inLen) became output [out, out+outLen).
func (a *Alignment) record(out, in, outLen, inLen int) {
	if n := len(a.points); n > 0 && a.points[n-1] == (point{out, in, false}) {
		a.points[n-1].changed = true // follows the previous change directly
	} else {
		a.points = append(a.points, point{out, in, true})
	}
	a.points = append(a.points, point{out + outLen, in + inLen, false})
}

// AlignString returns s normalized to f together with the alignment of the
// output with s. It allocates the output (unless s is already normal) and
// the alignment's points.
func (f Form) AlignString(s string) (string, Alignment) {
	var a Alignment
	n, err := span(f, s, true)
	if err == nil {
		return s, a
	}
	b := appendNormalized(f, make([]byte, 0, len(s)+utf8.UTFMax), s, n, &a)
	return unsafe.String(unsafe.SliceData(b), len(b)), a // b is ours alone, as in String
}

// Align returns b normalized to f together with the alignment of the output
// with b. It may return b itself when b is already normal.
func (f Form) Align(b []byte) ([]byte, Alignment) {
	var a Alignment
	n, err := span(f, b, true)
	if err == nil {
		return b, a
	}
	return appendNormalized(f, make([]byte, 0, len(b)+utf8.UTFMax), b, n, &a), a
}

// InputSpan returns the span of the input that the output bytes
// [start, end) were made from. A change is never split: an offset inside the
// output of a change (inside the four runes of the Allah ligature, say)
// widens the span to the whole change. Runes the Form removed at the edges of
// the span are left out of it. Offsets must lie in [0, len(output)].
func (a Alignment) InputSpan(start, end int) (inStart, inEnd int) {
	inStart = a.input(start, false)
	// An empty span among removed runes would map to an end before its
	// start; it stays empty.
	return inStart, max(inStart, a.input(max(start, end), true))
}

// input maps the output offset o to the input. An offset where runs meet
// takes the input offset of the last run beginning there when it opens a
// span and of the first when it closes one, which leaves out removed runes.
func (a Alignment) input(o int, closing bool) int {
	o = max(o, 0)
	// i is the number of points at or before o.
	i := sort.Search(len(a.points), func(i int) bool { return a.points[i].out > o })
	if closing {
		if j := sort.Search(i, func(j int) bool { return a.points[j].out >= o }); j < i {
			return a.points[j].in // o is where a run begins
		}
	}
	if i == 0 {
		return o // before the first change, output and input agree
	}
	p := a.points[i-1]
	switch {
	case p.out == o:
		return p.in
	case !p.changed:
		return p.in + (o - p.out)
	case closing && i < len(a.points):
		return a.points[i].in // inside a change: its end
	default:
		return p.in // inside a change: its start
	}
}
