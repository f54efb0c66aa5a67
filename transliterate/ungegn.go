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
// Its inverse is ICU's Latin-Arabic (ungegnInverseRules). The round trip
// holds for NFC text made of the runes that have a rule of their own
// (letters, harakat, U+0653–U+0655, Arabic digits and punctuation, and the
// letters that decompose into them, such as آ أ إ ؤ ئ), except three
// things: tatweel, which is dropped; the Arabic comma between two digits,
// which comes back as the decimal separator; and Latin letters and ASCII
// digits already in the input, which come back as Arabic.
var UNGEGN = Scheme{s: &ungegn}

var ungegn = newICUScheme("ungegn",
	newICUTransform(ungegnFilter, norm.NFKD, false, ungegnRules),
	newICUTransform(ungegnInverseFilter, norm.NFD, true, ungegnInverseRules))

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

// ungegnRules are the rules of CLDR's Arabic-Latin, in order, with keys as
// NFKD leaves them. Each replacement is written decomposed; NFC composes it.
var ungegnRules = []icuRule{
	// The separators between two digits: the decimal separator is a comma,
	// the thousands separator a full stop. (The digit before is looked for
	// in the output, so "۳٫۴", whose ۳ became 3 and U+0331, has none.)
	{key: []rune("٫"), ante: isDecimalDigit, post: isDecimalDigit, out: ","},
	{key: []rune("٬"), ante: isDecimalDigit, post: isDecimalDigit, out: "."},
	// Elsewhere they carry a macron below, to tell them from ، and the
	// full stop.
	{key: []rune("٫"), out: ",\u0331"},
	{key: []rune("٬"), out: ".\u0331"},
	{key: []rune("،"), out: ","},
	{key: []rune("؛"), out: ";"},
	{key: []rune("؟"), out: "?"},
	{key: []rune("٪"), out: "%"},
	// Extended Arabic-Indic digits (Persian, Urdu) carry a macron below;
	// Arabic-Indic digits become ASCII digits.
	{key: []rune("۰"), out: "0\u0331"},
	{key: []rune("۱"), out: "1\u0331"},
	{key: []rune("۲"), out: "2\u0331"},
	{key: []rune("۳"), out: "3\u0331"},
	{key: []rune("۴"), out: "4\u0331"},
	{key: []rune("۵"), out: "5\u0331"},
	{key: []rune("۶"), out: "6\u0331"},
	{key: []rune("۷"), out: "7\u0331"},
	{key: []rune("۸"), out: "8\u0331"},
	{key: []rune("۹"), out: "9\u0331"},
	{key: []rune("٠"), out: "0"},
	{key: []rune("١"), out: "1"},
	{key: []rune("٢"), out: "2"},
	{key: []rune("٣"), out: "3"},
	{key: []rune("٤"), out: "4"},
	{key: []rune("٥"), out: "5"},
	{key: []rune("٦"), out: "6"},
	{key: []rune("٧"), out: "7"},
	{key: []rune("٨"), out: "8"},
	{key: []rune("٩"), out: "9"},
	// Long vowels: a short vowel followed by its letter.
	{key: []rune("\u064Eا"), out: "a\u0304"}, // fatha alef: ā
	{key: []rune("\u064Fو"), out: "u\u0304"}, // damma waw: ū
	{key: []rune("\u0650ي"), out: "i\u0304"}, // kasra yeh: ī
	// Letters written with a digraph or a diacritic.
	{key: []rune("ث"), out: "th\u0331"}, // tẖ
	{key: []rune("ذ"), out: "dh\u0331"}, // dẖ
	{key: []rune("ش"), out: "sh\u0331"}, // sẖ
	{key: []rune("ص"), out: "s\u0323"},  // ṣ
	{key: []rune("ض"), out: "d\u0323"},  // ḍ
	{key: []rune("ط"), out: "t\u0323"},  // ṭ
	{key: []rune("ظ"), out: "z\u0323"},  // ẓ
	{key: []rune("غ"), out: "gh\u0331"}, // gẖ
	{key: []rune("ة"), out: "t\u0308"},  // ẗ
	{key: []rune("ژ"), out: "zh\u0331"}, // U+0698 JEH: zẖ
	{key: []rune("ڭ"), out: "n\u0331g"}, // U+06AD NG: ṉg
	{key: []rune("ۋ"), out: "v\u0331"},  // U+06CB VE: v̱
	{key: []rune("ی"), out: "y\u0330"},  // U+06CC FARSI YEH: y̰
	{key: []rune("ښ"), out: "s\u02CC"},  // U+069A SEEN WITH DOT BELOW AND DOT ABOVE: sˌ
	{key: []rune("ء"), out: "\u02BE"},   // hamza: ʾ
	{key: []rune("ا"), out: "a\u0323"},  // alef: ạ
	{key: []rune("ب"), out: "b"},
	{key: []rune("ت"), out: "t"},
	{key: []rune("ج"), out: "j"},
	{key: []rune("ح"), out: "h\u0323"},  // ḥ
	{key: []rune("خ"), out: "kh\u0331"}, // kẖ
	{key: []rune("د"), out: "d"},
	{key: []rune("ر"), out: "r"},
	{key: []rune("ز"), out: "z"},
	{key: []rune("س"), out: "s"},
	{key: []rune("ع"), out: "\u02BF"}, // ain: ʿ
	{key: []rune("ـ"), out: ""},       // tatweel: dropped
	{key: []rune("ف"), out: "f"},
	{key: []rune("ق"), out: "q"},
	{key: []rune("ک"), out: "k\u0331"}, // U+06A9 KEHEH: ḵ
	{key: []rune("ك"), out: "k"},
	{key: []rune("ل"), out: "l"},
	{key: []rune("م"), out: "m"},
	{key: []rune("ن"), out: "n"},
	{key: []rune("ه"), out: "h"},
	{key: []rune("و"), out: "w"},
	{key: []rune("ى"), out: "y\u0331"}, // alef maksura: y̱
	{key: []rune("ي"), out: "y"},
	// Tanwin, the short vowels, and the marks.
	{key: []rune("\u064B"), out: "aⁿ"},     // fathatan
	{key: []rune("\u064C"), out: "uⁿ"},     // dammatan
	{key: []rune("\u064D"), out: "iⁿ"},     // kasratan
	{key: []rune("\u064E"), out: "a"},      // fatha
	{key: []rune("\u064F"), out: "u"},      // damma
	{key: []rune("\u0650"), out: "i"},      // kasra
	{key: []rune("\u0651"), out: "\u0303"}, // shadda: combining tilde
	{key: []rune("\u0652"), out: "\u030A"}, // sukun: combining ring above
	{key: []rune("\u0653"), out: "\u0302"}, // maddah above: combining circumflex
	{key: []rune("\u0654"), out: "\u0309"}, // hamza above: combining hook above
	{key: []rune("\u0655"), out: "\u0339"}, // hamza below: combining right half ring below
	// Letters of other languages.
	{key: []rune("پ"), out: "p"},
	{key: []rune("چ"), out: "ch\u0331"}, // cẖ
	{key: []rune("ڤ"), out: "v"},
	{key: []rune("گ"), out: "g"},
}

// ungegnInverseRules are the rules of ICU's Latin-Arabic, the reverse of
// CLDR's Arabic-Latin, in order, with keys as NFD and lower case leave them.
// A redo is ICU's "|": the replacement is matched again, so that e becomes
// i and then kasra, and c before e, i or y becomes s and then seen.
var ungegnInverseRules = []icuRule{
	{key: []rune(","), ante: isDecimalDigit, post: isDecimalDigit, out: "٫"},
	{key: []rune("."), ante: isDecimalDigit, post: isDecimalDigit, out: "٬"},
	{key: []rune(",\u0331"), out: "٫"},
	{key: []rune(".\u0331"), out: "٬"},
	{key: []rune(","), out: "،"},
	{key: []rune(";"), out: "؛"},
	{key: []rune("?"), out: "؟"},
	{key: []rune("%"), out: "٪"},
	{key: []rune("0\u0331"), out: "۰"},
	{key: []rune("1\u0331"), out: "۱"},
	{key: []rune("2\u0331"), out: "۲"},
	{key: []rune("3\u0331"), out: "۳"},
	{key: []rune("4\u0331"), out: "۴"},
	{key: []rune("5\u0331"), out: "۵"},
	{key: []rune("6\u0331"), out: "۶"},
	{key: []rune("7\u0331"), out: "۷"},
	{key: []rune("8\u0331"), out: "۸"},
	{key: []rune("9\u0331"), out: "۹"},
	{key: []rune("0"), out: "٠"},
	{key: []rune("1"), out: "١"},
	{key: []rune("2"), out: "٢"},
	{key: []rune("3"), out: "٣"},
	{key: []rune("4"), out: "٤"},
	{key: []rune("5"), out: "٥"},
	{key: []rune("6"), out: "٦"},
	{key: []rune("7"), out: "٧"},
	{key: []rune("8"), out: "٨"},
	{key: []rune("9"), out: "٩"},
	{key: []rune("a\u0304"), out: "\u064Eا"},
	{key: []rune("u\u0304"), out: "\u064Fو"},
	{key: []rune("i\u0304"), out: "\u0650ي"},
	{key: []rune("th\u0331"), out: "ث"},
	{key: []rune("dh\u0331"), out: "ذ"},
	{key: []rune("sh\u0331"), out: "ش"},
	{key: []rune("s\u0323"), out: "ص"},
	{key: []rune("d\u0323"), out: "ض"},
	{key: []rune("t\u0323"), out: "ط"},
	{key: []rune("z\u0323"), out: "ظ"},
	{key: []rune("gh\u0331"), out: "غ"},
	{key: []rune("t\u0308"), out: "ة"},
	// t, marks of other classes than 0 and 230, diaeresis: ẗ with marks
	// that NFD put between its letter and its diaeresis.
	{key: []rune("t"), marks: '\u0308', marksOK: func(r rune) bool { c := ccc(r); return c != 0 && c != 230 }, out: "ة"},
	{key: []rune("zh\u0331"), out: "ژ"},
	{key: []rune("n\u0331g"), out: "ڭ"},
	{key: []rune("v\u0331"), out: "ۋ"},
	{key: []rune("y\u0330"), out: "ی"},
	{key: []rune("s\u02CC"), out: "ښ"},
	{key: []rune("\u02BE"), out: "ء"},
	{key: []rune("a\u0323"), out: "ا"},
	{key: []rune("b"), out: "ب"},
	{key: []rune("t"), out: "ت"},
	{key: []rune("j"), out: "ج"},
	{key: []rune("h\u0323"), out: "ح"},
	{key: []rune("kh\u0331"), out: "خ"},
	{key: []rune("d"), out: "د"},
	{key: []rune("r"), out: "ر"},
	{key: []rune("z"), out: "ز"},
	{key: []rune("s"), out: "س"},
	{key: []rune("\u02BF"), out: "ع"},
	{key: []rune("f"), out: "ف"},
	{key: []rune("q"), out: "ق"},
	{key: []rune("k\u0331"), out: "ک"},
	{key: []rune("k"), out: "ك"},
	{key: []rune("l"), out: "ل"},
	{key: []rune("m"), out: "م"},
	{key: []rune("n"), out: "ن"},
	{key: []rune("h"), out: "ه"},
	{key: []rune("w"), out: "و"},
	{key: []rune("y\u0331"), out: "ى"},
	{key: []rune("y"), out: "ي"},
	{key: []rune("aⁿ"), out: "\u064B"},
	{key: []rune("uⁿ"), out: "\u064C"},
	{key: []rune("iⁿ"), out: "\u064D"},
	{key: []rune("a"), out: "\u064E"},
	{key: []rune("u"), out: "\u064F"},
	{key: []rune("i"), out: "\u0650"},
	{key: []rune("\u0303"), out: "\u0651"},
	{key: []rune("\u030A"), out: "\u0652"},
	{key: []rune("\u0302"), out: "\u0653"},
	{key: []rune("\u0309"), out: "\u0654"},
	{key: []rune("\u0339"), out: "\u0655"},
	{key: []rune("p"), out: "پ"},
	{key: []rune("ch\u0331"), out: "چ"},
	{key: []rune("v"), out: "ڤ"},
	{key: []rune("g"), out: "گ"},
	// Latin letters the forward rules never write, read as English would.
	{key: []rune("c"), post: func(r rune) bool { return r == 'e' || r == 'i' || r == 'y' }, redo: "s"},
	{key: []rune("c"), redo: "k"},
	{key: []rune("e"), redo: "i"},
	{key: []rune("o"), redo: "u"},
	{key: []rune("x"), redo: "ks"},
	{key: []rune("ⁿ"), redo: "n"},
}
