// Service is an HTTP service that analyzes Arabic text: POST the text as the
// request body and get its tokens back as JSON, with their byte offsets into
// the body, normalized forms and stems.
//
//	curl --data-binary 'وقال بومبيو' localhost:8080/analyze
//
// Bodies over 1 MiB are refused with 413, bodies that are not UTF-8 with
// 400, and methods other than POST with 405; errors come as JSON too.
//
// Usage:
//
//	go run ./examples/service [-addr :8080]
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log"
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/go-arabic/arabic"
)

// maxBody is the largest request body the service reads.
const maxBody = 1 << 20

func main() {
	addr := flag.String("addr", "localhost:8080", "the address to listen on")
	flag.Parse()
	mux := http.NewServeMux()
	mux.Handle("/analyze", newHandler(arabic.Analyzer{}))
	srv := &http.Server{Addr: *addr, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	log.Printf("listening on %s", *addr)
	log.Fatal(srv.ListenAndServe())
}

// A token is one element of the response's "tokens".
type token struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Kind       string `json:"kind"`
	Text       string `json:"text"`
	Normalized string `json:"normalized"`
	Stem       string `json:"stem"`
}

type response struct {
	Tokens []token `json:"tokens,omitempty"`
	Error  string  `json:"error,omitempty"`
}

// newHandler returns the handler that analyzes request bodies with a.
func newHandler(a arabic.Analyzer) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			reply(w, http.StatusMethodNotAllowed, response{Error: "POST the text to analyze"})
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			reply(w, http.StatusRequestEntityTooLarge, response{Error: "the text is over 1 MiB"})
			return
		case err != nil:
			reply(w, http.StatusBadRequest, response{Error: "reading the request: " + err.Error()})
			return
		case !utf8.Valid(body):
			reply(w, http.StatusBadRequest, response{Error: "the text is not valid UTF-8"})
			return
		}
		res := response{Tokens: []token{}}
		for t := range a.Tokens(string(body)) {
			res.Tokens = append(res.Tokens, token{t.Start, t.End, t.Kind.String(), t.Text, t.Normalized, t.Stem})
		}
		reply(w, http.StatusOK, res)
	})
}

func reply(w http.ResponseWriter, status int, res response) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(res); err != nil {
		log.Printf("writing the response: %v", err)
	}
}
