package clitic

import "github.com/go-arabic/arabic/internal/clitic/lexicon"

// An enclitic is a pronoun suffix.
type enclitic struct {
	affix
	hosted bool // split only from the words of the [hosts] section
}

// enclitics are the pronoun enclitics by their last letter, longest first,
// so that هما is tried before ها.
var enclitics = [lexicon.OtherLetter + 1][]enclitic{
	alef: {{letters(heh, meem, alef), false}, {letters(kaf, meem, alef), true}, {letters(heh, alef), false}, {letters(noon, alef), false}},
	meem: {{letters(heh, meem), false}, {letters(kaf, meem), true}},
	noon: {{letters(heh, noon), false}, {letters(kaf, noon), true}},
	yeh:  {{letters(noon, yeh), true}, {letters(yeh), true}},
	heh:  {{letters(heh), false}},
	kaf:  {{letters(kaf), true}},
}

// enclitic returns the number of letters of the word's pronoun enclitic, or
// 0 if it has none, and, when it has one, the number of letters of the
// proclitics before it.
func (w *Word) enclitic() (e, p int) {
	last := w.raw[w.n-1]
	for _, c := range enclitics[w.code[w.n-1]] {
		m := c.n
		if m >= w.n || !w.endsWith(w.n, c.affix) {
			continue
		}
		if w.code[w.n-1] == yeh && last != rawYeh {
			continue // ي is a pronoun, ى never
		}
		if !c.hosted && c.affix != na && w.hasArticle(0) {
			// The article takes no pronoun but the hosted ones, nor نا:
			// the rules below would come to that after their lookups.
			return 0, 0
		}
		rest := w.n - m
		switch {
		case w.tanween && w.code[w.n-1] == alef:
			continue // the alef of tanween: شبهاً is no شبه + ها
		case c.hosted || c.affix == na && isLongVowel(w.raw[rest-1]):
			// After a long vowel, نا is a pronoun only on a particle
			// (علينا, لدينا); names end in -ina and -ana (كارولينا).
			if w.hosted(rest, m) {
				return w.split(m, w.proclitics(m))
			}
			continue
		case rest < 2 && w.code[0] != lam && w.code[0] != beh:
			continue // the host is a word of two letters or a preposition ل or ب
		case m == 1 && w.code[rest] == heh && w.folded && !w.pronounHeh(rest):
			continue // ة, which folded text writes ه
		}
		// A word with the article takes no pronoun.
		if p := w.proclitics(m); !w.hasArticle(p) {
			return w.split(m, p)
		}
		return 0, 0
	}
	return 0, 0
}

// split returns the enclitic of m letters and the p letters of proclitics
// that enclitic found, or 0, 0 if the word's end is radical after all
// (radicalEnd). Whatever candidate it is asked about, a radical end leaves
// the word with no enclitic, so enclitic asks it last, after its rules
// have found one: most words whose last letters look like a pronoun (the
// nisba ي, the ة that folded text writes ه) fail the rules first, and the
// lookups of radicalEnd are spared.
func (w *Word) split(m, p int) (e, pro int) {
	if w.radicalEnd() {
		return 0, 0
	}
	return m, p
}

// radicalEnd reports whether the word, after any proclitics and article,
// is one whose last letters are radical although they look like a pronoun:
// a [whole], [function] or [stems] word, a [noenclitic] word, or a word that
// ends in a [noenclitic] word of three letters after the prefix of a verb
// or participle (وجه in أوجه, يوجه, موجه).
func (w *Word) radicalEnd() bool {
	for p := 0; p <= 2 && p < w.n && (p == 0 || w.maybeProclitic(p-1)); p++ {
		core := p
		switch {
		case w.hasArticle(p):
			core = p + 2
		case p > 0 && w.raw[p-1] == rawLam && w.raw[p] == rawLam:
			core = p + 1 // ل + ال is written لل
		}
		radical := whole | function | stem | noEnclitic | name
		if p > 0 && w.isEnclitic(p) {
			radical &^= function // لهم is ل + هم, the pronoun on its host
		}
		if w.lookup(p, w.n)&radical != 0 || core != p && w.lookup(core, w.n)&noEnclitic != 0 {
			return true
		}
	}
	return w.n >= 4 && isDerivationPrefix(w.raw[w.n-4]) && w.lookup(w.n-3, w.n)&noEnclitic != 0
}

// isEnclitic reports whether the letters from i to the end are one of the
// enclitics.
func (w *Word) isEnclitic(i int) bool {
	for _, c := range enclitics[w.code[w.n-1]] {
		if w.n-i == c.n && w.endsWith(w.n, c.affix) {
			return true
		}
	}
	return false
}

// hosted reports whether letters 0 to rest, after at most two proclitics,
// are one of the particles that take the pronouns ي ني ك كم كن. The pronoun
// ي, of one letter, needs a host of two (لي and بي are too often the names
// Lee and B).
func (w *Word) hosted(rest, m int) bool {
	if rest > 2+maxHostLetters {
		return false // longer than any host and two proclitics
	}
	for p := 0; p <= 2 && p < rest && (p == 0 || w.maybeProclitic(p-1)); p++ {
		if lookup(w.Key(p, rest))&host != 0 && (m > 1 || rest-p >= 2) {
			return true
		}
	}
	return false
}

// isConjunction reports whether letter i is و or ف, the conjunctions that
// come first; isPreposition whether it is ب ك ل or the future's س, which
// come next.
func (w *Word) isConjunction(i int) bool { return w.raw[i] == rawWaw || w.code[i] == feh }
func (w *Word) isPreposition(i int) bool {
	c := w.code[i]
	return c == beh || c == kaf || c == lam || c == seen
}

// maybeProclitic reports whether letter i is one that a proclitic is made
// of, in its place: و or ف first, then ب ك ل or س.
func (w *Word) maybeProclitic(i int) bool {
	switch {
	case i == 0 && w.isConjunction(0):
		return true
	case i <= 1 && w.isPreposition(i):
		return i == 0 || w.isConjunction(0)
	}
	return false
}

// proclitics returns the number of proclitic letters of the word, whose
// last e letters are its enclitic.
func (w *Word) proclitics(e int) int {
	end := w.n - e
	p := 0
	if w.isConjunction(0) && w.strip(0, end, e) {
		p = 1
	}
	if p < end && w.isPreposition(p) && w.strip(p, end, e) {
		p++
	}
	if p > 0 && w.startsName(p-1, end, e) {
		p--
	}
	return p
}

// strip reports whether letter i is a proclitic of the base that ends before
// letter end; e is the length of the enclitic.
func (w *Word) strip(i, end, e int) bool {
	// The letters' shape first, the lookups of protected only if it allows
	// the split.
	return w.mayStrip(i, end, e) && !w.protected(i, end, e)
}

// mayStrip reports whether letter i may be a proclitic of the base that
// ends before letter end, by its shape and that of the base; strip adds
// that the letters from i are no word of the lexicon.
func (w *Word) mayStrip(i, end, e int) bool {
	m := end - i - 1 // letters after the candidate
	if m <= 0 {
		return false
	}
	next := w.raw[i+1]
	switch {
	case m == 1:
		// Only a preposition that carries the pronoun: وله, فبها.
		return e > 0 && (w.code[i+1] == lam || w.code[i+1] == beh) && w.isConjunction(i)
	case w.code[i] == seen:
		// The future particle, before the prefix of a verb in the imperfect
		// and a stem that starts with a consonant (ستيفن is a name), and no
		// ending of a noun.
		return isImperfectPrefix(next) && (m >= 3 && next != rawAlefHamza || m >= 4) && !isLongVowel(w.raw[i+2]) &&
			w.code[end-1] != tehMarbuta && !w.foldedEnd(end) && !w.endsWith(end, suffixAt) && !w.endsWith(end, suffixIn)
	case w.hasArticle(i + 1), lookup(w.Key(i+1, end))&function != 0:
		return true
	case m == 2, w.code[i] == feh:
		return false
	case next == rawAlef && w.folded && w.raw[i] == rawWaw:
		// Folded text writes أ as ا, and و comes off أ as off any
		// consonant (وأكد); the alef of the words that keep it (واحد) is
		// in the lexicon.
		return true
	case next == rawAlef:
		// A bare alef starts a word only as a hamzat al-wasl: the article,
		// a verb of forms VII, VIII or X or its verbal noun (انتقال,
		// استخدام, اتفاق), or a few nouns (ابن, اسم). Elsewhere the alef is
		// the word's own (وافق, لاحظ) or a name's (لافروف).
		return w.derivedVerb(i+1, end) || lookup(w.Key(i+1, end))&wasla != 0
	case w.code[i] == kaf:
		// As a preposition ك is rarer than the words that start with it: it
		// comes off before a participle or verbal noun in م (كمراقب), or a
		// noun in the genitive of tanween (كرئيسٍ).
		return w.code[i+1] == meem && m >= 4 || w.kasratan
	case w.code[i] == beh && next == rawYeh:
		return false // nouns rarely start with ي; names often do (بيير)
	case w.code[i] == beh && next == rawWaw:
		// Before و, only a word of the lexicon or one with the shape of
		// Arabic words (بوجود, بواسطة), not a name (بولس, بوست).
		return w.lookup(i+1, end) != 0 || w.arabicShape(i+1, end, e)
	}
	return true // و ب ل before a word of three letters or more
}

var (
	na       = letters(noon, alef)
	suffixAt = letters(alef, teh)
	suffixIn = letters(yeh, noon)
)

// hasArticle reports whether letters i and i+1 are the article ال, written
// with a bare alef (إليه is no article), before a word of two letters or
// more.
func (w *Word) hasArticle(i int) bool {
	return i+3 < w.n && w.raw[i] == rawAlef && w.code[i+1] == lam
}

// derivedVerb reports whether letters i to end, which start with a bare
// alef, have the shape of a verb of form VII (انفعل), VIII (افتعل, اتّعل)
// or X (استفعل) or of its verbal noun. Form VII has two consonants after
// its ن, not a long vowel: names start with ان too (انكوك in بانكوك).
func (w *Word) derivedVerb(i, end int) bool {
	n := end - i
	switch {
	case n >= 4 && w.code[i+1] == teh:
		return true // اتّعل: اتفق, اتصل
	case n < 5:
		return false
	case w.code[i+1] == noon:
		// Form VII, or the verbal noun of form IV of a root in ن (إنهاء).
		return !isLongVowel(w.raw[i+2]) && (!isLongVowel(w.raw[i+3]) || n == 5 && w.raw[i+3] == rawAlef)
	}
	return w.code[i+2] == teh || w.code[i+1] == seen && w.code[i+2] == teh
}

func isImperfectPrefix(r uint8) bool {
	return r == 'ي'-0x600 || r == 'ت'-0x600 || r == 'ن'-0x600 || r == rawAlefHamza
}

// isDerivationPrefix reports whether r is a prefix of the imperfect, of a
// participle or of a derived verb, before which a stem of three letters keeps
// its radical end.
func isDerivationPrefix(r uint8) bool {
	return isImperfectPrefix(r) || r == 'م'-0x600 || r == rawAlef
}

func isLongVowel(r uint8) bool { return r == rawAlef || r == rawWaw || r == rawYeh }

// protected reports whether the letters from i to end are a word of the
// lexicon that starts with a radical letter: a [whole] word, or a [stems]
// entry, alone or, if it has three letters or more, with an inflectional
// ending. Before an enclitic, a final ت is also tried as the ة it stands
// for (ولايته is ولاية + ه).
func (w *Word) protected(i, end, e int) bool {
	k := w.Key(i, end)
	if w.protectedAs(k, i, end) || w.foldedEnd(end) && w.protectedAs(withLast(k, end-i, tehMarbuta), i, end) {
		return true
	}
	if e > 0 && w.code[end-1] == teh {
		return w.protectedAs(withLast(k, end-i, tehMarbuta), i, end)
	}
	return false
}

// withLast returns the key k of n letters with its last letter c.
func withLast(k uint64, n int, c uint8) uint64 {
	shift := codeBits * (n - 1)
	return k&^((1<<codeBits-1)<<shift) | uint64(c)<<shift
}

// protectedAs is protected for the letters i to end, whose key is k.
func (w *Word) protectedAs(k uint64, i, end int) bool {
	if lookup(k)&(whole|stem|name) != 0 {
		return true
	}
	for _, s := range inflections[k>>(codeBits*(end-i-1))] {
		m := s.n
		if end-i-m < 3 || k>>(codeBits*(end-i-m)) != s.key {
			continue
		}
		// The stem, or a stem in ة whose ة the ending replaces (كميات).
		base := k & (1<<(codeBits*(end-i-m)) - 1)
		if lookup(base)&stem != 0 || lookup(base|uint64(tehMarbuta)<<(codeBits*(end-i-m)))&stem != 0 {
			return true
		}
	}
	return false
}

// inflections are the endings that a [stems] entry of three letters or more
// may take, by their last letter: feminine, dual, plural and nisba endings
// of nouns, and the person endings of verbs in the perfect.
var inflections = [lexicon.OtherLetter + 1][]affix{
	tehMarbuta: {letters(tehMarbuta), letters(yeh, tehMarbuta)},
	teh:        {letters(alef, teh), letters(yeh, alef, teh), letters(teh)},
	noon: {letters(alef, noon), letters(yeh, noon), letters(waw, noon), letters(yeh, yeh, noon), letters(yeh, waw, noon),
		letters(yeh, alef, noon), letters(teh, alef, noon), letters(teh, yeh, noon), letters(noon)},
	alef: {letters(alef), letters(teh, alef), letters(waw, alef), letters(noon, alef)},
	yeh:  {letters(yeh)},
	meem: {letters(teh, meem)},
}

// pronounHeh reports whether the final ه of a folded word, after the host
// of rest letters, is the pronoun rather than the ة that folded text writes
// ه. Far more nouns end in ة than words take the pronoun ه, so it is the
// pronoun only where ة cannot be: after ت, the ة of a noun before a pronoun
// (حكومته) or a verb's ending; on a particle that takes pronouns (فيه,
// منه, لأنه) or the preposition ل or ب (له, به); and on a verb in the
// imperfect (يجعله), whose ي no noun in ية ends before.
func (w *Word) pronounHeh(rest int) bool {
	switch {
	case w.code[rest-1] == teh, rest == 1 && (w.code[0] == lam || w.code[0] == beh), w.hosted(rest, 2):
		return true
	}
	first := 0
	if rest > 1 && (w.isConjunction(0) || w.code[0] == lam || w.code[0] == seen) {
		first = 1 // the proclitics that come before a verb
	}
	return w.code[first] == yeh && rest-first >= 3 && w.code[rest-1] != yeh
}

// article returns the number of letters of the article at the start of
// the base that starts at letter p and ends before end: 2 for ال, 1 for
// the ل left of it after the preposition ل (للسلطة is ل + ال + سلطة,
// written ل + لسلطة), 0 for none. After ل, a ل is the article if it is a
// proclitic of what follows, as the rules would split it from a word of
// its own (للبنان is ل + لبنان), a bare alef after it read as أ in folded
// text (للامن is ل + ال + أمن).
func (w *Word) article(p, end int) int {
	switch {
	case w.hasArticle(p):
		return 2
	case p == 0 || w.code[p-1] != lam || w.raw[p] != rawLam || end-p < 4:
		return 0
	case w.folded && w.raw[p+1] == rawAlef:
		if !w.protected(p, end, 0) {
			return 1
		}
	case w.strip(p, end, 0):
		return 1
	}
	return 0
}
