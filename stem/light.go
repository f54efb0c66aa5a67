package stem

import (
	"unicode/utf8"
	"unsafe"
)

// light is this package's own light stemmer; see Light for what it does.
// Its steps, each in a function of its own:
//
//  1. Leave alone a word with a letter of other languages (hasForeignLetter).
//  2. Split the clitics as package tokenize does, reading the letters that
//     normalize.Search folded as they were written (splitClitics, in
//     light_clitics.go), and keep a stop word at that.
//  3. Remove the article's ل after the preposition ل (isArticleLam), or
//     take back a proclitic that is the first letter of a name
//     (isProclitic).
//  4. Remove the article ال.
//  5. Keep the words of the lexicon, with a pronoun after them too, and
//     names with foreign endings whole (isLightWhole, hasForeignEnding,
//     in light_names.go).
//  6. Remove one inflectional suffix (suffixEnd), or, before a pronoun,
//     the ت that ة becomes.
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

// lightBounds returns the stem of word as the bounds word[i:j].
func lightBounds(word string) (i, j int) {
	if hasForeignLetter(word) {
		return 0, len(word)
	}
	c := splitClitics(word, false)
	i, j = c.pro, len(word)-c.enc
	if IsStopWord(word[i:j]) {
		return i, j
	}
	definite := false
	if i > 0 {
		p := lastProclitic(word[:i])
		if isArticleLam(word[p:i], word[i:j]) {
			i += len("ل")
			definite = true
		} else if !isProclitic(word[p:j], i-p) {
			i = p
		}
	}
	if !definite && hasPrefix(word[i:j], "ال") && letters(word[i:j]) >= 5 {
		i += len("ال")
		definite = true
	}
	stem := word[i:j]
	switch {
	case isLightWhole(word[i:]):
		return i, len(word) // a pronoun split from a name: مصراته
	case isLightWhole(stem) || hasForeignEnding(stem):
		return i, j
	}
	feminine := c.feminine
	if definite && (hasSuffix(stem, "ه") || hasSuffix(stem, "ة")) {
		// The article takes no pronoun, so a final ه is ة or radical:
		// ask as for a word without the article.
		feminine = splitClitics(stem, false).feminine
	}
	return i, i + suffixEnd(stem, c.enc > 0, definite, feminine)
}

// isArticleLam reports whether base, after the proclitic p, starts with
// the article written as ل: للسلطة is ل + لسلطة, the preposition ل and
// the article without its alef, but للبنان is ل + لبنان. The ل is the
// article when tokenize.SplitClitics would split it from base as a
// proclitic, a bare alef after it read as أ (لأمن: للأمن is ل + ال + أمن).
func isArticleLam(p, base string) bool {
	return p == "ل" && hasPrefix(base, "ل") && letters(base) >= 4 && splitClitics(base, true).pro > 0
}

// A suffixGuard names what a stem must be, beyond its length, for an
// inflectional suffix to come off it.
type suffixGuard uint8

const (
	anyStem        suffixGuard = iota
	notStan                    // not the -stan of names (باكستان)
	notAfaal                   // not the broken plural أفعال (اصوات)
	soundPlural                // see isSoundPlural
	definiteDual               // a dual after the article; see isSoundPlural
	verbPlural                 // a verb of six letters or fewer (قالوا)
	feminineEnding             // the ه that splitClitics found to be ة or a pronoun
)

// lightSuffixes are the inflectional suffixes Light removes, tried in
// order: the first that the stem ends in, that leaves min letters and
// whose guard holds, comes off, all but the letters of keep. Only one
// comes off: a stem that ends in a suffix after that is a word of its own
// (وزيرات is وزير + ات; قوات is قو + ات, not ق + وات).
var lightSuffixes = [...]struct {
	suffix, keep string
	min          int // letters that stay, keep included
	guard        suffixGuard
}{
	// The plural and feminine of nisba adjectives keep their ي:
	// مصريين, مصرية → مصري, which is not مصر.
	{"يين", "ي", 4, anyStem},
	{"يون", "ي", 4, anyStem},
	{"يات", "ي", 4, anyStem},
	// The feminine dual, its ة written ت: حكومتان, حكومتين.
	{"تين", "", 3, notStan},
	{"تان", "", 3, notStan},
	// The feminine sound plural.
	{"ات", "", 3, notAfaal},
	// The masculine sound plural, the dual after the article, and the
	// plural of verbs in the imperfect: المسؤولون, الطرفين, يعملون.
	{"ون", "", 3, soundPlural},
	{"ين", "", 3, soundPlural},
	{"ان", "", 3, definiteDual},
	// The plural of verbs in the perfect: قالوا.
	{"وا", "", 3, verbPlural},
	// The feminine ة, written ه by normalize.Search.
	{"ه", "", 3, feminineEnding},
	{"ة", "", 3, feminineEnding},
}

// suffixEnd returns the length of stem without its inflectional suffix.
// enclitic tells whether a pronoun followed the stem, definite whether
// the article came before it, feminine whether a final ه is ة.
func suffixEnd(stem string, enclitic, definite, feminine bool) int {
	if len(stem) < 2 {
		return len(stem)
	}
	switch stem[len(stem)-2:] {
	case "ن", "ت", "ا", "ه", "ة":
	default:
		return len(stem) // no suffix ends in another letter
	}
	n := letters(stem)
	for _, s := range lightSuffixes {
		if !hasSuffix(stem, s.suffix) {
			continue
		}
		end := len(stem) - len(s.suffix) + len(s.keep)
		if n-letters(s.suffix)+letters(s.keep) >= s.min && s.guard.allows(stem[:end], definite, feminine) {
			return end
		}
	}
	if enclitic && hasSuffix(stem, "ت") && n-1 >= 3 && !isAfaal(stem[:len(stem)-len("ت")]) {
		// Before a pronoun ة is written ت: حكومته is حكومة + ه.
		return len(stem) - len("ت")
	}
	return len(stem)
}

// allows reports whether the guard lets a suffix come off, leaving s.
func (g suffixGuard) allows(s string, definite, feminine bool) bool {
	switch g {
	case notStan:
		return !hasSuffix(s, "س")
	case notAfaal:
		return !isAfaal(s)
	case soundPlural:
		return isSoundPlural(s, definite)
	case definiteDual:
		return definite && !hasPrefix(s, "ا") && isSoundPlural(s, definite)
	case verbPlural:
		return letters(s) <= 6 && !hasSuffix(s, "ا")
	case feminineEnding:
		// The ه of الله is radical (عبدالله).
		return feminine && !hasSuffix(s, "لل")
	}
	return true
}

// isAfaal reports whether s is the broken plural أفعال without its last
// letter: ا and two letters (اصوات, اوقات), whose ات is no suffix.
func isAfaal(s string) bool {
	return letters(s) == 3 && hasPrefix(s, "ا")
}

// isSoundPlural reports whether s, a word without its ون, ين or ان, is the
// stem of a sound plural, a dual or a verb, rather than a word whose ن is
// radical (قانون, تعاون, قوانين) or a name (بوتين, كلينتون). Names from
// other languages end in -on, -in and -an as often as Arabic plurals do
// in ون and ين, so the suffix comes off only a stem with the shape of a
// word that takes it: after the article; a participle in م (مسؤولون,
// متظاهرين); a verb in the imperfect of six letters or fewer (يعملون).
func isSoundPlural(s string, definite bool) bool {
	n, first, last := shape(s)
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

// letters returns the number of characters in s.
func letters(s string) int { return utf8.RuneCountInString(s) }

// shape returns the number of characters in s, its first three and its
// last.
func shape(s string) (n int, first [3]rune, last rune) {
	for _, r := range s {
		if n < len(first) {
			first[n] = r
		}
		last = r
		n++
	}
	return n, first, last
}

func isLongVowel(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' }

// isLightWhole reports whether word is in Light's lexicon of words it
// keeps whole (lightwhole.txt).
func isLightWhole(word string) bool {
	return lightWhole.contains(word)
}
