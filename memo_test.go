package arabic

import (
	"slices"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/tokenize"
)

// TestMemoReleased checks that an iteration gives its memo back cleared,
// so that the pool keeps no string of a text alive, whether the loop runs
// to the end or breaks.
func TestMemoReleased(t *testing.T) {
	text := strings.Repeat("والكتاب في المدرسة الجديدة. ", 400)
	for _, stop := range []int{-1, 3} {
		n := 0
		for range (Analyzer{}).Tokens(text) {
			if n++; n == stop {
				break
			}
		}
		m, _ := memos.Get().(*memo)
		if m == nil {
			t.Skip("the pool was emptied, by a garbage collection")
		}
		for i, e := range m.entries[:cap(m.entries)] {
			if e != (memoEntry{}) || m.tags[:cap(m.tags)][i] != 0 {
				t.Fatalf("stopping after %d tokens: slot %d of the pooled memo holds %+v, tag %#x", stop, i, e, m.tags[i])
			}
		}
	}
}

// TestMemoReleaseClears checks what TestMemoReleased can only check when
// the pool keeps what it is given: release leaves no tag and no entry of
// the text behind.
func TestMemoReleaseClears(t *testing.T) {
	text := strings.Repeat("والكتاب في المدرسة الجديدة. ", 400)
	x := Analyzer{}.newText(text)
	for seg := range tokenize.Segments(text) {
		x.analyze(seg)
	}
	m := x.memo
	if m == nil || !slices.ContainsFunc(m.entries, func(e memoEntry) bool { return e.text != "" }) {
		t.Fatal("the text filled no memo entry; the test checks nothing")
	}
	m.release()
	for i, e := range m.entries {
		if e != (memoEntry{}) || m.tags[i] != 0 {
			t.Fatalf("slot %d holds %+v, tag %#x, after release", i, e, m.tags[i])
		}
	}
}
