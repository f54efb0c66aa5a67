package stem

// Protect returns a Stemmer that returns each of words unchanged, as it is
// given, and stems every other word as s does: a way to keep names,
// places and a domain's terms whole. A word matches only when its bytes are
// equal, so protect words in the form the stemmer will see them (after the
// same normalization). Protect copies words: changing the caller's slice
// later changes nothing. Protecting words with a Stemmer that already
// protects some gives one that protects both sets. The result has s's Name.
func (s Stemmer) Protect(words ...string) Stemmer {
	p := &protected{a: s.a, words: make(map[string]struct{}, len(words))}
	if q, ok := s.a.(*protected); ok {
		p.a = q.a
		for w := range q.words {
			p.words[w] = struct{}{}
		}
	}
	for _, w := range words {
		p.words[w] = struct{}{}
	}
	return Stemmer{p}
}

// protected is the algorithm of a Stemmer made by Protect. It never
// changes after Protect returns, so it is safe for concurrent use.
type protected struct {
	a     algorithm // nil for the zero Stemmer
	words map[string]struct{}
}

func (p *protected) name() string { return Stemmer{p.a}.Name() }

func (p *protected) stem(word string) string {
	if _, ok := p.words[word]; ok {
		return word
	}
	return Stemmer{p.a}.Stem(word)
}

func (p *protected) appendStem(dst, word []byte) []byte {
	if _, ok := p.words[string(word)]; ok { // the conversion does not copy
		return append(dst, word...)
	}
	return Stemmer{p.a}.AppendStem(dst, word)
}
