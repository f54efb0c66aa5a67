package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/normalize"
)

func TestStreamArticle(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "article.txt")
	article, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{path}, nil, &out); err != nil {
		t.Fatal(err)
	}
	// The article is valid UTF-8 in NFC, so the chain does what Search does.
	if want := normalize.Search.String(string(article)); out.String() != want {
		t.Errorf("stream of the article differs from normalize.Search.String")
	}
}

func TestStreamIllFormed(t *testing.T) {
	var out bytes.Buffer
	// A cut alef with hamza, then a decomposed one that NFC composes.
	if err := run(nil, strings.NewReader("\xd8 ا\u0654"), &out); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "\ufffd ا"; got != want {
		t.Errorf("stream(%+q) = %+q; want %+q", "\xd8 ا\u0654", got, want)
	}
}
