package main

import (
	"encoding/json"
	"io"
	"strconv"
)

// A rowWriter prints the rows of tokenize and analyze: tab-separated
// lines of two offsets and text fields, or JSON Lines. It keeps the first
// error, so that a command checks it once a row.
type rowWriter struct {
	w   io.Writer
	enc *json.Encoder // nil for tab-separated lines
	buf []byte
	err error
}

func newRowWriter(w io.Writer, asJSON bool) *rowWriter {
	rw := &rowWriter{w: w}
	if asJSON {
		rw.enc = json.NewEncoder(w)
		rw.enc.SetEscapeHTML(false)
	}
	return rw
}

// json prints v as a line of JSON.
func (rw *rowWriter) json(v any) {
	if rw.err == nil {
		rw.err = rw.enc.Encode(v)
	}
}

// tsv prints start, end and the fields, separated by tabs, as a line.
func (rw *rowWriter) tsv(start, end int, fields ...string) {
	if rw.err != nil {
		return
	}
	b := strconv.AppendInt(rw.buf[:0], int64(start), 10)
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(end), 10)
	for _, field := range fields {
		b = append(b, '\t')
		b = append(b, field...)
	}
	b = append(b, '\n')
	rw.buf = b
	_, rw.err = rw.w.Write(b)
}
