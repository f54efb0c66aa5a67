package tokenize

import (
	"unicode/utf8"

	"github.com/go-arabic/arabic/tokenize/internal/ucd"
)

// ScanSegments is a split function for a bufio.Scanner that returns every
// segment of the input: the tokens of Segments, without their offsets or
// kinds, in the same order. Together they cover the input exactly, so a
// token's offset is the sum of the lengths of the tokens before it, and
// FirstSegment(token) gives its kind. The returned slices share memory with
// the Scanner's buffer.
//
// ScanSegments keeps no state between calls. A segment longer than the
// Scanner's buffer (64 KiB unless set with Scanner.Buffer) stops the Scanner
// with bufio.ErrTooLong.
func ScanSegments(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	n, _, short := segment(data, atEOF)
	if short {
		return 0, nil, nil
	}
	return n, data[:n:n], nil
}

// ScanWords is a split function for a bufio.Scanner that returns each word,
// Latin run and number of the input: the tokens of Words, without their
// offsets, in the same order. Spaces, punctuation, symbols and ill-formed
// bytes are skipped, as bufio.ScanWords skips spaces. The returned slices
// share memory with the Scanner's buffer and are valid until the next Scan.
//
// ScanWords keeps no state between calls, and the Scanner holds at most one
// token in its buffer, so a reader of any size is tokenized in constant
// memory. A word longer than the Scanner's buffer (64 KiB unless set with
// Scanner.Buffer) stops the Scanner with bufio.ErrTooLong.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		n, k, short := segment(data[start:], atEOF)
		if short {
			// The segment at start may go on in the input to come. A run of
			// spaces may be longer than the Scanner's buffer, so skip what
			// of it there is.
			return skipSpaces(data, start, k), nil, nil
		}
		end := start + n
		if isWord(k) {
			return end, data[start:end:end], nil
		}
		start = end
	}
	return start, nil, nil
}

// skipSpaces returns where ScanWords may resume in a segment of kind k that
// starts at start and runs to the end of data: before the last rune, if the
// segment is a run of spaces that ends in a space. The rest of the run, read
// from there, is a segment of spaces too, so no word changes; the Scanner
// then needs no more buffer for a long run of spaces than for a short one.
func skipSpaces(data []byte, start int, k Kind) int {
	if k != Space {
		return start
	}
	seg := data[start:]
	for j := len(seg) - 1; j >= 0 && j >= len(seg)-utf8.UTFMax; j-- {
		if !utf8.RuneStart(seg[j]) {
			continue
		}
		if incomplete(seg, j) {
			seg = seg[:j] // a rune cut off by the end of data
		}
		break
	}
	_, size := utf8.DecodeLastRune(seg)
	last := len(seg) - size
	if size == 0 {
		return start
	}
	if p, _ := propAt(seg, last); p.WB() != ucd.WBWSegSpace {
		return start
	}
	return start + last
}

// ScanSentences is a split function for a bufio.Scanner that returns each
// sentence of the input, with the spaces and line break that follow it: the
// tokens of Sentences, in the same order. Together they cover the input
// exactly. The returned slices share memory with the Scanner's buffer.
//
// ScanSentences keeps no state between calls. A sentence longer than the
// Scanner's buffer (64 KiB unless set with Scanner.Buffer) stops the Scanner
// with bufio.ErrTooLong.
func ScanSentences(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	n, short := sentence(data, atEOF)
	if short {
		return 0, nil, nil
	}
	return n, data[:n:n], nil
}
