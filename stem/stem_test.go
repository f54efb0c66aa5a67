package stem_test

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/go-arabic/arabic/stem"
)

type stemTest struct {
	name, word, want string
}

// The expected stems were checked with the reference implementations
// (Lucene 8.8.1, C Snowball 2.2.0, NLTK 3.8) through
// ../shared/tools/peers; the ill-formed cases are this package's contract.
// Light has no reference implementation: its cases, in the spelling of
// normalize.Search, are what its doc promises, checked by hand.
var stemTests = map[string][]stemTest{
	"light": {
		{"empty", "", ""},
		{"definite article", "الكتاب", "كتاب"},
		{"wa+al", "والكتاب", "كتاب"},
		{"fa+al", "فالكتاب", "كتاب"},
		{"bi+al, teh marbuta kept", "بالمدرسه", "مدرسه"},
		{"li+l: the article after the preposition", "للسلطه", "سلطه"},
		{"li+l: a word's own lam", "للبنان", "لبنان"},
		{"future sa", "سيكون", "يكون"},
		{"wa+sa and a verb plural", "وسيكتبون", "كتب"},
		{"imperfect ya of a verb of three consonants", "يعملون", "عمل"},
		{"imperfect ya kept before a long vowel", "يقولون", "يقول"},
		{"masculine plural", "المسؤولون", "مسؤول"},
		{"nisba plural keeps its ya", "الفلسطينيين", "فلسطيني"},
		{"nisba feminine keeps its teh marbuta", "مصريه", "مصريه"},
		{"feminine plural", "المكتبات", "مكتب"},
		{"feminine plural of a word in ya", "المستشفيات", "مستشفي"},
		{"feminine dual keeps its ta", "الحكومتين", "حكومت"},
		{"teh marbuta before a pronoun", "حكومته", "حكوم"},
		{"teh marbuta read back: no wa", "وزاره", "وزاره"},
		{"teh marbuta, not a pronoun", "الجامعه", "جامعه"},
		{"pronoun after ta", "بيته", "بيت"},
		{"pronoun on a verb in the imperfect", "يجعله", "جعل"},
		{"dual after the article", "الطرفان", "طرف"},
		{"verb plural in the perfect", "قالوا", "قال"},
		{"hamza read back after wa", "واكد", "اكد"},
		{"a stop word with a pronoun", "عليه", "علي"},
		{"name: Lebanon", "لبنان", "لبنان"},
		{"name: Palestine", "فلسطين", "فلسطين"},
		{"name: Beirut", "بيروت", "بيروت"},
		{"name: Mustafa", "مصطفي", "مصطفي"},
		{"name: -stan", "باكستان", "باكستان"},
		{"name: Allah", "عبدالله", "عبدالله"},
		{"name from the lexicon", "البحرين", "بحرين"},
		{"name: no preposition before a cluster", "برايس", "برايس"},
		{"name: no preposition before a preposition", "بلغراد", "بلغراد"},
		{"name from the list of names", "سيغال", "سيغال"},
		{"name from the lexicon after a proclitic", "بركات", "بركات"},
		{"radical nun after a long vowel", "القانون", "قانون"},
		{"radical nun in tafaaul", "تعاون", "تعاون"},
		{"broken plural afaal", "اصوات", "اصوات"},
		{"broken plural faaalil", "القوانين", "قوانين"},
		{"foreign letter", "گوگل", "گوگل"},
		{"ascii", "Lucene", "Lucene"},
		{"ill-formed byte: the word is kept", "ال\xffكتاب", "ال\xffكتاب"},
	},
	"light10": {
		{"empty", "", ""},
		{"definite article", "الكتاب", "كتاب"},
		{"wa+al", "والكتاب", "كتاب"},
		{"bi+al", "بالمدرسه", "مدرس"},
		{"li+l", "للطلاب", "طلاب"},
		{"wa only before 3 letters", "وزير", "زير"},
		{"wa kept on a short word", "ولد", "ولد"},
		{"suffixes in turn", "كتابيها", "كتاب"},
		{"two letters kept", "الها", "ها"},
		{"ascii", "Lucene", "Lucene"},
		{"unnormalized teh marbuta", "مدرسة", "مدرس"},
		{"ill-formed byte kept", "ال\xffكتاب", "\xffكتاب"},
	},
	"snowball": {
		{"empty", "", ""},
		{"definite article", "الكتاب", "كتاب"},
		{"wa kept before alef", "والكتاب", "والكتاب"},
		{"verb suffix", "بيتك", "بيت"},
		{"future prefix", "سيستخدم", "يستخدم"},
		{"harakat and tatweel", "الْكِتَـاب", "كتاب"},
		{"final hamza", "سماء", "سماء"},
		{"hamza carriers", "أسئلة", "اسيل"},
		{"digits", "٢٠٢٤", "2024"},
		{"lam-alef ligature", "\ufefb", "\u0644\u0627"},
		{"noun step1b keeps its deletion", "الثامن", "ثام"},
		{"alef maksura", "مستشفى", "مستشفي"},
		{"ill-formed byte kept", "ال\xffكتاب", "\xffكتاب"},
		{"ill-formed lead byte before a haraka", "كتاب\xd9\xd9\x8b", "كتاب\xd9"},
	},
	"isri": {
		{"empty", "", ""},
		{"root of a pattern", "الخارجية", "خرج"},
		{"mafeal", "مكتب", "كتب"},
		{"istafal", "استعمل", "عمل"},
		{"stop word", "الذين", "الذين"},
		{"harakat removed", "كَتَبَ", "كتب"},
		{"initial hamza folded, then a prefix", "أكرم", "كرم"},
		{"affixes, then a pattern", "والمستشفيات", "شفي"},
		{"ill-formed byte kept", "\xffكتب", "\xffكتب"},
	},
}

func TestStem(t *testing.T) {
	for _, s := range stem.All {
		for _, tc := range stemTests[s.Name()] {
			t.Run(s.Name()+"/"+tc.name, func(t *testing.T) {
				if got := s.Stem(tc.word); got != tc.want {
					t.Errorf("%s.Stem(%+q) = %+q; want %+q", s.Name(), tc.word, got, tc.want)
				}
				if got := string(s.AppendStem([]byte("prefix:"), []byte(tc.word))); got != "prefix:"+tc.want {
					t.Errorf("%s.AppendStem(%+q, %+q) = %+q; want %+q", s.Name(), "prefix:", tc.word, got, "prefix:"+tc.want)
				}
			})
		}
	}
}

func TestAll(t *testing.T) {
	var names []string
	for _, s := range stem.All {
		names = append(names, s.Name())
		if len(stemTests[s.Name()]) == 0 {
			t.Errorf("no test cases for %s", s.Name())
		}
	}
	if d := cmp.Diff([]string{"light", "light10", "snowball", "isri"}, names); d != "" {
		t.Errorf("names of All mismatch (-want +got):\n%s", d)
	}
}

func TestZeroStemmer(t *testing.T) {
	var s stem.Stemmer
	if got := s.Name(); got != "none" {
		t.Errorf("Stemmer{}.Name() = %q; want %q", got, "none")
	}
	for _, w := range []string{"", "والكتاب", "\xff"} {
		if got := s.Stem(w); got != w {
			t.Errorf("Stemmer{}.Stem(%+q) = %+q; want the word", w, got)
		}
		if got := string(s.AppendStem([]byte("x"), []byte(w))); got != "x"+w {
			t.Errorf("Stemmer{}.AppendStem(%q, %+q) = %+q; want %+q", "x", w, got, "x"+w)
		}
	}
}

func TestProtect(t *testing.T) {
	for _, s := range append(stem.All, stem.Stemmer{}) {
		names := []string{"لبنان", "بيروت"}
		p := s.Protect(names...)
		names[0] = "changed" // Protect copied the list: p still protects لبنان
		if p.Name() != s.Name() {
			t.Errorf("%s.Protect(…).Name() = %q; want %q", s.Name(), p.Name(), s.Name())
		}
		for _, w := range []string{"لبنان", "بيروت"} {
			if got := p.Stem(w); got != w {
				t.Errorf("%s.Protect(…).Stem(%+q) = %+q; want the word", s.Name(), w, got)
			}
			if got := string(p.AppendStem(nil, []byte(w))); got != w {
				t.Errorf("%s.Protect(…).AppendStem(nil, %+q) = %+q; want the word", s.Name(), w, got)
			}
		}
		if w := "والكتاب"; p.Stem(w) != s.Stem(w) {
			t.Errorf("%s.Protect(…).Stem(%+q) = %+q; want %+q as %s gives", s.Name(), w, p.Stem(w), s.Stem(w), s.Name())
		}
		pp := p.Protect("والكتاب")
		for _, w := range []string{"لبنان", "والكتاب"} {
			if got := pp.Stem(w); got != w {
				t.Errorf("%s.Protect(…).Protect(…).Stem(%+q) = %+q; want the word", s.Name(), w, got)
			}
		}
	}
}

// TestSubstring checks that the light stemmers return a substring of
// their input, sharing its memory, with no allocation.
func TestSubstring(t *testing.T) {
	for _, s := range []stem.Stemmer{stem.Light, stem.Light10} {
		for _, tc := range stemTests[s.Name()] {
			got := s.Stem(tc.word)
			i := strings.Index(tc.word, got)
			if len(got) > 0 && (i < 0 || unsafe.StringData(got) != unsafe.StringData(tc.word[i:])) {
				t.Errorf("%s.Stem(%+q) = %+q does not share the word's memory", s.Name(), tc.word, got)
			}
			if n := testing.AllocsPerRun(100, func() { s.Stem(tc.word) }); n != 0 {
				t.Errorf("%s.Stem(%+q) makes %v allocations; want 0", s.Name(), tc.word, n)
			}
		}
		// A word that is its own stem comes back as itself.
		if w := "كتاب"; unsafe.StringData(s.Stem(w)) != unsafe.StringData(w) {
			t.Errorf("%s.Stem(%+q) is a copy; want the word itself", s.Name(), w)
		}
	}
}

// TestAllocs checks that AppendStem into a buffer with room, and Stem on
// words whose stem is a substring, make no allocations.
func TestAllocs(t *testing.T) {
	words := []string{"والكتاب", "بيتك", "الخارجية", "استعمل", "الذين", "كتب", "وما", "بها"}
	for _, s := range stem.All {
		buf := make([]byte, 0, 64)
		for _, w := range words {
			b := []byte(w)
			if n := testing.AllocsPerRun(100, func() { s.AppendStem(buf, b) }); n != 0 {
				t.Errorf("%s.AppendStem(buf, %+q) makes %v allocations; want 0", s.Name(), w, n)
			}
			if got := s.Stem(w); !strings.Contains(w, got) {
				continue
			}
			if n := testing.AllocsPerRun(100, func() { s.Stem(w) }); n != 0 {
				t.Errorf("%s.Stem(%+q) makes %v allocations; want 0 for a stem within the word", s.Name(), w, n)
			}
		}
	}
}

// TestConcurrent shares each Stemmer among parallel subtests; run with
// -race.
func TestConcurrent(t *testing.T) {
	protected := stem.Snowball.Protect("لبنان")
	for range 4 {
		t.Run("", func(t *testing.T) {
			t.Parallel()
			for _, s := range append(stem.All, protected) {
				for _, tc := range stemTests["snowball"] {
					s.Stem(tc.word)
					s.AppendStem(nil, []byte(tc.word))
				}
			}
			stem.IsStopWord("في")
		})
	}
}
