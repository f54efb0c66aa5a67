package clitic

import "github.com/go-arabic/arabic/internal/clitic/lexicon"

// maxLetters bounds the words the rules analyze: longer ones, which no
// Arabic word is, stay whole.
const maxLetters = 2 * lexicon.MaxKeyLetters

// The classes of tables.go that are no letters. Marks and tatweel stay
// with the letter before them; fathatan and kasratan are marks that some
// rules read.
const (
	classMark     = 48
	classTatweel  = 49
	classFathatan = 50
	classKasratan = 51
)

// The letters the rules tell apart from others of their code, as offsets
// from U+0600 (the Arabic block, where each is two bytes in UTF-8).
const (
	rawAlef        = 'ا' - 0x600
	rawAlefHamza   = 'أ' - 0x600
	rawWaw         = 'و' - 0x600
	rawYeh         = 'ي' - 0x600
	rawLam         = 'ل' - 0x600
	rawOtherLetter = 0xFF // a letter outside the Arabic block
)

// A word is a word as the rules see it: its letters without marks or
// tatweel, as codes and as written, and where each starts in the word.
type word struct {
	n        int
	code     [maxLetters]uint8     // lexicon letter codes
	raw      [maxLetters]uint8     // the letters as written, minus U+0600
	start    [maxLetters + 1]int32 // byte offset of each letter; start[n] is len(word)
	lo, hi   uint64                // the codes packed as lookup keys pack them: letters 0–9 and 10–19
	tanween  bool                  // the word ends in an alef with tanween (ـاً)
	kasratan bool                  // the word ends in a letter with kasratan (ـٍ)
	folded   bool                  // see Folded
}

// read fills w from s and reports whether s is a word the rules may split:
// letters of the Arabic script of two bytes in UTF-8, each followed by any
// marks, tatweel, joiners and directional marks.
func (w *word) read(s string) bool {
	n := 0
	var key uint64 // the codes of the letters from 10*(n/10) on
	shift := 0
	fathatan, kasratan := -1, -1 // the letters that last took these marks
	for i := 0; i < len(s); {
		var class, raw uint8
		size := 2
		if c0 := s[i] - 0xD8; c0 <= 3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// U+0600–U+06FF, the Arabic block: most words have no other runes.
			raw = c0<<6 | s[i+1]&0x3F
			class = classes[raw]
		} else {
			class, size = otherRune(s[i:])
			raw = rawOtherLetter
		}
		switch {
		case class == 0:
			return false
		case class < classMark:
			if n == maxLetters {
				return false
			}
			w.code[n], w.raw[n], w.start[n] = class, raw, int32(i)
			key |= uint64(class) << shift
			if shift += lexicon.CodeBits; shift == lexicon.CodeBits*lexicon.MaxKeyLetters {
				w.lo, key, shift = key, 0, 0
			}
			n++
		case n == 0:
			return false // a mark before any letter
		case class == classFathatan:
			fathatan = n - 1
		case class == classKasratan:
			kasratan = n - 1
		}
		i += size
	}
	if n < lexicon.MaxKeyLetters {
		w.lo, w.hi = key, 0
	} else {
		w.hi = key
	}
	w.n = n
	w.start[n] = int32(len(s))
	w.tanween = n > 0 && w.raw[n-1] == rawAlef && fathatan >= n-2
	w.kasratan = n > 0 && kasratan == n-1
	return n > 0
}

// otherRune returns the class and size of the rune at the start of s,
// which is not in the Arabic block: a letter of the Arabic Supplement
// U+0750–U+077F, a mark for the joiners and directional marks
// U+200C–U+200F, or 0.
func otherRune(s string) (class uint8, size int) {
	switch {
	case len(s) >= 2 && s[0] == 0xDD && 0x90 <= s[1] && s[1] <= 0xBF:
		return lexicon.OtherLetter, 2
	case len(s) >= 3 && s[0] == 0xE2 && s[1] == 0x80 && 0x8C <= s[2] && s[2] <= 0x8F:
		return classMark, 3
	}
	return 0, 1
}

// offset returns the byte offset in the word of letter i.
func (w *word) offset(i int) int { return int(w.start[i]) }

// key returns the lookup key of letters i to j, or 0, which no word of the
// lexicon has, if they are more than a key holds.
func (w *word) key(i, j int) uint64 {
	if j-i > lexicon.MaxKeyLetters {
		return 0
	}
	var v uint64
	if i < lexicon.MaxKeyLetters {
		v = w.lo >> (lexicon.CodeBits * i)
		if i > 0 {
			v |= w.hi << (lexicon.CodeBits * (lexicon.MaxKeyLetters - i))
		}
	} else {
		v = w.hi >> (lexicon.CodeBits * (i - lexicon.MaxKeyLetters))
	}
	return v & (1<<(lexicon.CodeBits*(j-i)) - 1)
}

// lookup returns the sections of the word lists that key is in, or 0.
func lookup(key uint64) lexicon.Flags {
	const mask = 1<<lexiconBits - 1
	for h := lexicon.Slot(key, lexiconBits); ; h = (h + 1) & mask {
		switch lexiconKeys[h] {
		case key:
			return lexiconFlags[h]
		case 0:
			return 0
		}
	}
}

// endsWith reports whether the letters before end are those of suffix.
func (w *word) endsWith(end int, suffix affix) bool {
	return end >= suffix.n && w.key(end-suffix.n, end) == suffix.key
}

// An affix is a sequence of letters as a lookup key.
type affix struct {
	key uint64
	n   int
}

// letters returns the affix of the letter codes.
func letters(codes ...uint8) affix {
	var a affix
	for i, c := range codes {
		a.key |= uint64(c) << (lexicon.CodeBits * i)
	}
	a.n = len(codes)
	return a
}
