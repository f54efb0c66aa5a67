// Package clitic finds the clitics of an Arabic word: the rules and word
// lists behind tokenize.Clitics and tokenize.SplitClitics, which document
// them, and behind stem.Light, which removes what they find. Keeping them
// here, in one package that both import, gives the two one analysis.
//
// A word is read once into letter codes (see package lexicon) and packed
// into 64-bit keys, so that each lookup in the word lists is a hash and one
// or two loads, and the rules compare letters as small integers. A caller
// that needs more than the Split, as stem.Light does, keeps the Word and
// looks up its letters by Key without reading the word again.
//
// # Word lists
//
// tables.go holds the class of each rune of the Arabic block and a hash
// table (lexicon.Table: 2,048 slots of 9 bytes, 18 KB, and a filter of
// 2 KB) of two lists:
//
//   - data/clitics.txt, about 500 words written by hand for this module
//     from general knowledge of Modern Standard Arabic, under the module's
//     license;
//   - data/names.txt, about 600 names whose first or last letters look like
//     clitics or suffixes, derived (by TestDeriveNames, see names_test.go)
//     from the train splits of two lists of names: wd_arabic_64 of the
//     Wikidata person-name pairs of Merhav and Ash (COLING 2018), data
//     under CC0 1.0 (data/LICENSE-wikidata-names), and ar2en-train.txt of
//     Google's Arabic-English transliteration pairs, Copyright Google,
//     under the Apache License 2.0 (data/LICENSE-google-ar2en). Nothing of
//     their test splits, and nothing of UD Arabic-PUD, on which the rules
//     are measured, is in them.
package clitic

//go:generate go run gen.go

import "github.com/go-arabic/arabic/internal/clitic/lexicon"

// A Split is the analysis of a word, as byte offsets into it: the
// proclitics are word[:Pro], the base word[Pro:Enc] and the pronoun
// enclitic word[Enc:]. The base may start with the article, word[Pro:Stem]:
// ال, or the ل left of it after the preposition ل (للسلطة is ل + لسلطة).
// Stem is Pro when the base has no article. ProN, StemN and EncN are the
// same bounds counted in letters, for Word.Key and Word.IsName.
type Split struct {
	Pro, Stem, Enc    int
	ProN, StemN, EncN int
}

// Analyze splits the word s, leaving the Split in w.Split and the letters
// of the word in w, for Key, IsName and the like. folded tells that the
// word was normalized as normalize.Search and normalize.Lucene normalize
// it, with أ إ آ written ا and ة written ه, so that the rules read a bare
// alef and a final ه as either letter. It reports false, with the Split of
// the whole word, if s is not one the rules split: Arabic letters, each
// with its marks.
func (w *Word) Analyze(s string, folded bool) bool {
	if !w.read(s) {
		w.Split = Split{Enc: len(s)}
		return false
	}
	w.folded = folded
	e, p := w.enclitic()
	if e == 0 {
		p = w.proclitics(0)
	}
	a := p + w.article(p, w.n-e)
	w.ProN, w.StemN, w.EncN = p, a, w.n-e
	w.Pro, w.Stem, w.Enc = w.Offset(p), w.Offset(a), w.Offset(w.n-e)
	return true
}

// Bare reports whether word starts with a letter of the Arabic block that
// no proclitic is and ends in letters that no enclitic ends in (as ين, ون
// and ان do, but not هن), so that the rules split nothing from it: most
// words, which a caller that needs no more than the Split need not
// Analyze. It reads six bytes.
func Bare(word string) bool {
	if len(word) < 4 {
		return false
	}
	const proclitic = 1<<waw | 1<<feh | 1<<beh | 1<<kaf | 1<<lam | 1<<seen | 1
	if uint64(1)<<letterClass(word[0], word[1])&proclitic != 0 {
		return false
	}
	n := len(word)
	switch last := letterClass(word[n-2], word[n-1]); last {
	case 0, heh, kaf, yeh:
		return false
	case alef, meem, noon:
		// An enclitic in ا م ن has ه ك ن or م before: ها كما نا هما هم كم هن كن.
		const beforeEnclitic = 1<<heh | 1<<kaf | 1<<noon | 1<<meem | 1
		return uint64(1)<<letterClass(word[n-4], word[n-3])&beforeEnclitic == 0
	}
	return true
}

// letterClass returns the code of the letter of the Arabic block whose two
// bytes in UTF-8 are c0 and c1, or 0 if they are no such letter.
func letterClass(c0, c1 byte) uint8 {
	if c0-0xD8 > 3 || c1&0xC0 != 0x80 {
		return 0
	}
	if c := classes[(c0-0xD8)<<6|c1&0x3F]; c < lexicon.OtherLetter {
		return c
	}
	return 0
}

// IsName reports whether letters i to j of the word are a name of
// data/names.txt, whose last letters are the name's although they may
// look like a suffix.
func (w *Word) IsName(i, j int) bool { return w.lookup(i, j)&name != 0 }
