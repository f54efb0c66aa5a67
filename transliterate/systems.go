package transliterate

// The scholarly schemes. Each reads vowelled Arabic as its standard says;
// on unvowelled text, each writes the consonant skeleton with the long
// vowels its letters spell (alef ā, waw ū, yeh ī), the a that ta marbuta
// and alif maqsura imply, and the article, and nothing it would have to
// guess: short vowels, doubled consonants and case endings appear only where
// the text marks them. Names read that way (خليفة حفتر, khlīfah ḥftr) are a
// skeleton, not a spelling; the Names scheme spells names.
//
// All four are phrase schemes (see phrase.go): the article and the
// construct state of ta marbuta depend on the next word. What they share:
//
//   - The article is recognized as alef (or alef wasla) and lam without a
//     vowel, before at least two letters; after wa-, fa-, bi-, ka-, and as
//     lil- (لل); the word Allah and its forms (billāh, lillāh) are read as
//     a unit.
//   - A proclitic wa-, fa-, bi-, ka-, li- is split off only before the
//     article or a hamza on alef (وأكد wa-akkada); elsewhere (ومعه) it cannot
//     be told from a root letter without a lexicon and stays in the word.
//   - Ta marbuta is in construct state before a word with the article or
//     Allah, and, in fully vowelled text, when it carries a case vowel
//     without tanwin and another word follows (محافظةُ دمشقَ).
//   - Case endings (the last short vowel of a word) are not written in
//     words with the article, words ending in ta marbuta or a nisba, and the
//     last word of a phrase (pause); elsewhere (verbs, pronouns,
//     prepositions) the text's final vowel is kept.
//   - A word-initial hamza is not written, only its vowel; initial alef
//     without a vowel mark is hamzat al-wasl and reads i.
//   - Letters outside each table (of other orthographies than Arabic and
//     Persian) are passed through; Quranic annotation marks are dropped.
//
// They write lower case (BGN capitalizes each word, as gazetteers do), except
// Allāh.

var (
	// ALALC is the ALA-LC (Library of Congress) romanization of Arabic, by
	// the rules of the 1997 table: ث th, ج j, ح ḥ, خ kh, ذ dh, ش sh, ص ṣ,
	// ض ḍ, ط ṭ, ظ ẓ, غ gh, hamza ʼ (U+02BC), ain ʻ (U+02BB); alif maqsura
	// á; ta marbuta h, t in construct state, tan with fathatan (rule 7);
	// the article al- without assimilation, lil- after li- (rule 17);
	// shadda doubles the letter or digraph, ُوّ is ūw, medial ِيّ īy and
	// final ِيّ ī (rule 11); fathatan is written an (rule 12, adverbial
	// use), dammatan and kasratan are not; the prime ʹ between two letters
	// that would read as a digraph (rule 21); ابن and بن are ibn (rule 25).
	// It is one-way.
	ALALC = newPhraseScheme("alalc", alalc.appendPhrase)

	// DIN31635 is DIN 31635 (2011), the German standard built on the DMG
	// transliteration: one letter for each consonant (ṯ ǧ ḥ ḫ ḏ š ṣ ḍ ṭ ẓ ġ),
	// hamza ʾ, ain ʿ; alif maqsura ā; ta marbuta a, at in construct state;
	// the article assimilated to sun letters (aš-šams, ad-dīn), and after a
	// proclitic without its a, as DMG practice writes it (wa-l-, bi-š-);
	// shadda doubles, ِيّ is iyy, and ī at the end of a word; tanwin is not
	// written except an (fathatan). The treatment of ta marbuta, the nisba
	// and the article after a proclitic follows DMG practice and German
	// descriptions of the 2011 text; it has not been checked against the DIN
	// document itself. It is one-way.
	DIN31635 = newPhraseScheme("din31635", din31635.appendPhrase)

	// ISO233 is ISO 233-2:1993, the simplified ISO transliteration of
	// Arabic for bibliographic use (not the strict ISO 233:1984, which
	// writes every seat letter and mark and could be reversible): the
	// consonants of ISO 233 (ṯ ǧ ḥ ẖ ḏ š ṣ ḍ ṭ ẓ ġ, ة ẗ), hamza ʾ without its
	// seat, ain ʿ; long vowels ā ū ī, alif maqsura aỳ; vowels supplied,
	// sukun and case endings left out (clause 4.1.1); initial alef not
	// written (4.1.2); the article always al- (4.1.4); li-, bi-, ka- and wa-
	// separated by a hyphen (4.1.5). Shadda doubles (ِيّ iyy). It is one-way.
	ISO233 = newPhraseScheme("iso233", iso233.appendPhrase)

	// BGN is the BGN/PCGN 1956 romanization (2017 revision), used for
	// geographical and personal names: digraphs th kh dh sh gh, cedillas
	// ḩ ş ḑ ţ z̧, hamza ’ (U+2019, not written word-initially), ain ‘
	// (U+2018); alif maqsura á; ta marbuta h, t in construct state; the
	// article capitalized when initial, with no hyphen and assimilated to
	// sun letters (Ash Shām, Tall al Laḩm, ‘Abd as Salām), after wa- as a
	// separate word (wa ash Sha‘f), and as lil/liţ Ţ and bil/bid D after li
	// and bi; shadda doubles, ِيّ is ī at the end of a word and īy before
	// ta marbuta (As Sulaymānīyah); tanwin is not written; بن is Bin and ابن
	// Ibn. Each word is capitalized, as gazetteers write names. On
	// unvowelled text it writes the skeleton, with no Arabic letter left (ICU's
	// Arabic-Latin/BGN leaves unvowelled alef and yeh in Arabic). It is
	// one-way.
	BGN = newPhraseScheme("bgn", bgn.appendPhrase)

	// Names writes names as English-language news writes them: خليفة حفتر
	// is Khalifa Haftar, فائز السراج Fayez al-Sarraj, عبد الله بن زايد
	// Abdullah bin Zayed, طرابلس Tripoli, وليبيا Libya. It is the
	// EnglishNews style of [NameStyle], which documents how it works, its
	// data and its accuracy; [NameCandidates] gives its n best spellings of
	// a name. It reads every Arabic word as a name (words of running text
	// come out as names would). It is one-way.
	Names = newPhraseScheme("names", appendNames)
)

// withCommonLetters adds to a system's letters those that most systems
// write alike, where the system has not its own.
func withCommonLetters(letters map[rune]string) map[rune]string {
	for r, s := range map[rune]string{
		'ب': "b", 'ت': "t", 'د': "d", 'ر': "r", 'ز': "z", 'س': "s", 'ف': "f", 'ق': "q", 'ك': "k",
		'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'و': "w", 'ي': "y", 'ى': "y",
		'ة': "t", // ta marbuta not at the end of a word
	} {
		if _, ok := letters[r]; !ok {
			letters[r] = s
		}
	}
	return letters
}

// allahForms are the forms of the word Allah that a system spells as a
// unit, by its letters: alone, and after bi-, li-, wa-, fa-.
func allahForms(alone, bi, li, wa, fa string) map[string]string {
	return map[string]string{"الله": alone, "بالله": bi, "لله": li, "والله": wa, "فالله": fa}
}

var alalc = &system{
	letters: withCommonLetters(map[rune]string{
		'ء': "ʼ", 'ث': "th", 'ج': "j", 'ح': "ḥ", 'خ': "kh",
		'ذ': "dh", 'ش': "sh", 'ص': "ṣ", 'ض': "ḍ", 'ط': "ṭ",
		'ظ': "ẓ", 'ع': "ʻ", 'غ': "gh",
		'پ': "p", 'چ': "ch", 'ژ': "zh", 'ڤ': "v", 'ۋ': "v", 'ڥ': "v", 'گ': "g", 'ڴ': "ñ",
		'ڢ': "f", 'ڧ': "q",
	}),
	long:     [3]string{"ā", "ū", "ī"},
	maqsura:  "á",
	ta:       [3]string{"h", "t", "tan"},
	taLong:   [2]string{"h", "t"},
	anTanwin: "an",
	longW:    "ū", longY: "ī", finalY: "ī",
	article: "-", clitic: "-",
	li:    "li",
	prime: "ʹ",
	allah: allahForms("Allāh", "billāh", "lillāh", "wa-Allāh", "fa-Allāh"),
	words: map[string]string{"ابن": "ibn", "بن": "ibn", "بنت": "bint", "ابنة": "ibnah"},
}

var din31635 = &system{
	letters: withCommonLetters(map[rune]string{
		'ء': "ʾ", 'ث': "ṯ", 'ج': "ǧ", 'ح': "ḥ", 'خ': "ḫ",
		'ذ': "ḏ", 'ش': "š", 'ص': "ṣ", 'ض': "ḍ", 'ط': "ṭ",
		'ظ': "ẓ", 'ع': "ʿ", 'غ': "ġ",
		'پ': "p", 'چ': "č", 'ژ': "ž", 'ڤ': "v", 'گ': "g",
	}),
	long:     [3]string{"ā", "ū", "ī"},
	maqsura:  "ā",
	ta:       [3]string{"", "t", "tan"},
	taLong:   [2]string{"h", "t"},
	anTanwin: "an",
	longW:    "u", longY: "i", finalY: "ī",
	assimilate: true, article: "-", clitic: "-", elide: true,
	li:    "li-",
	allah: allahForms("Allāh", "bi-llāh", "li-llāh", "wa-llāh", "fa-llāh"),
	words: map[string]string{"ابن": "ibn", "بن": "ibn", "بنت": "bint", "ابنة": "ibna"},
}

var iso233 = &system{
	letters: withCommonLetters(map[rune]string{
		'ء': "ʾ", 'ث': "ṯ", 'ج': "ǧ", 'ح': "ḥ", 'خ': "ẖ",
		'ذ': "ḏ", 'ش': "š", 'ص': "ṣ", 'ض': "ḍ", 'ط': "ṭ",
		'ظ': "ẓ", 'ع': "ʿ", 'غ': "ġ",
		'ة': "ẗ",
		'پ': "p", 'چ': "č", 'ژ': "ž", 'ڤ': "v", 'گ': "g",
	}),
	long:    [3]string{"ā", "ū", "ī"},
	maqsura: "aỳ",
	ta:      [3]string{"ẗ", "ẗ", "ẗ"},
	taLong:  [2]string{"ẗ", "ẗ"},
	longW:   "u", longY: "i", finalY: "iyy",
	article: "-", clitic: "-",
	li:    "li-a",
	allah: allahForms("Allāh", "bi-Allāh", "li-Allāh", "wa-Allāh", "fa-Allāh"),
	words: map[string]string{"ابن": "ibn", "بن": "ibn", "بنت": "bint", "ابنة": "ibnaẗ"},
}

var bgn = &system{
	letters: withCommonLetters(map[rune]string{
		'ء': "’", 'ث': "th", 'ج': "j", 'ح': "ḩ", 'خ': "kh",
		'ذ': "dh", 'ش': "sh", 'ص': "ş", 'ض': "ḑ", 'ط': "ţ",
		'ظ': "z̧", 'ع': "‘", 'غ': "gh",
		'پ': "p", 'چ': "ch", 'ژ': "zh", 'ڤ': "v", 'گ': "g", 'ڨ': "g", 'ڭ': "g", 'ڴ': "g",
	}),
	long:    [3]string{"ā", "ū", "ī"},
	maqsura: "á",
	ta:      [3]string{"h", "t", "h"},
	taLong:  [2]string{"h", "t"},
	longW:   "u", longY: "ī", finalY: "ī",
	assimilate: true, article: " ", clitic: " ", joinBi: true,
	li:    "li",
	title: true,
	allah: allahForms("Allāh", "billāh", "lillāh", "wa Allāh", "fa Allāh"),
	words: map[string]string{"ابن": "ibn", "بن": "bin", "بنت": "bint", "ابنة": "ibnah"},
}
