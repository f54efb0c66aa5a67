package stem

// The algorithms take a word as a string (Stem) or a byte slice
// (AppendStem). These helpers serve either kind, so that one generic core
// serves both and no conversion copies.

// utf16Len returns the length of s in UTF-16 code units: one for each byte
// that is not a UTF-8 continuation byte (so one for each character, and
// for each ill-formed byte but a stray continuation byte), and one more for
// each lead byte of a four-byte sequence, which UTF-16 writes as a
// surrogate pair. It counts eight bytes at a time.
func utf16Len[S ~string | ~[]byte](s S) int {
	// Words are short: count them in one or two loads of eight or four
	// bytes, where the second load overlaps the first and shifts out the
	// bytes counted already, and the zero bytes shifted in are subtracted.
	switch n := len(s); {
	case n >= 8:
		units, i := 0, 0
		for ; i+8 < n; i += 8 {
			units += utf16Len8(load64(s[i : i+8]))
		}
		z := i + 8 - n
		return units + utf16Len8(load64(s[n-8:])>>(8*z)) - z
	case n >= 4:
		z := 8 - n
		x := uint64(load32(s[:4])) | uint64(load32(s[n-4:])>>(8*(4-(n-4))))<<32
		return utf16Len8(x) - z
	default:
		units := 0
		for i := range n {
			if c := s[i]; c&0xC0 != 0x80 {
				units++
				if c >= 0xF0 {
					units++
				}
			}
		}
		return units
	}
}

// utf16Len8 is utf16Len of the eight bytes of x: it counts the bytes that
// are not continuation bytes (10xxxxxx), and those that lead four-byte
// sequences (1111xxxx) twice. A zero byte counts one.
func utf16Len8(x uint64) int {
	const high = 0x8080808080808080 // bit 7 of each byte
	// Shifting x left by k brings bit 7-k of each byte to bit 7.
	units := (^x|x<<1)&high>>7 + x&(x<<1)&(x<<2)&(x<<3)&high>>7
	// Each byte of units is 0, 1 or 2; the multiplication adds them all
	// up in the top byte, without a call to count bits.
	return int(units * 0x0101010101010101 >> 56)
}

// load64 returns the eight bytes of b as a little-endian number. With the
// length of b known, the compiler makes it one load. load32 does the same
// with four bytes.
func load64[S ~string | ~[]byte](b S) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func load32[S ~string | ~[]byte](b S) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// charCount returns the number of characters in s as the Snowball runtime
// counts them: the bytes that are not UTF-8 continuation bytes.
func charCount[S ~string | ~[]byte](s S) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// hasPrefix is strings.HasPrefix for either kind of byte string. Affixes
// are a few bytes long, and comparing them byte by byte, inline, is faster
// than calling the runtime to compare them.
func hasPrefix[S ~string | ~[]byte](s S, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i] != prefix[i] {
			return false
		}
	}
	return true
}

// hasSuffix is strings.HasSuffix for either kind of byte string. It
// compares from the end: the last byte of an Arabic letter tells it from
// the others, so most mismatches are found at the first comparison.
func hasSuffix[S ~string | ~[]byte](s S, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	s = s[len(s)-len(suffix):]
	for i := len(suffix) - 1; i >= 0; i-- {
		if s[i] != suffix[i] {
			return false
		}
	}
	return true
}
