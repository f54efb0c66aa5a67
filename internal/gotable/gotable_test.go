package gotable

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestReadWords checks that ReadWords keeps the words of a list and drops
// blank lines, comments and the spaces around words.
func TestReadWords(t *testing.T) {
	name := filepath.Join(t.TempDir(), "list.txt")
	list := "# a list\nفي\n\n  من  # a preposition\r\nإلى\r\n   \n#\nعلى"
	if err := os.WriteFile(name, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadWords(name)
	if want := []string{"في", "من", "إلى", "على"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("ReadWords(%+q) = %+q, %v; want %+q, nil", list, got, err, want)
	}
	if _, err := ReadWords(filepath.Join(t.TempDir(), "none.txt")); err == nil {
		t.Errorf("ReadWords of a missing file returned no error")
	}
}
