package tokenize

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// article returns the golden corpus, testdata/article.txt.
func article(tb testing.TB) string {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "article.txt"))
	require.NoError(tb, err)
	return string(b)
}
