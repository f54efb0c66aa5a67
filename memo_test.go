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
		p, _ := memos.Get().(*[]memoEntry)
		if p == nil {
			t.Skip("the pool was emptied, by a garbage collection")
		}
		for i, e := range *p {
			if e != (memoEntry{}) {
				t.Fatalf("stopping after %d tokens: entry %d of the pooled memo holds %+v", stop, i, e)
			}
		}
	}
}
