package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// span returns the length of the prefix of src that f leaves unchanged. The
// error is nil when that is all of src, transform.ErrEndOfSpan when a change
// starts at n, and transform.ErrShortSrc when, without atEOF, src ends in a
// cut rune or in a letter that may compose with a mark still to come.
//
// This is the hot loop. Arabic letters are two-byte sequences with lead bytes
// 0xD8–0xDB, so they are classified by one lookup in arabicClass without
// decoding, two letters to a load where neither changes; ASCII never
// changes; only other runes are decoded. Letters that ComposeHamza may
// compose are common (ا و ي), so they are not looked at when passed: a mark
// or a removed rune looks back for one instead, which keeps the loop's
// branches predictable. Taking two letters at a time made text already in
// the form a third faster to check (the article after Search: 0.52 of
// utf8.ValidString's time, was 0.79-0.91), and text to change no slower.
func span[S bytestring](f Form, src S, atEOF bool) (n int, err error) {
	trigger := f &^ ComposeHamza // the runes that make span look closer
	if f&ComposeHamza != 0 {
		trigger |= combining
	}
	i := 0
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// Two Arabic letters that f leaves alone, most of a word, pass in
		// one step (arabic2 and arabic2Bits: see translate).
		if i+4 <= len(src) {
			if x := load32(src, i); x&arabic2 == arabic2Bits &&
				(arabicClass[x&3<<6|x>>8&0x3F]|arabicClass[x>>16&3<<6|x>>24&0x3F])&trigger == 0 {
				i += 4
				continue
			}
		}
		var cls Form
		size := 2
		if c-0xD8 <= 0xDB-0xD8 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 { // U+0600–U+06FF
			cls = arabicClass[int(c-0xD8)<<6|int(src[i+1]&0x3F)]
			if cls&trigger == 0 {
				i += 2
				continue
			}
		} else {
			var r rune
			r, size = decodeRune(src[i:])
			if r == utf8.RuneError && size == 1 {
				if !atEOF && !fullRune(src[i:]) {
					return holdBack(f, src, i), transform.ErrShortSrc
				}
				i++ // ill-formed: passes through
				continue
			}
			if cls = class(r); cls&trigger == 0 {
				i += size
				continue
			}
		}
		// Only a mark, or a rune that f removes, can stand between a letter
		// and a mark it composes with; a rune that f folds ends the run.
		if f&ComposeHamza != 0 && (cls&combining != 0 || cls&f&folds == 0) {
			if b, err := composing(f, src, i, atEOF); err != nil {
				return b, err
			}
		}
		if cls&f&^ComposeHamza != 0 {
			return i, transform.ErrEndOfSpan
		}
		i += size // a mark that f keeps
	}
	if !atEOF {
		if b := holdBack(f, src, i); b < i {
			return b, transform.ErrShortSrc
		}
	}
	return i, nil
}

// holdBack returns where the input that is known to be unchanged ends when
// src must stop at i for lack of input: before a letter that may yet compose
// with a mark in the input to come, or else at i.
func holdBack[S bytestring](f Form, src S, i int) int {
	if f&ComposeHamza != 0 {
		if b := letterBefore(f, src, i); b >= 0 {
			return b
		}
	}
	return i
}

// composing looks back from the mark or removed rune at src[i] for a letter
// that composes with a mark at or after i. It returns the letter's position
// with transform.ErrEndOfSpan when one does, with transform.ErrShortSrc
// when src ends before that is known, and a nil error otherwise, with the
// position up to which no rune completes a letter.
func composing[S bytestring](f Form, src S, i int, atEOF bool) (int, error) {
	b := letterBefore(f, src, i)
	if b < 0 {
		return i, nil
	}
	base, n := decodeRune(src[b:])
	m, short := lookahead(f, base, src, b+n, atEOF, 0)
	switch {
	case short:
		return b, transform.ErrShortSrc
	case m.size > 0:
		return b, transform.ErrEndOfSpan
	}
	return m.end, nil
}

// letterBefore returns the position of the letter that ComposeHamza may
// compose, if one precedes src[i] with only marks and runes that f removes
// between them, or -1.
func letterBefore[S bytestring](f Form, src S, i int) int {
	for range maxLookahead {
		if i == 0 {
			return -1
		}
		if c := src[i-1]; c < utf8.RuneSelf {
			return -1 // the common case: a space before the mark
		}
		var r rune
		p := i - 2
		if p >= 0 && src[p]-0xD8 <= 0xDB-0xD8 && src[i-1]&0xC0 == 0x80 {
			// An Arabic letter or mark: the tables answer.
			cls := arabicClass[int(src[p]-0xD8)<<6|int(src[i-1]&0x3F)]
			switch {
			case cls&ComposeHamza != 0:
				return p
			case cls&(combining|f) == 0:
				return -1
			}
			r = rune(src[p]&0x1F)<<6 | rune(src[i-1]&0x3F)
		} else {
			p = i - 1
			for p > 0 && i-p < utf8.UTFMax && !utf8.RuneStart(src[p]) {
				p--
			}
			var n int
			if r, n = decodeRune(src[p:]); p+n != i {
				return -1 // ill-formed
			}
		}
		if combiningClass(r) == 0 && !removes(f, r) {
			return -1
		}
		i = p
	}
	return -1
}

// change appends to dst what f makes of the change that starts src: one
// rune, or a letter with the hamza or maddah mark that composes with it and
// the runes between them. It returns how many bytes of src that took, or
// short when src ends before that is known and more may follow.
func change[S bytestring](f Form, dst []byte, src S, atEOF bool) (out []byte, size int, short bool) {
	start := len(dst)
	r, size := decodeRune(src)
	dst = appendMapped(dst, f, r)
	if f&ComposeHamza == 0 || len(dst) == start {
		return dst, size, false
	}
	base, n := utf8.DecodeLastRune(dst[start:])
	if !composable(base) || settled(f, src, size) {
		return dst, size, false
	}
	// Compose as long as the letter, folded, may compose again: أ folded
	// to ا takes a second maddah after it, as the next pass would.
	baseAt := len(dst) - n
	var blocking uint8
	for composable(base) {
		m, short := lookahead(f, base, src, size, atEOF, blocking)
		if short {
			return dst[:start], 0, true
		}
		if m.size == 0 {
			break
		}
		var kept [maxChange]byte // the marks kept after the letter so far
		marks := append(kept[:0], dst[baseAt+n:]...)
		dst = appendMapped(dst[:baseAt], f, m.composite)
		base, n = utf8.DecodeLastRune(dst[baseAt:])
		dst = append(dst, marks...)
		for _, r := range string(src[size:m.at]) { // the kept marks and removed runes passed over
			dst = appendMapped(dst, f, r)
		}
		size, blocking = m.at+m.size, m.blocking
	}
	return dst, size, false
}

// appendNormalized appends src normalized to f to dst. The caller knows that
// src[:n] is unchanged. When a is not nil, it goes change by change and
// records each change in a; otherwise it translates.
func appendNormalized[S bytestring](f Form, dst []byte, src S, n int, a *Alignment) []byte {
	dst = append(dst, src[:n]...)
	if n == len(src) {
		return dst
	}
	if a == nil {
		return translate(f, f.translation(), dst, src, n)
	}
	i := n
	for {
		m, err := span(f, src[i:], true)
		dst = append(dst, src[i:i+m]...)
		i += m
		if err == nil {
			return dst
		}
		before := len(dst)
		var size int
		dst, size, _ = change(f, dst, src[i:], true)
		a.record(before, i, len(dst)-before, size)
		i += size
	}
}

// maxChange is the most output one change can make: the longest
// decomposition (U+FDFA, 33 bytes), or a composed letter with the marks
// that lookahead passed over. A larger change still works; it allocates.
const maxChange = 4 + maxLookahead*utf8.UTFMax

// transformTo implements Transform: it writes the unchanged runs of src to
// dst as they are and each change as change makes it, stopping where dst is
// full.
func transformTo(f Form, dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	nDst, nSrc = translateInto(f, dst, src, atEOF)
	for nSrc < len(src) {
		n, err := span(f, src[nSrc:], atEOF)
		if room := len(dst) - nDst; n > room {
			// Copy what fits, ending on a rune boundary.
			for room > 0 && !utf8.RuneStart(src[nSrc+room]) {
				room--
			}
			nDst += copy(dst[nDst:], src[nSrc:nSrc+room])
			return nDst, nSrc + room, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], src[nSrc:nSrc+n])
		nSrc += n
		if err != transform.ErrEndOfSpan {
			return nDst, nSrc, err
		}
		var buf [maxChange]byte
		out, size, short := change(f, buf[:0], src[nSrc:], atEOF)
		if short {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if len(out) > len(dst)-nDst {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}
