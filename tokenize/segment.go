package tokenize

import "github.com/go-arabic/arabic/tokenize/internal/ucd"

// segment returns the length and kind of the segment at the start of s, and
// whether more input could change them (only when atEOF is false). It, not
// the generic segmenter, is what the iterators, cursors and split functions
// call, and it is never inlined: callers in other packages inline the
// iterators, and once the segmenter's methods were inlined there too, the
// compiler moved the segmenter to the heap, one allocation per token.
// Behind a call it stays on this function's stack.
//
// Most segments of Arabic text are words of the Arabic block and single
// spaces and punctuation marks, before a rune that ends them whatever
// follows. Two shortcuts take those, inlined here, and give the same
// segments as the segmenter, only sooner; the segmenter decides the rest.
//
//go:noinline
func segment[T input](s T, atEOF bool) (n int, k Kind, short bool) {
	if n := arabicLetters(s); n > 0 && n < len(s) && arabicEnd[s[n]] {
		return n, Word, false
	}
	if k := lone(s); k != Other {
		return 1, k, false
	}
	g := segmenter[T]{s: s, atEOF: atEOF}
	n, k = g.next()
	return n, k, g.short
}

// sentence is segment for sentences: it returns the length of the sentence
// at the start of s, and whether more input could change it. It is not
// inlined, for the same reason.
//
//go:noinline
func sentence[T input](s T, atEOF bool) (n int, short bool) {
	g := segmenter[T]{s: s, atEOF: atEOF}
	n = g.sentence()
	return n, g.short
}

// arabicLetters returns the length of the run at the start of s of a letter
// of the Arabic block (U+0600–U+06FF) and the letters and marks that follow
// it, and 0 if s does not start with such a letter. No rule breaks inside
// the run (WB4, WB5); an ASCII rune of arabicEnd after it ends the word.
// The loop makes one load of arabicWord and one branch a rune, where a
// switch on the properties cost a mispredicted branch in many words.
func arabicLetters[T input](s T) int {
	if len(s) < 2 || uint(s[0])-0xD8 > 3 || arabicWord[s[0]&3][s[1]] != wordLetter {
		return 0
	}
	i := 2
	for uint(i+1) < uint(len(s)) && uint(s[i])-0xD8 <= 3 && arabicWord[s[i]&3][s[i+1]] != 0 {
		i += 2
	}
	return i
}

// lone returns the kind of the segment at the start of s if it is an ASCII
// rune of asciiLone, a space or a punctuation mark, before an ASCII rune
// other than a space or a full stop, or before an Arabic letter: a rune
// that ends the segment whatever follows (WB3d, WB4, and the ellipsis
// tailoring). Otherwise it returns Other.
func lone[T input](s T) Kind {
	if len(s) > 2 && (s[1] < 0x80 && s[1] != ' ' && s[1] != '.' ||
		uint(s[1])-0xD8 <= 3 && arabicWord[s[1]&3][s[2]] == wordLetter) {
		return asciiLone[s[0]]
	}
	return Other
}

// The classes of arabicWord.
const (
	wordLetter = 1 // an Arabic letter other than the tatweel: WB5 joins it to a letter before
	wordMark   = 2 // a mark or format character, Word_Break Extend or Format: WB4 keeps it in its word
)

// A segmenter finds the segment at the start of s. With atEOF false, s may
// be followed by more input: when a decision needs bytes beyond the end of s,
// the segmenter sets short, and its result must not be used.
type segmenter[T input] struct {
	s     T
	atEOF bool
	short bool
}

// at returns the properties and size of the rune at s[i:]. At the end of s,
// or at a rune cut off by the end of s while more input may follow, it
// returns size 0 (and sets short unless atEOF). The runes of one and two
// bytes, which make up almost all Arabic text, take the inlined path.
func (g *segmenter[T]) at(i int) (ucd.Prop, int) {
	if p, size := g.low(i); size > 0 {
		return p, size
	}
	return g.atSlow(i)
}

// low returns the properties and size of the rune at s[i:] if it has one or
// two bytes and another byte follows it, and size 0 otherwise. It is small
// enough to be inlined in the loop of word, where it saves a call per rune.
func (g *segmenter[T]) low(i int) (ucd.Prop, int) {
	if uint(i+1) < uint(len(g.s)) {
		c0, c1 := uint(g.s[i]), uint(g.s[i+1])
		if c0 < 0x80 {
			return propLow[c0], 1
		}
		if c0-0xC2 < 0xE0-0xC2 && c1&0xC0 == 0x80 {
			return propLow[(c0&0x1F)<<6|c1&0x3F], 2
		}
	}
	return 0, 0
}

func (g *segmenter[T]) atSlow(i int) (ucd.Prop, int) {
	if i >= len(g.s) {
		g.short = g.short || !g.atEOF
		return 0, 0
	}
	p, size := propAt(g.s, i)
	if p == illFormed && !g.atEOF && incomplete(g.s, i) {
		g.short = true
		return 0, 0
	}
	return p, size
}

// skipIgnored returns the first index at or after i of a rune that is not
// Extend, Format or ZWJ: the rune that rule WB4 makes the next one the other
// rules see. It also returns that rune's properties and size (0 at the end).
func (g *segmenter[T]) skipIgnored(i int) (int, ucd.Prop, int) {
	for {
		p, size := g.at(i)
		if size == 0 || !ignored(p.WB()) {
			return i, p, size
		}
		i += size
	}
}

func ignored(w ucd.WB) bool {
	return w == ucd.WBExtend || w == ucd.WBFormat || w == ucd.WBZWJ
}

// ahLetter is the AHLetter of UAX #29: ALetter or Hebrew_Letter.
func ahLetter(w ucd.WB) bool { return w == ucd.WBALetter || w == ucd.WBHebrewLetter }

// midLetterQ is (MidLetter | MidNumLetQ) of rules WB6 and WB7.
func midLetterQ(w ucd.WB) bool {
	return w == ucd.WBMidLetter || w == ucd.WBMidNumLet || w == ucd.WBSingleQuote
}

// midNumQ is (MidNum | MidNumLetQ) of rules WB11 and WB12.
func midNumQ(w ucd.WB) bool {
	return w == ucd.WBMidNum || w == ucd.WBMidNumLet || w == ucd.WBSingleQuote
}

func arabic(p ucd.Prop) bool { return p&ucd.ScriptMask == ucd.ScriptArabic }

// next returns the length and kind of the segment at the start of s, which
// must not be empty.
func (g *segmenter[T]) next() (int, Kind) {
	p, size := g.low(0)
	if size == 0 {
		p, size = g.atSlow(0)
	}
	switch {
	case size == 0:
		return 0, Other
	case p == illFormed:
		return 1, Other
	}
	switch p.WB() {
	case ucd.WBCR: // WB3: CR × LF; WB3a: break after CR, LF and Newline
		if q, _ := g.at(1); q.WB() == ucd.WBLF {
			return 2, Space
		}
		return 1, Space
	case ucd.WBLF, ucd.WBNewline:
		return size, Space
	case ucd.WBWSegSpace:
		// The common case first: a run of spaces (WB3d) before a rune
		// that does not join it (not Extend, Format or ZWJ).
		i := size
		for {
			q, n := g.low(i)
			if n == 0 {
				break
			}
			if q.WB() == ucd.WBWSegSpace {
				i += n
				continue
			}
			if !ignored(q.WB()) {
				return i, Space
			}
			break
		}
	case ucd.WBALetter:
		if arabic(p) && p&ucd.Tatweel == 0 {
			return g.word(p, size) // no tailoring below starts with an Arabic letter
		}
	}
	switch {
	case p&ucd.Tatweel != 0:
		// Tailoring: a tatweel that does not follow a letter is a dash
		// (ـ11, ـلا), so it is punctuation and the word after it is a
		// word of its own.
		return g.tatweels(0), Punct
	case g.s[0] == '.':
		if g.hasPrefix(1, ".") {
			// Tailoring: a run of full stops is one ellipsis.
			i := 2
			for g.hasPrefix(i, ".") {
				i++
			}
			j, _, _ := g.skipIgnored(i)
			return j, Punct
		}
	case g.s[0] == '#' || g.s[0] == '@':
		// Tailoring: hashtags and mentions stay whole.
		if n, k := g.tag(); n > 0 {
			return n, k
		}
	case p&ucd.ScriptMask == ucd.ScriptLatin && size == 1 || p.WB() == ucd.WBNumeric && size == 1:
		// Tailoring: URLs and e-mail addresses stay whole.
		if n := g.link(); n > 0 {
			return n, Latin
		}
	}
	return g.word(p, size)
}

// tatweels returns the end of the run of tatweels (with the marks they carry)
// that starts at i.
func (g *segmenter[T]) tatweels(i int) int {
	for {
		p, size := g.at(i)
		if size == 0 || p&ucd.Tatweel == 0 && !ignored(p.WB()) {
			return i
		}
		i += size
	}
}

// kindOf returns the kind of a segment that starts with a rune of
// properties p, before any letter or digit is seen.
func kindOf(p ucd.Prop) Kind {
	return upgrade([...]Kind{Other, Punct, Symbol, Space}[p&ucd.ClassMask>>12], p)
}

// upgrade returns the kind of a segment of kind k once it takes in a rune of
// properties p: a letter makes it a word, a digit a number.
func upgrade(k Kind, p ucd.Prop) Kind {
	switch {
	case k == Word || k == Latin:
		return k
	case p&ucd.ScriptMask == ucd.ScriptLatin:
		return Latin
	case p&ucd.ScriptMask != 0:
		return Word
	case p.WB() == ucd.WBNumeric:
		return Number
	}
	return k
}

// word returns the end and kind of the segment that starts with the rune of
// properties first and size bytes at the start of s, following the rules of
// UAX #29 from WB3c on, with the tailorings of the package documentation.
func (g *segmenter[T]) word(first ucd.Prop, size int) (int, Kind) {
	last := first     // the last rune that rules WB5 to WB16 see
	prev := last.WB() // the rune just before i, for WB3c and WB3d
	i := size
	k := kindOf(last)
	regional := 0 // regional indicators in a row up to last, for WB15 and WB16
	letters := 0  // Arabic letters up to last, for the tatweel tailoring
runes:
	for {
		if last.WB() == ucd.WBRegionalIndicator {
			regional++
		} else {
			regional = 0
		}
		if arabic(last) && last&ucd.Tatweel == 0 {
			letters++
		}
		k = upgrade(k, last)
		if last&(ucd.ScriptMask|ucd.WBMask|ucd.Tatweel) == ucd.ScriptArabic|ucd.Prop(ucd.WBALetter) {
			i, last, prev, letters = g.arabicRun(i, last, prev, letters)
		}
		for {
			p, size := g.low(i)
			if size == 0 {
				if p, size = g.atSlow(i); size == 0 || p == illFormed {
					return i, k
				}
			}
			c := p.WB()
			// The common case first: a letter after a letter of the same
			// script (WB5), which changes none of the counts but letters.
			if c == ucd.WBALetter && last.WB() == ucd.WBALetter && p&ucd.Tatweel == 0 && arabic(p) == arabic(last) {
				i += size
				last, prev = p, c
				if arabic(p) {
					letters++
				}
				continue
			}
			switch {
			case ignored(c): // WB4
				i += size
				prev = c
				continue
			case c == ucd.WBCR || c == ucd.WBLF || c == ucd.WBNewline: // WB3a, WB3b
				return i, k
			case prev == ucd.WBZWJ && p&ucd.ExtPict != 0, // WB3c
				prev == ucd.WBWSegSpace && c == ucd.WBWSegSpace: // WB3d
				i += size
				last, prev = p, c
				continue runes
			}
			next, q := g.join(last, p, i, size, letters, regional)
			if next == i {
				return i, k // WB999
			}
			i = next
			last, prev = q, q.WB()
			continue runes
		}
	}
}

// arabicRun is the loop of word for the runes of the Arabic block
// (U+0600–U+06FF), all of two bytes, after an Arabic letter: letters join
// (WB5) and marks are skipped (WB4), with no more work than a table lookup.
// It stops before any other rune, or a tatweel, and returns the state that
// word carries on with.
func (g *segmenter[T]) arabicRun(i int, last ucd.Prop, prev ucd.WB, letters int) (int, ucd.Prop, ucd.WB, int) {
	for uint(i+1) < uint(len(g.s)) {
		c0, c1 := uint(g.s[i]), uint(g.s[i+1])
		if c0-0xD8 > 0xDB-0xD8 || c1&0xC0 != 0x80 {
			break
		}
		p := propLow[(c0&0x1F)<<6|c1&0x3F]
		switch p & (ucd.ScriptMask | ucd.WBMask | ucd.Tatweel) {
		case ucd.ScriptArabic | ucd.Prop(ucd.WBALetter):
			last, prev = p, ucd.WBALetter
			letters++
		case ucd.Prop(ucd.WBExtend):
			prev = ucd.WBExtend
		default:
			return i, last, prev, letters
		}
		i += 2
	}
	return i, last, prev, letters
}

// join applies rules WB5 to WB16 to the rune p (size bytes at i) that
// follows the rune last. It returns the end of the runes it adds to the
// segment and the last of them, or i when the segment ends before p.
// letters and regional count the Arabic letters and the regional indicators
// in a row before p.
func (g *segmenter[T]) join(last, p ucd.Prop, i, size, letters, regional int) (int, ucd.Prop) {
	c := p.WB()
	switch last.WB() {
	case ucd.WBALetter, ucd.WBHebrewLetter:
		switch {
		case ahLetter(c) && p&ucd.Tatweel != 0 && arabic(last):
			return g.tatweelsInWord(i, letters), p
		case ahLetter(c):
			if arabic(last) != arabic(p) {
				return i, last // tailoring: a change of script between Arabic and other letters
			}
			return i + size, p // WB5
		case c == ucd.WBNumeric, c == ucd.WBExtendNumLet: // WB9, WB13a
			return i + size, p
		case midLetterQ(c):
			// WB6, WB7; tailoring: not next to Arabic letters, since Arabic
			// writes no full stop, colon or apostrophe inside a word.
			if j, d, n := g.skipIgnored(i + size); ahLetter(d.WB()) && !arabic(last) && !arabic(d) {
				return j + n, d
			}
			if last.WB() == ucd.WBHebrewLetter && c == ucd.WBSingleQuote { // WB7a
				return i + size, p
			}
		case c == ucd.WBDoubleQuote && last.WB() == ucd.WBHebrewLetter: // WB7b, WB7c
			if j, d, n := g.skipIgnored(i + size); d.WB() == ucd.WBHebrewLetter {
				return j + n, d
			}
		}
	case ucd.WBNumeric:
		switch {
		case c == ucd.WBNumeric, ahLetter(c), c == ucd.WBExtendNumLet: // WB8, WB10, WB13a
			return i + size, p
		case midNumQ(c) || c == ucd.WBMidLetter && g.s[i] == ':':
			// WB11, WB12; tailoring: a colon between digits (10:30) too.
			if j, d, n := g.skipIgnored(i + size); d.WB() == ucd.WBNumeric {
				return j + n, d
			}
		}
	case ucd.WBKatakana:
		if c == ucd.WBKatakana || c == ucd.WBExtendNumLet { // WB13, WB13a
			return i + size, p
		}
	case ucd.WBExtendNumLet:
		if ahLetter(c) || c == ucd.WBNumeric || c == ucd.WBKatakana || c == ucd.WBExtendNumLet { // WB13a, WB13b
			return i + size, p
		}
	case ucd.WBRegionalIndicator:
		if c == ucd.WBRegionalIndicator && regional%2 == 1 { // WB15, WB16
			return i + size, p
		}
	}
	return i, last
}

// tatweelsInWord applies the tatweel tailoring to the run of tatweels at i,
// which follows an Arabic letter: the run stays in the word when a letter or
// a digit follows it (الـ84), or when it ends a word of one or two letters,
// which it marks as a prefix (بـ, الـ); after a longer word it is a dash
// (الإحصاءـ), punctuation of its own.
func (g *segmenter[T]) tatweelsInWord(i, letters int) int {
	j := g.tatweels(i)
	if d, _ := g.at(j); arabic(d) && ahLetter(d.WB()) || d.WB() == ucd.WBNumeric || letters < 3 {
		return j
	}
	return i
}
