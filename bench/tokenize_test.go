package bench

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-arabic/arabic/tokenize"
	"github.com/rivo/uniseg"
)

// BenchmarkWordSegments runs tokenize.Segments and uniseg's FirstWordInString
// loop over the same text, side by side in one run: compare their ns/op.
// Both find the UAX #29 word boundaries and allocate nothing; uniseg looks
// properties up by binary search and carries its state between calls.
func BenchmarkWordSegments(b *testing.B) {
	for _, in := range texts(b) {
		b.Run(in.name+"/tokenize", func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				for range tokenize.Segments(in.s) {
				}
			}
		})
		b.Run(in.name+"/uniseg", func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				state := -1
				for rest := in.s; len(rest) > 0; {
					_, rest, state = uniseg.FirstWordInString(rest, state)
				}
			}
		})
	}
}

// TestSameBoundaries checks that the two segmenters of BenchmarkWordSegments
// do the same work: on the article they agree on every boundary.
func TestSameBoundaries(t *testing.T) {
	art, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var ours, theirs []string
	for tok := range tokenize.Segments(string(art)) {
		ours = append(ours, tok.Text)
	}
	state := -1
	for rest := string(art); len(rest) > 0; {
		var word string
		word, rest, state = uniseg.FirstWordInString(rest, state)
		theirs = append(theirs, word)
	}
	if len(ours) != len(theirs) {
		t.Fatalf("tokenize finds %d segments in the article, uniseg %d", len(ours), len(theirs))
	}
	for i := range ours {
		if ours[i] != theirs[i] {
			t.Fatalf("segment %d: tokenize %+q, uniseg %+q", i, ours[i], theirs[i])
		}
	}
}
