package stem

import (
	"unicode/utf8"
	"unsafe"

	"github.com/go-arabic/arabic/internal/clitic"
)

// light is this package's own light stemmer; see Light for what it does.
// Its steps, in lightBounds:
//
//  1. Split the clitics with the rules of package tokenize, which read a
//     folded word once (clitic.Word.Analyze) and leave alone a word with a
//     letter of other languages; take back a proclitic that is the first
//     letter of a word of Light's lexicon (بركات), and keep a stop word at
//     that.
//  2. Remove the article ال, or the ل left of it after the preposition ل.
//  3. Keep whole the names of package clitic's list and those with the
//     endings of names from other languages (clitic.Word.ForeignEnding),
//     and the words of Light's lexicon (lightWhole), with a pronoun after
//     them too.
//  4. Remove one inflectional suffix (suffixEnd), or, before a pronoun,
//     the ت that ة becomes, and the prefix ي of a verb in the imperfect
//     (isImperfect).
type light struct{}

func (light) name() string { return "light" }

func (light) stem(word string) string {
	i, j := lightBounds(word)
	return word[i:j]
}

func (light) appendStem(dst, word []byte) []byte {
	// The string shares word's bytes for this call only, and nothing
	// changes or keeps them: no copy.
	i, j := lightBounds(unsafe.String(unsafe.SliceData(word), len(word)))
	return append(dst, word[i:j]...)
}

// lightBounds returns the stem of word as the bounds word[i:j]. The
// lookups that keep words whole come last, and only for a word that has
// something to remove.
func lightBounds(word string) (i, j int) {
	var w clitic.Word
	if !w.Analyze(word, true) {
		return 0, len(word) // no Arabic word, or one with letters of other languages
	}
	i, j = w.Pro, w.Enc
	for p := range w.ProN {
		// A proclitic that is the first letter of a word of the lexicon
		// (بركات, ب + ركات to the rules) is the word's own.
		switch {
		case lightWhole.has(w.Key(p, w.EncN)):
			return w.Offset(p), j
		case lightWhole.has(w.Key(p, w.Len())):
			return w.Offset(p), len(word)
		}
	}
	first := w.ProN // the first letter of the stem
	definite := w.StemN > first && w.EncN-w.StemN >= 3
	if definite {
		i, first = w.Stem, w.StemN
	}
	stem := word[i:j]
	end := suffixEnd(stem, w.EncN-first, j < len(word), definite)
	prefix := 0
	if !definite && isImperfect(stem[:end]) {
		prefix = len("ي")
	}
	switch {
	case i == w.Pro && end == len(stem) && prefix == 0:
		return i, j // nothing more to remove
	case stopKeys.has(w.Key(w.ProN, w.EncN)):
		return w.Pro, j
	case j < len(word) && lightWhole.has(w.Key(first, w.Len())):
		return i, len(word) // a pronoun split from a name: مصراته
	case w.ForeignEnding(first, w.EncN) || w.IsName(first, w.EncN) || lightWhole.has(w.Key(first, w.EncN)):
		return i, j
	}
	return i + prefix, i + end
}

// isImperfect reports whether s, without its suffix, is a verb in the
// imperfect whose prefix ي comes off: ي and three consonants (يعمل, of
// يعملون too), whose stem is that of the verb's perfect (عمل). The verbs
// with a long vowel (يكون, يقول) keep it, as their perfect has another
// (كان, قال); so do ت, ن and أ, which start as many nouns (تقدم, نظام).
func isImperfect(s string) bool {
	if len(s) != 4*len("ي") || !hasPrefix(s, "ي") {
		return false
	}
	for _, r := range s[len("ي"):] {
		if r < 'ب' || r > 'ي' || r == 'ة' || isLongVowel(r) {
			return false // a long vowel, a hamza (يؤكد), or no letter
		}
	}
	return true
}

// A suffixGuard names what a stem must be, beyond its length, for an
// inflectional suffix to come off it.
type suffixGuard uint8

const (
	anyStem      suffixGuard = iota
	notAfaal                 // not the broken plural أفعال (اصوات)
	soundPlural              // see isSoundPlural
	definiteDual             // a dual after the article; see isSoundPlural
	verbPlural               // a verb of six letters or fewer (قالوا)
)

// lightSuffixes are the inflectional suffixes Light removes, by their last
// letter (lightSuffixesEndingIn slices them so), tried in order: the first
// that the stem ends in, that leaves min letters and whose guard holds,
// comes off, all but the letters of keep. Only one comes off: a stem that
// ends in a suffix after that is a word of its own (وزيرات is وزير + ات;
// قوات is قو + ات, not ق + وات).
var lightSuffixes = [...]lightSuffix{
	// Ending in ن. The plurals of nisba adjectives keep their ي: مصريين
	// → مصري, which is not مصر. Then the masculine sound plural, the dual
	// after the article, and the plural of verbs in the imperfect:
	// المسؤولون, الطرفين, يعملون.
	{"يين", "ي", 4, anyStem},
	{"يون", "ي", 4, anyStem},
	{"ون", "", 3, soundPlural},
	{"ين", "", 3, soundPlural},
	{"ان", "", 3, definiteDual},
	// Ending in ت: the feminine sound plural, of nisba adjectives too
	// (مصريات → مصري). The feminine dual تان تين is not removed: its ت is
	// the ة that Light keeps, and names end in -tan and -tin: يوكاتان,
	// ماونتين.
	{"يات", "ي", 4, anyStem},
	{"ات", "", 3, notAfaal},
	// Ending in ا: the plural of verbs in the perfect, قالوا.
	{"وا", "", 3, verbPlural},
}

// A lightSuffix is an inflectional suffix and what a stem must be for it
// to come off. Its letters are two bytes each (TestLightSuffixes checks).
type lightSuffix struct {
	suffix, keep string
	min          int // letters that stay, keep included
	guard        suffixGuard
}

// suffixEnd returns the length of stem, of n letters, without its
// inflectional suffix. enclitic tells whether a pronoun followed the stem,
// definite whether the article came before it.
func suffixEnd(stem string, n int, enclitic, definite bool) int {
	if len(stem) < 2 {
		return len(stem)
	}
	for _, s := range lightSuffixesEndingIn(stem[len(stem)-2:]) {
		if !hasSuffix(stem, s.suffix) {
			continue
		}
		end := len(stem) - len(s.suffix) + len(s.keep)
		if rest := n - (len(stem)-end)/2; rest >= s.min && s.guard.allows(stem[:end], rest, definite) {
			return end
		}
	}
	if enclitic && hasSuffix(stem, "ت") && n-1 >= 3 && !isAfaal(stem[:len(stem)-len("ت")], n-1) {
		// Before a pronoun ة is written ت: حكومته is حكومة + ه.
		return len(stem) - len("ت")
	}
	return len(stem)
}

// lightSuffixesEndingIn returns the suffixes of lightSuffixes that end in
// the letter last, so that a stem is compared only with those
// (TestLightSuffixes checks the slices).
func lightSuffixesEndingIn(last string) []lightSuffix {
	switch last {
	case "ن":
		return lightSuffixes[:5]
	case "ت":
		return lightSuffixes[5:7]
	case "ا":
		return lightSuffixes[7:]
	}
	return nil
}

// allows reports whether the guard lets a suffix come off, leaving s, of
// n letters.
func (g suffixGuard) allows(s string, n int, definite bool) bool {
	switch g {
	case notAfaal:
		return !isAfaal(s, n)
	case soundPlural:
		return isSoundPlural(s, n, definite)
	case definiteDual:
		return definite && !hasPrefix(s, "ا") && isSoundPlural(s, n, definite)
	case verbPlural:
		return n <= 6 && !hasSuffix(s, "ا")
	}
	return true
}

// isAfaal reports whether s is the broken plural أفعال without its last
// letter: ا and two letters (اصوات, اوقات), whose ات is no suffix.
func isAfaal(s string, n int) bool {
	return n == 3 && hasPrefix(s, "ا")
}

// isSoundPlural reports whether s, a word without its ون, ين or ان, is the
// stem of a sound plural, a dual or a verb, rather than a word whose ن is
// radical (قانون, تعاون, قوانين) or a name (بوتين, كلينتون). Names from
// other languages end in -on, -in and -an as often as Arabic plurals do
// in ون and ين, so the suffix comes off only a stem with the shape of a
// word that takes it: after the article; a participle in م (مسؤولون,
// متظاهرين); a verb in the imperfect of six letters or fewer (يعملون).
func isSoundPlural(s string, n int, definite bool) bool {
	first, last := shape(s)
	switch {
	case n < 3:
		return false
	case n == 3:
		// A stem of three letters keeps its ن after a long vowel or the
		// prefix ت or م: قانون, زيتون, تعاون, تعيين, مضمون.
		return definite && !isLongVowel(first[1]) && !isLongVowel(first[2]) && first[0] != 'ت' && first[0] != 'م'
	case last == 'ا' || last == 'و':
		return false // ا or و before the ن: تعاون, عنوان
	case n == 4 && first[2] == 'ا' && first[0] != 'م':
		return false // the broken plural فعاليل: قوانين, ميادين
	case definite:
		return true
	case first[0] == 'م' && first[1] != 'ا':
		return true
	case first[0] == 'ي' || first[0] == 'ت':
		return !isLongVowel(first[1]) && n <= 6
	}
	return false
}

// shape returns the first three characters of s and its last.
func shape(s string) (first [3]rune, last rune) {
	rest := s
	for i := range first {
		r, size := utf8.DecodeRuneInString(rest)
		first[i], rest = r, rest[size:]
	}
	last, _ = utf8.DecodeLastRuneInString(s)
	return first, last
}

func isLongVowel(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' }
