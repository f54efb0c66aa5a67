package stem

import "unicode/utf8"

// appendNormalizedPre is Normalize_pre: it appends word to dst with the
// harakat U+064B–U+0652 and the tatweel U+0640 removed, the Arabic-Indic
// digits U+0660–U+0669 replaced by the ASCII digits and the presentation
// forms U+FE80–U+FEFC replaced by the letters they are forms of.
//
// The .sbl loops as many times as the word has characters, and each
// iteration replaces the character at the cursor or steps over it: every
// character is looked at once, as here. Bytes other than the lead bytes of
// those characters are copied in runs, without decoding.
func appendNormalizedPre[S ~string | ~[]byte](dst []byte, word S) []byte {
	run := 0
	for i := 0; i < len(word); {
		if c := word[i]; c != 0xD9 && c != 0xEF { // the lead bytes of U+0640–U+067F and U+F000–U+FFFF
			i++
			continue
		}
		r, size := decodeRune(word[i:])
		s, ok := normalizePre(r)
		if !ok {
			i += size
			continue
		}
		dst = append(dst, word[run:i]...)
		dst = append(dst, s...)
		i += size
		run = i
	}
	return append(dst, word[run:]...)
}

// normalizePre returns what Normalize_pre makes of r, and false when it
// keeps r.
func normalizePre(r rune) (string, bool) {
	switch {
	case r == 0x0640, 0x064B <= r && r <= 0x0652: // tatweel, harakat
		return "", true
	case 0x0660 <= r && r <= 0x0669:
		return "0123456789"[r-0x0660:][:1], true
	case 0xFE80 <= r && r <= 0xFEFC:
		for _, f := range presentationForms {
			if r <= f.last {
				return f.letters, true
			}
		}
	}
	return "", false
}

// presentationForms are the .sbl's shaped forms and lam-alef ligatures,
// U+FE80–U+FEFC in ranges, each the forms of one letter (or ligature) up to
// last. Every form becomes its compatibility decomposition, as
// TestPresentationForms checks against x/text's NFKC.
var presentationForms = [...]struct {
	last    rune
	letters string
}{
	{0xFE80, "ء"},  // HAMZA
	{0xFE82, "آ"},  // ALEF WITH MADDA ABOVE
	{0xFE84, "أ"},  // ALEF WITH HAMZA ABOVE
	{0xFE86, "ؤ"},  // WAW WITH HAMZA ABOVE
	{0xFE88, "إ"},  // ALEF WITH HAMZA BELOW
	{0xFE8C, "ئ"},  // YEH WITH HAMZA ABOVE
	{0xFE8E, "ا"},  // ALEF
	{0xFE92, "ب"},  // BEH
	{0xFE94, "ة"},  // TEH MARBUTA
	{0xFE98, "ت"},  // TEH
	{0xFE9C, "ث"},  // THEH
	{0xFEA0, "ج"},  // JEEM
	{0xFEA4, "ح"},  // HAH
	{0xFEA8, "خ"},  // KHAH
	{0xFEAA, "د"},  // DAL
	{0xFEAC, "ذ"},  // THAL
	{0xFEAE, "ر"},  // REH
	{0xFEB0, "ز"},  // ZAIN
	{0xFEB4, "س"},  // SEEN
	{0xFEB8, "ش"},  // SHEEN
	{0xFEBC, "ص"},  // SAD
	{0xFEC0, "ض"},  // DAD
	{0xFEC4, "ط"},  // TAH
	{0xFEC8, "ظ"},  // ZAH
	{0xFECC, "ع"},  // AIN
	{0xFED0, "غ"},  // GHAIN
	{0xFED4, "ف"},  // FEH
	{0xFED8, "ق"},  // QAF
	{0xFEDC, "ك"},  // KAF
	{0xFEE0, "ل"},  // LAM
	{0xFEE4, "م"},  // MEEM
	{0xFEE8, "ن"},  // NOON
	{0xFEEC, "ه"},  // HEH
	{0xFEEE, "و"},  // WAW
	{0xFEF0, "ى"},  // ALEF MAKSURA
	{0xFEF4, "ي"},  // YEH
	{0xFEF6, "لآ"}, // LAM WITH ALEF WITH MADDA ABOVE
	{0xFEF8, "لأ"}, // LAM WITH ALEF WITH HAMZA ABOVE
	{0xFEFA, "لإ"}, // LAM WITH ALEF WITH HAMZA BELOW
	{0xFEFC, "لا"}, // LAM WITH ALEF
}

// normalizePost is Normalize_post: a hamza carrier at the end of the stem
// becomes a bare hamza, and then every other carrier becomes the letter
// that carries it.
func (z *sbWord) normalizePost() {
	// do ( backwards ( [substring] among ( … ) ) )
	if r, size := utf8.DecodeLastRune(z.b); isHamzaCarrier(r) {
		copy(z.b[len(z.b)-size:], "ء")
	}
	// do loop word_len ( [substring] among ( … ) or next ): the loop runs
	// $word_len times, which the last prefix routine set; that is never
	// less than the length of the stem, so every character is looked at.
	for k, c := 0, 0; k < z.wordLen && c < len(z.b); k++ {
		r, size := utf8.DecodeRune(z.b[c:])
		if isHamzaCarrier(r) {
			copy(z.b[c:], hamzaCarriers[r-0x0622])
		}
		c += size
	}
}

// hamzaCarriers are what Normalize_post makes of the carriers U+0622–U+0626
// inside the stem: آ أ إ → ا, ؤ → و, ئ → ي. Each is a two-byte letter, as
// is the bare hamza ء, so the replacements are made in place.
var hamzaCarriers = [...]string{"ا", "ا", "و", "ا", "ي"}

func isHamzaCarrier(r rune) bool { return 0x0622 <= r && r <= 0x0626 }
