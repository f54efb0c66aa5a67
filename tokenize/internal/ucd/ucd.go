// Package ucd computes the Unicode character properties that package tokenize
// segments text with: the Word_Break and Sentence_Break properties of UAX #29
// (Unicode Text Segmentation), Extended_Pictographic from UTS #51, and a few
// classes of our own (script, tatweel, punctuation or symbol).
//
// Go's unicode package carries the general categories, scripts and core
// properties of the Unicode version the toolchain was built with, but not
// the segmentation properties. UAX #29 defines those (Tables 3 and 4) in terms
// of the core properties plus short lists of code points and two properties
// Go lacks, Line_Break and Extended_Pictographic. [Compute] follows those
// definitions; the lists and the two missing properties are transcribed below
// from the Unicode Character Database 15.0.0 (LineBreak.txt, emoji-data.txt),
// the Unicode version of Go's unicode tables. For every code point, the result
// equals WordBreakProperty.txt and SentenceBreakProperty.txt of Unicode 15.0.0
// (checked against the copy of those files that github.com/rivo/uniseg v0.4.7
// embeds, and by the conformance tests of package tokenize).
//
// The package is imported by package tokenize for the bit layout of [Prop],
// by its table generator (gen.go) and by the test that recomputes the tables.
// The Unicode data it transcribes is © Unicode, Inc., used under the Unicode
// license in LICENSE-UNICODE.
package ucd

import "unicode"

// UnicodeVersion is the version of the Unicode Character Database that
// [Compute] follows: the version of Go's unicode package, whose tables it
// reads, and of the lists below.
const UnicodeVersion = "15.0.0"

// A Prop packs the properties of one code point into 16 bits:
//
//	bits 0–4   Word_Break ([WB] values)
//	bit  5     Extended_Pictographic
//	bits 6–9   Sentence_Break ([SB] values)
//	bits 10–11 script of a letter ([ScriptArabic], [ScriptLatin], [ScriptOther])
//	bits 12–13 class of a non-letter ([ClassPunct], [ClassSymbol], [ClassSpace])
//	bit  14    the Arabic tatweel U+0640
type Prop uint16

// WB is a Word_Break property value (UAX #29, Table 3).
type WB uint8

// The Word_Break values, in the order of UAX #29, Table 3.
const (
	WBOther WB = iota
	WBCR
	WBLF
	WBNewline
	WBExtend
	WBZWJ
	WBRegionalIndicator
	WBFormat
	WBKatakana
	WBHebrewLetter
	WBALetter
	WBSingleQuote
	WBDoubleQuote
	WBMidNumLet
	WBMidLetter
	WBMidNum
	WBNumeric
	WBExtendNumLet
	WBWSegSpace
)

// SB is a Sentence_Break property value (UAX #29, Table 4).
type SB uint8

// The Sentence_Break values, in the order of UAX #29, Table 4.
const (
	SBOther SB = iota
	SBCR
	SBLF
	SBExtend
	SBSep
	SBFormat
	SBSp
	SBLower
	SBUpper
	SBOLetter
	SBNumeric
	SBATerm
	SBSContinue
	SBSTerm
	SBClose
)

// The fields of a Prop.
const (
	WBMask       Prop = 0x1f   // the Word_Break value
	ExtPict      Prop = 1 << 5 // Extended_Pictographic (emoji-data.txt)
	sbShift           = 6
	sbMask       Prop = 0xf << sbShift
	ScriptArabic Prop = 1 << 10 // a letter of the Arabic script, or the tatweel
	ScriptLatin  Prop = 2 << 10 // a letter of the Latin script
	ScriptOther  Prop = 3 << 10 // a letter of any other script
	ScriptMask   Prop = 3 << 10
	ClassPunct   Prop = 1 << 12 // general category P*
	ClassSymbol  Prop = 2 << 12 // general category S*
	ClassSpace   Prop = 3 << 12 // White_Space, other than the above
	ClassMask    Prop = 3 << 12
	Tatweel      Prop = 1 << 14 // U+0640 ARABIC TATWEEL
)

var wbNames = [...]string{
	"Other", "CR", "LF", "Newline", "Extend", "ZWJ", "Regional_Indicator", "Format", "Katakana",
	"Hebrew_Letter", "ALetter", "Single_Quote", "Double_Quote", "MidNumLet", "MidLetter", "MidNum",
	"Numeric", "ExtendNumLet", "WSegSpace",
}

// String returns the name UAX #29 gives w.
func (w WB) String() string { return wbNames[w] }

var sbNames = [...]string{
	"Other", "CR", "LF", "Extend", "Sep", "Format", "Sp", "Lower", "Upper", "OLetter", "Numeric",
	"ATerm", "SContinue", "STerm", "Close",
}

// String returns the name UAX #29 gives s.
func (s SB) String() string { return sbNames[s] }

// String describes p, as in "ALetter|ExtPict SB=OLetter Arabic Punct".
func (p Prop) String() string {
	s := p.WB().String()
	if p&ExtPict != 0 {
		s += "|ExtPict"
	}
	s += " SB=" + p.SB().String()
	s += [...]string{"", " Arabic", " Latin", " OtherScript"}[p&ScriptMask>>10]
	s += [...]string{"", " Punct", " Symbol", " Space"}[p&ClassMask>>12]
	if p&Tatweel != 0 {
		s += " Tatweel"
	}
	return s
}

// WB returns the Word_Break value of p.
func (p Prop) WB() WB { return WB(p & WBMask) }

// SB returns the Sentence_Break value of p.
func (p Prop) SB() SB { return SB(p & sbMask >> sbShift) }

// Compute returns the properties of r.
func Compute(r rune) Prop {
	p := Prop(wordBreak(r)) | Prop(sentenceBreak(r))<<sbShift
	if in(r, extendedPictographic) {
		p |= ExtPict
	}
	switch {
	case r == 0x0640:
		p |= Tatweel | ScriptArabic
	case !unicode.In(r, unicode.L, unicode.Nl) && !isLetter(p.WB()):
		// not a letter: no script
	case unicode.Is(unicode.Arabic, r):
		p |= ScriptArabic
	case unicode.Is(unicode.Latin, r):
		p |= ScriptLatin
	default:
		p |= ScriptOther
	}
	switch {
	case unicode.Is(unicode.P, r):
		p |= ClassPunct
	case unicode.Is(unicode.S, r):
		p |= ClassSymbol
	case unicode.Is(unicode.White_Space, r):
		p |= ClassSpace
	}
	return p
}

// isLetter reports whether the Word_Break value w is one of letters. It gives
// a script to the few letters whose general category is not L or Nl, such
// as U+24B6 CIRCLED LATIN CAPITAL LETTER A (So).
func isLetter(w WB) bool {
	switch w {
	case WBALetter, WBHebrewLetter, WBKatakana:
		return true
	}
	return false
}

// wordBreak follows UAX #29, Table 3 (Unicode 15.0.0). The cases are tested
// in the order that makes each definition's exclusions hold: Extend before
// Format and ALetter, the short lists before Numeric and ALetter.
func wordBreak(r rune) WB {
	switch {
	case r == '\r':
		return WBCR
	case r == '\n':
		return WBLF
	case r == 0x0B, r == 0x0C, r == 0x85, r == 0x2028, r == 0x2029:
		return WBNewline
	case r == 0x200D:
		return WBZWJ
	case r == '"':
		return WBDoubleQuote
	case r == '\'':
		return WBSingleQuote
	case 0x1F1E6 <= r && r <= 0x1F1FF:
		return WBRegionalIndicator
	case graphemeExtend(r) || unicode.Is(unicode.Mc, r) || emojiModifier(r):
		return WBExtend
	case unicode.Is(unicode.Cf, r) && r != 0x200B: // ZWNJ and ZWJ, also Cf, are Extend and ZWJ
		return WBFormat
	case unicode.Is(unicode.Katakana, r) || in(r, katakanaExtra):
		return WBKatakana
	case unicode.Is(unicode.Hebrew, r) && unicode.Is(unicode.Lo, r):
		return WBHebrewLetter
	case in(r, midLetter):
		return WBMidLetter
	case in(r, midNumLet):
		return WBMidNumLet
	case in(r, midNum):
		return WBMidNum
	case numeric(r):
		return WBNumeric
	case unicode.Is(unicode.Pc, r) || r == 0x202F:
		return WBExtendNumLet
	case unicode.Is(unicode.Zs, r) && r != 0xA0 && r != 0x2007 && r != 0x202F:
		return WBWSegSpace
	case (alphabetic(r) || in(r, aLetterExtra)) && !unicode.Is(unicode.Ideographic, r) &&
		!lineBreakComplexContext(r) && !unicode.Is(unicode.Hiragana, r):
		return WBALetter
	}
	return WBOther
}

// sentenceBreak follows UAX #29, Table 4 (Unicode 15.0.0).
func sentenceBreak(r rune) SB {
	switch {
	case r == '\r':
		return SBCR
	case r == '\n':
		return SBLF
	case r == 0x85, r == 0x2028, r == 0x2029:
		return SBSep
	case graphemeExtend(r) || unicode.Is(unicode.Mc, r) || r == 0x200D:
		return SBExtend
	case unicode.Is(unicode.Cf, r): // ZWNJ and ZWJ, also Cf, are Extend
		return SBFormat
	case unicode.Is(unicode.White_Space, r):
		return SBSp
	case georgian(r):
		// SentenceBreakProperty.txt keeps the letters of both Georgian
		// alphabets OLetter, although Unicode 11 gave them cases: Georgian
		// running text is unicameral, so case says nothing about sentences.
		return SBOLetter
	case unicode.In(r, unicode.Ll, unicode.Other_Lowercase):
		return SBLower
	case unicode.In(r, unicode.Lu, unicode.Lt, unicode.Other_Uppercase):
		return SBUpper
	case alphabetic(r) || r == 0xA0 || r == 0x05F3:
		return SBOLetter
	case numeric(r):
		return SBNumeric
	case in(r, aTerm):
		return SBATerm
	case in(r, sContinue):
		return SBSContinue
	case unicode.Is(unicode.Sentence_Terminal, r):
		return SBSTerm
	case unicode.In(r, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf) || in(r, lineBreakQuotation):
		return SBClose
	}
	return SBOther
}

// graphemeExtend is the derived property Grapheme_Extend:
// Me + Mn + Other_Grapheme_Extend.
func graphemeExtend(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Other_Grapheme_Extend)
}

// alphabetic is the derived property Alphabetic:
// Lu + Ll + Lt + Lm + Lo + Nl + Other_Alphabetic.
func alphabetic(r rune) bool {
	return unicode.In(r, unicode.L, unicode.Nl, unicode.Other_Alphabetic)
}

// emojiModifier is the emoji property Emoji_Modifier (emoji-data.txt).
func emojiModifier(r rune) bool { return 0x1F3FB <= r && r <= 0x1F3FF }

// georgian reports whether r is a cased letter (Lu or Ll) of the Mkhedruli or
// Mtavruli alphabet.
func georgian(r rune) bool {
	return (0x10D0 <= r && r <= 0x10FF || 0x1C90 <= r && r <= 0x1CBF) && unicode.In(r, unicode.Lu, unicode.Ll)
}

// numeric is the Numeric of Tables 3 and 4: Line_Break=Numeric
// (LineBreak.txt), which is the decimal digits other than the fullwidth
// ones and the Arabic decimal and thousands separators, plus the fullwidth
// digits U+FF10–U+FF19. That is every decimal digit and the two separators.
// (In Table 3 the thousands separator U+066C is MidNum, which wordBreak
// tests first.)
func numeric(r rune) bool {
	return unicode.Is(unicode.Nd, r) || r == 0x066B || r == 0x066C
}

// lineBreakComplexContext is Line_Break=Complex_Context (SA) for the
// letters and marks it covers: the scripts of South East Asia that are
// written without spaces between words and need a dictionary to segment.
func lineBreakComplexContext(r rune) bool {
	return unicode.In(r, unicode.L, unicode.M) && unicode.In(r, complexContextScripts...)
}

var complexContextScripts = []*unicode.RangeTable{
	unicode.Thai, unicode.Lao, unicode.Myanmar, unicode.Khmer, unicode.Tai_Le,
	unicode.New_Tai_Lue, unicode.Tai_Tham, unicode.Tai_Viet, unicode.Ahom,
}

// A span is a closed range of code points.
type span struct{ lo, hi rune }

func in(r rune, spans []span) bool {
	for _, s := range spans {
		if s.lo <= r && r <= s.hi {
			return true
		}
	}
	return false
}

// The lists of code points that UAX #29, Table 3 names.
var (
	katakanaExtra = []span{{0x3031, 0x3035}, {0x309B, 0x309C}, {0x30A0, 0x30A0}, {0x30FC, 0x30FC}, {0xFF70, 0xFF70}}
	midLetter     = []span{{0x003A, 0x003A}, {0x00B7, 0x00B7}, {0x0387, 0x0387}, {0x055F, 0x055F}, {0x05F4, 0x05F4}, {0x2027, 0x2027}, {0xFE13, 0xFE13}, {0xFE55, 0xFE55}, {0xFF1A, 0xFF1A}}
	midNumLet     = []span{{0x002E, 0x002E}, {0x2018, 0x2019}, {0x2024, 0x2024}, {0xFE52, 0xFE52}, {0xFF07, 0xFF07}, {0xFF0E, 0xFF0E}}
	// MidNum is Line_Break=Infix_Numeric, less the colon, the full stop and
	// U+FE13, plus the Arabic thousands separator and four compatibility forms.
	midNum = []span{
		{0x002C, 0x002C}, {0x003B, 0x003B}, {0x037E, 0x037E}, {0x0589, 0x0589}, {0x060C, 0x060D},
		{0x066C, 0x066C}, {0x07F8, 0x07F8}, {0x2044, 0x2044}, {0xFE10, 0xFE10}, {0xFE14, 0xFE14},
		{0xFE50, 0xFE50}, {0xFE54, 0xFE54}, {0xFF0C, 0xFF0C}, {0xFF1B, 0xFF1B},
	}
	aLetterExtra = []span{
		{0x02C2, 0x02C5}, {0x02D2, 0x02D7}, {0x02DE, 0x02DF}, {0x02E5, 0x02EB}, {0x02ED, 0x02ED},
		{0x02EF, 0x02FF}, {0x055A, 0x055C}, {0x055E, 0x055E}, {0x058A, 0x058A}, {0x05F3, 0x05F3},
		{0xA708, 0xA716}, {0xA720, 0xA721}, {0xA789, 0xA78A}, {0xAB5B, 0xAB5B},
	}
)

// The lists of code points that UAX #29, Table 4 names.
var (
	aTerm     = []span{{0x002E, 0x002E}, {0x2024, 0x2024}, {0xFE52, 0xFE52}, {0xFF0E, 0xFF0E}}
	sContinue = []span{
		{0x002C, 0x002D}, {0x003A, 0x003A}, {0x055D, 0x055D}, {0x060C, 0x060D}, {0x07F8, 0x07F8},
		{0x1802, 0x1802}, {0x1808, 0x1808}, {0x2013, 0x2014}, {0x3001, 0x3001}, {0xFE10, 0xFE11},
		{0xFE13, 0xFE13}, {0xFE31, 0xFE32}, {0xFE50, 0xFE51}, {0xFE55, 0xFE55}, {0xFE58, 0xFE58},
		{0xFE63, 0xFE63}, {0xFF0C, 0xFF0D}, {0xFF1A, 0xFF1A}, {0xFF64, 0xFF64},
	}
	// lineBreakQuotation is Line_Break=Quotation (LineBreak.txt) less the
	// code points already of general category Pi or Pf.
	lineBreakQuotation = []span{
		{0x0022, 0x0022}, {0x0027, 0x0027}, {0x275B, 0x2760}, {0x2E00, 0x2E01}, {0x2E06, 0x2E08},
		{0x2E0B, 0x2E0B}, {0x1F676, 0x1F678},
	}
)

// extendedPictographic is Extended_Pictographic (emoji-data.txt, Unicode
// 15.0.0). It includes unassigned code points in the emoji blocks, reserved
// for future emoji.
var extendedPictographic = []span{
	{0x00A9, 0x00A9}, {0x00AE, 0x00AE}, {0x203C, 0x203C}, {0x2049, 0x2049}, {0x2122, 0x2122},
	{0x2139, 0x2139}, {0x2194, 0x2199}, {0x21A9, 0x21AA}, {0x231A, 0x231B}, {0x2328, 0x2328},
	{0x2388, 0x2388}, {0x23CF, 0x23CF}, {0x23E9, 0x23F3}, {0x23F8, 0x23FA}, {0x24C2, 0x24C2},
	{0x25AA, 0x25AB}, {0x25B6, 0x25B6}, {0x25C0, 0x25C0}, {0x25FB, 0x25FE}, {0x2600, 0x2605},
	{0x2607, 0x2612}, {0x2614, 0x2685}, {0x2690, 0x2705}, {0x2708, 0x2712}, {0x2714, 0x2714},
	{0x2716, 0x2716}, {0x271D, 0x271D}, {0x2721, 0x2721}, {0x2728, 0x2728}, {0x2733, 0x2734},
	{0x2744, 0x2744}, {0x2747, 0x2747}, {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755},
	{0x2757, 0x2757}, {0x2763, 0x2767}, {0x2795, 0x2797}, {0x27A1, 0x27A1}, {0x27B0, 0x27B0},
	{0x27BF, 0x27BF}, {0x2934, 0x2935}, {0x2B05, 0x2B07}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50},
	{0x2B55, 0x2B55}, {0x3030, 0x3030}, {0x303D, 0x303D}, {0x3297, 0x3297}, {0x3299, 0x3299},
	{0x1F000, 0x1F0FF}, {0x1F10D, 0x1F10F}, {0x1F12F, 0x1F12F}, {0x1F16C, 0x1F171}, {0x1F17E, 0x1F17F},
	{0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F1AD, 0x1F1E5}, {0x1F201, 0x1F20F}, {0x1F21A, 0x1F21A},
	{0x1F22F, 0x1F22F}, {0x1F232, 0x1F23A}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F3FA}, {0x1F400, 0x1F53D},
	{0x1F546, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F774, 0x1F77F}, {0x1F7D5, 0x1F7FF}, {0x1F80C, 0x1F80F},
	{0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F}, {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8FF}, {0x1F90C, 0x1F93A},
	{0x1F93C, 0x1F945}, {0x1F947, 0x1FAFF}, {0x1FC00, 0x1FFFD},
}
