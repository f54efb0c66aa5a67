package stem

import (
	"iter"
	"slices"
)

//go:generate go run gen.go

// IsStopWord reports whether word is an Arabic function word: a
// preposition, conjunction, pronoun, demonstrative, relative, interrogative,
// particle, auxiliary verb such as كان, or one of these with the
// conjunction و or ف or a pronoun attached. The list is this package's own
// (see stopwords.txt in the source) and holds each word as written and as
// normalization writes it: without harakat, with ا for أ إ آ, ي for ى and
// ئ, ه for ة and و for ؤ, in every combination. So IsStopWord works on raw
// text and on text normalized by normalize.Search or normalize.Lucene; in
// normalized text على and the name علي are one word, and both are stop
// words. Matching is exact otherwise: IsStopWord does not normalize,
// and words with tatweel or presentation forms are not on the list.
// IsStopWord makes no allocations.
func IsStopWord(word string) bool {
	return stopWords.contains(word)
}

// StopWords returns an iterator over the words that IsStopWord reports,
// in ascending byte order.
func StopWords() iter.Seq[string] {
	return slices.Values(stopWords.words)
}
