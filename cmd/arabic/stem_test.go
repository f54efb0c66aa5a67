package main

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/stem"
)

func TestStemCommand(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		in, want string
	}{
		{"light by default, after normalize.Search", nil, "وللسلطة المسؤولون\nالفلسطينيين لبنان مصطفى\n", "سلطه مسؤول\nفلسطيني لبنان مصطفي\n"},
		{"light with -form none", []string{"-form", "none"}, "المدرسة مصطفى", "مدرسة مصطفى"},
		{"word list", []string{"-algorithm", "snowball"}, "والكتاب\nالمكتبات\nبيتك\n", "والكتاب\nمكتب\nبيت\n"},
		{"every other byte kept", []string{"-algorithm", "snowball"}, "«المكتبات»، (AP) 12 \tبيتك!\r\n", "«مكتب»، (AP) 12 \tبيت!\r\n"},
		{"no final newline", []string{"-algorithm", "isri"}, "استعمال مكتوب", "عمل كتب"},
		{"empty lines", []string{"-algorithm", "isri"}, "\n\nمكتوب\n\n", "\n\nكتب\n\n"},
		{"ill-formed bytes pass through", []string{"-algorithm", "snowball"}, "\xffالمكتبات\xd9 \xe0\x80", "\xffمكتب\xd9 \xe0\x80"},
		{"numbers are words", []string{"-algorithm", "snowball"}, "عام ٢٠٢٤", "عام 2024"},
		{"tatweel and harakat inside words", []string{"-algorithm", "snowball"}, "الْمَكْتَـبَات", "مكتب"},
		{"empty input", []string{"-algorithm", "snowball"}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, status := runArabic(t, tc.in, append([]string{"stem"}, tc.args...)...)
			if status != 0 || stdout != tc.want {
				t.Errorf("arabic stem %q <<< %+q = %+q (status %d, stderr %q); want %+q", tc.args, tc.in, stdout, status, stderr, tc.want)
			}
		})
	}
}

func TestStemUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string // in stderr
	}{
		{"unknown algorithm", []string{"-algorithm", "porter"}, []string{`unknown algorithm "porter"`, "light", "light10", "snowball", "isri"}},
		{"unknown form", []string{"-form", "nfc"}, []string{`"nfc"`, "lucene", "none"}},
		{"unknown flag", []string{"-x"}, []string{"-x"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, status := runArabic(t, "", append([]string{"stem"}, tc.args...)...)
			if status != 2 {
				t.Errorf("arabic stem %q: exit status %d; want 2", tc.args, status)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("arabic stem %q: stderr %q does not contain %q", tc.args, stderr, w)
				}
			}
		})
	}
}

// TestWordReplacerChunks feeds text a few bytes at a time through
// wordReplacers with small chunks, so that words and runes fall across
// chunk boundaries at every offset, and compares the result with
// replacing each run of word runes in one pass. Runs of maxWord bytes or
// more are copied unchanged.
func TestWordReplacerChunks(t *testing.T) {
	text := strings.Repeat("قال وزير الخارجية \xff«إنه» لا حل عسكرياً، ٢٠٢٤\n", 3) +
		strings.Repeat("ب", 40) + " والكتاب " + strings.Repeat("س", 9) + "\n"
	for _, max := range []int{4, 5, 7, 13, 17, 64} {
		want := replaceAll(text, max, markStem)
		for _, read := range []int{1, 2, 3, 5, 1000} {
			if got := replaceStreamed(t, text, max, read); got != want {
				t.Errorf("maxWord %d, reads of %d bytes:\ngot  %+q\nwant %+q", max, read, got, want)
			}
		}
	}
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	if err := newWordReplacer(markStem).copy(w, iotest.OneByteReader(strings.NewReader(text))); err != nil || w.Flush() != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), replaceAll(text, maxWord, markStem); got != want {
		t.Errorf("one byte at a time:\ngot  %+q\nwant %+q", got, want)
	}
}

// markStem stands for a stemmer in the wordReplacer tests: it writes the
// Snowball stem of a word in brackets, which show the word's bounds.
func markStem(dst, word []byte) []byte {
	return append(append(append(dst, '['), stem.Snowball.AppendStem(nil, word)...), ']')
}

// replaceStreamed runs text through a wordReplacer with markStem and words
// of fewer than max bytes, reading read bytes at a time.
func replaceStreamed(t *testing.T, text string, max, read int) string {
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	wr := newWordReplacer(markStem)
	wr.maxWord = max
	if err := wr.copy(w, &shortReader{strings.NewReader(text), read}); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	return out.String()
}

// replaceAll is what a wordReplacer does, done on the whole text at once.
func replaceAll(text string, max int, replace func(dst, word []byte) []byte) string {
	var out []byte
	for len(text) > 0 {
		n := 0
		for n < len(text) {
			r, size := utf8.DecodeRuneInString(text[n:])
			if !isWordRune(r) {
				break
			}
			n += size
		}
		switch {
		case n == 0:
			_, size := utf8.DecodeRuneInString(text)
			out, text = append(out, text[:size]...), text[size:]
		case n >= max:
			out, text = append(out, text[:n]...), text[n:]
		default:
			out, text = replace(out, []byte(text[:n])), text[n:]
		}
	}
	return string(out)
}

// shortReader returns at most n bytes from each Read.
type shortReader struct {
	r io.Reader
	n int
}

func (s *shortReader) Read(p []byte) (int, error) {
	return s.r.Read(p[:min(len(p), s.n)])
}

// TestStemLongLine stems a line of 1 MiB, far longer than a chunk.
func TestStemLongLine(t *testing.T) {
	line := strings.Repeat("المكتبات ", 1<<20/len("المكتبات "))
	stdout, _, status := runArabic(t, line+"\n", "stem", "-algorithm", "snowball")
	if want := strings.Repeat("مكتب ", 1<<20/len("المكتبات ")) + "\n"; status != 0 || stdout != want {
		t.Errorf("arabic stem on a 1 MiB line: status %d, %d bytes out; want %d bytes of stems", status, len(stdout), len(want))
	}
}

// TestStemReference runs "arabic stem" on the reference word lists, one
// word per line, and compares each output line with the reference
// implementation's stem: every line that is one word (all its runes word
// runes) must agree. Lines with other runes are stemmed word by word, where
// the reference stemmed the whole line; their agreement is only logged.
func TestStemReference(t *testing.T) {
	tests := []struct {
		algorithm, tool string
		columns         int
	}{
		{"light10", "lucene", 3}, // with its default -form lucene
		{"snowball", "snowball", 2},
		{"isri", "isri", 2},
	}
	for _, tc := range tests {
		t.Run(tc.algorithm, func(t *testing.T) {
			rows := sharedtest.ReferenceRows(t, tc.tool, tc.columns)
			var in strings.Builder
			for _, row := range rows {
				in.WriteString(row.Fields[0] + "\n")
			}
			stdout, stderr, status := runArabic(t, in.String(), "stem", "-algorithm", tc.algorithm)
			if status != 0 {
				t.Fatalf("arabic stem -algorithm %s: exit status %d: %s", tc.algorithm, status, stderr)
			}
			lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			if len(lines) != len(rows) {
				t.Fatalf("arabic stem -algorithm %s: %d lines out for %d in", tc.algorithm, len(lines), len(rows))
			}
			var words, wordsOK, others, othersOK int
			for i, row := range rows {
				got, want := lines[i], row.Fields[tc.columns-1]
				if !strings.ContainsFunc(row.Fields[0], func(r rune) bool { return !isWordRune(r) }) {
					words++
					if got == want {
						wordsOK++
					} else if words-wordsOK <= 10 {
						t.Errorf("%s:%d: arabic stem -algorithm %s: %+q → %+q; want %+q", row.File, row.Line, tc.algorithm, row.Fields[0], got, want)
					}
					continue
				}
				others++
				if got == want {
					othersOK++
				}
			}
			t.Logf("arabic stem -algorithm %s: %d/%d one-word lines agree; %d/%d lines with other runes agree", tc.algorithm, wordsOK, words, othersOK, others)
		})
	}
}

// FuzzWordReplacer checks that streaming through small chunks replaces the
// same words as one pass over the whole text, on any input, and that
// stemming keeps every byte that is not in a word.
func FuzzWordReplacer(f *testing.F) {
	f.Add("قال وزير الخارجية «إنه» لا حل عسكرياً، ٢٠٢٤\n", 7, 3)
	f.Add("\xff\xd9\xd9\x8bالمكتبات\xe0\x80", 4, 1)
	f.Fuzz(func(t *testing.T, text string, max, read int) {
		max, read = 4+int(uint(max)%60), 1+int(uint(read)%16)
		if got, want := replaceStreamed(t, text, max, read), replaceAll(text, max, markStem); got != want {
			t.Errorf("maxWord %d, reads of %d bytes, on %+q:\ngot  %+q\nwant %+q", max, read, text, got, want)
		}
	})
}
