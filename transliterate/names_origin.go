package transliterate

import (
	_ "embed"
	"strings"
)

// The origin classifier of the name romanizer tells the words it should
// spell as Arabic (common words, Arab names) from foreign names written in
// Arabic letters (فلاديمير, بومبيو), by their letters alone: a logistic
// regression over the word's letter n-grams, of one to four letters with
// the word's ends, hashed into a power of two of weights. internal/namegen
// trains it on the training pairs: a word a pair spells as English news
// spells Arabic words is Arabic, so are the common words of
// data/names/words.txt, and a word no common romanization of Arabic names
// can spell is foreign.
//
//go:embed data/names/origin.bin
var nameOriginData string

const (
	nameOriginMagic        = "ARNO1\n"
	nameOriginMaxN         = 4 // longest n-gram of letters
	nameOriginMaxTemplateN = 5 // longest n-gram of template letters (nameTemplateClass)
)

// A nameOrigin is the decoded classifier, with a bit for each graphone of
// the names model that tells whether a common romanization of Arabic
// names (English, French, Egyptian) spells its letter so: a spelling of
// the names model with a graphone that is none (v for ف, j for خ) is a
// foreign spelling.
type nameOrigin struct {
	weight []float32 // a power of two of them
	bias   float32
	arabic []byte // bit id%8 of byte id/8: graphone id of the names model is Arabic spelling
}

var loadNameOrigin = loadNameTable(nameOriginData, "origin classifier", decodeNameOrigin)

func decodeNameOrigin(data string) (*nameOrigin, bool) {
	r := &nameReader{s: data}
	if r.string(len(nameOriginMagic)) != nameOriginMagic {
		return nil, false
	}
	bits := r.byte()
	scale := r.float32()
	o := &nameOrigin{bias: r.float32()}
	if bits > 20 {
		return nil, false
	}
	weights := r.string(1 << bits)
	o.weight = make([]float32, len(weights))
	for i := range len(weights) {
		o.weight[i] = float32(int8(weights[i])) * scale
	}
	n := r.uvarint()
	o.arabic = []byte(r.string((n + 7) / 8))
	return o, !r.bad && len(r.s) == 0
}

// arabicGraphone reports whether graphone id of the names model spells its
// letter as a romanization of Arabic names does.
func (o *nameOrigin) arabicGraphone(id uint16) bool {
	return int(id/8) < len(o.arabic) && o.arabic[id/8]&(1<<(id%8)) != 0
}

// score returns the classifier's log odds that the word (letter codes) is
// one to spell as Arabic. It hashes each n-gram with FNV-1a, as
// internal/namegen does.
func (o *nameOrigin) score(letters []byte) float32 {
	z := o.bias
	n := len(letters) + 2 // with the boundaries
	at := func(i int) byte {
		if i == 0 || i == n-1 {
			return 0
		}
		return letters[i-1]
	}
	mask := uint32(len(o.weight) - 1)
	for i := range n {
		h := uint32(2166136261)
		for k := 0; k < nameOriginMaxN && i+k < n; k++ {
			h ^= uint32(at(i + k))
			h *= 16777619
			z += o.weight[h&mask]
		}
	}
	for i := range n {
		h := uint32(2166136261) ^ 0xff // another hash for the template letters
		h *= 16777619
		for k := 0; k < nameOriginMaxTemplateN && i+k < n; k++ {
			h ^= uint32(nameTemplateClass[at(i+k)])
			h *= 16777619
			if k > 0 {
				z += o.weight[h&mask]
			}
		}
	}
	return z
}

// How a word that no lexicon has is spelled.
const (
	nameByNames   = iota // by the names model, unless it writes what no one can read (Mctb): then by the Arabic-word model
	nameByArabic         // by the Arabic-word model
	nameByEither         // by the names model, unless its spelling is no romanization of Arabic: then by the Arabic-word model
	nameByForeign        // by the names model: a word with a letter of another language, or an initial
)

// Thresholds on the classifier's log odds, chosen on the dev splits and on
// a fifth of words.txt held out of training (to spell as many of those
// words as Arabic as can be without losing more than a few of the names of
// the dev splits): a word with the article is spelled as Arabic above
// nameOriginArticle, one without above nameOriginSure; above
// nameOriginMaybe, it is if the names model's spelling is no romanization
// of Arabic or the Arabic-word model's score is much the better: by more
// than nameEitherMargin, the scores of the names model counting
// nameEitherSlope times (the Arabic-word model's score sums its model's
// and its template model's). A word that starts with a proclitic and the
// article (وال, بال, لل) is read so if the rest scores above
// nameOriginCliticArticle.
const (
	nameOriginArticle       = -4
	nameOriginSure          = 8
	nameOriginMaybe         = 2
	nameEitherSlope         = 1.5
	nameEitherMargin        = 5
	nameOriginCliticArticle = 0
)

// nameSpelledBy decides how to spell letters (a word without its article,
// which article tells it had) that no lexicon has.
func nameSpelledBy(letters []byte, article bool) uint8 {
	if len(letters) < 2 {
		return nameByForeign // an initial (د. for Dr.)
	}
	for _, l := range letters {
		if nameTemplateClass[l] == 0 {
			return nameByForeign // a letter of another language: پ, چ, ڤ, گ, ژ
		}
	}
	switch s := loadNameOrigin().score(letters); {
	case s > nameOriginSure, article && s > nameOriginArticle:
		return nameByArabic
	case s > nameOriginMaybe:
		return nameByEither
	}
	return nameByNames
}

// arabicSpelling reports whether spelled, the spelling of n letters by the
// names model that d found last, is one a romanization of Arabic names
// could give: every graphone of it is one (nameOrigin.arabicGraphone), and
// it keeps to Arabic syllables (nameArabicSyllables).
func (d *nameDecoder) arabicSpelling(spelled []byte, n int) bool {
	o := loadNameOrigin()
	for _, id := range d.path[:n] {
		if !o.arabicGraphone(id) {
			return false
		}
	}
	return nameArabicSyllables(spelled)
}

// nameArabicSyllables reports whether a spelling (lowercase ASCII letters)
// could be one of an Arabic word: it has a vowel, starts with one consonant
// at most and never has three in a row. Digraphs (kh, sh, ch, th, dh, gh)
// are one consonant; y is a vowel unless a vowel follows.
func nameArabicSyllables(s []byte) bool {
	vowel := func(i int) bool {
		switch s[i] {
		case 'a', 'e', 'i', 'o', 'u':
			return true
		case 'y':
			return i+1 == len(s) || !strings.ContainsRune("aeiou", rune(s[i+1]))
		}
		return false
	}
	run, voweled := 0, false
	for i := range s {
		switch {
		case vowel(i):
			run, voweled = 0, true
		case i > 0 && s[i] == 'h' && strings.IndexByte("kscdtg", s[i-1]) >= 0 && !vowel(i-1):
			// the second letter of a digraph
		default:
			run++
			if run > 2 || run > 1 && !voweled {
				return false
			}
		}
	}
	return voweled
}

// nameOnsets are the consonants a name in English text may start with:
// those of English, French, German, Scandinavian and Slavic names, and
// those of romanized Arabic (kh, sh). A word that starts with another
// cluster, such as Mctb or Bmger, is no spelling anyone can read.
var nameOnsets = map[string]bool{
	"bl": true, "br": true, "ch": true, "chr": true, "cl": true, "cr": true, "cz": true,
	"dh": true, "dj": true, "dr": true, "ds": true, "dw": true, "dz": true, "fl": true,
	"fr": true, "gd": true, "gh": true, "gl": true, "gn": true, "gr": true, "hl": true,
	"hr": true, "kh": true, "kl": true, "kn": true, "kr": true, "kv": true, "ml": true,
	"mr": true, "pf": true, "ph": true, "phr": true, "pl": true, "pr": true, "ps": true,
	"pt": true, "sc": true, "sch": true, "schl": true, "schm": true, "schn": true,
	"schr": true, "schw": true, "scr": true, "sf": true, "sh": true, "shr": true,
	"sk": true, "sl": true, "sm": true, "sn": true, "sp": true, "sph": true, "spl": true,
	"spr": true, "sq": true, "sr": true, "st": true, "str": true, "sv": true, "sw": true,
	"tch": true, "th": true, "thr": true, "tr": true, "ts": true, "tsv": true, "tw": true,
	"tz": true, "tzv": true, "vl": true, "vr": true, "wh": true, "wr": true, "zd": true,
	"zl": true, "zn": true, "zv": true,
}

// namePronounceable reports whether a spelling (ASCII letters) is one a
// reader of English can say: it has a vowel, starts with a consonant
// cluster of nameOnsets (after Mc) if any, and has no run of more than
// five consonants (a digraph such as sch counts as one).
func namePronounceable(s []byte) bool {
	vowel := func(c byte) bool { return strings.IndexByte("aeiouyAEIOUY", c|0x20) >= 0 }
	if len(s) > 2 && s[0]|0x20 == 'm' && s[1]|0x20 == 'c' {
		s = s[2:]
	}
	onset := 0
	for onset < len(s) && !vowel(s[onset]) {
		onset++
	}
	if onset == len(s) {
		return false
	}
	var lower [8]byte
	if onset > 1 {
		if onset > len(lower) {
			return false
		}
		for i, c := range s[:onset] {
			lower[i] = c | 0x20
		}
		if !nameOnsets[string(lower[:onset])] {
			return false
		}
	}
	run := 0
	for i := onset; i < len(s); i++ {
		switch c := s[i] | 0x20; {
		case vowel(c):
			run = 0
		case c == 'h' && strings.IndexByte("csktpgdz", s[i-1]|0x20) >= 0 && !vowel(s[i-1]):
			// the second letter of a digraph
		default:
			if run++; run > 5 {
				return false
			}
		}
	}
	return true
}
