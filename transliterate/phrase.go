package transliterate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phrase schemes
//
// A romanization that spells words rather than letters needs their
// neighbours: the article and the sun letters, the construct state of a
// word ending in ta marbuta, Abd and Abu compounds, bin between two names.
// A phrase scheme therefore hands its romanizer whole phrases: a phrase is a
// maximal run of Arabic-script words (see isWordRune) separated by single
// spaces (U+0020), within one line. The romanizer appends the romanization of
// the phrase, spaces included, and nothing else. Everything outside phrases
// (other spaces, newlines, Latin text, digits, punctuation) goes through the
// rune table phrasePunctuation: Arabic digits become ASCII digits, Arabic
// punctuation becomes its Latin counterpart, and the rest is copied.
//
// A phrase is at most maxPhrase bytes long: a longer run is cut after the
// last word that ends within maxPhrase bytes (or, for a single word longer
// than that, after the last rune that does). The cut depends on the text
// alone, so streaming gives the same result as one call. If a phrase's
// romanization is longer than maxOutput bytes (text made of ligatures such as
// ﷺ can be), it is cut shorter, at a word boundary where possible, by the
// ratio of output to input, until it fits; the rest starts a new phrase.
//
// To define a phrase scheme, write its romanizer and call newPhraseScheme
// in a package-level variable declaration:
//
//	var ALALC = newPhraseScheme("alalc", alalc.appendPhrase)
//
// The romanizer must not retain phrase, which may share memory with the
// caller's []byte, and must not panic on any phrase (it may contain any
// Arabic-script letters and marks, in any order).

// maxPhrase is the most bytes of input in one phrase. transform.Reader and
// transform.Chain hand a transformer at most 4096 bytes of input at a time,
// so the end of a phrase, or the proof that it is longer than maxPhrase,
// must be found within that many bytes.
const maxPhrase = 4000

// maxOutput is the most bytes of output for one phrase: it must fit into the
// empty 4096-byte destination buffer of transform.Reader.
const maxOutput = 4096

// newPhraseScheme returns the one-way phrase scheme called name whose
// romanizer is romanize.
func newPhraseScheme(name string, romanize func(dst []byte, phrase string) []byte) Scheme {
	return Scheme{s: &scheme{name: name, forward: unitEngine{u: phrases{romanize}, keepsASCII: true}}}
}

// phrases are the units of a phrase scheme: phrases, and single runes
// outside them.
type phrases struct {
	romanize func(dst []byte, phrase string) []byte
}

func (p phrases) keeps(r rune) bool {
	return !isWordRune(r) && !phrasePunctuation.maps(r)
}

func (p phrases) next(dst []byte, src string, atEOF bool) ([]byte, int) {
	r, size := utf8.DecodeRuneInString(src)
	if !isWordRune(r) {
		return phrasePunctuation.appendString(dst, src[:size]), size
	}
	n := phraseLen(src, atEOF)
	if n == 0 {
		return dst, 0
	}
	for {
		out := p.romanize(dst, src[:n])
		size := len(out) - len(dst)
		if size <= maxOutput {
			return out, n
		}
		// Too long: try the part that should fit, by the ratio of output
		// to input so far (at least one rune less).
		cut := shorten(src[:n], n*maxOutput/size)
		if cut == n {
			return out, n
		}
		n = cut
	}
}

// phraseLen returns the length of the phrase at the start of src, which
// starts with a word rune, or 0 if atEOF is false and the phrase may go on
// past the end of src.
func phraseLen(src string, atEOF bool) int {
	i, gap := 0, 0 // gap: the end of the last whole word before i
	for {
		for i < len(src) {
			r, size := utf8.DecodeRuneInString(src[i:])
			if r == utf8.RuneError && size <= 1 {
				if !atEOF && !utf8.FullRuneInString(src[i:]) {
					return 0
				}
				break // an ill-formed byte ends the word
			}
			if !isWordRune(r) {
				break
			}
			if i+size > maxPhrase {
				if gap > 0 {
					return gap
				}
				return i
			}
			i += size
		}
		if i == len(src) || i+1 == len(src) && src[i] == ' ' {
			if atEOF {
				return i
			}
			return 0
		}
		if src[i] != ' ' {
			return i
		}
		r, _ := utf8.DecodeRuneInString(src[i+1:])
		if r == utf8.RuneError && !atEOF && !utf8.FullRuneInString(src[i+1:]) {
			return 0
		}
		if !isWordRune(r) {
			return i
		}
		gap = i
		i++
	}
}

// shorten returns where to cut a phrase whose romanization is too long, at
// or before target: at the last space, or else at the last rune boundary.
// It returns len(phrase) for a phrase of one rune.
func shorten(phrase string, target int) int {
	target = min(max(target, 1), len(phrase)-1)
	if i := strings.LastIndexByte(phrase[:target+1], ' '); i > 0 {
		return i
	}
	for i := target; i > 0; i-- {
		if utf8.RuneStart(phrase[i]) {
			return i
		}
	}
	return len(phrase)
}

// isWordRune reports whether r belongs to an Arabic-script word: a letter or
// mark of the Arabic script (unicode.Arabic), one of the marks of the
// inherited script used in Arabic (U+064B–U+065F, U+0670), or tatweel
// (U+0640). Arabic digits and punctuation are not word runes.
func isWordRune(r rune) bool {
	if 0x0600 <= r && r <= 0x06FF {
		return arabicBlockWordRunes[r>>6&3]&(1<<(r&63)) != 0
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	switch {
	case r < 0x0600:
		return false
	case 0x064B <= r && r <= 0x065F, r == 0x0670, r == 0x0640:
		return true
	}
	return unicode.Is(unicode.Arabic, r) && (unicode.IsLetter(r) || unicode.IsMark(r))
}

// arabicBlockWordRunes is isWordRune for the Arabic block, U+0600–U+06FF,
// as a bit set: the range tables of package unicode cost a binary search
// for every rune of every phrase.
var arabicBlockWordRunes = func() (set [4]uint64) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if isWordRuneSlow(r) {
			set[r>>6&3] |= 1 << (r & 63)
		}
	}
	return set
}()

// phrasePunctuation maps the Arabic digits and punctuation that phrase
// schemes meet outside phrases.
var phrasePunctuation = newRuneMap([]mapping{
	{'\u060C', ","},                                                                     // ARABIC COMMA
	{'\u061B', ";"},                                                                     // ARABIC SEMICOLON
	{'\u061F', "?"},                                                                     // ARABIC QUESTION MARK
	{'\u066A', "%"},                                                                     // ARABIC PERCENT SIGN
	{'\u066B', "."},                                                                     // ARABIC DECIMAL SEPARATOR
	{'\u066C', ","},                                                                     // ARABIC THOUSANDS SEPARATOR
	{'\u06D4', "."},                                                                     // ARABIC FULL STOP
	{'\u0660', "0"}, {'\u0661', "1"}, {'\u0662', "2"}, {'\u0663', "3"}, {'\u0664', "4"}, // ARABIC-INDIC DIGITS
	{'\u0665', "5"}, {'\u0666', "6"}, {'\u0667', "7"}, {'\u0668', "8"}, {'\u0669', "9"},
	{'\u06F0', "0"}, {'\u06F1', "1"}, {'\u06F2', "2"}, {'\u06F3', "3"}, {'\u06F4', "4"}, // EXTENDED ARABIC-INDIC DIGITS
	{'\u06F5', "5"}, {'\u06F6', "6"}, {'\u06F7', "7"}, {'\u06F8', "8"}, {'\u06F9', "9"},
})
