package arabic

import (
	"bytes"
	"io"
	"iter"
	"unicode/utf8"
	"unsafe"

	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
	"github.com/go-arabic/arabic/tokenize"
	"github.com/go-arabic/arabic/transliterate"
)

// An Analyzer turns raw text into the tokens that a search index or a
// named-entity model takes, in one pass: each token keeps its byte offsets
// into the raw text and carries its normalized form and stem (and, when
// asked, its romanization).
//
// The zero Analyzer normalizes with normalize.Search and stems with
// stem.Light; set the fields to change that. An Analyzer is a plain value:
// its methods are safe for concurrent use.
type Analyzer struct {
	// Form normalizes each token's text. The zero Form means
	// normalize.Search; set Raw to keep the text as it is.
	Form normalize.Form
	// Raw leaves Normalized equal to Text.
	Raw bool

	// Stemmer stems each normalized word of Arabic script. The zero
	// Stemmer means stem.Light; set NoStem to keep the words whole. To
	// leave some words alone, give a Stemmer made by [stem.Stemmer.Protect].
	Stemmer stem.Stemmer
	// NoStem leaves Stem equal to Normalized.
	NoStem bool

	// DropStopWords leaves out the words that stem.IsStopWord reports
	// (judged on their normalized form); otherwise they come with StopWord
	// set.
	DropStopWords bool

	// Romanize, when set, writes each token's text in Latin script into
	// Token.Romanized: transliterate.Names for names as English-language
	// news writes them, or any other scheme. The zero Scheme means no
	// romanization. Romanized strings are allocated per token.
	Romanize transliterate.Scheme
}

// A Token is a segment of the raw text with what the Analyzer made of it.
// Its strings share memory with the input wherever they equal a piece of it.
type Token struct {
	Text       string        // the raw text, input[Start:End]
	Start, End int           // byte offsets into the input
	Kind       tokenize.Kind // Word, Latin, Number, Punct, Symbol or Other
	Normalized string        // Text normalized by the Analyzer's Form
	Stem       string        // the stem of Normalized, for Kind Word; else Normalized
	Romanized  string        // Text romanized by the Analyzer's Romanize scheme, if it has one
	StopWord   bool          // Normalized is a stop word
}

// Tokens returns an iterator over the tokens of s that are not white space,
// in order. It may be ranged over more than once.
//
// The strings of a token share memory with s where they equal a piece of
// it, and otherwise with one buffer that the iteration allocates when a
// token first changes: Tokens makes no allocation per token.
func (a Analyzer) Tokens(s string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		var ar arena
		for seg := range tokenize.Segments(s) {
			if seg.Kind == tokenize.Space {
				continue
			}
			t, keep := a.analyze(seg, &ar, len(s))
			if keep && !yield(t) {
				return
			}
		}
	}
}

// Words returns an iterator over the tokens of s of kind Word, Latin and
// Number: Tokens without the punctuation, symbols and ill-formed bytes.
func (a Analyzer) Words(s string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		var ar arena
		for seg := range tokenize.Words(s) {
			t, keep := a.analyze(seg, &ar, len(s))
			if keep && !yield(t) {
				return
			}
		}
	}
}

// analyze fills in a token for the segment seg of a text of size bytes;
// keep is false for a stop word that the Analyzer drops.
func (a Analyzer) analyze(seg tokenize.Token, ar *arena, size int) (t Token, keep bool) {
	t = Token{Text: seg.Text, Start: seg.Start, End: seg.End, Kind: seg.Kind, Normalized: seg.Text}
	if !a.Raw {
		t.Normalized = ar.normalize(a.form(), seg.Text, size)
	}
	t.Stem = t.Normalized
	if seg.Kind == tokenize.Word {
		t.StopWord = stem.IsStopWord(t.Normalized)
		if t.StopWord && a.DropStopWords {
			return t, false
		}
		if !a.NoStem {
			t.Stem = a.stemmer().Stem(t.Normalized)
		}
	}
	if a.Romanize != (transliterate.Scheme{}) {
		t.Romanized = a.Romanize.String(seg.Text)
	}
	return t, true
}

// An arena holds the normalized forms of the tokens of one text that differ
// from their text, so that they cost one allocation between them rather
// than one each. Its bytes are never written again once a string refers
// to them: it only appends, and a full arena is replaced, not reused.
type arena struct{ buf []byte }

// normalize returns s normalized to f: s itself when it is normal, else a
// string in the arena, which it allocates, at the size of the whole text,
// when a token first needs it.
func (ar *arena) normalize(f normalize.Form, s string, size int) string {
	if f.IsNormalString(s) {
		return s
	}
	if cap(ar.buf)-len(ar.buf) < len(s)+utf8.UTFMax {
		ar.buf = make([]byte, 0, max(size, 4*len(s), 256))
	}
	start := len(ar.buf)
	ar.buf = f.AppendString(ar.buf, s) // an output that outgrows the arena moves to a new one
	out := ar.buf[start:]
	return unsafe.String(unsafe.SliceData(out), len(out))
}

func (a Analyzer) form() normalize.Form {
	if a.Form == 0 {
		return normalize.Search
	}
	return a.Form
}

func (a Analyzer) stemmer() stem.Stemmer {
	if a.Stemmer == (stem.Stemmer{}) {
		return stem.Light
	}
	return a.Stemmer
}

// ReadTokens returns an iterator over the tokens of the text that r holds,
// as Tokens would make them of it, with offsets into the whole stream. It
// reads r in chunks cut at line ends, so memory stays bounded however long
// the input: a line longer than a chunk is cut between two tokens, and a
// single token longer than 1 MiB (a run of letters with no break) is cut
// into pieces. The strings of a token share memory with its chunk, one
// allocation per chunk. A read error ends the iteration with a last pair
// whose error is not nil.
func (a Analyzer) ReadTokens(r io.Reader) iter.Seq2[Token, error] {
	return func(yield func(Token, error) bool) {
		c := chunker{r: r, buf: make([]byte, 0, chunkSize)}
		for {
			chunk, err := c.next()
			for t := range a.Tokens(chunk) {
				t.Start += c.offset
				t.End += c.offset
				if !yield(t, nil) {
					return
				}
			}
			c.offset += len(chunk)
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(Token{}, err)
				return
			}
		}
	}
}

const (
	chunkSize = 64 << 10
	// maxToken bounds what one token may take: a longer segment is cut,
	// at a rune boundary, into pieces of at most maxToken bytes.
	maxToken = 1 << 20
)

// A chunker reads a stream in chunks that end between two segments.
type chunker struct {
	r      io.Reader
	buf    []byte // read but not yet returned
	offset int    // of the next chunk in the stream
	err    error
}

// next returns the next chunk, with io.EOF after the last one or the error
// that ended the reading.
func (c *chunker) next() (string, error) {
	for {
		if c.err == nil && len(c.buf) < cap(c.buf) {
			var n int
			n, c.err = c.r.Read(c.buf[len(c.buf):cap(c.buf)])
			c.buf = c.buf[:len(c.buf)+n]
		}
		cut := len(c.buf)
		if c.err == nil {
			cut = c.cut()
		}
		if cut == 0 && c.err == nil {
			if len(c.buf) == cap(c.buf) {
				c.buf = append(c.buf, 0)[:len(c.buf)] // a long segment: read on
			}
			continue
		}
		chunk := string(c.buf[:cut])
		c.buf = c.buf[:copy(c.buf, c.buf[cut:])]
		if c.err != nil && len(c.buf) == 0 {
			return chunk, c.err
		}
		return chunk, nil
	}
}

// cut returns where the buffer can end a chunk while more input may come:
// after its last line feed, which UAX #29 always breaks after; failing that
// (a long line), after the last segment that more input cannot extend; and
// in a segment that outgrows maxToken, at a rune boundary. It returns 0 when
// only more input can tell.
func (c *chunker) cut() int {
	if i := bytes.LastIndexByte(c.buf, '\n'); i >= 0 {
		return i + 1
	}
	if len(c.buf) < cap(c.buf) {
		return 0 // read on: the line may end soon
	}
	cut := 0
	for {
		n, _, _ := tokenize.ScanSegments(c.buf[cut:], false)
		if n == 0 {
			break
		}
		cut += n
	}
	if cut == 0 && len(c.buf) >= maxToken {
		cut = maxToken
		for cut > maxToken-utf8.UTFMax && !utf8.RuneStart(c.buf[cut]) {
			cut--
		}
	}
	return cut
}
