package clitic

import "github.com/go-arabic/arabic/internal/clitic/lexicon"

// maxLetters bounds the words the rules analyze: longer ones, which no
// Arabic word is, stay whole.
const maxLetters = 2 * lexicon.MaxKeyLetters

// maxWordBytes bounds the words the rules analyze in bytes, which their
// offsets hold in 16 bits: a longer word is a run of marks.
const maxWordBytes = 1<<16 - 1

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
	rawAlef      = 'ا' - 0x600
	rawAlefHamza = 'أ' - 0x600
	rawWaw       = 'و' - 0x600
	rawYeh       = 'ي' - 0x600
	rawLam       = 'ل' - 0x600
)

// A Word is a word as the rules see it: its letters without marks or
// tatweel, as codes and as written, and where each starts in the word.
// Its zero value is ready for Analyze, which fills it; callers keep one on
// the stack, so that nothing allocates. A Word is read and written by its
// methods: one goroutine at a time may use it. The rules and tables are
// read only, so any number of Words may be used at once.
type Word struct {
	Split    // the result of Analyze
	n        int
	code     [maxLetters]uint8      // lexicon letter codes
	raw      [maxLetters]uint8      // the letters as written, minus U+0600
	start    [maxLetters + 1]uint16 // byte offset of each letter; start[n] is len(word)
	lo, hi   uint64                 // the codes packed as lookup keys pack them: letters 0–9 and 10–19
	tanween  bool                   // the word ends in an alef with tanween (ـاً)
	kasratan bool                   // the word ends in a letter with kasratan (ـٍ)
	folded   bool                   // see Analyze
}

// read fills w from s and reports whether s is a word the rules may split:
// letters of the Arabic script of two bytes in UTF-8, each followed by any
// marks, tatweel, joiners and directional marks. A word with a letter
// outside the Arabic alphabet (پ چ ژ گ ڤ) or the Arabic block is a name or
// a word of another language that the rules leave whole.
func (w *Word) read(s string) bool {
	if len(s) > maxWordBytes {
		return false
	}
	if w.readPlain(s) {
		return true
	}
	n := 0
	fathatan, kasratan := -1, -1 // the letters that last took these marks
	for i := 0; i < len(s); {
		var class, raw uint8
		size := 2
		if c0 := s[i] - 0xD8; c0 <= 3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// U+0600–U+06FF, the Arabic block: most words have no other runes.
			raw = c0<<6 | s[i+1]&0x3F
			class = classes[raw]
		} else if len(s)-i >= 3 && s[i] == 0xE2 && s[i+1] == 0x80 && 0x8C <= s[i+2] && s[i+2] <= 0x8F {
			class, size = classMark, 3 // U+200C–U+200F: joiners and directional marks
		}
		switch {
		case class == 0, class == lexicon.OtherLetter:
			return false
		case class < classMark:
			if n == maxLetters {
				return false
			}
			w.code[n], w.raw[n], w.start[n] = class, raw, uint16(i)
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
	w.pack(n, len(s))
	w.tanween = n > 0 && w.raw[n-1] == rawAlef && fathatan >= n-2
	w.kasratan = n > 0 && kasratan == n-1
	return n > 0
}

// readPlain is read for the words of letters of the Arabic block alone,
// two bytes each, without marks, as normalize.Search leaves them: one
// load of the class a letter, and one branch. It reports false, leaving w
// for read to fill, for any other word.
func (w *Word) readPlain(s string) bool {
	n := len(s) / 2
	if n == 0 || n > maxLetters || len(s)%2 != 0 {
		return false
	}
	code, raw, start := w.code[:n], w.raw[:n], w.start[:n]
	for k := range code {
		c0, c1 := s[2*k]-0xD8, s[2*k+1]
		r := c0<<6 | c1&0x3F
		class := classes[r]
		if c0 > 3 || c1&0xC0 != 0x80 || class == 0 || class >= lexicon.OtherLetter {
			return false
		}
		code[k], raw[k], start[k] = class, r, uint16(2*k)
	}
	w.pack(n, len(s))
	return true
}

// pack sets the word's n letters, read from a string of length size, and
// packs their codes as lookup keys do. It clears the marks that read sets
// after it, so that a Word may be reused.
func (w *Word) pack(n, size int) {
	w.n, w.start[n] = n, uint16(size)
	w.tanween, w.kasratan = false, false
	// From the last letter down, so that each shift is by one code.
	var lo, hi uint64
	for k := n - 1; k >= lexicon.MaxKeyLetters; k-- {
		hi = hi<<lexicon.CodeBits | uint64(w.code[k])
	}
	for k := min(n, lexicon.MaxKeyLetters) - 1; k >= 0; k-- {
		lo = lo<<lexicon.CodeBits | uint64(w.code[k])
	}
	w.lo, w.hi = lo, hi
}

// Len returns the number of letters of the word that Analyze read.
func (w *Word) Len() int { return w.n }

// Offset returns the byte offset in the word of letter i, or its length
// for i == Len().
func (w *Word) Offset(i int) int { return int(w.start[i]) }

// Key returns the lookup key of letters i to j (see lexicon.Key) of the
// word that Analyze read, or 0, which no word of the lexicon has, if they
// are more than a key holds.
func (w *Word) Key(i, j int) uint64 {
	mask := uint64(1)<<(lexicon.CodeBits*uint(j-i)) - 1
	if w.hi == 0 {
		return w.lo >> (lexicon.CodeBits * uint(i)) & mask // a word of ten letters or fewer
	}
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
	return v & mask
}

// lookup returns the sections of the word lists that letters i to j are
// in. In folded text, a final ه is looked up as ة too.
func (w *Word) lookup(i, j int) lexicon.Flags {
	k := w.Key(i, j)
	f := lookup(k)
	if w.foldedEnd(j) {
		f |= lookup(withLast(k, j-i, tehMarbuta))
	}
	return f
}

// foldedEnd reports whether letter j-1 is the last letter of a folded word,
// and a ه that may stand for ة.
func (w *Word) foldedEnd(j int) bool {
	return w.folded && j == w.n && w.code[j-1] == heh
}

// lookup returns the sections of the word lists that key is in, or 0.
func lookup(key uint64) lexicon.Flags {
	if f := lexicon.Slot(key, lexicon.FilterBits); lexiconFilter[f/64]&(1<<(f%64)) == 0 {
		return 0
	}
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
func (w *Word) endsWith(end int, suffix affix) bool {
	return end >= suffix.n && w.Key(end-suffix.n, end) == suffix.key
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
