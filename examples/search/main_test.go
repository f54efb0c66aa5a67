package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestSearchArticle(t *testing.T) {
	var out, errs bytes.Buffer
	article := filepath.Join("..", "..", "testdata", "article.txt")
	if status := run([]string{"-file", article, "ليبيا"}, &out, &errs); status != 0 {
		t.Fatalf("search: status %d, stderr %q", status, errs.String())
	}
	got := out.String()
	for _, hit := range []string{"[ليبيا]", "[وليبيا]", "[الليبية]", "[الليبي]", "[ليبيين]"} {
		if !strings.Contains(got, hit) {
			t.Errorf("the query ليبيا does not find %s:\n%s", hit, got)
		}
	}
	if !strings.HasPrefix(got, "ليبيا: 23 hits\n") {
		t.Errorf("output begins %q; want 23 hits", got[:min(len(got), 40)])
	}
}

func TestSearchUsage(t *testing.T) {
	var out, errs bytes.Buffer
	if status := run(nil, &out, &errs); status != 2 {
		t.Errorf("no query: status %d; want 2", status)
	}
}
