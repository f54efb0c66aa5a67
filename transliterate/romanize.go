package transliterate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The scholarly romanizations (ALA-LC, DIN 31635, ISO 233-2, BGN/PCGN)
// share one algorithm, written here, and differ in the choices a system
// value records: letters, signs, and the treatment of the article, ta
// marbuta, alif maqsura, tanwin and the doubled w and y. Each works a phrase
// at a time, because the article and the construct state depend on the next
// word.
//
// A word is read as a sequence of letters, each with the marks written on it
// (vowel, sukun, shadda, tanwin, superscript alef). Short vowels are written
// where the text marks them; a long vowel letter after the matching short
// vowel makes a long vowel (fatha alef ā, damma waw ū, kasra yeh ī). On
// unmarked letters, the text is read as its consonant skeleton with the long
// vowels its letters spell: alef is ā, waw and yeh between consonants are ū
// and ī, and the vowel that ta marbuta and alif maqsura imply (a) is written.

// A system is one scholarly romanization.
type system struct {
	letters map[rune]string // consonants, hamza and ain; keys are folded letters
	long    [3]string       // ā, ū, ī
	// maqsura is fatha and alif maqsura (or alif maqsura on a letter without
	// a vowel mark).
	maqsura string
	// ta holds the romanization of ta marbuta after the a it follows (which
	// the letter before writes): pausal, in construct state, with fathatan.
	ta [3]string
	// taLong is ta marbuta after long ā: pausal, construct.
	taLong [2]string
	// anTanwin is what fathatan is written as ("" when tanwin is not
	// written); dammatan and kasratan are never written.
	anTanwin string
	// longW and longY are damma + waw with shadda and kasra + yeh with
	// shadda inside a word, before the vowel of the doubled letter.
	longW, longY string
	// finalY is kasra + yeh with shadda at the end of a word (the nisba).
	finalY string
	// article: assimilate to a following sun letter, and the separator after
	// it ("-" or " "). clitic is the separator after wa-, fa-, bi-, ka-, li-.
	assimilate bool
	article    string
	clitic     string
	// elide drops the a of the article after a proclitic (DMG's wa-l-).
	elide bool
	// li is what li + article (written لل) writes before the article's l
	// (or the sun letter it assimilates to) and separator: li (lil-), li-a
	// (li-al-), li- (li-l-).
	li string
	// joinBi writes bi + article as one word (BGN's bil, bid D).
	joinBi bool
	// prime separates two letters that would read as a digraph (ALA-LC
	// rule 21: Adʹham).
	prime string
	// title writes each word with a capital, the article and the
	// proclitics in lower case except at the start of the phrase (BGN).
	title bool
	// allah holds the word Allah and its proclitic forms (billāh, lillāh),
	// by their letters, whatever marks they carry.
	allah map[string]string
	// words holds words read as a unit (ibn, bin, bint) by their letters,
	// when they carry no shadda and no damma.
	words map[string]string
}

// appendPhrase is the phrase romanizer of the scheme (see phrases).
func (sys *system) appendPhrase(dst []byte, phrase string) []byte {
	if !norm.NFKC.IsNormalString(phrase) {
		// Presentation forms become letters, lam-alef ligatures two
		// letters, ﷲ the word Allah; alef and madda above become آ.
		phrase = norm.NFKC.String(phrase)
	}
	// Each word is read once, as the next word of the one before.
	var bufs [2][32]letter
	rest := phrase
	w, more := cutWord(&rest)
	cur := parseWord(bufs[0][:0], w)
	for i := 0; ; i++ {
		var next []letter
		hasNext := more
		if more {
			w, more = cutWord(&rest)
			next = parseWord(bufs[(i+1)%2][:0], w)
		}
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = sys.appendWord(dst, cur, next, i == 0)
		if !hasNext {
			return dst
		}
		cur = next
	}
}

func cutWord(s *string) (w string, more bool) {
	w, rest, more := strings.Cut(*s, " ")
	*s = rest
	return w, more
}

// A letter is one letter of a word and the marks written on it.
type letter struct {
	r      rune // the letter, folded (see letterFolds)
	vowel  byte // 'a', 'u', 'i', or 0
	tanwin byte // 'a', 'u', 'i', or 0
	sukun  bool
	shadda bool
	dagger bool // superscript alef: a long ā after the letter
	silent bool // a seat of tanwin, or the alef after final waw
	hamza  byte // 0, or the combining hamza above ('^') or below ('_')
	madda  bool
	marked bool // whether any mark at all is written on the letter
}

// The letters the algorithm knows by name.
const (
	alef       = 'ا'
	alefWasla  = 'ٱ'
	alefHamza  = 'أ'
	alefBelow  = 'إ'
	alefMadda  = 'آ'
	hamza      = 'ء'
	waw        = 'و'
	wawHamza   = 'ؤ'
	yeh        = 'ي'
	yehHamza   = 'ئ'
	maqsura    = 'ى'
	taMarbuta  = 'ة'
	lam        = 'ل'
	heh        = 'ه'
	tatweel    = 'ـ'
	smallWaw   = 'ۥ'
	smallYeh   = 'ۦ'
	fatha      = '\u064E'
	damma      = '\u064F'
	kasra      = '\u0650'
	fathatan   = '\u064B'
	dammatan   = '\u064C'
	kasratan   = '\u064D'
	shaddaMark = '\u0651'
	sukunMark  = '\u0652'
	maddaMark  = '\u0653'
	hamzaAbove = '\u0654'
	hamzaBelow = '\u0655'
	daggerAlef = '\u0670'
)

// letterFolds maps letters of other orthographies to the Arabic letter they
// stand for, and the Quranic small waw and yeh to the long vowels they
// write. None is below firstFold.
const firstFold = 'ک'

var letterFolds = map[rune]rune{
	'ک':      'ك', // U+06A9 KEHEH
	'ی':      yeh, // U+06CC FARSI YEH
	'ە':      heh, // U+06D5 AE
	'ہ':      heh, // U+06C1 HEH GOAL
	'ۃ':      taMarbuta,
	smallWaw: waw,
	smallYeh: yeh,
}

// A markEffect is what a mark records on the letter it is written on.
type markEffect struct {
	vowel, tanwin                byte // 'a', 'u', 'i'
	shadda, sukun, dagger, madda bool
	hamza                        byte // '^' above, '_' below
}

// marks are the marks the romanizers read, indexed by rune - firstMark.
var marks = [daggerAlef - firstMark + 1]markEffect{
	fatha - firstMark:      {vowel: 'a'},
	damma - firstMark:      {vowel: 'u'},
	kasra - firstMark:      {vowel: 'i'},
	fathatan - firstMark:   {tanwin: 'a'},
	dammatan - firstMark:   {tanwin: 'u'},
	kasratan - firstMark:   {tanwin: 'i'},
	shaddaMark - firstMark: {shadda: true},
	sukunMark - firstMark:  {sukun: true},
	daggerAlef - firstMark: {dagger: true},
	maddaMark - firstMark:  {madda: true},
	hamzaAbove - firstMark: {hamza: '^'},
	hamzaBelow - firstMark: {hamza: '_'},
}

const firstMark = fathatan

// markOf returns what the mark r records, or false if r is no mark the
// romanizers read.
func markOf(r rune) (markEffect, bool) {
	if i := r - firstMark; 0 <= i && int(i) < len(marks) && marks[i] != (markEffect{}) {
		return marks[i], true
	}
	return markEffect{}, false
}

// mark records e on l.
func (l *letter) mark(e markEffect) {
	l.marked = true
	if e.vowel != 0 {
		l.vowel = e.vowel
	}
	if e.tanwin != 0 {
		l.tanwin = e.tanwin
	}
	if e.hamza != 0 {
		l.hamza = e.hamza
	}
	l.shadda = l.shadda || e.shadda
	l.sukun = l.sukun || e.sukun
	l.dagger = l.dagger || e.dagger
	l.madda = l.madda || e.madda
}

// parseWord reads a word into letters. Marks before the first letter are
// dropped, and so are the Quranic annotation marks; tatweel carries its
// marks over to the letter before it, and hamza above on tatweel is a hamza.
func parseWord(dst []letter, w string) []letter {
	onTatweel := false
	for _, r := range w {
		if r >= firstFold {
			if f, ok := letterFolds[r]; ok {
				r = f
			}
		}
		if r == tatweel {
			onTatweel = true
			continue
		}
		if e, ok := markOf(r); ok {
			if onTatweel && r == hamzaAbove {
				dst = append(dst, letter{r: hamza})
				onTatweel = false
				continue
			}
			if len(dst) > 0 {
				dst[len(dst)-1].mark(e)
			}
			continue
		}
		onTatweel = false
		if (r < alefHamza || r > yeh) && (!isWordRune(r) || unicode.IsMark(r)) {
			continue // Quranic annotation marks (U+0621–U+064A are all letters)
		}
		dst = append(dst, letter{r: r})
	}
	for i := range dst {
		foldHamza(&dst[i])
	}
	// A final alef or alif maqsura after fathatan, or carrying it, is the
	// seat of the tanwin; a final alef after waw is silent (ALA-LC rule 4).
	if n := len(dst); n >= 2 {
		last, prev := &dst[n-1], &dst[n-2]
		switch {
		case (last.r == alef || last.r == maqsura) && last.tanwin == 'a' && prev.tanwin == 0:
			prev.tanwin, last.tanwin = 'a', 0
			last.silent = true
		case (last.r == alef || last.r == maqsura) && prev.tanwin == 'a' && !last.marked:
			last.silent = true
		case last.r == alef && !last.marked && prev.r == waw && prev.vowel == 0 && !prev.shadda && n >= 3:
			last.silent = true
		}
	}
	return dst
}

// foldHamza composes a letter and a combining hamza or madda into the
// letter that has it (NFKC leaves some, such as hamza on alif maqsura).
func foldHamza(l *letter) {
	switch {
	case l.hamza == '^' && l.r == alef:
		l.r = alefHamza
	case l.hamza == '_' && l.r == alef:
		l.r = alefBelow
	case l.hamza == '^' && l.r == waw:
		l.r = wawHamza
	case l.hamza == '^' && (l.r == yeh || l.r == maqsura):
		l.r = yehHamza
	case l.madda && l.r == alef:
		l.r = alefMadda
	}
}

// isHamzaLetter reports whether r writes a hamza (on a seat or not).
func isHamzaLetter(r rune) bool {
	switch r {
	case alefHamza, alefBelow, alefMadda, hamza, wawHamza, yehHamza:
		return true
	}
	return false
}

func isAlef(r rune) bool { return r == alef || r == alefWasla }

// sunLetters are the letters the article assimilates to.
var sunLetters = map[rune]bool{
	'ت': true, 'ث': true, 'د': true, 'ذ': true, 'ر': true, 'ز': true, 'س': true,
	'ش': true, 'ص': true, 'ض': true, 'ط': true, 'ظ': true, 'ل': true, 'ن': true,
}

// proclitics are the one-letter prefixes split off before the article and
// before a hamza on alef, with their vowel.
var proclitics = map[rune]string{'و': "wa", 'ف': "fa", 'ب': "bi", 'ك': "ka", 'ل': "li"}

// skeleton appends the letters of w without their marks, alef wasla read
// as alef, to dst: the key of the system's word tables.
func skeleton(dst []byte, w []letter) []byte {
	for _, l := range w {
		if l.r == alefWasla {
			l.r = alef
		}
		dst = utf8.AppendRune(dst, l.r)
	}
	return dst
}

// hasArticle reports whether w starts, at i, with the article: alef (or
// alef wasla) and lam, lam bearing no vowel, followed by at least two
// letters.
func hasArticle(w []letter, i int) bool {
	return len(w)-i >= 4 && isAlef(w[i].r) && (w[i].vowel == 0 || w[i].vowel == 'a') &&
		w[i+1].r == lam && w[i+1].vowel == 0 && w[i+1].tanwin == 0
}

// A shape is how a word divides: a proclitic, the article, and the stem.
type shape struct {
	clitic  string // "wa", "bi", …, or ""
	article bool
	lil     bool // li + article written لل
	stem    int  // index of the stem's first letter
}

func shapeOf(w []letter) shape {
	if len(w) >= 2 {
		if c, ok := proclitics[w[0].r]; ok && w[0].tanwin == 0 && !w[0].shadda {
			switch {
			case w[0].r != lam && hasArticle(w, 1):
				return shape{clitic: c, article: true, stem: 3}
			case w[0].r == lam && len(w) >= 4 && w[1].r == lam && w[1].vowel == 0 && w[0].vowel != 'a' && w[0].vowel != 'u':
				return shape{clitic: c, article: true, lil: true, stem: 2}
			case len(w) >= 3 && (w[1].r == alefHamza || w[1].r == alefBelow || w[1].r == alefMadda || w[1].r == alefWasla):
				return shape{clitic: c, stem: 1}
			}
		}
	}
	if hasArticle(w, 0) {
		return shape{article: true, stem: 2}
	}
	return shape{}
}

// appendWord appends the romanization of w; next is the word after it in
// the phrase (nil at the end), and first tells whether w starts the phrase.
func (sys *system) appendWord(dst []byte, w, next []letter, first bool) []byte {
	if len(w) == 0 {
		return dst
	}
	start := len(dst)
	var keyBuf [64]byte
	key := skeleton(keyBuf[:0], w)
	if s, ok := sys.allah[string(key)]; ok {
		dst = append(dst, s...)
		return sys.capitalize(dst, start)
	}
	if s, ok := sys.words[string(key)]; ok && !hasMark(w, func(l letter) bool { return l.shadda || l.vowel == 'u' }) {
		dst = append(dst, s...)
		return sys.capitalize(dst, start)
	}
	sh := shapeOf(w)
	stemStart := len(dst)
	if sh.clitic != "" {
		dst = sys.appendClitic(dst, sh)
		stemStart = len(dst)
	}
	if sh.article && sh.stem < len(w) {
		dst = sys.appendArticle(dst, w[sh.stem].r, sh, first)
		stemStart = len(dst)
	}
	ctx := stemContext{
		article: sh.article,
		pausal:  sh.article || w[len(w)-1].r == taMarbuta || isNisba(w),
		next:    len(next) > 0,
		// The word before a definite one, or before Allah, is in
		// construct state.
		construct: len(next) > 0 && (hasArticle(next, 0) || sys.allah[string(skeleton(keyBuf[:0], next))] != ""),
	}
	dst = sys.appendStem(dst, w, sh.stem, ctx)
	if sys.title && stemStart < len(dst) {
		dst = upperFirst(dst, stemStart)
	}
	if first && sys.title {
		dst = upperFirst(dst, start)
	}
	return dst
}

func (sys *system) capitalize(dst []byte, start int) []byte {
	if sys.title {
		return upperFirst(dst, start)
	}
	return dst
}

func hasMark(w []letter, f func(letter) bool) bool {
	for _, l := range w {
		if f(l) {
			return true
		}
	}
	return false
}

// A stemContext tells appendStem where the word stands.
type stemContext struct {
	article   bool // the article precedes the stem
	pausal    bool // the word's last short vowel (a case ending) is not written
	next      bool // another word follows in the phrase
	construct bool // the next word makes this one's ta marbuta a t
}

// isNisba reports whether w ends in kasra, yeh and shadda (a nisba), or in
// that and ta marbuta.
func isNisba(w []letter) bool {
	n := len(w)
	if n >= 2 && w[n-1].r == taMarbuta {
		n--
	}
	return n >= 2 && w[n-1].r == yeh && w[n-1].shadda && w[n-2].vowel == 'i'
}

// appendClitic writes the proclitic of a word and what separates it from
// the rest.
func (sys *system) appendClitic(dst []byte, sh shape) []byte {
	if sh.lil {
		return dst // written with the article
	}
	dst = append(dst, sh.clitic...)
	if sh.article && sh.clitic == "bi" && sys.joinBi {
		return dst
	}
	return append(dst, sys.clitic...)
}

// appendArticle writes the article before a stem starting with first.
func (sys *system) appendArticle(dst []byte, first rune, sh shape, phraseStart bool) []byte {
	l := "l"
	if sys.assimilate && sunLetters[first] {
		l = sys.consonant(first)
	}
	switch {
	case sh.lil:
		return append(append(append(dst, sys.li...), l...), sys.article...)
	case sh.clitic == "bi" && sys.joinBi:
		return append(append(dst, l...), sys.article...)
	case sh.clitic != "" && sys.elide:
		return append(append(dst, l...), sys.article...)
	}
	a := "a"
	if sys.title && phraseStart && sh.clitic == "" {
		a = "A"
	}
	return append(append(append(dst, a...), l...), sys.article...)
}

func (sys *system) consonant(r rune) string {
	if s, ok := sys.letters[r]; ok {
		return s
	}
	return string(r) // a letter no system table has: passed through
}

// appendStem romanizes w[s:].
func (sys *system) appendStem(dst []byte, w []letter, s int, ctx stemContext) []byte {
	if s < len(w) && w[s].vowel == 0 && w[s].tanwin == 0 {
		// An initial hamza on alef without a vowel mark: its vowel is
		// implied by the seat (أ a, إ i).
		switch w[s].r {
		case alefHamza:
			w[s].vowel = 'a'
		case alefBelow:
			w[s].vowel = 'i'
		}
	}
	for k := s; k < len(w); k++ {
		l := w[k]
		if l.silent {
			continue
		}
		var next *letter
		if k+1 < len(w) && !w[k+1].silent {
			next = &w[k+1]
		}
		final := next == nil
		initial := k == s
		switch {
		case isAlef(l.r):
			dst = sys.appendAlef(dst, w, k, initial)
			continue
		case l.r == maqsura && final && !initial:
			// Alif maqsura the letter before did not merge: it stands for
			// its own a.
			dst = append(dst, sys.maqsura...)
			continue
		case l.r == taMarbuta && final:
			dst = sys.appendTa(dst, w, k, ctx)
			continue
		}
		// A consonant, a hamza, or a long vowel letter read as a consonant.
		dst = sys.appendConsonant(dst, w, k, initial, ctx.article)
		if k+1 < len(w) && w[k+1].r == heh && sys.prime != "" && !l.shadda && l.vowel == 0 && !l.dagger && digraphFirst(sys.consonant(l.r)) {
			dst = append(dst, sys.prime...)
		}
		// The vowel after it.
		var merged int
		dst, merged = sys.appendVowel(dst, w, k, ctx.pausal && final)
		k += merged
	}
	return dst
}

// digraphFirst reports whether a consonant ending in s reads as a digraph
// with a following h.
func digraphFirst(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case 'c', 'd', 'g', 'k', 's', 't', 'z':
		return true
	}
	return false
}

// appendAlef writes alef (or alef wasla) at w[k] when the letter before did
// not make it part of a long vowel.
func (sys *system) appendAlef(dst []byte, w []letter, k int, initial bool) []byte {
	l := w[k]
	switch {
	case initial:
		// Alef that starts a word carries the word's first vowel (hamzat
		// al-wasl when unmarked: ALA-LC rule 9).
		switch l.vowel {
		case 'a':
			return append(dst, 'a')
		case 'u':
			return append(dst, 'u')
		}
		return append(dst, 'i')
	case w[k].r == alefWasla:
		return dst // wasla inside a word is not pronounced
	}
	return append(dst, sys.long[0]...)
}

// appendTa writes final ta marbuta.
func (sys *system) appendTa(dst []byte, w []letter, k int, ctx stemContext) []byte {
	l := w[k]
	afterLong := k > 0 && (isAlef(w[k-1].r) || w[k-1].r == alefMadda)
	if k > 0 && !w[k-1].marked && !afterLong {
		dst = append(dst, 'a') // the a that ta marbuta implies
	}
	// In fully vowelled text, a case vowel without tanwin on the ta marbuta
	// of a word without the article, followed by another word, marks the
	// construct state.
	construct := !ctx.article && (ctx.construct || ctx.next && l.vowel != 0 && l.tanwin == 0)
	switch {
	case afterLong && construct:
		return append(dst, sys.taLong[1]...)
	case afterLong:
		return append(dst, sys.taLong[0]...)
	case l.tanwin == 'a':
		return append(dst, sys.ta[2]...)
	case construct:
		return append(dst, sys.ta[1]...)
	}
	return append(dst, sys.ta[0]...)
}

// appendConsonant writes the consonant of w[k], doubled under shadda.
func (sys *system) appendConsonant(dst []byte, w []letter, k int, initial, article bool) []byte {
	l := w[k]
	if isHamzaLetter(l.r) {
		if l.r == alefMadda {
			// Initial, or after the article: ā. Medial: ʼā, unless a hamza
			// follows (ALA-LC rule 10: khulafāʼ).
			if initial || k+1 < len(w) && w[k+1].r == hamza {
				return dst
			}
			return append(dst, sys.letters[hamza]...)
		}
		if initial {
			return dst // initial hamza is not written, only its vowel
		}
		return append(dst, sys.letters[hamza]...)
	}
	c := sys.consonant(l.r)
	// The article's sun letter carries the assimilation's shadda: it is
	// written once.
	if l.shadda && !(initial && article) && !sys.longShadda(w, k) {
		dst = append(dst, c...)
	}
	return append(dst, c...)
}

// longShadda reports whether w[k] is waw or yeh with shadda after the long
// vowel of its kind, which the vowel before has written as ū or ī with one
// of the two consonants (ALA-LC rule 11: qūwah, al-Miṣrīyah).
func (sys *system) longShadda(w []letter, k int) bool {
	if k == 0 {
		return false
	}
	switch {
	case w[k].r == waw && w[k-1].vowel == 'u':
		return sys.longW != "u"
	case w[k].r == yeh && w[k-1].vowel == 'i':
		return sys.longY != "i"
	}
	return false
}

// appendVowel writes the vowel of w[k], merging a long vowel letter after
// it, and returns how many letters after k it consumed.
func (sys *system) appendVowel(dst []byte, w []letter, k int, dropFinal bool) ([]byte, int) {
	l := w[k]
	var next *letter
	if k+1 < len(w) && !w[k+1].silent {
		next = &w[k+1]
	}
	nextFinal := next != nil && (k+2 == len(w) || w[k+2].silent)
	switch {
	case l.r == alefMadda:
		return append(dst, sys.long[0]...), 0
	case l.dagger:
		if next != nil && next.r == maqsura && nextFinal {
			return append(dst, sys.maqsura...), 1
		}
		return append(dst, sys.long[0]...), 0
	}
	if l.tanwin != 0 {
		if l.tanwin == 'a' && next == nil {
			dst = append(dst, sys.anTanwin...)
		}
		return dst, 0
	}
	switch l.vowel {
	case 'a':
		switch {
		case next != nil && next.r == alef && !next.marked:
			return append(dst, sys.long[0]...), 1
		case next != nil && next.r == maqsura && nextFinal:
			return append(dst, sys.maqsura...), 1
		case next != nil && next.r == taMarbuta:
			return append(dst, 'a'), 0 // the ta writes what follows
		case next != nil && next.r == alefMadda && k+2 < len(w) && w[k+2].r == hamza:
			return dst, 0 // the madda writes ā (khulafāʼ)
		}
	case 'u':
		if next != nil && next.r == waw && next.tanwin == 0 {
			switch {
			case next.shadda:
				return append(dst, sys.longW...), 0
			case next.vowel == 0:
				return append(dst, sys.long[1]...), 1
			}
		}
	case 'i':
		if next != nil && (next.r == yeh || next.r == maqsura) && next.tanwin == 0 {
			switch {
			case next.shadda && nextFinal:
				return append(dst, sys.finalY...), 1 // the nisba
			case next.shadda:
				return append(dst, sys.longY...), 0
			case next.vowel == 0:
				return append(dst, sys.long[2]...), 1
			}
		}
	case 0:
		if l.sukun || l.marked && l.shadda {
			return dst, 0
		}
		// No vowel mark: read the skeleton.
		if next == nil {
			return dst, 0
		}
		switch {
		case next.r == alef && !next.marked:
			return append(dst, sys.long[0]...), 1
		case next.r == maqsura && nextFinal && !next.marked:
			return append(dst, sys.maqsura...), 1
		case (next.r == waw || next.r == yeh) && !next.marked && skeletonVowel(w, k+1):
			if next.r == waw {
				return append(dst, sys.long[1]...), 1
			}
			return append(dst, sys.long[2]...), 1
		}
		return dst, 0
	}
	if dropFinal {
		return dst, 0 // a case ending
	}
	return append(dst, l.vowel), 0
}

// skeletonVowel reports whether the unmarked waw or yeh at w[k] is read as
// a long vowel in unvowelled text: it is not, when another long vowel letter
// follows it (بيان byān, طويل ṭwīl).
func skeletonVowel(w []letter, k int) bool {
	if k+1 < len(w) && !w[k+1].silent {
		switch w[k+1].r {
		case alef, waw, yeh, maqsura, taMarbuta:
			return false
		}
	}
	return true
}

// upperFirst capitalizes the first letter at or after dst[start:], past an
// ain or hamza sign.
func upperFirst(dst []byte, start int) []byte {
	for i := start; i < len(dst); {
		r, size := utf8.DecodeRune(dst[i:])
		if unicode.IsLetter(r) && !unicode.Is(unicode.Lm, r) {
			u := unicode.ToUpper(r)
			if u == r {
				return dst
			}
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], u)
			if n == size {
				copy(dst[i:], buf[:n])
				return dst
			}
			tail := string(dst[i+size:])
			return append(append(dst[:i], buf[:n]...), tail...)
		}
		if r == ' ' || r == '-' {
			return dst
		}
		i += size
	}
	return dst
}
