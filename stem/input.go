package stem

import "unicode/utf8"

// The algorithms take a word as a string (Stem) or a byte slice
// (AppendStem) and share one generic core between the two. These helpers
// are the standard library's string functions for either kind, written so
// that no conversion copies.

// utf16Len returns the length of s in UTF-16 code units, counting each
// ill-formed byte as one.
func utf16Len[S ~string | ~[]byte](s S) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i, n = i+1, n+1
			continue
		}
		r, size := decodeRune(s[i:])
		i, n = i+size, n+1
		if r > 0xFFFF {
			n++ // a surrogate pair
		}
	}
	return n
}

// decodeRune is utf8.DecodeRuneInString for either kind of byte string.
// The conversion of at most utf8.UTFMax bytes does not escape, so the
// compiler keeps it on the stack.
func decodeRune[S ~string | ~[]byte](s S) (rune, int) {
	return utf8.DecodeRuneInString(string(s[:min(len(s), utf8.UTFMax)]))
}

// hasPrefix is strings.HasPrefix for either kind of byte string.
func hasPrefix[S ~string | ~[]byte](s S, prefix string) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == prefix
}

// hasSuffix is strings.HasSuffix for either kind of byte string.
func hasSuffix[S ~string | ~[]byte](s S, suffix string) bool {
	return len(s) >= len(suffix) && string(s[len(s)-len(suffix):]) == suffix
}

// runeCount is utf8.RuneCount for either kind of byte string. Ranging over
// the conversion does not copy.
func runeCount[S ~string | ~[]byte](s S) int {
	n := 0
	for range string(s) {
		n++
	}
	return n
}
