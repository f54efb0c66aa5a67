package stem

// The algorithms take a word as a string (Stem) or a byte slice
// (AppendStem). These helpers serve either kind, so that one generic core
// serves both and no conversion copies.

// load32 returns the four bytes of b as a little-endian number. With the
// length of b known, the compiler makes it one load.
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
