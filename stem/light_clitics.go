package stem

import (
	"unsafe"

	"github.com/go-arabic/arabic/tokenize"
)

// clitics are the lengths in bytes of the pieces of a word.
type clitics struct {
	pro, base, enc int
	// feminine tells that the base ends in ة, or in a ه that
	// tokenize.SplitClitics takes for a pronoun and so is not radical:
	// after normalize.Search, ه stands for ة too.
	feminine bool
}

// maxVariant bounds the words that splitClitics reads with their folded
// letters restored: longer ones, which no Arabic word is, are read as they
// are.
const maxVariant = 64

// splitClitics splits word as tokenize.SplitClitics does, but reads two
// letters that normalize.Search folds as they were most likely written,
// because SplitClitics, made for raw text, tells them apart:
//
//   - a final ه, which SplitClitics takes for the pronoun ه, is read as ة,
//     which its lexicon knows words by (وزارة is no و + زار + ه), unless
//     a ت comes before it (حكومته is حكومت + ه, the ة of حكومة written ت
//     before a pronoun) or a function word, which ة never ends (عليه);
//   - a bare alef after the conjunction و or ف is read as أ, which
//     SplitClitics splits them from (وأكد is و + أكد; it keeps واكد
//     whole), unless its lexicon knows the alef for the word's own
//     (واحد); with lam, also after a first ل (see isArticleLam).
//
// The prepositions ب and ل are not tried before a bare alef: on a list of
// names from other languages, far more start with با and لا (باتريك,
// لاريجاني) than Arabic words with a hamza take them.
//
// The word so read is built in an array on the stack, and only lengths
// come back from it, so splitClitics makes no allocations.
func splitClitics(word string, lam bool) clitics {
	pro, base, enc := tokenize.SplitClitics(word)
	c := clitics{pro: len(pro), base: len(base), enc: len(enc), feminine: hasSuffix(base, "ة")}
	tehMarbuta := enc == "ه" && !hasSuffix(base, "ت") && !IsStopWord(base)
	alef := alefAfterConjunction(word, lam)
	if !tehMarbuta && alef <= len(pro) || len(word) > maxVariant {
		return c
	}
	var buf [maxVariant]byte
	n := copy(buf[:], word)
	if tehMarbuta {
		copy(buf[n-len("ه"):], "ة")
		c.feminine = true
	}
	if alef > len(pro) {
		copy(buf[alef:], "أ")
	}
	p, b, e := tokenize.SplitClitics(unsafe.String(&buf[0], n))
	c.pro, c.base, c.enc = len(p), len(b), len(e)
	return c
}

// alefAfterConjunction returns the offset in word of a bare alef after a
// first و or ف, or with lam ل, or 0 if there is none.
func alefAfterConjunction(word string, lam bool) int {
	if (hasPrefix(word, "و") || hasPrefix(word, "ف") || lam && hasPrefix(word, "ل")) && hasPrefix(word[len("و"):], "ا") {
		return len("و")
	}
	return 0
}

// lastProclitic returns the offset in pro, the proclitics of a word, of
// the last one: its letter and the marks after it.
func lastProclitic(pro string) int {
	last := 0
	for i, r := range pro {
		switch r {
		case 'و', 'ف', 'ب', 'ك', 'ل', 'س':
			last = i
		}
	}
	return last
}

// startsWithProclitic reports whether word starts with a letter that can
// be a proclitic, before asking tokenize.SplitClitics whether it is one.
func startsWithProclitic(word string) bool {
	return hasPrefix(word, "و") || hasPrefix(word, "ف") || hasPrefix(word, "ب") ||
		hasPrefix(word, "ك") || hasPrefix(word, "ل") || hasPrefix(word, "س")
}

// isConjunction reports whether the proclitic p is the conjunction و or ف,
// which come before the others.
func isConjunction(p string) bool { return hasPrefix(p, "و") || hasPrefix(p, "ف") }

// isProclitic reports whether the first n bytes of word, the last of the
// proclitics that tokenize.SplitClitics found, and the rest, its base,
// are a proclitic and a base, rather than a name that starts with a letter
// that can be a proclitic: names from other languages start with ب ل ك
// س و as often as Arabic words take them, and then base is no Arabic word.
// It is not one when
//
//   - base starts with a proclitic that cannot follow p: the conjunctions
//     و and ف come first, then one of ب ك ل س, and no more (بلغراد is no
//     ب + ل + غراد, بوتوماك no ب + و + توماك);
//   - p is a preposition (ب ك ل س) and base ends as no Arabic word does
//     (hasForeignEnding: بلانو), has five letters or more and none of the
//     shapes of Arabic words (hasArabicShape: بريتيش), or starts a
//     consonant cluster (startsWithCluster: برايس).
//
// nor when word is in Light's lexicon (بنغازي), unless base is
// (وورقلة is و + ورقلة). The
// conjunction و stays a proclitic before such bases: Arabic writes it
// before names far more often than names start with it.
func isProclitic(word string, n int) bool {
	p, base := word[:n], word[n:]
	switch {
	case isLightWhole(base):
		return true
	case isLightWhole(word):
		return false
	}
	if startsWithProclitic(base) {
		if q := splitClitics(base, false).pro; q > 0 && !(isConjunction(p) && !isConjunction(base[:q])) {
			return false
		}
	}
	if isConjunction(p) {
		return true
	}
	return !hasForeignEnding(base) && !(letters(base) >= 5 && !hasArabicShape(base)) && !startsWithCluster(p, base)
}
