package tokenize

import (
	"iter"

	"github.com/go-arabic/arabic/tokenize/internal/ucd"
)

// Sentences returns an iterator over the sentences of s, in order, by the
// sentence rules of UAX #29. Together the sentences cover s exactly: each
// keeps the spaces and the line break that follow it. The Arabic question
// mark ؟ U+061F and full stop ۔ U+06D4 end sentences as '?' and '.' do, and
// since Arabic has no capital letters, a full stop followed by a space and an
// Arabic word always ends one. The Kind of every Token is Other. The iterator
// reads only s and may be ranged over more than once.
func Sentences(s string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		for start := 0; start < len(s); {
			n, _ := sentence(s[start:], true)
			end := start + n
			if !yield(Token{Text: s[start:end], Start: start, End: end}) {
				return
			}
			start = end
		}
	}
}

// The states of the sentence segmenter after a sentence terminator.
const (
	inSentence = iota // no terminator yet
	inClose           // SATerm Close*
	inSpace           // SATerm Close* Sp+
)

func paraSep(c ucd.SB) bool { return c == ucd.SBSep || c == ucd.SBCR || c == ucd.SBLF }

func saTerm(c ucd.SB) bool { return c == ucd.SBATerm || c == ucd.SBSTerm }

// sentence returns the length of the sentence at the start of s, which must
// not be empty, by rules SB1 to SB998 of UAX #29.
func (g *segmenter[T]) sentence() int {
	p, i := g.at(0)
	if i == 0 {
		return 0
	}
	prev := p.SB()            // the rune just before i, for SB3 and SB4
	last := prev              // the last rune other than Extend and Format (SB5)
	beforeTerm := ucd.SBOther // the rune before the terminator, for SB7
	state, term := inSentence, ucd.SBOther
	if saTerm(last) {
		state, term = inClose, last
	}
	for {
		p, size := g.at(i)
		if size == 0 {
			return i
		}
		c := p.SB()
		switch {
		case prev == ucd.SBCR && c == ucd.SBLF: // SB3
		case paraSep(prev): // SB4
			return i
		case c == ucd.SBExtend || c == ucd.SBFormat: // SB5
			i += size
			prev = c
			continue
		case state == inSentence: // SB998
		case last == ucd.SBATerm && c == ucd.SBNumeric: // SB6
			state = inSentence
		case last == ucd.SBATerm && c == ucd.SBUpper && (beforeTerm == ucd.SBUpper || beforeTerm == ucd.SBLower): // SB7
			state = inSentence
		case term == ucd.SBATerm && g.lowerFollows(i): // SB8
			state = inSentence
		case c == ucd.SBSContinue: // SB8a
			state = inSentence
		case saTerm(c): // SB8a
		case state == inClose && (c == ucd.SBClose || c == ucd.SBSp || paraSep(c)): // SB9
			if c == ucd.SBSp {
				state = inSpace
			}
		case state == inSpace && (c == ucd.SBSp || paraSep(c)): // SB10
		default: // SB11
			return i
		}
		if saTerm(c) {
			beforeTerm = last
			state, term = inClose, c
		}
		i += size
		prev, last = c, c
	}
}

// lowerFollows reports whether the runes from i on are a run of runes other
// than OLetter, Upper, Lower, ParaSep and SATerm followed by a Lower: the
// lookahead of rule SB8, after which a full stop does not end a sentence
// ("e.g. the").
func (g *segmenter[T]) lowerFollows(i int) bool {
	for {
		p, size := g.at(i)
		if size == 0 {
			return false
		}
		switch c := p.SB(); {
		case c == ucd.SBLower:
			return true
		case c == ucd.SBOLetter, c == ucd.SBUpper, paraSep(c), saTerm(c):
			return false
		}
		i += size
	}
}
