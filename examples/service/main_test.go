package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-arabic/arabic"
)

func post(t *testing.T, srv *httptest.Server, method, body string) (int, response) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+"/analyze", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var r response
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		t.Fatalf("%s %d: the body is not JSON: %v", method, res.StatusCode, err)
	}
	return res.StatusCode, r
}

func TestServiceArticle(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("..", "..", "testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(newHandler(arabic.Analyzer{}))
	defer srv.Close()
	status, r := post(t, srv, http.MethodPost, string(article))
	if status != http.StatusOK || r.Error != "" {
		t.Fatalf("status %d, error %q", status, r.Error)
	}
	if len(r.Tokens) < 500 {
		t.Fatalf("%d tokens; want one per token of the article", len(r.Tokens))
	}
	for _, tok := range r.Tokens {
		if string(article[tok.Start:tok.End]) != tok.Text {
			t.Fatalf("token %+v is not the body between its offsets", tok)
		}
	}
	if first := r.Tokens[0]; first.Text != "وزير" || first.Kind != "word" || first.Stem != "وزير" {
		t.Errorf("first token %+v", first)
	}
}

func TestServiceErrors(t *testing.T) {
	srv := httptest.NewServer(newHandler(arabic.Analyzer{}))
	defer srv.Close()
	tests := []struct {
		name, method, body string
		status             int
	}{
		{"GET", http.MethodGet, "", http.StatusMethodNotAllowed},
		{"too large", http.MethodPost, strings.Repeat("ب", maxBody), http.StatusRequestEntityTooLarge},
		{"ill-formed", http.MethodPost, "ليبيا\xff", http.StatusBadRequest},
		{"empty", http.MethodPost, "", http.StatusOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, r := post(t, srv, tc.method, tc.body)
			if status != tc.status {
				t.Errorf("status %d; want %d (error %q)", status, tc.status, r.Error)
			}
			if tc.status != http.StatusOK && r.Error == "" {
				t.Errorf("status %d with no error message", status)
			}
		})
	}
}
