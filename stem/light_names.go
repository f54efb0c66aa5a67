package stem

import (
	"strings"
	"unicode/utf8"
)

// The tests of Light that keep names whole. Each is a mark of names from
// other languages that Arabic words lack, and each was kept only if it
// kept many more names whole, on the train split of Google's ar2en list of
// names, than it kept Arabic words from their stems, on the 2016
// development files of UD Arabic-PADT; both were used to measure, and
// nothing of either is in this package.

// hasForeignLetter reports whether word has a letter that Arabic words
// lack and names from other languages are written with: پ چ ژ گ ڤ ڨ ڭ.
func hasForeignLetter(word string) bool {
	// All but پ U+067E lead with the byte 0xDA, which no letter of the
	// Arabic alphabet does: most words are passed over without decoding.
	if strings.IndexByte(word, 0xDA) < 0 && !strings.Contains(word, "پ") {
		return false
	}
	for _, r := range word {
		switch r {
		case 'پ', 'چ', 'ژ', 'گ', 'ڤ', 'ڨ', 'ڭ':
			return true
		}
	}
	return false
}

// hasForeignEnding reports whether word, of four letters or more, ends as
// names from other languages do and Arabic words do not: in و after a
// consonant or ي (بلانو, ماريو), unless it is a verb in the imperfect
// (يدعو); in نغ or رغ (-ng, -burg); or in ييه (-ier).
func hasForeignEnding(word string) bool {
	n, first, last := shape(word)
	if n < 4 {
		return false
	}
	if last == 'و' {
		r, _ := utf8.DecodeLastRuneInString(word[:len(word)-len("و")])
		return r != 'ا' && r != 'و' && first[0] != 'ي' && first[0] != 'ت' && first[0] != 'ن'
	}
	return hasSuffix(word, "نغ") || hasSuffix(word, "رغ") || hasSuffix(word, "ييه")
}

// hasArabicShape reports whether word, of three letters or more, has one
// of the shapes that most Arabic nouns and verbs have and few names from
// other languages: a prefix of a verb, participle or verbal noun (م ت ا ي
// ن س), an inflectional ending (ة ه ي ء ات ين ون ان يا), ا third (كتاب,
// رسائل), or و then ا second and third (عوامل).
func hasArabicShape(word string) bool {
	_, first, last := shape(word)
	switch first[0] {
	case 'م', 'ت', 'ا', 'ي', 'ن', 'س':
		return true
	}
	switch last {
	case 'ة', 'ه', 'ي', 'ء':
		return true
	}
	for _, s := range [...]string{"ات", "ين", "ون", "ان", "يا"} {
		if hasSuffix(word, s) {
			return true
		}
	}
	return first[2] == 'ا' || first[1] == 'و' && first[2] == 'ا'
}

// startsWithCluster reports whether the preposition p and base start a
// name from another language with a consonant cluster (Br-, Bl-, Pr-),
// which Arabic writes as ب or ل, then ر (or ل after ب) and a long vowel
// (برايس, بلانت, بروكس). Few Arabic words after ب or ل start so (بروح,
// لرواية), but the names of countries in -ia do (لروسيا), and are left to
// the preposition.
func startsWithCluster(p, base string) bool {
	n, first, _ := shape(base)
	switch {
	case n < 3 || !isLongVowel(first[1]) || hasSuffix(base, "يا"):
		return false
	case first[0] == 'ر':
		return p == "ب" || p == "ل"
	case first[0] == 'ل':
		return p == "ب"
	}
	return false
}
