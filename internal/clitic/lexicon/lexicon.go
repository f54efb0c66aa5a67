// Package lexicon reads the word lists of package clitic (data/clitics.txt
// and data/names.txt) and packs their words into the hash table that
// clitic's gen.go writes to tables.go. Package clitic imports it for the
// flags, the letter codes and the hash that the table and its lookups
// share; the test of the generated table imports it to read the files
// again.
package lexicon

import (
	"bufio"
	"bytes"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode"
)

// Flags tell which sections of the word lists an entry is in.
type Flags uint8

// The sections of data/clitics.txt, and Name for data/names.txt.
const (
	Whole      Flags = 1 << iota // [whole]: never split
	Stem                         // [stems]: the first letter is radical
	NoEnclitic                   // [noenclitic]: the last letters are radical
	Host                         // [hosts]: takes the pronouns ي ني ك كم كن
	Function                     // [function]: a function word proclitics attach to
	Wasla                        // [wasla]: starts with a bare alef that is a hamzat al-wasl
	Name                         // data/names.txt: a name whose first letter is radical
)

var sections = map[string]Flags{
	"whole": Whole, "stems": Stem, "noenclitic": NoEnclitic, "hosts": Host, "function": Function, "wasla": Wasla, "names": Name,
}

// The letter codes. Lookups see a word as its letters folded to 32 codes:
// the hamza forms of alef and alef wasla are alef, alef maksura and the
// Persian yeh are yeh, keheh is kaf. Writers use each group
// interchangeably. Teh marbuta and the hamza on waw and yeh, which tell
// words apart (وحدة, وحده; فئة, فيه), keep codes of their own. Other
// letters of the Arabic script are OtherLetter, which no word of the lists
// has.
const (
	None uint8 = iota
	Hamza
	Alef
	WawHamza
	YehHamza
	Beh
	TehMarbuta
	Teh
	Theh
	Jeem
	Hah
	Khah
	Dal
	Thal
	Reh
	Zain
	Seen
	Sheen
	Sad
	Dad
	Tah
	Zah
	Ain
	Ghain
	Feh
	Qaf
	Kaf
	Lam
	Meem
	Noon
	Heh
	Waw
	Yeh
	OtherLetter
)

// CodeBits is the size of a letter code, and MaxKeyLetters the most letters
// a key holds.
const (
	CodeBits      = 6
	MaxKeyLetters = 64 / CodeBits
)

// codes maps the letters of the alphabet and their variants to their codes.
var codes = map[rune]uint8{
	'ء': Hamza, 'ا': Alef, 'أ': Alef, 'إ': Alef, 'آ': Alef, 'ٱ': Alef, 'ؤ': WawHamza, 'ئ': YehHamza,
	'ب': Beh, 'ة': TehMarbuta, 'ت': Teh, 'ث': Theh, 'ج': Jeem, 'ح': Hah, 'خ': Khah, 'د': Dal, 'ذ': Thal,
	'ر': Reh, 'ز': Zain, 'س': Seen, 'ش': Sheen, 'ص': Sad, 'ض': Dad, 'ط': Tah, 'ظ': Zah, 'ع': Ain,
	'غ': Ghain, 'ف': Feh, 'ق': Qaf, 'ك': Kaf, 'ک': Kaf, 'ل': Lam, 'م': Meem, 'ن': Noon, 'ه': Heh,
	'و': Waw, 'ي': Yeh, 'ى': Yeh, 'ی': Yeh,
}

// Code returns the code of the letter r: a letter code, OtherLetter for
// another letter of the Arabic script, or None for a rune that is no
// Arabic letter.
func Code(r rune) uint8 {
	if c, ok := codes[r]; ok {
		return c
	}
	if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
		return OtherLetter
	}
	return None
}

// Key packs the letters of word, without its marks and tatweel, into a
// lookup key: the code of letter k in bits 5k to 5k+4. It reports false if
// the word has more than MaxKeyLetters letters or a rune that is not an
// Arabic letter.
func Key(word string) (uint64, bool) {
	var key uint64
	n := 0
	for _, r := range word {
		if r == 'ـ' || unicode.Is(unicode.Mn, r) {
			continue
		}
		c := Code(r)
		if c == None || c == OtherLetter || n == MaxKeyLetters {
			return 0, false
		}
		key |= uint64(c) << (CodeBits * n)
		n++
	}
	return key, n > 0
}

// Slot returns the first slot of key in a table of 1<<tableBits slots:
// Fibonacci hashing, the top bits of the key times 2^64 divided by the
// golden ratio.
func Slot(key uint64, tableBits uint) uint64 {
	return key * 0x9E3779B97F4A7C15 >> (64 - tableBits)
}

// FilterBits is the log2 of the size in bits of the filter that lookups
// test before the table: a bit for the top FilterBits bits of each key's
// hash (Slot(key, FilterBits)). A table of a thousand words sets one bit in
// fifteen, so most words, which are in no list, are rejected by one load
// from 2 KB that stay in the cache.
const FilterBits = 14

// An Entry is one word of the lists, with the sections it is in.
type Entry struct {
	Word  string // the first spelling of the word in the lists
	Key   uint64
	Flags Flags
}

// Parse reads word lists in the format of data/clitics.txt and returns
// their entries sorted by key, each key once.
func Parse(files ...[]byte) ([]Entry, error) {
	byKey := map[uint64]*Entry{}
	for _, data := range files {
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
			key, ok := Key(text)
			if !ok {
				return nil, fmt.Errorf("line %d: %q is not an Arabic word of at most %d letters", line, text, MaxKeyLetters)
			}
			if e := byKey[key]; e != nil {
				e.Flags |= section
			} else {
				byKey[key] = &Entry{text, key, section}
			}
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	entries := make([]Entry, 0, len(byKey))
	for _, e := range byKey {
		entries = append(entries, *e)
	}
	slices.SortFunc(entries, func(a, b Entry) int {
		switch {
		case a.Key < b.Key:
			return -1
		case a.Key > b.Key:
			return 1
		}
		return 0
	})
	return entries, nil
}

// Table returns the open-addressing hash table of the entries: the keys
// and flags of 1<<tableBits slots, where tableBits makes the table at
// most three quarters full, and its filter of 1<<FilterBits bits. An
// empty slot has the key 0, which no word has.
func Table(entries []Entry) (keys []uint64, flags []Flags, tableBits uint, filter []uint64) {
	tableBits = uint(bits.Len(uint((4*len(entries)+2)/3 - 1)))
	keys = make([]uint64, 1<<tableBits)
	flags = make([]Flags, 1<<tableBits)
	filter = make([]uint64, 1<<FilterBits/64)
	mask := uint64(len(keys) - 1)
	for _, e := range entries {
		h := Slot(e.Key, tableBits)
		for keys[h] != 0 {
			h = (h + 1) & mask
		}
		keys[h], flags[h] = e.Key, e.Flags
		f := Slot(e.Key, FilterBits)
		filter[f/64] |= 1 << (f % 64)
	}
	return keys, flags, tableBits, filter
}
