package transliterate

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// UNGEGN is the strict, reversible transliteration that ICU's Arabic-Latin
// transform implements, without cgo: the rules of CLDR's
// common/transforms/Arabic-Latin.xml as ICU 72 runs them. CLDR says the
// transform "generally follows UNGEGN" and deviates towards ISO 233 where
// reversibility needs it: underdots instead of cedillas (ṣ ḍ ṭ ẓ ḥ), a
// macron below on the h of the digraphs (tẖ dẖ sẖ gẖ kẖ), ẗ for ta marbuta,
// y̱ for alif maqsura, ạ for alif. It adds no vowels, does not hyphenate or
// assimilate the article, and writes lower case. It is checked word for
// word against ICU 72.1's output on 177,214 words.
//
// How it works, as ICU does it (ungegnRules lists the rules one by one):
//
//  1. Only runes of the Arabic script, of the Arabic block U+0600–U+06FF,
//     and U+207F ⁿ and U+FDFC ﷼ are touched; each maximal run of them is
//     converted on its own and everything else is copied.
//  2. The run is decomposed (NFKD): presentation forms become letters, the
//     hamza and madda letters become a letter and a combining mark (أ is ا
//     and U+0654), marks are put in canonical order (fatha before shadda).
//  3. The rules, in order: digits and punctuation; fatha+alif ā, damma+waw
//     ū, kasra+yeh ī; the letters; the marks. Runes without a rule (U+0670
//     superscript alef, U+0671 alef wasla, most letters of other languages)
//     are kept.
//  4. The result is composed (NFC), so أ comes out as ạ̉ and آ as ậ.
//
// It streams in the smallest pieces of text that ICU's rules convert
// independently. A piece longer than 128 bytes (only a run of more than about
// 60 combining marks, or of tatweels, makes one) is cut anyway; the result
// may then differ from ICU's around the cut.
//
// Its inverse is ICU's Latin-Arabic, the same rules read backwards. The
// round trip holds for NFC text made of the runes that have a rule of their own
// (letters, harakat, U+0653–U+0655, Arabic digits and punctuation, and the
// letters that decompose into them, such as آ أ إ ؤ ئ), except three
// things: tatweel, which is dropped; the Arabic comma between two digits,
// which comes back as the decimal separator; and Latin letters and ASCII
// digits already in the input, which come back as Arabic.
var UNGEGN = Scheme{s: &ungegn}

var ungegn = newICUScheme("ungegn",
	newICUTransform(ungegnFilter, norm.NFKD, false, forwardRules(ungegnRules)),
	newICUTransform(ungegnInverseFilter, norm.NFD, true, backwardRules(ungegnRules)))

// ungegnFilter is ICU's ::[[:Arabic:][:block=ARABIC:][،؛؟ـً-ٕ٠-٬ښ۰-۹ⁿ﷼]].
func ungegnFilter(r rune) bool {
	return 0x0600 <= r && r <= 0x06FF || r == 'ⁿ' || unicode.Is(unicode.Arabic, r)
}

// ungegnInverseFilter is ICU's ::[[:Latin:][%,.0-9;?ʾʿˌ̂-̄̈-̣̰̱̹̊;]]: the Latin
// script, the ASCII the rules read, the modifier letters and combining marks
// the forward rules write, and U+037E GREEK QUESTION MARK (which NFD makes
// ";").
func ungegnInverseFilter(r rune) bool {
	return unicode.Is(unicode.Latin, r) ||
		strings.ContainsRune("%,.0123456789;?\u02BE\u02BF\u02CC\u0302\u0303\u0304\u0308\u0309\u030A\u0323\u0330\u0331\u0339\u037E", r)
}

func isDecimalDigit(r rune) bool { return unicode.Is(unicode.Nd, r) }

// ungegnRules are the rules of CLDR's Arabic-Latin, in order, with the
// Arabic as NFKD leaves it and the Latin decomposed (NFC composes it; ICU's
// Latin-Arabic reads it after NFD and lower case). ICU reverses the rules to
// get Latin-Arabic, and so do we (forwardRules, backwardRules): a rule
// ar ↔ lat converts each way with the same contexts; a rule without lat is
// Arabic-Latin's alone, a rule with back Latin-Arabic's alone.
var ungegnRules = []cldrRule{
	// The separators between two digits: the decimal separator is a comma,
	// the thousands separator a full stop. (The digit before is looked for
	// in the output, so "۳٫۴", whose ۳ became 3 and U+0331, has none.)
	{ar: "٫", ante: isDecimalDigit, post: isDecimalDigit, lat: ","},
	{ar: "٬", ante: isDecimalDigit, post: isDecimalDigit, lat: "."},
	// Elsewhere they carry a macron below, to tell them from ، and the
	// full stop.
	{ar: "٫", lat: ",\u0331"},
	{ar: "٬", lat: ".\u0331"},
	{ar: "،", lat: ","},
	{ar: "؛", lat: ";"},
	{ar: "؟", lat: "?"},
	{ar: "٪", lat: "%"},
	// Extended Arabic-Indic digits (Persian, Urdu) carry a macron below;
	// Arabic-Indic digits become ASCII digits.
	{ar: "۰", lat: "0\u0331"},
	{ar: "۱", lat: "1\u0331"},
	{ar: "۲", lat: "2\u0331"},
	{ar: "۳", lat: "3\u0331"},
	{ar: "۴", lat: "4\u0331"},
	{ar: "۵", lat: "5\u0331"},
	{ar: "۶", lat: "6\u0331"},
	{ar: "۷", lat: "7\u0331"},
	{ar: "۸", lat: "8\u0331"},
	{ar: "۹", lat: "9\u0331"},
	{ar: "٠", lat: "0"},
	{ar: "١", lat: "1"},
	{ar: "٢", lat: "2"},
	{ar: "٣", lat: "3"},
	{ar: "٤", lat: "4"},
	{ar: "٥", lat: "5"},
	{ar: "٦", lat: "6"},
	{ar: "٧", lat: "7"},
	{ar: "٨", lat: "8"},
	{ar: "٩", lat: "9"},
	// Long vowels: a short vowel followed by its letter.
	{ar: "\u064Eا", lat: "a\u0304"}, // fatha alef: ā
	{ar: "\u064Fو", lat: "u\u0304"}, // damma waw: ū
	{ar: "\u0650ي", lat: "i\u0304"}, // kasra yeh: ī
	// Letters written with a digraph or a diacritic.
	{ar: "ث", lat: "th\u0331"}, // tẖ
	{ar: "ذ", lat: "dh\u0331"}, // dẖ
	{ar: "ش", lat: "sh\u0331"}, // sẖ
	{ar: "ص", lat: "s\u0323"},  // ṣ
	{ar: "ض", lat: "d\u0323"},  // ḍ
	{ar: "ط", lat: "t\u0323"},  // ṭ
	{ar: "ظ", lat: "z\u0323"},  // ẓ
	{ar: "غ", lat: "gh\u0331"}, // gẖ
	{ar: "ة", lat: "t\u0308"},  // ẗ
	// t, marks of other classes than 0 and 230, diaeresis: ẗ with marks
	// that NFD put between its letter and its diaeresis.
	{back: &icuRule{key: []rune("t"), marks: '\u0308', marksOK: func(r rune) bool { c := ccc(r); return c != 0 && c != 230 }, out: "ة"}},
	{ar: "ژ", lat: "zh\u0331"}, // U+0698 JEH: zẖ
	{ar: "ڭ", lat: "n\u0331g"}, // U+06AD NG: ṉg
	{ar: "ۋ", lat: "v\u0331"},  // U+06CB VE: v̱
	{ar: "ی", lat: "y\u0330"},  // U+06CC FARSI YEH: y̰
	{ar: "ښ", lat: "s\u02CC"},  // U+069A SEEN WITH DOT BELOW AND DOT ABOVE: sˌ
	{ar: "ء", lat: "\u02BE"},   // hamza: ʾ
	{ar: "ا", lat: "a\u0323"},  // alef: ạ
	{ar: "ب", lat: "b"},
	{ar: "ت", lat: "t"},
	{ar: "ج", lat: "j"},
	{ar: "ح", lat: "h\u0323"},  // ḥ
	{ar: "خ", lat: "kh\u0331"}, // kẖ
	{ar: "د", lat: "d"},
	{ar: "ر", lat: "r"},
	{ar: "ز", lat: "z"},
	{ar: "س", lat: "s"},
	{ar: "ع", lat: "\u02BF"}, // ain: ʿ
	{ar: "ـ", lat: ""},       // tatweel: dropped, one way
	{ar: "ف", lat: "f"},
	{ar: "ق", lat: "q"},
	{ar: "ک", lat: "k\u0331"}, // U+06A9 KEHEH: ḵ
	{ar: "ك", lat: "k"},
	{ar: "ل", lat: "l"},
	{ar: "م", lat: "m"},
	{ar: "ن", lat: "n"},
	{ar: "ه", lat: "h"},
	{ar: "و", lat: "w"},
	{ar: "ى", lat: "y\u0331"}, // alef maksura: y̱
	{ar: "ي", lat: "y"},
	// Tanwin, the short vowels, and the marks.
	{ar: "\u064B", lat: "aⁿ"},     // fathatan
	{ar: "\u064C", lat: "uⁿ"},     // dammatan
	{ar: "\u064D", lat: "iⁿ"},     // kasratan
	{ar: "\u064E", lat: "a"},      // fatha
	{ar: "\u064F", lat: "u"},      // damma
	{ar: "\u0650", lat: "i"},      // kasra
	{ar: "\u0651", lat: "\u0303"}, // shadda: combining tilde
	{ar: "\u0652", lat: "\u030A"}, // sukun: combining ring above
	{ar: "\u0653", lat: "\u0302"}, // maddah above: combining circumflex
	{ar: "\u0654", lat: "\u0309"}, // hamza above: combining hook above
	{ar: "\u0655", lat: "\u0339"}, // hamza below: combining right half ring below
	// Letters of other languages.
	{ar: "پ", lat: "p"},
	{ar: "چ", lat: "ch\u0331"}, // cẖ
	{ar: "ڤ", lat: "v"},
	{ar: "گ", lat: "g"},
	// Latin letters the forward rules never write, read as English would.
	// A redo is ICU's "|": the replacement is matched again, so that e
	// becomes i and then kasra, and c before e, i or y becomes s and then
	// seen.
	{back: &icuRule{key: []rune("c"), post: func(r rune) bool { return r == 'e' || r == 'i' || r == 'y' }, redo: "s"}},
	{back: &icuRule{key: []rune("c"), redo: "k"}},
	{back: &icuRule{key: []rune("e"), redo: "i"}},
	{back: &icuRule{key: []rune("o"), redo: "u"}},
	{back: &icuRule{key: []rune("x"), redo: "ks"}},
	{back: &icuRule{key: []rune("ⁿ"), redo: "n"}},
}

// A cldrRule is one rule of a CLDR transform: ante{ar}post ↔ lat.
type cldrRule struct {
	ar, lat    string
	ante, post func(rune) bool
	back       *icuRule // a rule of the reverse transform alone
}

// forwardRules returns the rules that convert Arabic, in order.
func forwardRules(rules []cldrRule) []icuRule {
	var out []icuRule
	for _, r := range rules {
		if r.back == nil {
			out = append(out, icuRule{key: []rune(r.ar), ante: r.ante, post: r.post, out: r.lat})
		}
	}
	return out
}

// backwardRules returns the rules that convert Latin, in order.
func backwardRules(rules []cldrRule) []icuRule {
	var out []icuRule
	for _, r := range rules {
		switch {
		case r.back != nil:
			out = append(out, *r.back)
		case r.lat != "":
			out = append(out, icuRule{key: []rune(r.lat), ante: r.ante, post: r.post, out: r.ar})
		}
	}
	return out
}
