package stem

import "math/bits"

// light10 is Larkey, Ballesteros and Connell's light10 stemmer ("Improving
// stemming for Arabic information retrieval: light stemming and
// co-occurrence analysis", SIGIR 2002) as Apache Lucene's ArabicStemmer
// implements it, which is the reference this package is tested against.
// The steps, as the paper states them and Lucene codes them:
//
//  1. Remove the first prefix of light10Prefixes that the word starts with
//     and that leaves at least two characters (three for و). Only one is
//     removed.
//  2. Go once through light10Suffixes in order, removing each one the word
//     (as the earlier suffixes left it) ends with, if at least two
//     characters remain. So يها loses ها and then ي.
//
// Lengths are counted as Java counts them, in UTF-16 code units: a
// character outside the Basic Multilingual Plane counts twice. Ill-formed
// bytes, which Lucene never sees, are counted by the rule of utf16Len.
type light10 struct{}

// light10Prefixes are tried in order; the first that matches is removed.
var light10Prefixes = []string{"ال", "وال", "بال", "كال", "فال", "لل", "و"}

// light10Suffixes are each tried once, in order, against what the earlier
// ones left.
var light10Suffixes = []string{"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"}

// The affixes are tried in their tables' order, but only those that can
// match: light10PrefixesStartingWith[b&0x3F] has bit i set when
// light10Prefixes[i] starts with a letter whose second byte has the low
// six bits of b, and light10SuffixesEndingIn does the same for the last
// byte of light10Suffixes. Those bits tell the letters of the affixes
// apart, so a word is compared with at most two affixes for each letter it
// loses, instead of all seventeen. TestLight10Tables derives both tables
// from the affixes.
var (
	light10PrefixesStartingWith = [64]uint16{
		0x27: 1 << 0,      // ا: ال
		0x08: 1<<1 | 1<<6, // و: وال و
		0x28: 1 << 2,      // ب: بال
		0x03: 1 << 3,      // ك: كال
		0x01: 1 << 4,      // ف: فال
		0x04: 1 << 5,      // ل: لل
	}
	light10SuffixesEndingIn = [64]uint16{
		0x27: 1 << 0,             // ا: ها
		0x06: 1<<1 | 1<<3 | 1<<4, // ن: ان ون ين
		0x2A: 1 << 2,             // ت: ات
		0x07: 1<<5 | 1<<7,        // ه: يه ه
		0x29: 1<<6 | 1<<8,        // ة: ية ة
		0x0A: 1 << 9,             // ي: ي
	}
)

func (light10) name() string { return "light10" }

func (light10) stem(word string) string {
	i, j := light10Bounds(word)
	return word[i:j]
}

func (light10) appendStem(dst, word []byte) []byte {
	i, j := light10Bounds(word)
	return append(dst, word[i:j]...)
}

// light10Bounds returns the stem of word as the bounds word[i:j].
func light10Bounds[S ~string | ~[]byte](word S) (i, j int) {
	j = len(word)
	if len(word) < 2 {
		return i, j
	}
	for m := light10PrefixesStartingWith[word[1]&0x3F]; m != 0; m &= m - 1 {
		p := light10Prefixes[bits.TrailingZeros16(m)]
		rest := 2 // characters a prefix must leave
		if len(p) == len("و") {
			rest = 3
		}
		if hasPrefix(word, p) && unitsAtLeast(word[len(p):], rest) {
			i = len(p)
			break
		}
	}
	var tried uint16 // the suffixes up to the last one tried
	for j > i {
		m := light10SuffixesEndingIn[word[j-1]&0x3F] &^ tried
		if m == 0 {
			break
		}
		tried = (m&-m)<<1 - 1
		s := &light10SuffixBytes[bits.TrailingZeros16(m)]
		// A suffix must leave two characters.
		if j-i >= int(s.n) && lastBytes(word[:j], s.n) == s.bytes && unitsAtLeast(word[i:j-int(s.n)], 2) {
			j -= int(s.n)
		}
	}
	return i, j
}

// A suffixBytes is a suffix of two or four bytes as lastBytes reads it, so
// that a word's end is compared with it in one comparison.
type suffixBytes struct {
	bytes uint32
	n     uint8
}

// light10SuffixBytes holds light10Suffixes as suffixBytes.
var light10SuffixBytes = func() []suffixBytes {
	b := make([]suffixBytes, len(light10Suffixes))
	for k, s := range light10Suffixes {
		b[k] = suffixBytes{lastBytes(s, uint8(len(s))), uint8(len(s))}
	}
	return b
}()

// lastBytes returns the last n bytes of s, n being 2 or 4, as a
// little-endian number.
func lastBytes[S ~string | ~[]byte](s S, n uint8) uint32 {
	if n == 2 {
		_ = s[len(s)-2]
		return uint32(s[len(s)-2]) | uint32(s[len(s)-1])<<8
	}
	return load32(s[len(s)-4:])
}

// unitsAtLeast reports whether s is at least k UTF-16 code units long. A
// code unit takes one to three bytes of UTF-8 (a surrogate pair four), so
// n bytes hold at least n/3 units, rounded up, and for what remains of a
// word after an affix the length in bytes mostly answers without
// counting: 3k-2 bytes hold k units.
func unitsAtLeast[S ~string | ~[]byte](s S, k int) bool {
	switch {
	case len(s) >= 3*k-2:
		return true
	case len(s) < k:
		return false
	}
	return utf16Len(s) >= k
}
