package stem

// snowball is the Snowball Arabic stemmer of Assem Chelli and Abdelkrim
// Aries, as Snowball 2.2.0 compiles it from algorithms/arabic.sbl
// (https://snowballstem.org/algorithms/arabic/stemmer.html). The routines
// below carry the names of the .sbl routines and run in the order of its
// stem routine, so that the code can be read beside the algorithm:
//
//	Checks1          on the word as given: a definite article marks a noun
//	Normalize_pre    harakat, tatweel, digits, presentation forms
//	backwards        the suffixes of verbs, else of nouns, else alef maqsura
//	prefixes         Prefix_Step1 … Prefix_Step4_Verb
//	Normalize_post   hamza carriers
//
// The Snowball language has a cursor that its commands move, and the
// algorithm depends on where they leave it, so sbWord keeps one, with the
// semantics of the Snowball runtime. Each "$word_len = len" counts the
// characters of the whole current string, which the runtime counts as the
// bytes that are not UTF-8 continuation bytes (charCount).
type snowball struct{}

func (snowball) name() string { return "snowball" }

func (snowball) stem(word string) string {
	var buf [64]byte // most words fit: no allocation unless the stem is not a substring of word
	return shareOrCopy(word, snowballStem(append(buf[:0], word...), 0))
}

func (snowball) appendStem(dst, word []byte) []byte {
	return snowballStem(append(dst, word...), len(dst))
}

// snowballStem is the stem routine of arabic.sbl. It stems the word
// b[start:] in place and returns b with the stem in place of the word.
func snowballStem(b []byte, start int) []byte {
	z := sbWord{isNoun: true, isVerb: true}
	z.checks1(b[start:])
	b = normalizePre(b, start)
	z.b, z.n = b[start:], charCount(b[start:])

	z.c = len(z.b) // backwards ( … )
	z.suffixes()
	z.c = 0 // the cursor returns to where backwards found it

	z.prefixes()

	z.c = 0 // prefixes ran inside do ( … ), which restores the cursor
	z.normalizePost()
	return b[:start+len(z.b)]
}

// sbWord is the state of the Snowball machine: the current string, its
// length in characters, the cursor, and the algorithm's variables.
//
// A routine that fails leaves the cursor where it was. A routine that
// succeeds leaves it where the Snowball runtime would: after a forward
// replacement, after the inserted text; after a backward one, before it.
// With that, the cursor resets that Snowball's "or", "try" and "do" perform
// on failure need no code of their own.
type sbWord struct {
	b []byte // the current string
	n int    // its length in characters
	c int    // the cursor, a byte offset into b

	wordLen                   int // the algorithm's $word_len
	isNoun, isVerb, isDefined bool
}

// A rule is one line of a Snowball "among": an affix, the condition on
// $word_len, and what the affix becomes.
type rule struct {
	affix   string
	minLen  int    // the rule applies when $word_len >= minLen
	replace string // "" deletes the affix
}

// An among is the rules of one "[substring] among (…)" routine, longest
// affix first: Snowball takes the longest affix that matches and then
// either applies its rule or fails; it does not fall back to a shorter one.
type among []rule

// forward runs a forward-mode routine of the shape
//
//	$word_len = len  [substring] among ( 'affix' ($word_len >= n <- 'replace') … )
//
// at the cursor. It reports whether a rule applied.
func (z *sbWord) forward(a among) bool {
	z.wordLen = z.n
	rest := z.b[z.c:]
	if len(rest) < 2 {
		return false // every affix is at least one two-byte letter
	}
	for _, r := range a {
		// The second byte of a two-byte letter tells the letters apart:
		// comparing it first rejects most rules at once.
		if r.affix[1] == rest[1] && hasPrefix(rest, r.affix) {
			if z.wordLen < r.minLen {
				return false
			}
			z.replace(z.c, z.c+len(r.affix), r.replace)
			z.c += len(r.replace)
			return true
		}
	}
	return false
}

// backward is forward in backward mode: the affix ends at the cursor.
func (z *sbWord) backward(a among) bool {
	z.wordLen = z.n
	head := z.b[:z.c]
	if len(head) < 2 {
		return false
	}
	last := head[len(head)-1]
	for _, r := range a {
		if r.affix[len(r.affix)-1] == last && hasSuffix(head, r.affix) { // as in forward
			if z.wordLen < r.minLen {
				return false
			}
			z.c -= len(r.affix)
			z.replace(z.c, z.c+len(r.affix), r.replace)
			return true
		}
	}
	return false
}

// prev is "next" in backward mode: it moves the cursor back one character.
func (z *sbWord) prev() bool {
	if z.c == 0 {
		return false
	}
	for z.c--; z.c > 0 && z.b[z.c]&0xC0 == 0x80; z.c-- {
	}
	return true
}

// replace replaces b[i:j] with s, which is never longer: every rule of
// this algorithm deletes an affix or replaces it with fewer or as many
// letters, and every affix and replacement is two-byte Arabic letters.
func (z *sbWord) replace(i, j int, s string) {
	copy(z.b[i:], s)
	copy(z.b[i+len(s):], z.b[j:])
	// Reslicing z.b in place, rather than appending, lets escape analysis
	// see a self-assignment, so that Stem's buffer stays on the stack.
	z.b = z.b[:len(z.b)-(j-i-len(s))]
	z.n -= (j - i - len(s)) / 2
}

// shareOrCopy returns stem as a string. When stem is a substring of word
// starting in its first maxShare bytes, where the stems of the algorithms
// that strip prefixes begin, it returns that substring; otherwise it copies.
func shareOrCopy(word string, stem []byte) string {
	const maxShare = 16 // eight Arabic letters
	for i := 0; i <= min(len(word)-len(stem), maxShare); i++ {
		if word[i:i+len(stem)] == string(stem) {
			return word[i : i+len(stem)]
		}
	}
	return string(stem)
}
