// Package lexicon reads data/clitics.txt, the hand-written word list of
// tokenize.Clitics, into the sorted table that gen.go writes to lexicon.go.
// Package tokenize imports it for the flags and the letter folding that the
// table and its lookups share; the test of the generated table imports it to
// read the file again.
package lexicon

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Flags tell which sections of the word list an entry is in.
type Flags uint8

// The sections of data/clitics.txt.
const (
	Whole      Flags = 1 << iota // [whole]: never split
	Stem                         // [stems]: the first letter is radical
	NoEnclitic                   // [noenclitic]: the last letters are radical
	Host                         // [hosts]: takes the pronouns ي ني ك كم كن
	Function                     // [function]: a function word proclitics attach to
	Wasla                        // [wasla]: starts with a bare alef that is a hamzat al-wasl
)

var sections = map[string]Flags{
	"whole": Whole, "stems": Stem, "noenclitic": NoEnclitic, "hosts": Host, "function": Function, "wasla": Wasla,
}

// folds maps the letters of the Arabic block (by their offset from U+0600)
// that lookups do not tell apart to the letter they are looked up as: the
// hamza forms of alef and alef wasla to alef, alef maksura and the Persian
// yeh to yeh, the Persian keheh to kaf. Writers use each pair
// interchangeably. Zero means the letter stands for itself.
var folds = [0x100]rune{
	'أ' - 0x600: 'ا', 'إ' - 0x600: 'ا', 'آ' - 0x600: 'ا', 'ٱ' - 0x600: 'ا',
	'ى' - 0x600: 'ي', 'ی' - 0x600: 'ي', 'ک' - 0x600: 'ك',
}

// Fold returns the letter that r is looked up as.
func Fold(r rune) rune {
	if uint(r-0x600) < uint(len(folds)) && folds[r-0x600] != 0 {
		return folds[r-0x600]
	}
	return r
}

// Key returns word as the lexicon stores it: without marks and tatweel, each
// letter folded.
func Key(word string) string {
	var b strings.Builder
	for _, r := range word {
		if r == 'ـ' || unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(Fold(r))
	}
	return b.String()
}

// An Entry is one word of the lexicon, with the sections it is in.
type Entry struct {
	Key   string
	Flags Flags
}

// Parse reads a word list in the format of data/clitics.txt and returns its
// entries sorted by key, each key once.
func Parse(data []byte) ([]Entry, error) {
	flags := map[string]Flags{}
	var section Flags
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		switch {
		case text == "" || strings.HasPrefix(text, "#"):
			continue
		case strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]"):
			s, ok := sections[text[1:len(text)-1]]
			if !ok {
				return nil, fmt.Errorf("line %d: unknown section %s", line, text)
			}
			section = s
			continue
		case section == 0:
			return nil, fmt.Errorf("line %d: %q is outside a section", line, text)
		}
		for _, r := range text {
			if !unicode.Is(unicode.Arabic, r) {
				return nil, fmt.Errorf("line %d: %q is not an Arabic word", line, text)
			}
		}
		flags[Key(text)] |= section
	}
	entries := make([]Entry, 0, len(flags))
	for k, f := range flags {
		entries = append(entries, Entry{k, f})
	}
	slices.SortFunc(entries, func(a, b Entry) int { return strings.Compare(a.Key, b.Key) })
	return entries, sc.Err()
}

// FilterBits is the size of the filter that lookups test first: a bit for
// each value of Hash, set for the hashes of the entries, so that most words,
// which are in no section, are rejected without a binary search.
const FilterBits = 1 << 12

// Hash returns the filter bit of a folded key: FNV-1a over its bytes.
func Hash(key []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range key {
		h = (h ^ uint32(c)) * 16777619
	}
	return h % FilterBits
}
