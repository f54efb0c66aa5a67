package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestNamesArticle(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{filepath.Join("..", "..", "testdata", "article.txt")}, nil, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"مايك بومبيو\tMike Pompeo\n",
		"خليفة حفتر\tKhalifa Haftar\n",
		"فائز السراج\tFayez al-Sarraj\n",
		"عبد الله بن زايد\tAbdullah bin Zayed\n",
		"طرابلس\tTripoli\n",
		"\tحفتر: Haftar (",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the output lacks %q:\n%s", want, got)
		}
	}
}
