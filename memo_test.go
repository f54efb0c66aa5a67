package arabic

import (
	"strings"
	"testing"
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
