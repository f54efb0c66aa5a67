package transliterate_test

import (
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/transliterate"
)

// TestUNGEGNICU holds UNGEGN to ICU 72.1's Arabic-Latin transform, word for
// word, on the 157,214 corpus words and the 20,000 random strings of
// ../shared/reference, made with uconv -x Arabic-Latin.
//
// uconv does not hand ICU a whole line: it cuts its input after every
// UTF-16 code unit c with c&0x2028 == 0x2028, a test meant to find U+2028
// LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR (icu4c/source/extra/uconv/
// uconv.cpp, getChunkLimit), and transliterates each piece on its own. So do
// we here: the cut hits presentation forms such as U+FE7A ARABIC KASRA
// ISOLATED FORM, and ICU's own API, called on the whole word, gives what
// UNGEGN gives on those words.
func TestUNGEGNICU(t *testing.T) {
	rows := sharedtest.ReferenceRows(t, "icu-arabic-latin", 2)
	agree, direct, shown := 0, 0, 0
	for _, row := range rows {
		word, want := row.Fields[0], row.Fields[1]
		var got strings.Builder
		for _, piece := range uconvPieces(word) {
			got.WriteString(transliterate.UNGEGN.String(piece))
		}
		if got.String() != want {
			if shown++; shown <= 20 {
				t.Errorf("line %d: UNGEGN.String(%+q) = %+q; want %+q", row.Line, word, got.String(), want)
			}
			continue
		}
		agree++
		if transliterate.UNGEGN.String(word) == want {
			direct++
		}
	}
	t.Logf("ungegn: %d/%d words agree with ICU 72.1 Arabic-Latin (%d without cutting them as uconv does)", agree, len(rows), direct)
}

// uconvPieces cuts s where uconv 72.1 cuts its input before transliterating.
func uconvPieces(s string) []string {
	var pieces []string
	start := 0
	for i, r := range s {
		if r == '\r' || r == '\n' || r == 0x85 || r < 0x10000 && r&0x2028 == 0x2028 {
			end := i + len(string(r))
			pieces = append(pieces, s[start:end])
			start = end
		}
	}
	return append(pieces, s[start:])
}

// ungegnInverseCases are outputs of ICU 72.1's Latin-Arabic transform (the
// utrans API on each line), including the letters the forward rules never
// write: c before e, i, y is s, c elsewhere k, e i, o u, x ks.
var ungegnInverseCases = []struct{ in, want string }{
	{"kẖlyfẗ ḥftr", "خليفة حفتر"},
	{"ạlạ̉mryky", "الأمريكي"},
	{"3,4", "٣٫٤"},
	{"3,̱4", "٣٫٤"},
	{"ce ci co cu cy x", "سِ سِ كُ كُ سي كس"},
	{"Cairo Express", "كَِرُ ِكسپرِسس"},
	{"ā ū ī aⁿ uⁿ iⁿ", "َا ُو ِي ً ٌ ٍ"},
	{"ṉg y̰ ḵ sˌ v̱ zẖ cẖ", "ڭ ی ک ښ ۋ ژ چ"},
	{"0̱1̱2̱ 7.5", "۰۱۲ ٧٬٥"},
	{"ậ ạ̹ w̉ ỷ", "آ إ ؤ ئ"},
	{"ẗ̹", "ةٕ"},
	{"Ελλάς!", "Ελλάς!"},
	{"ʾ ʿ", "ء ع"},
	{"ﬀ ē", "ﬀ ِي"},
}

func TestUNGEGNInverseICU(t *testing.T) {
	inv, _ := transliterate.UNGEGN.Inverse()
	for _, tc := range ungegnInverseCases {
		if got := inv.String(tc.in); got != tc.want {
			t.Errorf("UNGEGN.Inverse().String(%+q) = %+q; want %+q", tc.in, got, tc.want)
		}
	}
}
