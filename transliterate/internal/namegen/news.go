package main

import "strings"

// The newsroom spelling of Arabic words (ROMANIZATION.md §9.1): the letters
// English-language news uses for each Arabic letter when it has no
// established spelling to copy. The Arabic-word model learns only graphones
// that follow it, so that whatever vowels it guesses, خ is kh, ق is q, ش is
// sh and ث is th.

// A newsLetter says how news spells one letter: a consonant, doubled for
// shadda and followed by a short vowel or none; a glide (و, ي) that may also
// take a vowel before it (aw, iy); and the exact spellings of the other
// letters.
type newsLetter struct {
	consonant string   // the consonant's spelling, if the letter is one
	glides    []string // the glide's spellings, if it is one
	exact     []string // the other letters' spellings
}

// newsLetters gives the spelling of each letter of alphabet; the letters of
// other languages (پ چ ڤ گ ژ) have none: no Arabic word has them.
var newsLetters = map[rune]newsLetter{
	'ب': {consonant: "b"}, 'ت': {consonant: "t"}, 'ث': {consonant: "th"},
	'ج': {consonant: "j"}, 'ح': {consonant: "h"}, 'خ': {consonant: "kh"},
	'د': {consonant: "d"}, 'ذ': {consonant: "dh"}, 'ر': {consonant: "r"},
	'ز': {consonant: "z"}, 'س': {consonant: "s"}, 'ش': {consonant: "sh"},
	'ص': {consonant: "s"}, 'ض': {consonant: "d"}, 'ط': {consonant: "t"},
	'ظ': {consonant: "z"}, 'غ': {consonant: "gh"}, 'ف': {consonant: "f"},
	'ق': {consonant: "q"}, 'ك': {consonant: "k"}, 'ل': {consonant: "l"},
	'م': {consonant: "m"}, 'ن': {consonant: "n"},
	'ه': {consonant: "h", exact: []string{""}}, // silent after a final vowel

	// ʿAyn and hamza are not written, their vowels are; ؤ and ئ may also
	// be read as their seats.
	'ع': {exact: []string{"", "a", "i", "u"}},
	'ء': {exact: []string{"", "a", "i", "u"}},
	'أ': {exact: []string{"", "a", "i", "u"}},
	'إ': {exact: []string{"", "i"}},
	'ؤ': {exact: []string{"", "a", "i", "u"}, glides: []string{"w"}},
	'ئ': {exact: []string{"", "a", "i", "u"}, glides: []string{"y"}},
	'آ': {exact: []string{"a", "aa"}},

	'ا': {exact: []string{"a", "i", "u"}}, // long a; the vowel of hamzat al-wasl
	'ى': {exact: []string{"a"}},
	'ة': {exact: []string{"a", "ah", "at"}},
	'و': {exact: []string{"u"}, glides: []string{"w", "ww"}},
	'ي': {exact: []string{"i"}, glides: []string{"y", "yy"}},
}

// newsVowels are the short vowels news writes (Gulf and pan-Arab spelling:
// no e or o).
var newsVowels = []string{"a", "i", "u"}

// newsChunks returns the news spellings of each letter code.
func newsChunks() [numLetters + 1]map[string]bool {
	var chunks [numLetters + 1]map[string]bool
	for r, nl := range newsLetters {
		set := map[string]bool{}
		for _, s := range nl.exact {
			set[s] = true
		}
		if c := nl.consonant; c != "" {
			for i, s := range []string{c, c + c} {
				if i == 1 && len(c) > 1 {
					continue // a doubled digraph (shsh) is not news spelling
				}
				set[s] = true
				for _, v := range newsVowels {
					set[s+v] = true
				}
			}
		}
		for _, g := range nl.glides {
			for _, before := range append([]string{""}, newsVowels...) {
				set[before+g] = true
				for _, v := range newsVowels {
					set[before+g+v] = true
				}
			}
		}
		chunks[letterCode(r)] = set
	}
	return chunks
}

// The Arabic-word model learns the vowels of templates (tafāʿul, mafʿūl,
// fāʿil), not of roots: it sees every plain consonant as one letter, so that
// what it learns from تبادل (tabadul) it knows of تفاوض. The letters that
// build templates keep their own codes: the long vowels and glides, ة, ى,
// ʿayn and the hamzas, and the consonants of prefixes and suffixes (ت م ن س
// for ta-, mu-, in-, is-; ب and ل for bi- and li-; ه for -hu).
const templateLetters = "اآأإءؤئعىةويتمنسهبل"

// consonantClass is the letter the model writes for every plain consonant:
// its chunks are "C", "CC" (shadda) and those with a vowel after.
var consonantClass = letterCode('ج')

// templateClass returns the letter the Arabic-word model sees for letter,
// or 0 for a letter no Arabic word has (and for the word boundary).
func templateClass(letter byte) byte {
	if letter == 0 || letter > numLetters {
		return 0
	}
	if _, ok := newsLetters[letterRune(letter)]; !ok {
		return 0
	}
	for _, r := range templateLetters {
		if letterCode(r) == letter {
			return letter
		}
	}
	return consonantClass
}

// templateGraphone returns the graphone the Arabic-word model learns for g,
// a news spelling.
func templateGraphone(g graphone) graphone {
	class := templateClass(g.letter)
	if class == g.letter {
		return g
	}
	c := newsLetters[letterRune(g.letter)].consonant
	chunk := strings.TrimPrefix(g.chunk, c)
	abstract := "C"
	if len(c) == 1 && strings.HasPrefix(chunk, c) {
		chunk, abstract = chunk[len(c):], "CC"
	}
	return graphone{class, abstract + chunk}
}

// looseConsonants lists the other spellings of consonants that English,
// French and regional romanizations of Arabic names use (ROMANIZATION.md
// §9.6): a pair spelled with them is an Arabic name, though not spelled as
// news spells Arabic words.
var looseConsonants = map[rune][]string{
	'ث': {"t", "s"}, 'ج': {"g", "dj", "dg"}, 'خ': {"h", "ch"},
	'ذ': {"z", "d", "th"}, 'ش': {"ch", "sch"}, 'ض': {"dh"}, 'ظ': {"dh", "d"},
	'ق': {"k", "g", "c", "ck"}, 'ك': {"c", "ck", "q"}, 'غ': {"g"},
}

// looseVowels are the vowel spellings of romanizations of Arabic names.
var looseVowels = []string{"", "a", "e", "i", "o", "u", "y", "aa", "ee", "oo", "ou", "ai", "ei", "ie", "ay", "ey", "ue", "ua", "ea"}

// looseChunks returns, for each letter code, the spellings an Arabic name
// may have in any common romanization: a consonant's spellings with vowels
// after them, any vowels for the vowel letters, ʿayn and the hamzas, and
// the glides' spellings with vowels around them.
func looseChunks() [numLetters + 1]map[string]bool {
	var chunks [numLetters + 1]map[string]bool
	for r, nl := range newsLetters {
		set := map[string]bool{}
		var cores []string
		switch {
		case nl.consonant != "":
			cores = append([]string{nl.consonant}, looseConsonants[r]...)
			if nl.exact != nil {
				cores = append(cores, "")
			}
		case nl.glides != nil:
			cores = append(append([]string{}, nl.glides...), nl.exact...)
			cores = append(cores, map[rune][]string{'و': {"o", "ou", "oo", "v"}, 'ي': {"e", "ee", "ie", "ey", "ei"}, 'ؤ': {"u", "o", "ou"}, 'ئ': {"i", "e"}}[r]...)
		default:
			cores = []string{""}
		}
		for _, core := range cores {
			for i, s := range []string{core, core + core} {
				if i == 1 && (len(core) != 1 || nl.consonant == "") {
					continue // only a consonant of one letter is doubled
				}
				for _, v := range looseVowels {
					set[s+v] = true
					if nl.consonant == "" {
						for _, v0 := range looseVowels {
							set[v0+s+v] = true
						}
					}
				}
			}
		}
		chunks[letterCode(r)] = set
	}
	return chunks
}

// spells reports whether en can be cut into chunks, one per letter of ar,
// each in the letter's set of chunks.
func spells(chunks *[numLetters + 1]map[string]bool, ar, en string) bool {
	reach := make([]bool, len(en)+1) // reach[j]: the letters so far can spell en[:j]
	reach[0] = true
	for i := 0; i < len(ar); i++ {
		next := make([]bool, len(en)+1)
		set := chunks[ar[i]]
		for j, ok := range reach {
			if !ok {
				continue
			}
			for k := j; k <= len(en) && k-j <= 2*maxChunk; k++ {
				if set[en[j:k]] {
					next[k] = true
				}
			}
		}
		reach = next
	}
	return reach[len(en)]
}
