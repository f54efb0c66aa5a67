package tokenize

import "github.com/go-arabic/arabic/tokenize/internal/ucd"

// input is the text a segmenter reads: the string and []byte forms of the API
// share one implementation, instantiated once for each.
type input interface{ ~string | ~[]byte }

// illFormed is the property of a byte that does not begin a well-formed
// UTF-8 sequence. Its Word_Break and Sentence_Break values are Other, and the
// segmenters give the byte a segment of its own.
const illFormed ucd.Prop = 1 << 15

// propAt returns the properties and the size of the rune at s[i:], which must
// not be empty. An ill-formed byte has the properties illFormed and size 1.
// It decodes by hand rather than through package utf8 so that one function
// serves strings and byte slices without conversions.
func propAt[T input](s T, i int) (ucd.Prop, int) {
	c0 := s[i]
	if c0 < 0x80 {
		return propLow[c0], 1
	}
	n := len(s) - i
	switch {
	case c0 < 0xC2:
	case c0 < 0xE0:
		if n >= 2 && s[i+1]&0xC0 == 0x80 {
			return propLow[rune(c0&0x1F)<<6|rune(s[i+1]&0x3F)], 2
		}
	case c0 < 0xF0:
		if n >= 3 && inSecond(c0, s[i+1]) && s[i+2]&0xC0 == 0x80 {
			return lookup(rune(c0&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)), 3
		}
	case c0 < 0xF5:
		if n >= 4 && inSecond(c0, s[i+1]) && s[i+2]&0xC0 == 0x80 && s[i+3]&0xC0 == 0x80 {
			return lookup(rune(c0&0x07)<<18 | rune(s[i+1]&0x3F)<<12 | rune(s[i+2]&0x3F)<<6 | rune(s[i+3]&0x3F)), 4
		}
	}
	return illFormed, 1
}

// inSecond reports whether c1 may follow the lead byte c0 of a three- or
// four-byte sequence: the ranges exclude overlong forms, surrogates and
// code points above U+10FFFF (The Unicode Standard, Table 3-7).
func inSecond(c0, c1 byte) bool {
	switch c0 {
	case 0xE0:
		return 0xA0 <= c1 && c1 <= 0xBF
	case 0xED:
		return 0x80 <= c1 && c1 <= 0x9F
	case 0xF0:
		return 0x90 <= c1 && c1 <= 0xBF
	case 0xF4:
		return 0x80 <= c1 && c1 <= 0x8F
	}
	return c1&0xC0 == 0x80
}

// incomplete reports whether s[i:] could be the start of a well-formed UTF-8
// sequence cut off by the end of s: more input might complete it.
func incomplete[T input](s T, i int) bool {
	c0 := s[i]
	need := 0
	switch {
	case 0xC2 <= c0 && c0 < 0xE0:
		need = 2
	case 0xE0 <= c0 && c0 < 0xF0:
		need = 3
	case 0xF0 <= c0 && c0 < 0xF5:
		need = 4
	}
	n := len(s) - i
	if n >= need {
		return false
	}
	if n > 1 && !inSecond(c0, s[i+1]) {
		return false
	}
	for j := i + 2; j < len(s); j++ {
		if s[j]&0xC0 != 0x80 {
			return false
		}
	}
	return true
}

// lookup returns the properties of r, which must be a valid code point of
// three or four bytes in UTF-8. Three loads through tables.go: the top stage
// by bits 12–20, the middle by bits 6–11, the bottom by bits 0–5, which
// indexes the palette.
func lookup(r rune) ucd.Prop {
	mid := int(propTop[r>>12])<<6 | int(r>>6&0x3F)
	return propPalette[propBottom[int(propMiddle[mid])<<6|int(r&0x3F)]]
}
