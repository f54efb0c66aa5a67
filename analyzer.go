package arabic

import (
	"bytes"
	"io"
	"iter"
	"math/bits"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/go-arabic/arabic/internal/wordhash"
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
	//
	// With transliterate.Names, tokens are romanized in context, as
	// transliterate.NameSpans spells the text: a name of several words is
	// spelled as one. Its words get one word of its spelling each when the
	// spelling has as many (رجب طيب أردوغان: Recep, Tayyip, Erdogan); else
	// its first word gets the whole spelling and the others an empty
	// Romanized (عبد الله: Abdullah, then ""). The article is capitalized
	// at the start of a phrase only, as in running text (فائز السراج:
	// Fayez, al-Sarraj).
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
// token first changes: Tokens makes no allocation per token. On a long
// text it also remembers the words it has analyzed, so that a word that
// comes again (most words of a text do) costs one hash lookup.
func (a Analyzer) Tokens(s string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		x := a.newText(s)
		for seg := range tokenize.Segments(s) {
			if seg.Kind == tokenize.Space {
				continue
			}
			t, keep := x.analyze(seg)
			if keep && !yield(t) {
				x.release()
				return
			}
		}
		x.release()
	}
}

// Words returns an iterator over the tokens of s of kind Word, Latin and
// Number: Tokens without the punctuation, symbols and ill-formed bytes.
func (a Analyzer) Words(s string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		x := a.newText(s)
		for seg := range tokenize.Words(s) {
			t, keep := x.analyze(seg)
			if keep && !yield(t) {
				x.release()
				return
			}
		}
		x.release()
	}
}

// A text is what one iteration keeps while it analyzes a text: the
// Analyzer's settings, resolved; an arena for the normalized forms; and a
// memo of the words analyzed.
type text struct {
	form    normalize.Form
	stemmer stem.Stemmer
	a       Analyzer
	size    int // of the text, in bytes
	arena   arena
	memo    *memo      // or nil, for a short text
	names   *nameSpans // when the Analyzer romanizes with transliterate.Names
}

func (a Analyzer) newText(s string) *text {
	x := &text{form: a.Form, stemmer: a.Stemmer, a: a, size: len(s)}
	if x.form == 0 {
		x.form = normalize.Search
	}
	if x.stemmer == (stem.Stemmer{}) {
		x.stemmer = stem.Light
	}
	if a.Romanize == transliterate.Names {
		x.names = newNameSpans(s)
	}
	if len(s) >= memoMinText {
		x.memo = newMemo(len(s))
	}
	return x
}

// release gives the memo back to memos. An iteration that a panic ends
// leaves its memo to the garbage collector.
func (x *text) release() {
	if x.memo != nil {
		x.memo.release()
	}
}

// A memo holds the words of a text that the Analyzer has analyzed, so that
// a word that comes again (most words of a text do) costs a hash and a
// comparison. It is a hash table with one entry a slot, where a word takes
// the place of the one before it: the commonest words come back often
// enough to stay. Beside the entries, of 72 bytes, tags holds a byte of
// each entry's hash (seven bits, and the top bit to tell it from an empty
// slot), so that a new word, which most slots do not hold, is told apart
// without loading an entry, from a table of 16 KiB at most, which stays
// in the processor's cache where the hashes themselves did not.
type memo struct {
	bits    uint        // the table has 1<<bits slots
	tags    []uint8     // the low seven bits of each entry's hash, and 0x80; 0 for none
	entries []memoEntry // the words and what the Analyzer made of them
}

// A memoEntry is a word and what the Analyzer made of it.
type memoEntry struct {
	text, normalized, stem, romanized string
	stopWord                          bool
}

const (
	// Texts shorter than memoMinText go without a memo: it would cost
	// more to clear than it saves.
	memoMinText = 4 << 10
	// memoMaxBits bounds a memo at 16 Ki slots (1.2 MiB), for a text of
	// 128 KiB or more. A text gets the power of two of slots above one for
	// every 16 bytes, which holds its commonest words; a larger memo
	// gained nothing.
	memoMaxBits = 14
)

// memos holds the memos of the iterations that have ended, cleared, for
// the next ones: allocating each one afresh (full of pointers) made the
// garbage collector's work a third of the Analyzer's time on a text of a
// few kilobytes.
var memos sync.Pool // of *memo

// newMemo returns a cleared memo for a text of n bytes.
func newMemo(n int) *memo {
	b := uint(min(memoMaxBits, bits.Len(uint(n/16))))
	m, _ := memos.Get().(*memo)
	if m == nil || cap(m.entries) < 1<<b {
		m = &memo{tags: make([]uint8, 1<<b), entries: make([]memoEntry, 1<<b)}
	}
	m.bits, m.tags, m.entries = b, m.tags[:1<<b], m.entries[:1<<b]
	return m
}

// find returns the slot of word and its hash, and whether the slot holds
// the word.
func (m *memo) find(word string) (slot int, h uint32, found bool) {
	h = wordhash.Slot(word, 32)
	slot = int(h >> (32 - m.bits))
	return slot, h, m.tags[slot] == tag(h) && m.entries[slot].text == word
}

// put puts e, whose word has the hash h, into slot.
func (m *memo) put(slot int, h uint32, e memoEntry) {
	m.tags[slot], m.entries[slot] = tag(h), e
}

// tag returns the tag of a word of hash h: bits of it that the slot's
// number, its top bits, does not give, and a bit that no empty slot has.
func tag(h uint32) uint8 { return uint8(h) | 0x80 }

// release clears the memo, which holds strings of a text, and gives it back
// to memos.
func (m *memo) release() {
	clear(m.tags)
	clear(m.entries)
	memos.Put(m)
}

// analyze fills in a token for the segment seg; keep is false for a stop
// word that the Analyzer drops.
func (x *text) analyze(seg tokenize.Token) (t Token, keep bool) {
	t = Token{Text: seg.Text, Start: seg.Start, End: seg.End, Kind: seg.Kind}
	useMemo := x.memo != nil && seg.Kind == tokenize.Word
	var slot int
	var h uint32
	if useMemo {
		var found bool
		if slot, h, found = x.memo.find(seg.Text); found {
			e := &x.memo.entries[slot]
			t.Normalized, t.Stem, t.Romanized, t.StopWord = e.normalized, e.stem, e.romanized, e.stopWord
			if x.names != nil {
				t.Romanized = x.names.romanize(seg) // it depends on the words around
			}
			return t, !(t.StopWord && x.a.DropStopWords)
		}
	}
	t.Normalized = seg.Text
	if !x.a.Raw {
		t.Normalized = x.arena.normalize(x.form, seg.Text, x.size)
	}
	t.Stem = t.Normalized
	if seg.Kind == tokenize.Word {
		t.StopWord = stem.IsStopWord(t.Normalized)
		if !x.a.NoStem && !(t.StopWord && x.a.DropStopWords) {
			t.Stem = x.stemmer.Stem(t.Normalized)
		}
	}
	switch {
	case x.names != nil:
		t.Romanized = x.names.romanize(seg)
	case x.a.Romanize != (transliterate.Scheme{}):
		t.Romanized = x.a.Romanize.String(seg.Text)
	}
	if useMemo {
		x.memo.put(slot, h, memoEntry{seg.Text, t.Normalized, t.Stem, t.Romanized, t.StopWord})
	}
	return t, !(t.StopWord && x.a.DropStopWords)
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

// ReadTokens returns an iterator over the tokens of the text that r holds,
// as Tokens would make them of it, with offsets into the whole stream. It
// reads r in chunks cut at line ends, so memory stays bounded however long
// the input: a line longer than a chunk is cut between two tokens (where
// transliterate.Names spells the words on each side apart), and a
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
