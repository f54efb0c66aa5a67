package stem

import "unicode/utf8"

// isri is the root stemmer of Taghva, Elkhoury and Coombs ("Arabic Stemming
// Without a Root Dictionary", ITCC 2005) as NLTK 3.8's ISRIStemmer
// implements it, which is the reference this package is tested against.
// NLTK departs from the paper, and we follow NLTK:
//   - it does not normalize hamza (the paper's step 2), only an initial
//     آ أ إ to ا, after the affixes are removed;
//   - it leaves the words of its own stop list (isriStopWords) alone;
//   - it adds the pattern تفاعيل.
//
// The steps of isriStem carry the names of NLTK's methods. Lengths and
// positions are in characters, as Python counts them.
type isri struct{}

func (isri) name() string { return "isri" }

func (isri) stem(word string) string {
	var buf [64]byte // most words fit: no allocation unless the root is not a substring of word
	return shareOrCopy(word, isriAppend(buf[:0], word))
}

func (isri) appendStem(dst, word []byte) []byte {
	return isriAppend(dst, word)
}

// isriAppend appends the ISRI stem of word to dst.
func isriAppend[S ~string | ~[]byte](dst []byte, word S) []byte {
	start := len(dst)
	dst = appendWithoutHarakat(dst, word) // norm(token, 1)
	if isriStopWords[string(dst[start:])] {
		return dst
	}
	var buf [32]rune // no allocation for words of up to 32 characters
	w := isriStem(appendChars(buf[:0], dst[start:]))
	return appendString(dst[:start], w)
}

// isriStem is NLTK's ISRIStemmer.stem after the harakat are removed and
// the stop list consulted.
func isriStem(w []rune) []rune {
	w = pre32(w)
	w = suf32(w)
	w = waw(w)
	if len(w) > 0 && hasLetter("آأإ", w[0]) { // norm(token, 2): initial hamza
		w[0] = 'ا'
	}
	switch len(w) { // only words of 4 to 7 letters are stemmed
	case 4:
		w = proW(w, isriPatterns4)
	case 5:
		w = endW5(proW(w, isriPatterns53))
	case 6:
		w = endW6(proW(w, isriPatterns6))
	case 7:
		w = suf1(w)
		if len(w) == 7 {
			w = pre1(w)
		}
		if len(w) == 6 {
			w = endW6(proW(w, isriPatterns6))
		}
	}
	return w
}

// The affixes ISRI removes, longest first.
var (
	isriPrefixes3 = []string{"كال", "بال", "ولل", "وال"}
	isriPrefixes2 = []string{"ال", "لل"}
	isriPrefixes1 = "لبفسويتنا" // each letter is a prefix
	isriSuffixes3 = []string{"تمل", "همل", "تان", "تين", "كمل"}
	isriSuffixes2 = []string{"ون", "ات", "ان", "ين", "تن", "كم", "هن", "نا", "يا", "ها", "تم", "كن", "ني", "وا", "ما", "هم"}
	isriSuffixes1 = "ةهيكتان" // each letter is a suffix
)

// pre32 removes a three-letter prefix from a word of at least six letters,
// or else a two-letter one from a word of at least five.
func pre32(w []rune) []rune {
	if len(w) >= 6 && hasAnyPrefix(w, isriPrefixes3) {
		return w[3:]
	}
	if len(w) >= 5 && hasAnyPrefix(w, isriPrefixes2) {
		return w[2:]
	}
	return w
}

// suf32 removes a three-letter suffix from a word of at least six letters,
// or else a two-letter one from a word of at least five.
func suf32(w []rune) []rune {
	if len(w) >= 6 && hasAnySuffix(w, isriSuffixes3) {
		return w[:len(w)-3]
	}
	if len(w) >= 5 && hasAnySuffix(w, isriSuffixes2) {
		return w[:len(w)-2]
	}
	return w
}

// waw removes the conjunction و before a word that begins with و.
func waw(w []rune) []rune {
	if len(w) >= 4 && w[0] == 'و' && w[1] == 'و' {
		return w[1:]
	}
	return w
}

// suf1 removes a one-letter suffix.
func suf1(w []rune) []rune {
	if len(w) > 0 && hasLetter(isriSuffixes1, w[len(w)-1]) {
		return w[:len(w)-1]
	}
	return w
}

// pre1 removes a one-letter prefix.
func pre1(w []rune) []rune {
	if len(w) > 0 && hasLetter(isriPrefixes1, w[0]) {
		return w[1:]
	}
	return w
}

// hasAnyPrefix reports whether w starts with one of the affixes.
func hasAnyPrefix(w []rune, affixes []string) bool {
	for _, a := range affixes {
		if hasRunePrefix(w, a) {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether w ends with one of the affixes.
func hasAnySuffix(w []rune, affixes []string) bool {
	for _, a := range affixes {
		if n := len(a) / 2; len(w) >= n && hasRunePrefix(w[len(w)-n:], a) {
			return true
		}
	}
	return false
}

// hasRunePrefix reports whether w starts with the letters of affix.
func hasRunePrefix(w []rune, affix string) bool {
	if len(w) < len(affix)/2 {
		return false
	}
	for i := 0; i < len(affix); i += 2 {
		if w[i/2] != letterAt(affix, i) {
			return false
		}
	}
	return true
}

// hasLetter reports whether r is one of letters.
func hasLetter(letters string, r rune) bool {
	for i := 0; i < len(letters); i += 2 {
		if letterAt(letters, i) == r {
			return true
		}
	}
	return false
}

// letterAt decodes the letter at s[i:i+2]. ISRI's affixes and patterns
// are Arabic letters, U+0600–U+07FF, each two bytes in UTF-8
// (TestISRITables checks), so they need no general decoding.
func letterAt(s string, i int) rune {
	return rune(s[i]&0x1F)<<6 | rune(s[i+1]&0x3F)
}

// isriStopWords is NLTK's stop list for ISRIStemmer (NLTK 3.8,
// nltk/stem/isri.py, Apache License 2.0): words that ISRI returns with
// only their harakat removed.
var isriStopWords = map[string]bool{
	"أصبح": true, "أضحى": true, "أمام": true, "أمسى": true, "اصبح": true, "اضحى": true,
	"التي": true, "الحالي": true, "الذى": true, "الذي": true, "الذين": true, "اللذين": true,
	"اليه": true, "اليها": true, "اليوم": true, "امسى": true, "بهذا": true, "تكون": true,
	"ستكون": true, "عليه": true, "عليها": true, "فانه": true, "فكان": true, "كانت": true,
	"كذلك": true, "لازال": true, "لاسيما": true, "لايزال": true, "لذلك": true, "لهذا": true,
	"ماانفك": true, "مابرح": true, "مازال": true, "مافتئ": true, "مايزال": true, "مساء": true,
	"منها": true, "هناك": true, "والتي": true, "والذي": true, "وبين": true, "وكان": true,
	"وكانت": true, "ولايزال": true, "ولكن": true, "وليس": true, "وهذا": true, "يكون": true,
	"يمكن": true,
}

// appendWithoutHarakat appends word to dst without the harakat
// U+064B–U+0652, copying everything else in runs.
func appendWithoutHarakat[S ~string | ~[]byte](dst []byte, word S) []byte {
	run := 0
	for i := 0; i+1 < len(word); i++ {
		// U+064B–U+0652 are D9 8B–D9 92 in UTF-8; D9 never continues a
		// sequence, so a match is always a whole character.
		if word[i] == 0xD9 && 0x8B <= word[i+1] && word[i+1] <= 0x92 {
			dst = append(dst, word[run:i]...)
			run = i + 2
			i++
		}
	}
	return append(dst, word[run:]...)
}

// appendChars appends the characters of b to w, each ill-formed byte as the
// negative value illFormed gives it, so that appendString can restore it.
func appendChars(w []rune, b []byte) []rune {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			r = illFormed(b[0])
		}
		w = append(w, r)
		b = b[size:]
	}
	return w
}

// appendString appends the UTF-8 encoding of w to dst, restoring the
// ill-formed bytes.
func appendString(dst []byte, w []rune) []byte {
	for _, r := range w {
		if r < 0 {
			dst = append(dst, byte(-r))
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// illFormed stands for the ill-formed byte b among the characters of a
// word: a negative value, which matches no letter.
func illFormed(b byte) rune { return -rune(b) }
