package transliterate_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/golden"
	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/transliterate"
)

// TestArticleGoldens transliterates the golden article. The Buckwalter
// golden is also rebuilt here, independently of the package, from CAMeL
// Tools' ar2bw_map.json when ../shared is at hand; the UNGEGN golden was
// compared line by line with ICU 72.1 when it was written (its header says
// so).
func TestArticleGoldens(t *testing.T) {
	article := []byte(readArticle(t))
	for _, s := range []transliterate.Scheme{transliterate.Buckwalter, transliterate.UNGEGN} {
		golden.Check(t, filepath.Join("..", "testdata", "transliterate", "article."+s.Name()+".golden"), s.Bytes(article))
	}

	if !sharedtest.Available() {
		return
	}
	bw := readCharMap(t, "ar2bw_map.json")
	var want strings.Builder
	for _, r := range string(article) {
		if m, ok := bw[r]; ok {
			want.WriteString(m)
		} else {
			want.WriteRune(r)
		}
	}
	body := golden.Body(t, filepath.Join("..", "testdata", "transliterate", "article.buckwalter.golden"))
	if d := golden.Diff([]byte(want.String()), body); d != "" {
		t.Errorf("article.buckwalter.golden differs from the article mapped through ar2bw_map.json:\n%s", d)
	}
}
