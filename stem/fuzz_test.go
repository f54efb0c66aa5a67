package stem_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/go-arabic/arabic/stem"
)

// fuzzStem checks the properties every Stemmer has, on any input: no
// panic, Stem and AppendStem agree, valid UTF-8 stays valid, and the stem
// is no longer than the word plus grow(word) bytes. Then it runs more, the
// algorithm's own checks, if any.
func fuzzStem(f *testing.F, s stem.Stemmer, grow func(string) int, more func(t *testing.T, word, got string)) {
	for _, tc := range stemTests[s.Name()] {
		f.Add(tc.word)
	}
	if body, err := os.ReadFile(goldenPath(s.Name())); err == nil {
		for line := range strings.Lines(string(body)) {
			if word, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
				f.Add(word)
			}
		}
	}
	f.Add("\ufefb\ufef5\u0640\u064b")
	f.Add("\xd9")
	f.Add("ال\xd9\x8b")
	f.Fuzz(func(t *testing.T, word string) {
		got := s.Stem(word)
		if b := string(s.AppendStem([]byte("x"), []byte(word))); b != "x"+got {
			t.Errorf("%s.AppendStem(%q, %+q) = %+q; want %+q as Stem gives", s.Name(), "x", word, b, "x"+got)
		}
		if utf8.ValidString(word) && !utf8.ValidString(got) {
			t.Errorf("%s.Stem(%+q) = %+q, not valid UTF-8", s.Name(), word, got)
		}
		if len(got) > len(word)+grow(word) {
			t.Errorf("%s.Stem(%+q) = %+q, longer than the word", s.Name(), word, got)
		}
		if more != nil {
			more(t, word, got)
		}
	})
}

func noGrowth(string) int { return 0 }

// isSubstring checks that the stem got lies within the memory of word.
func isSubstring(s stem.Stemmer) func(t *testing.T, word, got string) {
	return func(t *testing.T, word, got string) {
		start := uintptr(unsafe.Pointer(unsafe.StringData(word)))
		at := uintptr(unsafe.Pointer(unsafe.StringData(got)))
		if len(got) > 0 && (at < start || at+uintptr(len(got)) > start+uintptr(len(word))) {
			t.Errorf("%s.Stem(%+q) = %+q, not a substring of the word", s.Name(), word, got)
		}
	}
}

func FuzzLight(f *testing.F) {
	fuzzStem(f, stem.Light, noGrowth, isSubstring(stem.Light))
}

func FuzzLight10(f *testing.F) {
	fuzzStem(f, stem.Light10, noGrowth, isSubstring(stem.Light10))
}

// FuzzSnowball allows the stem one byte more than the word for each
// lam-alef ligature U+FEF5–U+FEFC, which Normalize_pre spells out as two
// letters (three bytes become four).
func FuzzSnowball(f *testing.F) {
	fuzzStem(f, stem.Snowball, func(word string) int {
		return strings.Count(word, "\ufef5") + strings.Count(word, "\ufef6") +
			strings.Count(word, "\ufef7") + strings.Count(word, "\ufef8") +
			strings.Count(word, "\ufef9") + strings.Count(word, "\ufefa") +
			strings.Count(word, "\ufefb") + strings.Count(word, "\ufefc")
	}, nil)
}

func FuzzISRI(f *testing.F) {
	fuzzStem(f, stem.ISRI, noGrowth, nil)
}
