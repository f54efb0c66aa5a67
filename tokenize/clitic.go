package tokenize

import (
	"iter"

	"github.com/go-arabic/arabic/tokenize/internal/lexicon"
	"github.com/go-arabic/arabic/tokenize/internal/ucd"
)

// Clitics returns an iterator over the pieces of one word: its proclitics,
// one Token of kind Proclitic each, then its base (kind Base), then its
// pronoun enclitic if it has one (kind Enclitic). Offsets are relative to
// word, and every Text is a substring of word: the pieces put together give
// the word back. A word that Clitics does not split, such as an Arabic word
// without clitics, a Latin word or a number, is one Base; the empty string
// has no pieces. The word is typically a Token of kind Word from Words.
//
// The pieces are those of the Universal Dependencies Arabic treebanks, which
// keep the surface letters (للسلطة is ل + لسلطة, حكومته is حكومت + ه):
//
//   - proclitics, at most one of each group in this order: the
//     conjunction و or ف; the preposition ب, ك or ل, or the future
//     particle س before a verb in the imperfect (سيكون). Proclitics on a
//     number come off too (و2006);
//   - the article ال, which stays on the base (والكتاب is و + الكتاب);
//   - one pronoun enclitic: ه ها هم هما هن نا, and after the particles that
//     take them (منك, عليكم, إنني) ي ني ك كم كما كن.
//
// Clitics splits only where the letters can be clitics:
//
//   - a word with the article takes no pronoun, nor does a function word
//     (هذه), nor a final alef with tanween (شبهاً);
//   - a pronoun needs a host of two letters, or the preposition ل or ب
//     (لهم is ل + هم); ي needs two (لي and بي stay whole);
//   - a proclitic needs a base of two letters, which must then be a
//     function word (وقد, فهو); ف comes off only before the article or a
//     function word, and ك only before these, a participle in م (كمراقب) or
//     a noun with kasratan (كرئيسٍ), since far more words start with those
//     letters than take them as clitics; before a bare alef, a proclitic
//     comes off only if the alef is a hamzat al-wasl (باستخدام, واسم), not
//     when it is the word's own (وافق) or a name's (لافروف); ب does not
//     come off before ي, which starts names (بيير) more often than nouns;
//   - س comes off only before the prefix of an imperfect verb (ي ت ن, or
//     أ before three letters) followed by a consonant, and a stem of three
//     letters or more without the endings of nouns (ة ات ين).
//
// A lexicon of about 500 words, written by hand for this package from
// general knowledge of Modern Standard Arabic (data/clitics.txt), names the
// words whose first or last letters are radical although they look like
// clitics (وزير, بيروت, لبنان, كتاب, مهم, هنا), with their inflections, and
// the particles that are never split (كما, لقد). Words are looked up with
// harakat and tatweel removed and the hamza forms of alef, alef maksura and
// the Persian letters folded, so vocalized and unvocalized text split alike.
// Hamza matters otherwise: text that writes أ and إ as a bare alef loses the
// splits before them that the hamzat al-wasl rule refuses.
//
// The pieces are a guess from the letters alone, with no dictionary of the
// language: on UD Arabic-PUD, 98.2% of words are split as the treebank
// splits them, where keeping every word whole scores 84.6% (the package's
// tests log the figures). Names the lexicon lacks that start with ب, ل or و
// are the commonest error (برايس is split as ب + رايس).
//
// The iterator reads only word, makes no allocations and may be ranged over
// more than once.
func Clitics(word string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		pro, base, enc := SplitClitics(word)
		for i := 0; i < len(pro); {
			n := proclitic(pro[i:])
			if !yield(Token{Text: pro[i : i+n], Start: i, End: i + n, Kind: Proclitic}) {
				return
			}
			i += n
		}
		if base != "" && !yield(Token{Text: base, Start: len(pro), End: len(pro) + len(base), Kind: Base}) {
			return
		}
		if enc != "" {
			yield(Token{Text: enc, Start: len(word) - len(enc), End: len(word), Kind: Enclitic})
		}
	}
}

// SplitClitics splits word where Clitics does: pro holds the proclitics
// (each one letter with its marks, so len(pro) is 0, 2 or 4 bytes plus their
// marks), base the base and enc the pronoun enclitic, so that
// pro+base+enc == word. All three share memory with word; SplitClitics
// makes no allocations. A stemmer that strips clitics takes base.
func SplitClitics(word string) (pro, base, enc string) {
	var w cliticWord
	if !w.read(word) {
		n := numberProclitics(word)
		return word[:n], word[n:], ""
	}
	e, p := w.enclitic()
	if e == 0 {
		p = w.proclitics(0)
	}
	i, j := w.offset(p), w.offset(w.n-e)
	return word[:i], word[i:j], word[j:]
}

// numberProclitics returns the length of the proclitics written onto a
// number (و2006, ب15, بـ5): one or two letters that make a sequence of
// proclitics, then a digit. It returns 0 for any other word.
func numberProclitics(word string) int {
	var letters [2]rune
	n := 0
	for i := 0; i < len(word); {
		p, size := propAt(word, i)
		switch {
		case p.WB() == ucd.WBNumeric:
			conj := n > 0 && (letters[0] == 'و' || letters[0] == 'ف')
			if n == 1 && (conj || isPreposition(letters[0])) || n == 2 && conj && isPreposition(letters[1]) {
				return i
			}
			return 0
		case n > 0 && (p&ucd.Tatweel != 0 || ignored(p.WB())):
		case arabic(p) && size == 2 && n < len(letters):
			letters[n] = rune(word[i]&0x1F)<<6 | rune(word[i+1]&0x3F)
			n++
		default:
			return 0
		}
		i += size
	}
	return 0
}

// isPreposition reports whether r is one of the prepositions that are
// written onto the next word.
func isPreposition(r rune) bool { return r == 'ب' || r == 'ل' || r == 'ك' }

// proclitic returns the length of the first proclitic in s: one letter and
// the marks and tatweel after it.
func proclitic(s string) int {
	_, n := propAt(s, 0)
	for n < len(s) {
		p, size := propAt(s, n)
		if p&ucd.Tatweel == 0 && !ignored(p.WB()) {
			break
		}
		n += size
	}
	return n
}

// maxCliticLetters bounds the words Clitics analyzes: longer ones, which no
// Arabic word is, stay whole.
const maxCliticLetters = 24

// A cliticWord is a word as the clitic rules see it: its letters without
// marks or tatweel, in two forms, and where each starts in the word.
type cliticWord struct {
	n        int
	letter   [maxCliticLetters]rune     // the letters as written
	key      [2 * maxCliticLetters]byte // the letters folded for lookups, two bytes each
	start    [maxCliticLetters + 1]int  // byte offset of each letter; start[n] is len(word)
	tanween  bool                       // the word ends in an alef with tanween (ـاً)
	kasratan bool                       // the word ends in a letter with kasratan (ـٍ)
}

// read fills w from word and reports whether the word is one Clitics may
// split: Arabic letters of U+0621–U+07FF, each followed by any marks,
// tatweel and joiners.
func (w *cliticWord) read(word string) bool {
	w.n = 0
	fathatan, kasratan := -1, -1 // the letters that last took these marks
	for i := 0; i < len(word); {
		p, size := propAt(word, i)
		switch {
		case w.n > 0 && (p&ucd.Tatweel != 0 || ignored(p.WB())):
			switch word[i : i+size] {
			case "\u064B":
				fathatan = w.n - 1
			case "\u064D":
				kasratan = w.n - 1
			}
		case arabic(p) && p.WB() == ucd.WBALetter && size == 2 && w.n < maxCliticLetters:
			r := rune(word[i]&0x1F)<<6 | rune(word[i+1]&0x3F)
			w.letter[w.n] = r
			f := lexicon.Fold(r)
			w.key[2*w.n], w.key[2*w.n+1] = byte(0xC0|f>>6), byte(0x80|f&0x3F)
			w.start[w.n] = i
			w.n++
		default:
			return false
		}
		i += size
	}
	w.start[w.n] = len(word)
	w.tanween = w.n > 0 && w.letter[w.n-1] == 'ا' && fathatan >= w.n-2
	w.kasratan = w.n > 0 && kasratan == w.n-1
	return w.n > 0
}

// offset returns the byte offset in the word of letter i.
func (w *cliticWord) offset(i int) int { return w.start[i] }

// keyOf returns the folded letters i to j as a lookup key.
func (w *cliticWord) keyOf(i, j int) []byte { return w.key[2*i : 2*j] }

// is reports whether the folded letter i is r, one of the letters that
// clitics are made of (all two bytes in UTF-8).
func (w *cliticWord) is(i int, r rune) bool {
	return w.key[2*i] == byte(0xC0|r>>6) && w.key[2*i+1] == byte(0x80|r&0x3F)
}

// hasArticle reports whether letters i and i+1 are the article ال, written
// with a bare alef (إليه is no article), before a word of two letters or
// more.
func (w *cliticWord) hasArticle(i int) bool {
	return i+3 < w.n && w.letter[i] == 'ا' && w.letter[i+1] == 'ل'
}

// The pronoun enclitics, longest first, so that هما is tried before ها.
var enclitics = [...]struct {
	letters string
	hosted  bool // split only from the words of the [hosts] section
}{
	{"هما", false}, {"كما", true}, {"هم", false}, {"هن", false}, {"ها", false},
	{"كم", true}, {"كن", true}, {"نا", false}, {"ني", true}, {"ه", false}, {"ك", true}, {"ي", true},
}

// enclitic returns the number of letters of the word's pronoun enclitic, or
// 0 if it has none, and, when it has one, the number of letters of the
// proclitics before it.
func (w *cliticWord) enclitic() (e, p int) {
	if w.radicalEnd() {
		return 0, 0
	}
	for _, e := range enclitics {
		m := len(e.letters) / 2
		if m >= w.n || string(w.keyOf(w.n-m, w.n)) != e.letters || e.letters[len(e.letters)-2:] == "ي" && w.letter[w.n-1] != 'ي' {
			continue // ي is a pronoun, ى (folded to ي) never
		}
		rest := w.n - m
		switch {
		case w.tanween && e.letters[len(e.letters)-2:] == "ا":
			continue // the alef of tanween: شبهاً is no شبه + ها
		case e.hosted || e.letters == "نا" && isLongVowel(w.letter[rest-1]):
			// After a long vowel, نا is a pronoun only on a particle
			// (علينا, لدينا); names end in -ina and -ana (كارولينا).
			if w.hosted(rest, m) {
				return m, w.proclitics(m)
			}
			continue
		case rest < 2 && !w.is(0, 'ل') && !w.is(0, 'ب'):
			continue // the host is a word of two letters or a preposition ل or ب
		}
		// A word with the article takes no pronoun.
		if p := w.proclitics(m); !w.hasArticle(p) {
			return m, p
		}
		return 0, 0
	}
	return 0, 0
}

// radicalEnd reports whether the word, after any proclitics and article,
// is one whose last letters are radical although they look like a pronoun:
// a [whole], [function] or [stems] word, a [noenclitic] word, or a word that
// ends in a [noenclitic] word of three letters after the prefix of a verb
// or participle (وجه in أوجه, يوجه, موجه).
func (w *cliticWord) radicalEnd() bool {
	for p := 0; p <= 2 && p < w.n && (p == 0 || w.maybeProclitic(p-1)); p++ {
		core := p
		switch {
		case w.hasArticle(p):
			core = p + 2
		case p > 0 && w.letter[p-1] == 'ل' && w.letter[p] == 'ل':
			core = p + 1 // ل + ال is written لل
		}
		radical := lexicon.Whole | lexicon.Function | lexicon.Stem | lexicon.NoEnclitic
		if p > 0 && w.isEnclitic(p) {
			radical &^= lexicon.Function // لهم is ل + هم, the pronoun on its host
		}
		if lookupWord(w.keyOf(p, w.n))&radical != 0 || lookupWord(w.keyOf(core, w.n))&lexicon.NoEnclitic != 0 {
			return true
		}
	}
	return w.n >= 4 && isDerivationPrefix(w.letter[w.n-4]) && lookupWord(w.keyOf(w.n-3, w.n))&lexicon.NoEnclitic != 0
}

// isEnclitic reports whether the letters from i to the end are one of the
// enclitics.
func (w *cliticWord) isEnclitic(i int) bool {
	for _, e := range enclitics {
		if string(w.keyOf(i, w.n)) == e.letters {
			return true
		}
	}
	return false
}

// hosted reports whether letters 0 to rest, after at most two proclitics,
// are one of the particles that take the pronouns ي ني ك كم كن. The pronoun
// ي, of one letter, needs a host of two (لي and بي are too often the names
// Lee and B).
func (w *cliticWord) hosted(rest, m int) bool {
	for p := 0; p <= 2 && p < rest && (p == 0 || w.maybeProclitic(p-1)); p++ {
		if lookupWord(w.keyOf(p, rest))&lexicon.Host != 0 && (m > 1 || rest-p >= 2) {
			return true
		}
	}
	return false
}

// maybeProclitic reports whether letter i is one that a proclitic is made
// of, in its place: و or ف first, then ب ك ل or س.
func (w *cliticWord) maybeProclitic(i int) bool {
	switch {
	case i == 0 && (w.is(0, 'و') || w.is(0, 'ف')):
		return true
	case i <= 1 && (w.is(i, 'ب') || w.is(i, 'ك') || w.is(i, 'ل') || w.is(i, 'س')):
		return i == 0 || w.is(0, 'و') || w.is(0, 'ف')
	}
	return false
}

// proclitics returns the number of proclitic letters of the word, whose
// last e letters are its enclitic.
func (w *cliticWord) proclitics(e int) int {
	end := w.n - e
	p := 0
	if (w.is(0, 'و') || w.is(0, 'ف')) && w.strip(0, end, e) {
		p = 1
	}
	if p < end && (w.is(p, 'ب') || w.is(p, 'ك') || w.is(p, 'ل') || w.is(p, 'س')) && w.strip(p, end, e) {
		p++
	}
	return p
}

// strip reports whether letter i is a proclitic of the base that ends before
// letter end; e is the length of the enclitic.
func (w *cliticWord) strip(i, end, e int) bool {
	m := end - i - 1 // letters after the candidate
	if m <= 0 || w.protected(i, end, e) {
		return false
	}
	next := w.letter[i+1]
	switch {
	case m == 1:
		// Only a preposition that carries the pronoun: وله, فبها.
		return e > 0 && (next == 'ل' || next == 'ب') && (w.is(i, 'و') || w.is(i, 'ف'))
	case w.is(i, 'س'):
		// The future particle, before the prefix of a verb in the imperfect
		// and a stem that starts with a consonant (ستيفن is a name), and no
		// ending of a noun.
		return isImperfectPrefix(next) && (m >= 3 && next != 'أ' || m >= 4) && !isLongVowel(w.letter[i+2]) &&
			!w.is(end-1, 'ة') && !w.endsWith(end, "ات") && !w.endsWith(end, "ين")
	case lookupWord(w.keyOf(i+1, end))&lexicon.Function != 0, w.hasArticle(i + 1):
		return true
	case m == 2, w.is(i, 'ف'):
		return false
	case next == 'ا':
		// A bare alef starts a word only as a hamzat al-wasl: the article,
		// a verb of forms VII, VIII or X or its verbal noun (انتقال,
		// استخدام, اتفاق), or a few nouns (ابن, اسم). Elsewhere the alef is
		// the word's own (وافق, لاحظ) or a name's (لافروف).
		return w.derivedVerb(i+1, end) || lookupWord(w.keyOf(i+1, end))&lexicon.Wasla != 0
	case w.is(i, 'ك'):
		// As a preposition ك is rarer than the words that start with it: it
		// comes off before a participle or verbal noun in م (كمراقب), or a
		// noun in the genitive of tanween (كرئيسٍ).
		return next == 'م' && m >= 4 || w.kasratan
	case w.is(i, 'ب') && next == 'ي':
		return false // nouns rarely start with ي; names often do (بيير)
	}
	return true // و ب ل before a word of three letters or more
}

// derivedVerb reports whether letters i to end, which start with a bare
// alef, have the shape of a verb of form VII (انفعل), VIII (افتعل, اتّعل)
// or X (استفعل) or of its verbal noun.
func (w *cliticWord) derivedVerb(i, end int) bool {
	if end-i < 4 {
		return false
	}
	return w.letter[i+1] == 'ن' || w.letter[i+1] == 'ت' || w.letter[i+2] == 'ت' ||
		w.letter[i+1] == 'س' && w.letter[i+2] == 'ت'
}

func isImperfectPrefix(r rune) bool { return r == 'ي' || r == 'ت' || r == 'ن' || r == 'أ' }

// isDerivationPrefix reports whether r is a prefix of the imperfect, of a
// participle or of a derived verb, before which a stem of three letters keeps
// its radical end.
func isDerivationPrefix(r rune) bool { return isImperfectPrefix(r) || r == 'م' || r == 'ا' }

func isLongVowel(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' }

// endsWith reports whether the letters before end end in the folded suffix.
func (w *cliticWord) endsWith(end int, suffix string) bool {
	m := len(suffix) / 2
	return end-m >= 0 && string(w.keyOf(end-m, end)) == suffix
}

// protected reports whether the letters from i to end are a word of the
// lexicon that starts with a radical letter: a [whole] word, or a [stems]
// entry, alone or, if it has three letters or more, with an inflectional
// ending. Before an enclitic, a final ت is also tried as the ة it stands
// for (ولايته is ولاية + ه).
func (w *cliticWord) protected(i, end, e int) bool {
	if w.protectedAs(i, end) {
		return true
	}
	return e > 0 && w.is(end-1, 'ت') && w.withLetter(end-1, 'ة', func() bool { return w.protectedAs(i, end) })
}

func (w *cliticWord) protectedAs(i, end int) bool {
	if lookupWord(w.keyOf(i, end))&(lexicon.Whole|lexicon.Stem) != 0 {
		return true
	}
	for _, s := range inflections {
		m := len(s) / 2
		if end-i-m < 3 || !w.endsWith(end, s) {
			continue
		}
		// The stem, or a stem in ة whose ة the ending replaces (كميات).
		if lookupWord(w.keyOf(i, end-m))&lexicon.Stem != 0 || w.withLetter(end-m, 'ة', func() bool {
			return lookupWord(w.keyOf(i, end-m+1))&lexicon.Stem != 0
		}) {
			return true
		}
	}
	return false
}

// withLetter calls f with the folded letter i replaced by r, and restores it.
func (w *cliticWord) withLetter(i int, r rune, f func() bool) bool {
	k := w.key[2*i : 2*i+2]
	k0, k1 := k[0], k[1]
	k[0], k[1] = byte(0xC0|r>>6), byte(0x80|r&0x3F)
	ok := f()
	k[0], k[1] = k0, k1
	return ok
}

// inflections are the endings that a [stems] entry of three letters or more
// may take: feminine, dual, plural and nisba endings of nouns, and the person
// endings of verbs in the perfect.
var inflections = [...]string{
	"ة", "ات", "ان", "ين", "ون", "ا", "ي", "ية", "يات", "يين", "يون", "يان", "تان", "تين",
	"ت", "تا", "وا", "تم", "نا", "ن",
}

// lookupWord returns the sections of the lexicon that the folded word key is
// in, or 0. It tests the filter of lexicon.go first, which rejects most
// words, then searches the sorted table without converting key to a string,
// so it makes no allocations.
func lookupWord(key []byte) lexicon.Flags {
	if h := lexicon.Hash(key); lexiconFilter[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	lo, hi := 0, len(lexiconEntries)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compare(lexiconEntries[m].key, key) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(lexiconEntries) && compare(lexiconEntries[lo].key, key) == 0 {
		return lexiconEntries[lo].flags
	}
	return 0
}

// compare compares a and b byte by byte, as strings.Compare does.
func compare(a string, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return len(a) - len(b)
}
