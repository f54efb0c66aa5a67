package transliterate

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// This file is the first layer of the name romanizer: it cuts a phrase into
// words, folds their letters, and groups the words into the units that are
// spelled as one name (a lexicon phrase, عبد and its name, a name with الدين
// or الله); within a word it finds the article and proclitics.

// A nameWord is one Arabic word of a phrase: a run of letters and marks.
type nameWord struct {
	start, end int // the word's bytes in the phrase
	lo, hi     int // its letter codes in namePhrase.letters and .keys
}

// A namePhrase is a phrase cut into words, with the buffers the romanizer
// works in. namePhrases recycles them, so that romanizing allocates nothing
// once the buffers have grown to the size of the phrases seen.
type namePhrase struct {
	s       string
	words   []nameWord
	letters []byte // letter codes of all words
	keys    []byte // the same folded with nameKeyFold
	scratch []byte // keys of phrases and compounds
	lex     *nameLexicon
}

var namePhrases = sync.Pool{New: func() any { return &namePhrase{lex: loadNameLexicon()} }}

func getNamePhrase(s string) *namePhrase {
	p := namePhrases.Get().(*namePhrase)
	p.scan(s)
	return p
}

func putNamePhrase(p *namePhrase) {
	if cap(p.letters) > 1<<16 {
		return // let a huge phrase's buffers go
	}
	p.s = ""
	namePhrases.Put(p)
}

// scan cuts s into words.
func (p *namePhrase) scan(s string) {
	p.s = s
	p.words, p.letters, p.keys = p.words[:0], p.letters[:0], p.keys[:0]
	w := nameWord{start: -1}
	for i := 0; i < len(s); {
		var class uint16
		size := 1
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			class = nameClassOf(r) // 0 for U+FFFD, so ill-formed bytes are not part of words
		}
		switch {
		case class == 0 || class >= nameClassASCII:
			p.endWord(&w, i)
		case class == nameClassFormat:
			// Inside a word (a joiner, a bidi mark after it) it belongs to
			// the word; elsewhere it is copied with the text around it.
		case class == nameClassMark:
			p.startWord(&w, i)
		case class < nameClassLigature:
			p.startWord(&w, i)
			p.letters = append(p.letters, byte(class))
			p.keys = append(p.keys, nameKeyFold[class])
		default:
			p.startWord(&w, i)
			for _, c := range []byte(nameLigatures[class-nameClassLigature]) {
				p.letters = append(p.letters, c)
				p.keys = append(p.keys, nameKeyFold[c])
			}
		}
		i += size
	}
	p.endWord(&w, len(s))
}

func (p *namePhrase) startWord(w *nameWord, i int) {
	if w.start < 0 {
		w.start, w.lo = i, len(p.letters)
	}
}

// endWord ends the word w at byte end. A run of marks with no letter is not
// a word: appendGap drops its marks.
func (p *namePhrase) endWord(w *nameWord, end int) {
	if w.start >= 0 && len(p.letters) > w.lo {
		w.end, w.hi = end, len(p.letters)
		p.words = append(p.words, *w)
	}
	w.start = -1
}

func (p *namePhrase) wordLetters(i int) []byte { return p.letters[p.words[i].lo:p.words[i].hi] }
func (p *namePhrase) wordKey(i int) []byte     { return p.keys[p.words[i].lo:p.words[i].hi] }

// joined reports whether words i and i+1 are separated by a single space,
// so that they may be parts of one name.
func (p *namePhrase) joined(i int) bool {
	return i+1 < len(p.words) && p.s[p.words[i].end:p.words[i+1].start] == " "
}

// appendGap appends the text of the phrase from byte from to byte to, which
// lies between words: Arabic punctuation and digits become ASCII, Arabic
// marks (harakat with no letter to sit on) are dropped, every other byte is
// copied.
func (p *namePhrase) appendGap(dst []byte, from, to int) []byte {
	s := p.s[from:to]
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			dst = append(dst, s[i:j]...)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch class := nameClassOf(r); {
		case class >= nameClassASCII:
			dst = append(dst, nameASCII[class-nameClassASCII]...)
		case class != nameClassMark:
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return dst
}

// Keys of the words that make compounds.
var (
	nameKeyAbd   = string([]byte{nameAin, nameBeh, nameDal})                     // عبد
	nameKeyAbdAl = string([]byte{nameAin, nameBeh, nameDal, nameAlef, nameLam})  // عبدال
	nameKeyDin   = string([]byte{nameAlef, nameLam, nameDal, nameYeh, nameNoon}) // الدين
	nameKeyAllah = string([]byte{nameAlef, nameLam, nameLam, nameHeh})           // الله
)

// nameMaxPhraseWords is the most words a lexicon phrase has.
const nameMaxPhraseWords = 5

// Kinds of units.
const (
	nameUnitWord   = iota // one word
	nameUnitPhrase        // words that are one lexicon entry
	nameUnitAbd           // عبد and the name after it (or عبدال… in one word)
	nameUnitDin           // a name and الدين
	nameUnitAllah         // a name and الله
)

// A nameUnit is a run of words spelled as one name.
type nameUnit struct {
	kind    uint8
	words   int          // how many words of the phrase it spans
	entry   nameEntry    // the lexicon's entry for the whole unit, if inLex
	inLex   bool         // the lexicon has the whole unit (a phrase, عبد and its name)
	article bool         // nameUnitAbd: the name after عبد has the article (Abdul Rahman, not Abd Rabbo)
	name    nameAnalysis // the word, or the name inside the compound
}

// A nameAnalysis says how to spell one word.
type nameAnalysis struct {
	article bool   // the word has the article ال, which the style writes
	clitics []byte // the proclitics taken off, written before a common word (wa-fi)
	letters []byte // the letters to spell: no article, no proclitics
	key     []byte
	entry   nameEntry
	inLex   bool  // the lexicon has the letters
	curated bool  // ... in its curated part
	by      uint8 // how to spell the letters if the lexicon has not them (nameByNames, ...)
	learned bool  // the lexicon has the letters among the training pairs' names, but the word is spelled as Arabic: entry holds their spellings
}

// unit returns the unit that starts at word i.
func (p *namePhrase) unit(i int) nameUnit {
	key := p.wordKey(i)
	first := 1 // words in the phrase's first word: عبد goes with the next
	if string(key) == nameKeyAbd && p.joined(i) {
		first = 2
	}
	if p.joined(i+first-1) && p.lex.hasPhrase(p.phraseKey(i, first)) {
		n := 1 // words in the run from i
		for n < nameMaxPhraseWords && p.joined(i+n-1) {
			n++
		}
		for ; n > first; n-- {
			if e, ok := p.lex.lookup(p.phraseKey(i, n)); ok {
				return nameUnit{kind: nameUnitPhrase, words: n, entry: e, inLex: true}
			}
		}
	}
	if p.joined(i) {
		next := p.wordKey(i + 1)
		switch {
		case string(key) == nameKeyAbd:
			p.scratch = append(append(p.scratch[:0], key...), next...)
			if e, ok := p.lex.lookup(p.scratch); ok {
				return nameUnit{kind: nameUnitAbd, words: 2, entry: e, inLex: true}
			}
			letters := p.wordLetters(i + 1)
			if hasNameArticle(letters) {
				return nameUnit{kind: nameUnitAbd, words: 2, article: true, name: p.base(letters[2:], next[2:])}
			}
			return nameUnit{kind: nameUnitAbd, words: 2, name: p.base(letters, next)}
		case string(next) == nameKeyDin:
			return nameUnit{kind: nameUnitDin, words: 2, name: p.analyze(p.wordLetters(i), key)}
		case string(next) == nameKeyAllah:
			return nameUnit{kind: nameUnitAllah, words: 2, name: p.analyze(p.wordLetters(i), key)}
		}
	}
	letters := p.wordLetters(i)
	if len(key) > len(nameKeyAbdAl)+1 && string(key[:len(nameKeyAbdAl)]) == nameKeyAbdAl {
		if a := p.base(letters, key); a.inLex {
			return nameUnit{kind: nameUnitWord, words: 1, name: a}
		}
		n := len(nameKeyAbdAl)
		return nameUnit{kind: nameUnitAbd, words: 1, article: true, name: p.base(letters[n:], key[n:])}
	}
	return nameUnit{kind: nameUnitWord, words: 1, name: p.analyze(letters, key)}
}

// phraseKey returns the lexicon key of words i to i+n-1 in p.scratch: their
// keys separated by 0, except after عبد, which makes one word with the next.
func (p *namePhrase) phraseKey(i, n int) []byte {
	k := p.scratch[:0]
	for j := i; j < i+n; j++ {
		if j > i && string(p.wordKey(j-1)) != nameKeyAbd {
			k = append(k, 0)
		}
		k = append(k, p.wordKey(j)...)
	}
	p.scratch = k
	return k
}

// commonWord reports whether u is a common word (in, on, that) rather than
// a name.
func (u *nameUnit) commonWord() bool {
	return u.kind == nameUnitWord && u.name.inLex && u.name.entry.flags&nameCommonWord != 0
}

// hasNameArticle reports whether a word starts with the article: a bare alif
// and lam before at least two letters. (أل, with hamza, starts foreign names
// such as ألبرت.)
func hasNameArticle(letters []byte) bool {
	return len(letters) >= 4 && letters[0] == nameAlef && letters[1] == nameLam
}

// nameFinalSwap gives the letter a word's last letter is also written
// with: alif maqsura and yeh (Egyptian spelling writes final ي as ى), teh
// marbuta and heh.
var nameFinalSwap = [numNameLetters + 1]byte{
	nameAlefMaksura: nameYeh, nameYeh: nameAlefMaksura, nameTehMarbuta: nameHeh, nameHeh: nameTehMarbuta,
}

// base looks up a word that has neither article nor proclitic, as it is
// written and then with its last letter swapped (see nameFinalSwap); a
// curated entry wins over a learned one.
func (p *namePhrase) base(letters, key []byte) nameAnalysis {
	a := nameAnalysis{letters: letters, key: key}
	e, ok := p.lex.lookup(key)
	if last := len(key) - 1; (!ok || e.flags&nameCurated == 0) && last >= 0 && last < nameMaxLetters && nameFinalSwap[key[last]] != 0 {
		var swapped [nameMaxLetters]byte
		copy(swapped[:], key)
		swapped[last] = nameFinalSwap[key[last]]
		if e2, ok2 := p.lex.lookup(swapped[:last+1]); ok2 && (!ok || e2.flags&nameCurated != 0) {
			e, ok = e2, true
		}
	}
	if ok {
		a.entry, a.inLex, a.curated = e, true, e.flags&nameCurated != 0
	}
	return a
}

// analyze decides how to spell a word: as the curated lexicon has it; else
// as a proclitic and a common word (وفي: wa-fi, though Wafi is a name the
// training pairs know); else as the learned lexicon has it; else as the
// article and the rest; else, when the rest is a name of the curated
// lexicon, without its proclitics; else, when the rest is a name of the
// training pairs, without its و; else letter by letter (by the model).
func (p *namePhrase) analyze(letters, key []byte) nameAnalysis {
	a := p.base(letters, key)
	if a.curated {
		return a
	}
	c, stripped := p.stripClitics(letters, key)
	if stripped && c.entry.flags&nameCommonWord != 0 {
		return c
	}
	if a.inLex {
		return a
	}
	if hasNameArticle(letters) {
		a := p.base(letters[2:], key[2:])
		a.article = true
		if !a.curated {
			// With the article, a word is more often a common word than
			// a family name: the Arabic-word model spells it rather than
			// the training pairs' names (روس is Ross there, ثاني Tetrarch).
			a.by = nameSpelledBy(a.letters, true)
			a.learned, a.inLex = a.inLex && a.by == nameByArabic, a.inLex && a.by != nameByArabic
		}
		return a
	}
	if stripped {
		return c
	}
	if n := nameCliticArticle(letters); n > 0 {
		r := p.base(letters[n:], key[n:])
		if nameSpelledBy(r.letters, false) != nameByForeign && loadNameOrigin().score(r.letters) > nameOriginCliticArticle {
			// A common word after wa-al-, bi-al-, li-al- (a curated
			// one stripClitics has found): the training pairs' names
			// only go to the n-best list, as after the article.
			r.article, r.by = true, nameByArabic
			r.learned, r.inLex = r.inLex, false
			return r
		}
	}
	if c, ok := p.stripToLearned(letters, key); ok {
		return c
	}
	a.by = nameSpelledBy(letters, false)
	return a
}

// nameMinLearnedRest is the fewest letters stripToLearned leaves: shorter
// names of the training pairs are too often the tail of a common word.
const nameMinLearnedRest = 4

// stripToLearned takes the conjunction و off a word the lexicon lacks when
// the rest is a name of the training pairs (وفائز: Fayez), as stripClitics
// does for the curated lexicon. Only و: news joins it to names most often,
// and with the prepositions too the names of the dev splits lost half a
// point of top-1 (names such as بشار stand alone there).
func (p *namePhrase) stripToLearned(letters, key []byte) (nameAnalysis, bool) {
	if len(letters)-1 < nameMinLearnedRest || letters[0] != nameWaw {
		return nameAnalysis{}, false
	}
	if a := p.base(letters[1:], key[1:]); a.inLex {
		a.clitics = letters[:1]
		return a, true
	}
	return nameAnalysis{}, false
}

// nameCliticArticle returns the length of the proclitics and article a
// word starts with (وال, بال, فبال, لل, ولل: wa-al-, bi-al-, fa-bi-al-,
// li-al-), if at least three letters follow, or else 0.
func nameCliticArticle(letters []byte) int {
	n := 0
	if len(letters) > 0 && nameConjunction[letters[0]] {
		n++
	}
	if n < len(letters) && namePreposition[letters[n]] {
		n++
	}
	switch {
	case n == 0:
		return 0
	case letters[n-1] == nameLam && n < len(letters) && letters[n] == nameLam:
		n++ // لل: li and the article without its alif
	case n+1 < len(letters) && letters[n] == nameAlef && letters[n+1] == nameLam:
		n += 2
	default:
		return 0
	}
	if len(letters)-n < 3 {
		return 0
	}
	return n
}

// nameConjunction and namePreposition mark the letter codes that may be
// proclitics: و and ف (and, so), then ب, ل and ك (in, to, like).
var (
	nameConjunction = [numNameLetters + 1]bool{nameWaw: true, nameFeh: true}
	namePreposition = [numNameLetters + 1]bool{nameBeh: true, nameLam: true, nameKaf: true}
)

// stripClitics tries the proclitic sequences a word may start with (a
// conjunction, a preposition, or both) and returns the analysis of the rest
// when the rest, or the rest after its article, is in the curated lexicon.
// li- before the article drops the article's alif (لل): للسراج is li +
// al-Sarraj.
func (p *namePhrase) stripClitics(letters, key []byte) (nameAnalysis, bool) {
	for n := 1; n <= 2 && len(letters)-n >= 2; n++ {
		c := letters[n-1]
		if !(n == 1 && nameConjunction[c] || namePreposition[c] && (n == 1 || nameConjunction[letters[0]])) {
			continue
		}
		a, ok := p.cliticRest(letters[n:], key[n:], c == nameLam)
		if ok {
			a.clitics = letters[:n]
			return a, true
		}
	}
	return nameAnalysis{}, false
}

// cliticRest looks up what follows a proclitic: in the curated lexicon, as
// it is or after its article; after li (afterLam), a word starting with lam
// may be the article without its alif. A name must have three letters at
// least; a common word may have two (ومن: wa-min).
func (p *namePhrase) cliticRest(rest, restKey []byte, afterLam bool) (nameAnalysis, bool) {
	if a := p.base(rest, restKey); a.curated && (len(rest) >= 3 || a.entry.flags&nameCommonWord != 0) {
		return a, true
	}
	if hasNameArticle(rest) {
		if a := p.base(rest[2:], restKey[2:]); a.curated {
			a.article = true
			return a, true
		}
	}
	if afterLam && rest[0] == nameLam {
		p.scratch = append(append(p.scratch[:0], nameAlef), restKey...)
		if a := p.base(rest, p.scratch); a.curated {
			return a, true
		}
		if a := p.base(rest[1:], restKey[1:]); a.curated {
			a.article = true
			return a, true
		}
	}
	return nameAnalysis{}, false
}

// nameCliticSpelling spells the proclitics written before a common word.
var nameCliticSpelling = [numNameLetters + 1]string{
	nameWaw: "wa-", nameFeh: "fa-", nameBeh: "bi-", nameLam: "li-", nameKaf: "ka-",
}

// Spelling pieces of the styles.
var (
	nameArticle  = [numNameStyles]string{EnglishNews: "al-", Egyptian: "el-", Maghrebi: "El "}
	nameAbdul    = [numNameStyles]string{EnglishNews: "Abdul ", Egyptian: "Abdel ", Maghrebi: "Abdel"}
	nameDinAfter = [numNameStyles]string{EnglishNews: " al-Din", Egyptian: " el-Din", Maghrebi: "eddine"}
)

// nameSunLetter marks the letters the article assimilates to.
var nameSunLetter = [numNameLetters + 1]bool{
	nameTeh: true, nameTheh: true, nameDal: true, nameThal: true, nameReh: true, nameZain: true,
	nameSeen: true, nameSheen: true, nameSad: true, nameDad: true, nameTah: true, nameZah: true,
	nameLam: true, nameNoon: true,
}

// appendPhrase appends the spelling of the phrase p. When unit is not nil,
// it is called after each unit with the unit's bytes in the phrase, from
// start to end, and its spelling's in dst, from from to to.
func (st NameStyle) appendPhrase(dst []byte, p *namePhrase, unit func(start, end, from, to int)) []byte {
	end := 0 // of the text already spelled
	for i := 0; i < len(p.words); {
		dst = p.appendGap(dst, end, p.words[i].start)
		u := p.unit(i)
		from := len(dst)
		dst = st.appendUnit(dst, p, u)
		if i == 0 && !u.commonWord() {
			nameCapitalize(dst[from:]) // Bin Laden, Al-Sarraj
		}
		start := p.words[i].start
		i += u.words
		end = p.words[i-1].end
		if unit != nil {
			unit(start, end, from, len(dst))
		}
	}
	return p.appendGap(dst, end, len(p.s))
}

// appendUnit appends the best spelling of u.
func (st NameStyle) appendUnit(dst []byte, p *namePhrase, u nameUnit) []byte {
	switch u.kind {
	case nameUnitPhrase:
		return append(dst, u.entry.first(st)...)
	case nameUnitAbd:
		if u.inLex {
			return appendNameSpelling(dst, u.entry.first(st), u.entry.flags&nameCurated == 0)
		}
		if !u.article {
			return st.appendName(append(dst, "Abd "...), u.name) // عبد ربه: Abd Rabbo
		}
		start := len(dst)
		dst = st.appendName(append(dst, nameAbdul[st]...), u.name)
		if st == Maghrebi {
			dst = fuseNameAbd(dst, start, u.name.letters[0])
		}
		return dst
	case nameUnitDin:
		start := len(dst)
		dst = st.appendName(dst, u.name)
		if st == Maghrebi {
			nameLower(dst[start+1:])
		}
		return append(dst, nameDinAfter[st]...)
	case nameUnitAllah:
		start := len(dst)
		dst = st.appendName(dst, u.name)
		return appendNameAllah(dst, start, u.name.letters)
	}
	return st.appendName(dst, u.name)
}

// fuseNameAbd turns "Abdel" + "Name", spelled in dst[start:], into the fused
// Maghrebi form: Abdelaziz, or before a sun letter (first is the name's first
// letter) the assimilated Abderrahmane, whose l becomes the name's first
// consonant; before a digraph the l goes: Abdechafi.
func fuseNameAbd(dst []byte, start int, first byte) []byte {
	b := dst[start+len("Abde"):]
	nameLower(b[1:])
	if !nameSunLetter[first] || len(b) < 3 || strings.IndexByte("aeiou", b[1]) >= 0 {
		return dst
	}
	if b[2] == 'h' {
		return append(dst[:start+len("Abde")], b[1:]...)
	}
	b[0] = b[1]
	return dst
}

// appendNameAllah appends "allah" to the name spelled in dst[start:] the way the
// X-allah compounds are written: Nasrallah, Atallah, and with the teh
// marbuta of a construct as t: Hibatallah.
func appendNameAllah(dst []byte, start int, letters []byte) []byte {
	if len(dst) > start && dst[len(dst)-1] == 'a' {
		if letters[len(letters)-1] == nameTehMarbuta {
			return append(dst, "tallah"...)
		}
		return append(dst, "llah"...)
	}
	return append(dst, "allah"...)
}

// appendName appends the best spelling of a.
func (st NameStyle) appendName(dst []byte, a nameAnalysis) []byte {
	if a.inLex && a.entry.flags&nameCommonWord != 0 {
		for _, c := range a.clitics {
			dst = append(dst, nameCliticSpelling[c]...)
		}
	}
	if a.article {
		dst = append(dst, nameArticle[st]...)
	}
	if a.inLex {
		return appendNameSpelling(dst, a.entry.first(st), !a.curated)
	}
	return st.appendModel(dst, a.letters, a.by)
}

// appendModel appends the best spelling of letters by the models, as by
// says, or else by the rules. A word of silent letters (a lone hamza or
// ain) is written as an apostrophe, so that no word vanishes.
func (st NameStyle) appendModel(dst []byte, letters []byte, by uint8) []byte {
	start := len(dst)
	found := false
	if len(letters) <= nameMaxLetters {
		dst, found = st.appendModels(dst, letters, by)
	}
	if !found {
		dst = appendNameRules(dst[:start], letters)
	}
	if len(dst) == start {
		return append(dst, '\'')
	}
	nameCapitalize(dst[start:])
	return dst
}

// appendModels appends the spelling of letters by the model that by names,
// or by the other if that one finds none. With nameByEither, the names
// model's spelling stands if it is a romanization of Arabic (see
// nameDecoder.arabicSpelling) and the Arabic-word model's score is not
// much the better (see nameEitherMargin); with nameByNames, if it is
// pronounceable (namePronounceable).
func (st NameStyle) appendModels(dst []byte, letters []byte, by uint8) ([]byte, bool) {
	start := len(dst)
	first, second := nameNamesModel, nameArabicModel
	if by == nameByArabic {
		first, second = second, first
	}
	dst, found, arabic, score := st.appendModelSpelling(dst, first, letters)
	var other bool // try the second model
	switch by {
	case nameByArabic:
		if !found {
			dst, found, _, _ = st.appendModelSpelling(dst[:start], second, letters)
		}
		return dst, found
	case nameByEither:
		other = true
	case nameByNames:
		other = !found || !namePronounceable(dst[start:])
	}
	if !other {
		return dst, found
	}
	mid := len(dst)
	dst, found2, _, score2 := st.appendModelSpelling(dst, second, letters)
	if found2 && (by == nameByNames || !found || !arabic || score2-nameEitherSlope*score > nameEitherMargin) {
		return append(dst[:start], dst[mid:]...), true
	}
	return dst[:mid], found
}

// appendModelSpelling appends the best spelling of letters by the model lm,
// if it finds one, and reports whether it did, whether the spelling is one
// of Arabic (always, for the Arabic-word model; see
// nameDecoder.arabicSpelling for the names model), and its score.
func (st NameStyle) appendModelSpelling(dst []byte, lm *lazyNameModel, letters []byte) (out []byte, found, arabic bool, score float32) {
	d := lm.decoder()
	defer lm.putDecoder(d)
	if !d.search(letters, nameBeam1, true) {
		return dst, false, false, 0
	}
	start := len(dst)
	dst = d.spell(dst, letters, 0, st)
	arabic = lm != nameNamesModel || d.arabicSpelling(dst[start:], len(letters))
	return dst, true, arabic, d.beams[len(letters)+1][0].score
}

// appendNameSpelling appends s, capitalized if capital is set (the training
// pairs are in lowercase).
func appendNameSpelling(dst []byte, s string, capital bool) []byte {
	start := len(dst)
	dst = append(dst, s...)
	if capital {
		nameCapitalize(dst[start:])
	}
	return dst
}

// nameCapitalize makes the first letter of b uppercase if it is an ASCII
// lowercase letter.
func nameCapitalize(b []byte) {
	if len(b) > 0 && 'a' <= b[0] && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
	}
}

// nameLower makes the ASCII letters of b lowercase.
func nameLower(b []byte) {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}
