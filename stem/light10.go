package stem

// light10 is Larkey, Ballesteros and Connell's light10 stemmer ("Improving
// stemming for Arabic information retrieval: light stemming and
// co-occurrence analysis", SIGIR 2002) as Apache Lucene's ArabicStemmer
// implements it, which is the reference this package is tested against.
// The steps, as the paper states them and Lucene codes them:
//
//  1. Remove the first prefix of light10Prefixes that the word starts with,
//     if at least two characters remain (three for و). Only one is removed.
//  2. Go once through light10Suffixes in order, removing each one the word
//     (as the earlier suffixes left it) ends with, if at least two
//     characters remain. So يها loses ها and then ي.
//
// Lengths are counted as Java counts them, in UTF-16 code units: a
// character outside the Basic Multilingual Plane counts twice. An ill-formed
// byte counts once.
type light10 struct{}

// light10Prefixes are tried in order; the first that matches is removed.
var light10Prefixes = [...]string{"ال", "وال", "بال", "كال", "فال", "لل", "و"}

// light10Suffixes are each tried once, in order, against what the earlier
// ones left.
var light10Suffixes = [...]string{"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"}

func (light10) name() string { return "light10" }

func (light10) stem(word string) string {
	i, j := light10Bounds(word)
	return word[i:j]
}

func (light10) appendStem(dst, word []byte) []byte {
	i, j := light10Bounds(word)
	return append(dst, word[i:j]...)
}

// light10Bounds returns the stem of word as the bounds word[i:j]. Every affix
// is two-byte Arabic letters, so an affix of k letters is 2k bytes and
// removing it shortens the word by k code units.
func light10Bounds[S ~string | ~[]byte](word S) (i, j int) {
	n := utf16Len(word)
	j = len(word)
	for _, p := range light10Prefixes {
		k := len(p) / 2
		if (k == 1 && n < 4) || n < k+2 {
			continue // و needs a word of 4, the others their length + 2
		}
		if hasPrefix(word, p) {
			i, n = len(p), n-k
			break
		}
	}
	for _, s := range light10Suffixes {
		k := len(s) / 2
		if n >= k+2 && hasSuffix(word[i:j], s) {
			j, n = j-len(s), n-k
		}
	}
	return i, j
}
