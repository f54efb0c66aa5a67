package transliterate

// The Buckwalter family: one Latin character per Arabic character and back,
// exactly as CAMeL Tools defines the four schemes in
// camel_tools/utils/charmaps (ar2bw, ar2safebw, ar2xmlbw, ar2hsb and their
// inverses). The table below was written from those maps and
// TestBuckwalterCAMeL checks it against them, every code point in both
// directions. The maps carry this notice:
//
//	MIT License. Copyright 2018-2026 New York University Abu Dhabi.
//	Permission is hereby granted, free of charge, to any person obtaining a
//	copy of this software and associated documentation files (the
//	"Software"), to deal in the Software without restriction, including
//	without limitation the rights to use, copy, modify, merge, publish,
//	distribute, sublicense, and/or sell copies of the Software, and to
//	permit persons to whom the Software is furnished to do so, subject to
//	the following conditions: The above copyright notice and this
//	permission notice shall be included in all copies or substantial
//	portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT
//	WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.

var (
	// Buckwalter is Tim Buckwalter's transliteration of Arabic into ASCII:
	// one character for each of the 51 code points of buckwalterLetters
	// (the 36 letters U+0621–U+063A and U+0641–U+064A, tatweel U+0640 as
	// "_", the harakat U+064B–U+0652, superscript alef U+0670 as "`", alef
	// wasla U+0671 as "{", and U+067E P, U+0686 J, U+06A4 V, U+06AF G). It
	// writes what is on the page, diacritics included, and adds nothing.
	// Every other rune passes through: Arabic punctuation and digits, the
	// Quranic marks, U+0653–U+0655, Latin letters.
	//
	// It is reversible on text made only of those 51 code points (and any
	// character outside them that is not an ASCII character the inverse
	// maps back: spaces, digits and most punctuation are safe). Latin
	// letters already in the input do not survive the round trip: the
	// inverse reads the "A" of "CNN" as alef.
	Buckwalter = Scheme{s: &buckwalter}

	// SafeBuckwalter is Buckwalter with a letter in place of every
	// character that is special in XML, regular expressions, file names or
	// shells: ء C, آ M, أ O, ؤ W, إ I, ئ Q, ذ V, ش c, superscript alef e,
	// alef wasla L, ڤ B. Its output is letters, "_" and "~" only, but the
	// same letters mean other things in Buckwalter: V is ذ here and ڤ there.
	// It is reversible on the same terms as Buckwalter.
	SafeBuckwalter = Scheme{s: &safeBuckwalter}

	// XMLBuckwalter is Buckwalter without the three characters special in
	// XML: أ O, ؤ W, إ I. The rest is Buckwalter's, including ' | } * $ `
	// and {. It is reversible on the same terms as Buckwalter.
	XMLBuckwalter = Scheme{s: &xmlBuckwalter}

	// HSB is the Habash-Soudi-Buckwalter transliteration: Buckwalter made
	// readable with Latin and Greek letters: ث θ, ذ ð, ش š, ظ Ď, ع ς, غ γ,
	// ة ħ, ى ý, آ Ā, أ Â, إ Ă, ؤ ŵ, ئ ŷ, ٱ Ä, tanwin ã ũ ĩ, sukun ".",
	// superscript alef á, چ c, گ g, پ p, ڤ v. Its output is precomposed
	// (NFC). It is reversible on the same terms as Buckwalter.
	HSB = Scheme{s: &hsb}
)

var (
	buckwalter     = buckwalterScheme("buckwalter", 0)
	safeBuckwalter = buckwalterScheme("safebuckwalter", 1)
	xmlBuckwalter  = buckwalterScheme("xmlbuckwalter", 2)
	hsb            = buckwalterScheme("hsb", 3)
)

// buckwalterScheme returns the scheme of one column of buckwalterLetters (0
// Buckwalter, 1 Safe, 2 XML, 3 HSB).
func buckwalterScheme(name string, column int) scheme {
	forward := make([]mapping, len(buckwalterLetters))
	backward := make([]mapping, len(buckwalterLetters))
	for i, l := range buckwalterLetters {
		forward[i] = mapping{l.arabic, string(l.latin[column])}
		backward[i] = mapping{l.latin[column], string(l.arabic)}
	}
	return scheme{name, newRuneMap(forward), newRuneMap(backward)}
}

// buckwalterLetters is the whole Buckwalter family: each Arabic code point
// CAMeL Tools maps, and its Buckwalter, Safe Buckwalter, XML Buckwalter and
// HSB letter.
var buckwalterLetters = [...]struct {
	arabic rune
	latin  [4]rune // Buckwalter, Safe, XML, HSB
}{
	{'\u0621', [4]rune{'\'', 'C', '\'', '\''}}, // ARABIC LETTER HAMZA
	{'\u0622', [4]rune{'|', 'M', '|', 'Ā'}},    // ARABIC LETTER ALEF WITH MADDA ABOVE
	{'\u0623', [4]rune{'>', 'O', 'O', 'Â'}},    // ARABIC LETTER ALEF WITH HAMZA ABOVE
	{'\u0624', [4]rune{'&', 'W', 'W', 'ŵ'}},    // ARABIC LETTER WAW WITH HAMZA ABOVE
	{'\u0625', [4]rune{'<', 'I', 'I', 'Ă'}},    // ARABIC LETTER ALEF WITH HAMZA BELOW
	{'\u0626', [4]rune{'}', 'Q', '}', 'ŷ'}},    // ARABIC LETTER YEH WITH HAMZA ABOVE
	{'\u0627', [4]rune{'A', 'A', 'A', 'A'}},    // ARABIC LETTER ALEF
	{'\u0628', [4]rune{'b', 'b', 'b', 'b'}},    // ARABIC LETTER BEH
	{'\u0629', [4]rune{'p', 'p', 'p', 'ħ'}},    // ARABIC LETTER TEH MARBUTA
	{'\u062A', [4]rune{'t', 't', 't', 't'}},    // ARABIC LETTER TEH
	{'\u062B', [4]rune{'v', 'v', 'v', 'θ'}},    // ARABIC LETTER THEH
	{'\u062C', [4]rune{'j', 'j', 'j', 'j'}},    // ARABIC LETTER JEEM
	{'\u062D', [4]rune{'H', 'H', 'H', 'H'}},    // ARABIC LETTER HAH
	{'\u062E', [4]rune{'x', 'x', 'x', 'x'}},    // ARABIC LETTER KHAH
	{'\u062F', [4]rune{'d', 'd', 'd', 'd'}},    // ARABIC LETTER DAL
	{'\u0630', [4]rune{'*', 'V', '*', 'ð'}},    // ARABIC LETTER THAL
	{'\u0631', [4]rune{'r', 'r', 'r', 'r'}},    // ARABIC LETTER REH
	{'\u0632', [4]rune{'z', 'z', 'z', 'z'}},    // ARABIC LETTER ZAIN
	{'\u0633', [4]rune{'s', 's', 's', 's'}},    // ARABIC LETTER SEEN
	{'\u0634', [4]rune{'$', 'c', '$', 'š'}},    // ARABIC LETTER SHEEN
	{'\u0635', [4]rune{'S', 'S', 'S', 'S'}},    // ARABIC LETTER SAD
	{'\u0636', [4]rune{'D', 'D', 'D', 'D'}},    // ARABIC LETTER DAD
	{'\u0637', [4]rune{'T', 'T', 'T', 'T'}},    // ARABIC LETTER TAH
	{'\u0638', [4]rune{'Z', 'Z', 'Z', 'Ď'}},    // ARABIC LETTER ZAH
	{'\u0639', [4]rune{'E', 'E', 'E', 'ς'}},    // ARABIC LETTER AIN
	{'\u063A', [4]rune{'g', 'g', 'g', 'γ'}},    // ARABIC LETTER GHAIN
	{'\u0640', [4]rune{'_', '_', '_', '_'}},    // ARABIC TATWEEL
	{'\u0641', [4]rune{'f', 'f', 'f', 'f'}},    // ARABIC LETTER FEH
	{'\u0642', [4]rune{'q', 'q', 'q', 'q'}},    // ARABIC LETTER QAF
	{'\u0643', [4]rune{'k', 'k', 'k', 'k'}},    // ARABIC LETTER KAF
	{'\u0644', [4]rune{'l', 'l', 'l', 'l'}},    // ARABIC LETTER LAM
	{'\u0645', [4]rune{'m', 'm', 'm', 'm'}},    // ARABIC LETTER MEEM
	{'\u0646', [4]rune{'n', 'n', 'n', 'n'}},    // ARABIC LETTER NOON
	{'\u0647', [4]rune{'h', 'h', 'h', 'h'}},    // ARABIC LETTER HEH
	{'\u0648', [4]rune{'w', 'w', 'w', 'w'}},    // ARABIC LETTER WAW
	{'\u0649', [4]rune{'Y', 'Y', 'Y', 'ý'}},    // ARABIC LETTER ALEF MAKSURA
	{'\u064A', [4]rune{'y', 'y', 'y', 'y'}},    // ARABIC LETTER YEH
	{'\u064B', [4]rune{'F', 'F', 'F', 'ã'}},    // ARABIC FATHATAN
	{'\u064C', [4]rune{'N', 'N', 'N', 'ũ'}},    // ARABIC DAMMATAN
	{'\u064D', [4]rune{'K', 'K', 'K', 'ĩ'}},    // ARABIC KASRATAN
	{'\u064E', [4]rune{'a', 'a', 'a', 'a'}},    // ARABIC FATHA
	{'\u064F', [4]rune{'u', 'u', 'u', 'u'}},    // ARABIC DAMMA
	{'\u0650', [4]rune{'i', 'i', 'i', 'i'}},    // ARABIC KASRA
	{'\u0651', [4]rune{'~', '~', '~', '~'}},    // ARABIC SHADDA
	{'\u0652', [4]rune{'o', 'o', 'o', '.'}},    // ARABIC SUKUN
	{'\u0670', [4]rune{'`', 'e', '`', 'á'}},    // ARABIC LETTER SUPERSCRIPT ALEF
	{'\u0671', [4]rune{'{', 'L', '{', 'Ä'}},    // ARABIC LETTER ALEF WASLA
	{'\u067E', [4]rune{'P', 'P', 'P', 'p'}},    // ARABIC LETTER PEH
	{'\u0686', [4]rune{'J', 'J', 'J', 'c'}},    // ARABIC LETTER TCHEH
	{'\u06A4', [4]rune{'V', 'B', 'V', 'v'}},    // ARABIC LETTER VEH
	{'\u06AF', [4]rune{'G', 'G', 'G', 'g'}},    // ARABIC LETTER GAF
}
