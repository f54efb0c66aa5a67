package clitic

// The shapes of names. Names from other languages start with ب ل ك س و
// as often as Arabic words take them as proclitics, and then what follows
// is no Arabic word. Each test below is a mark of such names that Arabic
// words lack; each was kept only if, on the train splits of the name lists
// that data/names.txt comes from, it kept many more names whole than it
// kept Arabic words from their clitics on the golden article.

// startsName reports whether letter i, the last proclitic the rules found
// before the base that ends before end (e is the enclitic's length), is
// rather the first letter of a name. It is when
//
//   - the base starts with a proclitic that cannot follow it: the
//     conjunctions و and ف come first, then one of ب ك ل س, and no more
//     (بلغراد is no ب + ل + غراد, بوتوماك no ب + و + توماك);
//   - it is a preposition (ب ك ل س) and the base ends as no Arabic word
//     does (ForeignEnding: بلانو), has five letters or more and none of the
//     shapes of Arabic words (arabicShape: بريتيش), or starts a consonant
//     cluster (cluster: برايس).
//
// The conjunction و stays a proclitic before such bases: Arabic writes it
// before names far more often than names start with it.
func (w *Word) startsName(i, end, e int) bool {
	b := i + 1 // the base
	if w.raw[i] == rawLam && w.raw[b] == rawLam {
		return false // ل + ال is written لل
	}
	if end-b >= 2 && (w.isConjunction(b) || w.isPreposition(b)) && !(w.isConjunction(i) && w.isPreposition(b)) &&
		w.strip(b, end, e) {
		return true
	}
	if w.isConjunction(i) || w.lookup(b, end)&(stem|whole|function) != 0 {
		return false // and a word of the lexicon is no name (لبرنامج)
	}
	n := end - b
	return w.ForeignEnding(b, end) || n >= 5 && !w.arabicShape(b, end, e) || w.cluster(i, b, end)
}

// ForeignEnding reports whether letters i to end of the word, four or
// more, end as names from other languages do and Arabic words do not: in و
// after a consonant or ي (بلانو, ماريو), unless they are a verb in the
// imperfect (يدعو); in نغ or رغ (-ng, -burg); or in ييه (-ier).
func (w *Word) ForeignEnding(i, end int) bool {
	if end-i < 4 {
		return false
	}
	last, prev := w.code[end-1], w.code[end-2]
	switch {
	case last == waw:
		return prev != alef && prev != waw && !isImperfectPrefix(w.raw[i]) && w.raw[i] != rawAlefHamza
	case last == ghain:
		return prev == noon || prev == reh
	}
	return last == heh && prev == yeh && w.code[end-3] == yeh
}

// arabicShape reports whether letters i to end, three or more, have one of
// the shapes that most Arabic nouns and verbs have and few names from
// other languages: a prefix of a verb, participle or verbal noun (م ت ا ي
// ن س), an inflectional ending (ة ه ي ء ات ين ون ان يا), ا third (كتاب,
// رسائل), or و then ا second and third (عوامل); or, before a pronoun,
// the ت that ة becomes.
func (w *Word) arabicShape(i, end, e int) bool {
	if e > 0 && w.code[end-1] == teh {
		return true // the ة of a noun before a pronoun (طبيعته)
	}
	switch w.code[i] {
	case meem, teh, alef, yeh, noon, seen:
		return true
	}
	switch w.code[end-1] {
	case tehMarbuta, heh, yeh, hamza:
		return true
	case teh:
		return w.code[end-2] == alef // ات
	case noon:
		if p := w.code[end-2]; p == alef || p == yeh || p == waw {
			return true // ان ين ون
		}
	case alef:
		if w.code[end-2] == yeh {
			return true
		}
	}
	return w.code[i+2] == alef || w.code[i+1] == waw && w.code[i+2] == alef
}

// cluster reports whether the preposition at letter p and the base from
// letter i start a name from another language with a consonant cluster
// (Br-, Bl-, Pr-), which Arabic writes as ب or ل, then ر (or ل after ب)
// and a long vowel (برايس, بلانت, بروكس). Few Arabic words after ب or ل
// start so (بروح, لرواية), but the names of countries in -ia do (لروسيا),
// and are left to the preposition.
func (w *Word) cluster(p, i, end int) bool {
	if end-i < 3 || !isLongVowel(w.raw[i+1]) || w.code[end-1] == alef && w.code[end-2] == yeh {
		return false
	}
	switch w.code[i] {
	case reh:
		return w.code[p] == beh || w.code[p] == lam
	case lam:
		return w.code[p] == beh
	}
	return false
}
