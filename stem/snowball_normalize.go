package stem

import "unicode/utf8"

// normalizePre is Normalize_pre, on the word b[start:] in place: it removes
// the harakat U+064B–U+0652 and the tatweel U+0640, replaces the
// Arabic-Indic digits U+0660–U+0669 with the ASCII digits and the
// presentation forms U+FE80–U+FEFC with the letters they are forms of. It
// returns b with the normalized word in place of the word.
//
// The .sbl loops as many times as the word has characters, and each
// iteration replaces the character at the cursor or steps over it: every
// character is looked at once, as here. Only the lead bytes 0xD9 and 0xEF
// can start a character that changes.
func normalizePre(b []byte, start int) []byte {
	w := start // every replacement but a lam-alef ligature is shorter, so w <= r
	for r := start; r < len(b); {
		c := b[r]
		if c == 0xD9 && r+1 < len(b) && b[r+1]&0xC0 == 0x80 {
			// U+0640–U+067F, where the Arabic letters are too, decided
			// by their second byte without decoding.
			switch c2 := b[r+1]; {
			case c2 == 0x80, 0x8B <= c2 && c2 <= 0x92: // tatweel, harakat
			case 0xA0 <= c2 && c2 <= 0xA9: // digits
				b[w] = '0' + c2 - 0xA0
				w++
			default:
				b[w], b[w+1] = c, c2
				w += 2
			}
			r += 2
			continue
		}
		if c != 0xEF {
			b[w] = c
			w, r = w+1, r+1
			continue
		}
		ch, size := utf8.DecodeRune(b[r:])
		s, ok := presentationForm(ch)
		switch {
		case !ok:
			w += copy(b[w:], b[r:r+size])
		case len(s) > size:
			// A ligature becomes two letters, one byte longer: make room.
			// Ligatures are rare, so the copy of the rest is too.
			rest := append([]byte(nil), b[r+size:]...)
			b = append(append(b[:w], s...), rest...)
			w += len(s)
			r = w - size
		default:
			w += copy(b[w:], s)
		}
		r += size
	}
	return b[:w]
}

// presentationForm returns the letters that Normalize_pre makes of the
// presentation form r, and false when r is none of U+FE80–U+FEFC.
func presentationForm(r rune) (string, bool) {
	if 0xFE80 <= r && r <= 0xFEFC {
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
	if n := len(z.b); n >= 2 && isHamzaCarrier(z.b[n-2:]) {
		copy(z.b[n-2:], "ء")
	}
	// do loop word_len ( [substring] among ( … ) or next ): the loop looks
	// at $word_len characters, as the last prefix routine set it. That is
	// never less than the length of the stem, but end says where the loop
	// would stop if it were.
	end := len(z.b)
	if z.wordLen < z.n {
		end = charOffset(z.b, z.wordLen)
	}
	// The carriers are D8 A2 to D8 A6 in UTF-8, and D8 never continues a
	// character, so every D8 byte followed by one of those is one.
	for c := 0; c < end; c++ {
		if isHamzaCarrier(z.b[c:]) {
			copy(z.b[c:], hamzaCarriers[z.b[c+1]-0xA2])
		}
	}
}

// charOffset returns the offset in b of its character k (from 0), or
// len(b), counting characters as charCount does.
func charOffset(b []byte, k int) int {
	for i := range b {
		if b[i]&0xC0 != 0x80 {
			if k == 0 {
				return i
			}
			k--
		}
	}
	return len(b)
}

// hamzaCarriers are what Normalize_post makes of the carriers U+0622–U+0626
// inside the stem: آ أ إ → ا, ؤ → و, ئ → ي. Each is a two-byte letter, as
// is the bare hamza ء, so the replacements are made in place.
var hamzaCarriers = [...]string{"ا", "ا", "و", "ا", "ي"}

// isHamzaCarrier reports whether b starts with one of U+0622–U+0626,
// D8 A2 to D8 A6 in UTF-8.
func isHamzaCarrier(b []byte) bool {
	return len(b) >= 2 && b[0] == 0xD8 && 0xA2 <= b[1] && b[1] <= 0xA6
}
