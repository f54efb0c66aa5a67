package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// folds are the flags that replace a rune by another; the other flags of a
// rune's class remove it. A fold wins when a rune has both (U+0670).
const folds = FoldSuperscriptAlef | FoldAlef | FoldAlefWasla | FoldHamza |
	FoldAlefMaksura | FoldTehMarbuta | FoldPersian | FoldDigits

// combining marks, in the class tables, the runes with a nonzero canonical
// combining class: those that may compose with a letter before them. It is
// not a flag, and Form values never have it.
const combining Form = 1 << 31

// class returns the flags that may change r, with the combining bit for the
// marks of U+0600–U+06FF.
func class(r rune) Form {
	switch {
	case r < 0x0600:
		return 0
	case r <= 0x06FF:
		return arabicClass[r-0x0600]
	case 0x2000 <= r && r <= 0x206F:
		return generalPunctuationClass[r-0x2000]
	case presentationLo <= r && r <= presentationHi && len(decomposition(r)) > 0:
		return FoldPresentationForms
	}
	return 0
}

const presentationLo, presentationHi = 0xFB50, 0xFEFF

// decomposition returns the compatibility decomposition of a presentation
// form, or "" when r has none.
func decomposition(r rune) string {
	i := r - presentationLo
	return presentationDecomposition[presentationOffset[i]:presentationOffset[i+1]]
}

// appendMapped appends what f makes of the rune r on its own, before any
// composition: r itself, nothing, its fold or its decomposition, each folded
// again by the other flags of f.
func appendMapped(dst []byte, f Form, r rune) []byte {
	// A fold's target may itself be folded (ۃ → ة → ه, ۓ → ئ → ي), but
	// never more than twice: the loop bound only guards against a table
	// error turning into an endless loop.
	for range 4 {
		hit := class(r) & f &^ ComposeHamza
		switch {
		case hit == 0:
			return utf8.AppendRune(dst, r)
		case hit&FoldPresentationForms != 0:
			for _, d := range decomposition(r) {
				dst = appendMapped(dst, f, d)
			}
			return dst
		case hit&folds == 0:
			return dst // removed
		}
		r = arabicTarget[r-0x0600] // every fold is in U+0600–U+06FF
	}
	return utf8.AppendRune(dst, r)
}

// removes reports whether f removes r altogether.
func removes(f Form, r rune) bool {
	if class(r)&f&^ComposeHamza == 0 {
		return false
	}
	var buf [64]byte
	return len(appendMapped(buf[:0], f, r)) == 0
}

// composable reports whether r is a letter that ComposeHamza may compose.
func composable(r rune) bool {
	return 0x0600 <= r && r <= 0x06FF && arabicClass[r-0x0600]&ComposeHamza != 0
}

// compose returns the canonical composition of base and mark.
func compose(base, mark rune) (rune, bool) {
	if mark < 0x0653 || mark > 0x0655 {
		return 0, false // the only marks that compose with an Arabic letter
	}
	for _, c := range compositions {
		if c.base == base && c.mark == mark {
			return c.composite, true
		}
	}
	return 0, false
}

// combiningClass returns the canonical combining class of r.
func combiningClass(r rune) uint8 {
	if 0x0600 <= r && r <= 0x06FF {
		return arabicCombiningClass[r-0x0600]
	}
	var buf [utf8.UTFMax]byte
	return norm.NFC.Properties(buf[:utf8.EncodeRune(buf[:], r)]).CCC()
}

// maxLookahead caps how many runes after a letter ComposeHamza examines,
// as the stream-safe format of UAX #15 caps a run of non-starters at 30.
// It bounds the input a Transform call must see at once.
const maxLookahead = 30

// settled reports whether the rune at src[i:] cannot compose with a letter
// before it, nor be removed from between the two, judging by its first two
// bytes: ASCII, or an Arabic letter that f leaves alone. It is the quick
// test that spares most letters the lookahead.
func settled[S bytestring](f Form, src S, i int) bool {
	if i >= len(src) {
		return false
	}
	d := src[i]
	if d < utf8.RuneSelf {
		return true
	}
	return d-0xD8 <= 0xDB-0xD8 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 &&
		arabicClass[int(d-0xD8)<<6|int(src[i+1]&0x3F)]&(f|combining) == 0
}

// lookahead finds the mark in src[i:] that composes with base, as canonical
// composition does: the first combining maddah or hamza that no kept mark of
// the same or a higher combining class blocks, blocking being the highest
// class among the kept marks already between them. Runes that f removes are
// passed over, since they will not stand between the two in the output. It
// returns the mark's position and size, with size 0 when nothing composes,
// and the highest class among the kept marks passed; or short when src ends
// before the answer is known and more may follow. When nothing composes, end
// is where the search stopped: no rune before it completes the letter.
func lookahead[S bytestring](f Form, base rune, src S, i int, atEOF bool, blocking uint8) (m mark, short bool) {
	for range maxLookahead {
		if i == len(src) {
			return mark{end: i}, !atEOF
		}
		var r rune
		var n int
		var ccc uint8
		var removed bool
		if c := src[i]; c-0xD8 <= 0xDB-0xD8 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			// The Arabic block, from the tables: most runes after a letter.
			k := int(c-0xD8)<<6 | int(src[i+1]&0x3F)
			r, n, ccc = rune(0x0600+k), 2, arabicCombiningClass[k]
			hit := arabicClass[k] & f &^ ComposeHamza
			removed = hit != 0 && hit&folds == 0
		} else {
			r, n = decodeRune(src[i:])
			if r == utf8.RuneError && n <= 1 {
				return mark{end: i}, !atEOF && !fullRune(src[i:])
			}
			ccc, removed = combiningClass(r), removes(f, r)
		}
		if c, ok := compose(base, r); ok && ccc > blocking {
			return mark{at: i, size: n, composite: c, blocking: blocking}, false
		}
		if removed {
			i += n
			continue
		}
		if ccc == 0 {
			break
		}
		blocking = max(blocking, ccc)
		i += n
	}
	return mark{end: i}, false
}

// A mark is what lookahead found: a combining mark at src[at:at+size] that
// composes with the letter into composite, and the highest combining class
// of the kept marks between the two; or, when size is 0, the end of the
// search.
type mark struct {
	at, size  int
	composite rune
	blocking  uint8
	end       int
}

// bytestring is the type of the input of the generic functions: they serve
// both the string and the []byte methods, each instantiation compiled on its
// own, as norm's input type does by hand.
type bytestring interface{ ~string | ~[]byte }

// decodeRune is utf8.DecodeRune for either input type, without allocating.
func decodeRune[S bytestring](s S) (rune, int) {
	return utf8.DecodeRuneInString(string(s[:min(len(s), utf8.UTFMax)]))
}

// fullRune is utf8.FullRune for either input type, without allocating.
func fullRune[S bytestring](s S) bool {
	return utf8.FullRuneInString(string(s[:min(len(s), utf8.UTFMax)]))
}
