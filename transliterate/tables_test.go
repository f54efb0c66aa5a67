package transliterate

import "testing"

// TestTables checks the shortcuts that the romanizers' tables rely on.
func TestTables(t *testing.T) {
	for r := range letterFolds {
		if r < firstFold {
			t.Errorf("letterFolds has %+q, below firstFold %+q: parseWord would not fold it", r, firstFold)
		}
	}
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if got, want := isWordRune(r), isWordRuneSlow(r); got != want {
			t.Errorf("isWordRune(%+q) = %v; isWordRuneSlow says %v", r, got, want)
		}
	}
	for r := alefHamza; r <= yeh; r++ {
		if !isWordRune(r) {
			t.Errorf("%+q is not a word rune; parseWord takes U+0621–U+064A as letters", r)
		}
	}
}
