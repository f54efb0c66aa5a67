// Package clitic finds the clitics of an Arabic word: the rules and word
// lists behind tokenize.Clitics and tokenize.SplitClitics, which document
// them, and behind stem.Light, which removes what they find. Keeping them
// here, in one package that both import, gives the two one analysis.
//
// A word is read once into letter codes (see package lexicon) and packed
// into 64-bit keys, so that each lookup in the word lists is a hash and one
// or two loads, and the rules compare letters as small integers.
package clitic

//go:generate go run gen.go

// A Split is the analysis of a word, as byte offsets into it: the
// proclitics are word[:Pro], the base word[Pro:Enc] and the pronoun
// enclitic word[Enc:]. The base may start with the article, word[Pro:Stem]:
// ال, or the ل left of it after the preposition ل (للسلطة is ل + لسلطة).
// Stem is Pro when the base has no article.
type Split struct {
	Pro, Stem, Enc int
}

// Analyze splits word. folded tells that the word was normalized as
// normalize.Search and normalize.Lucene normalize it, with أ إ آ written
// ا and ة written ه, so that the rules read a bare alef and a final ه as
// either letter. It reports false, with the Split of the whole word, if word
// is not one the rules split: Arabic letters, each with its marks.
func Analyze(s string, folded bool) (Split, bool) {
	var w word
	if !w.read(s) {
		return Split{Stem: 0, Enc: len(s)}, false
	}
	w.folded = folded
	e, p := w.enclitic()
	if e == 0 {
		p = w.proclitics(0)
	}
	sp := Split{Pro: w.offset(p), Enc: w.offset(w.n - e)}
	sp.Stem = sp.Pro
	if w.hasArticle(p) {
		sp.Stem = w.offset(p + 2)
	}
	return sp, true
}
