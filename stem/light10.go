package stem

import (
	"math/bits"
	"strings"
)

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
// character outside the Basic Multilingual Plane counts twice. An
// ill-formed byte, which Lucene never sees, counts as one character, the
// U+FFFD that Go decodes it to.
type light10 struct{}

// light10Prefixes are tried in order; the first that matches is removed.
var light10Prefixes = []string{"ال", "وال", "بال", "كال", "فال", "لل", "و"}

// light10Suffixes are each tried once, in order, against what the earlier
// ones left.
var light10Suffixes = []string{"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"}

// light10PrefixOf gives, for a word's first letter, the prefixes that
// start with it, so that a word is compared with one prefix, or with two
// (وال, then و), instead of seven. It is indexed by the low six bits of
// the letter's second byte, which tell the first letters of the prefixes
// apart; the whole prefix is compared, since other letters share those
// bits. TestLight10Tables checks it against light10Prefixes.
var light10PrefixOf = func() (t [64]light10Prefix) {
	for k := range t {
		// Where no prefix of two or three letters starts with the letter,
		// a head that matches no word: a word reads entry k only if its
		// second byte has the low bits k, which this head's has not.
		t[k] = light10Prefix{head: uint32(k^1) << 8, minLen: 6}
	}
	for _, p := range light10Prefixes {
		e := &t[p[1]&0x3F]
		e.letter = uint16(p[0]) | uint16(p[1])<<8
		if len(p) == 2 {
			e.bare = true
			continue
		}
		e.minLen = uint8(len(p)) + 2 // a prefix must leave two characters
		e.head = load32(p)
		if len(p) == 6 {
			e.tail = uint16(p[4]) | uint16(p[5])<<8
		}
	}
	return t
}()

// A light10Prefix is what light10 removes from a word that starts with
// one letter: a prefix of two or three letters (its four bytes head and,
// for three letters, two more, tail) in a word of at least minLen bytes,
// and, failing that and if bare is set, the letter alone. The bytes are
// little-endian numbers, so that a word is compared with a prefix in one
// or two integer comparisons.
type light10Prefix struct {
	head   uint32
	tail   uint16
	letter uint16
	minLen uint8
	bare   bool
}

// light10SuffixesEndingIn[b&0x3F] has bit i set when light10Suffixes[i]
// ends in a letter whose second byte has the low six bits of b, so that a
// word is compared with at most two suffixes for each letter it loses,
// instead of ten. TestLight10Tables derives it from the suffixes.
var light10SuffixesEndingIn = [64]uint16{
	0x27: 1 << 0,             // ا: ها
	0x06: 1<<1 | 1<<3 | 1<<4, // ن: ان ون ين
	0x2A: 1 << 2,             // ت: ات
	0x07: 1<<5 | 1<<7,        // ه: يه ه
	0x29: 1<<6 | 1<<8,        // ة: ية ة
	0x0A: 1 << 9,             // ي: ي
}

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
	p := &light10PrefixOf[word[1]&0x3F]
	switch n := int(p.minLen) - 2; { // the prefix's length in bytes
	case len(word) >= int(p.minLen) && load32(word[:4]) == p.head &&
		(n == 4 || uint16(word[4])|uint16(word[5])<<8 == p.tail) &&
		unitsAtLeast(word[n:], 2):
		i = n
	case p.bare && uint16(word[0])|uint16(word[1])<<8 == p.letter && unitsAtLeast(word[2:], 3):
		i = 2 // the bare و must leave three characters
	}
	var tried uint16 // the suffixes up to the last one tried
	for j > i {
		m := light10SuffixesEndingIn[word[j-1]&0x3F] &^ tried
		if m == 0 {
			break
		}
		tried = (m&-m)<<1 - 1
		s := &light10SuffixBytes[bits.TrailingZeros16(m)]
		// A suffix must leave two characters, which take two bytes or
		// more, so a word shorter than four bytes keeps it.
		if j-i >= int(s.n)+2 && load32(word[j-4:j])&s.mask == s.bytes && unitsAtLeast(word[i:j-int(s.n)], 2) {
			j -= int(s.n)
		}
	}
	return i, j
}

// A suffixBytes is a suffix of two or four bytes, so that a word's end
// is compared with it in one comparison: the last four bytes of the word
// as a little-endian number, masked, equal bytes.
type suffixBytes struct {
	bytes, mask uint32
	n           uint8
}

// light10SuffixBytes holds light10Suffixes as suffixBytes.
var light10SuffixBytes = func() []suffixBytes {
	b := make([]suffixBytes, len(light10Suffixes))
	for k, s := range light10Suffixes {
		pad := strings.Repeat("\x00", 4-len(s)) // the bytes before the suffix, masked off
		b[k] = suffixBytes{load32(pad + s), ^uint32(0) << (8 * len(pad)), uint8(len(s))}
	}
	return b
}()

// unitsAtLeast reports whether s is at least k UTF-16 code units long. A
// unit takes one to three bytes of UTF-8 (a surrogate pair four, an
// ill-formed byte one), so n bytes hold at least n/3 units, rounded up,
// and for what remains of a word after an affix the length in bytes
// mostly answers without counting: 3k-2 bytes hold k units.
func unitsAtLeast[S ~string | ~[]byte](s S, k int) bool {
	if len(s) >= 3*k-2 {
		return true
	}
	units := 0
	for _, r := range string(s) { // no conversion: the compiler ranges over s
		units++
		if r > 0xFFFF {
			units++ // a surrogate pair
		}
	}
	return units >= k
}
