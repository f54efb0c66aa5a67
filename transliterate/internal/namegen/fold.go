package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"
)

// alphabet lists the letters the name romanizer works on, in code order:
// the letter alphabet[i] has code i+1, and code 0 is the word boundary. Every
// other Arabic-script letter folds onto these (see foldRune).
const alphabet = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچڤگژ"

// letterRunes is alphabet as runes: letterRunes[c-1] has code c.
var letterRunes = []rune(alphabet)

// letterCode maps a rune of alphabet to its code; other runes give 0.
func letterCode(r rune) byte {
	return byte(slices.Index(letterRunes, r) + 1)
}

// letterRune returns the rune of alphabet whose code is c, 1 to numLetters.
func letterRune(c byte) rune { return letterRunes[c-1] }

// baseLetter names the alphabet letter onto which the Unicode letters whose
// name (after "ARABIC LETTER " and before " WITH") is the key fold. Letters of
// other languages written in Arabic script take the Arabic letter they are
// drawn from, so that no Arabic-script letter is ever left in the output.
var baseLetter = map[string]rune{
	"HAMZA": 'ء', "HIGH HAMZA": 'ء',
	"ALEF": 'ا', "ALEF WASLA": 'ا', "LOW ALEF": 'ا', "ALEF MAKSURA": 'ى',
	"BEH": 'ب', "DOTLESS BEH": 'ب', "BEEH": 'ب', "BEHEH": 'ب',
	"TEH": 'ت', "TTEH": 'ت', "TTEHEH": 'ت', "TEHEH": 'ت',
	"TEH MARBUTA": 'ة', "TEH MARBUTA GOAL": 'ة',
	"THEH": 'ث', "JEEM": 'ج', "DYEH": 'ج', "NYEH": 'ن',
	"HAH": 'ح', "KHAH": 'خ', "TCHEH": 'چ', "TCHEHEH": 'چ',
	"DAL": 'د', "DDAL": 'د', "DAHAL": 'د', "DDAHAL": 'د', "DUL": 'د',
	"THAL": 'ذ', "REH": 'ر', "RREH": 'ر', "ZAIN": 'ز', "JEH": 'ژ',
	"SEEN": 'س', "SHEEN": 'ش', "SAD": 'ص', "DAD": 'ض', "TAH": 'ط', "ZAH": 'ظ',
	"AIN": 'ع', "GHAIN": 'غ',
	"FEH": 'ف', "DOTLESS FEH": 'ف', "AFRICAN FEH": 'ف', "VEH": 'ڤ', "VE": 'ڤ',
	"PEH": 'پ', "PEHEH": 'پ',
	"QAF": 'ق', "DOTLESS QAF": 'ق', "AFRICAN QAF": 'ق',
	"KAF": 'ك', "KEHEH": 'ك', "SWASH KAF": 'ك',
	"GAF": 'گ', "GUEH": 'گ', "NG": 'گ', "NGOEH": 'گ', "GRAF": 'گ',
	"LAM": 'ل', "MEEM": 'م',
	"NOON": 'ن', "NOON GHUNNA": 'ن', "AFRICAN NOON": 'ن', "RNOON": 'ن',
	"HEH": 'ه', "HEH GOAL": 'ه', "HEH DOACHASHMEE": 'ه', "AE": 'ه',
	"WAW": 'و', "STRAIGHT WAW": 'و', "U": 'و', "OE": 'و', "YU": 'و',
	"KIRGHIZ OE": 'و', "KIRGHIZ YU": 'و', "ARABIC SMALL WAW": 'و',
	"YEH": 'ي', "FARSI YEH": 'ي', "YEH BARREE": 'ي', "KASHMIRI YEH": 'ي',
	"THIN YEH": 'ي', "ROHINGYA YEH": 'ي', "E": 'ي', "ARABIC SMALL YEH": 'ي',
	"ARABIC SMALL FARSI YEH": 'ي',
}

// markLetters are the letters that are parts of other letters: they are
// dropped as marks are.
var markLetters = map[string]bool{
	"ARABIC VERTICAL TAIL": true, "ARABIC TAIL FRAGMENT": true, "ARABIC BASELINE ROUND DOT": true,
	"ARABIC TATWEEL": true, // the tatweels with an overstruck hamza, waw or dots
}

// A runeClass says what the name romanizer does with one rune of the
// Arabic-script blocks.
type runeClass struct {
	letters string // the alphabet letters the rune folds to (a ligature gives several)
	mark    bool   // a mark or tatweel: dropped
	format  bool   // a format control: dropped inside a word, else copied
	ascii   string // punctuation or a digit: replaced by this ASCII text
}

// asciiPunct gives the ASCII stand-ins of the Arabic punctuation that has one.
var asciiPunct = map[rune]string{
	'،': ",", '؛': ";", '؟': "?", '٪': "%", '٫': ".", '٬': ",", '۔': ".", '٭': "*",
}

// classify decides the class of r, which is in the Arabic script or is one of
// the format marks that occur inside Arabic words.
func classify(r rune) (runeClass, error) {
	if letterCode(r) != 0 {
		return runeClass{letters: string(r)}, nil
	}
	switch {
	case r == 0x0640 || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return runeClass{mark: true}, nil
	case unicode.IsDigit(r):
		return runeClass{ascii: string('0' + r&0xF)}, nil // U+0660–U+0669 and U+06F0–U+06F9 end in 0–9
	case asciiPunct[r] != "":
		return runeClass{ascii: asciiPunct[r]}, nil
	}
	if d := norm.NFKC.String(string(r)); d != string(r) {
		var c runeClass
		for _, dr := range d {
			if dr == ' ' {
				continue
			}
			if !unicode.Is(unicode.Arabic, dr) {
				if unicode.IsPunct(dr) || unicode.IsDigit(dr) {
					c.ascii += string(dr)
				}
				continue
			}
			dc, err := classify(dr)
			if err != nil {
				return c, fmt.Errorf("%U: %v", r, err)
			}
			c.letters += dc.letters
			c.ascii += dc.ascii
		}
		if c.letters == "" && c.ascii == "" {
			c.mark = true
		}
		return c, nil
	}
	if !unicode.IsLetter(r) {
		return runeClass{}, nil // a symbol or punctuation: passes through
	}
	name := runenames.Name(r)
	name = strings.TrimPrefix(name, "ARABIC LETTER ")
	if i := strings.Index(name, " WITH "); i >= 0 {
		name = name[:i]
	}
	if b, ok := baseLetter[name]; ok {
		return runeClass{letters: string(b)}, nil
	}
	if markLetters[name] {
		return runeClass{mark: true}, nil
	}
	return runeClass{}, fmt.Errorf("%U %s: no base letter", r, runenames.Name(r))
}
