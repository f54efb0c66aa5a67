package transliterate

import (
	_ "embed"
	"sync"
)

// The lexicon layer of the name romanizer: names with the spellings English
// text gives them. Keys are letter codes folded with nameKeyFold, the words
// of a phrase separated by 0. Each entry has a list of spellings per style,
// the first of a list being the one to write.
//
// nameLexiconData holds the lexicon as internal/namegen/lexicon.go encodes
// it: the curated list data/names/lexicon.txt merged with the spellings of
// the training pairs (see data/names/README.md for their sources and
// licenses).
//
//go:embed data/names/lexicon.bin
var nameLexiconData string

const nameLexiconMagic = "ARNL2\n"

// Lexicon entry flags.
const (
	nameCurated    = 1 << iota // from data/names/lexicon.txt
	nameCommonWord             // a common word, not a name (kind:word)
	nameEgyptian               // the entry has Egyptian spellings
	nameMaghrebi               // the entry has Maghrebi spellings

	nameLexiconBlock = 16 // entries per block; a block's first key is whole
)

// A nameLexicon indexes the encoded lexicon. Keys are stored front-coded
// (each shares a prefix with the key before it), but the first entry of
// each block has its whole key: a lookup searches the blocks' first keys,
// then rebuilds the keys of one block.
type nameLexicon struct {
	data    string
	offsets []uint32 // of each entry, by rising key
}

// loadNameLexicon indexes the embedded lexicon on first use: one pass over
// it, about a millisecond; the index takes 4 bytes per entry (160 kB).
var loadNameLexicon = loadNameTable(nameLexiconData, "name lexicon", indexNameLexicon)

// loadNameTable returns a function that decodes the embedded table data
// on its first call and returns the result to every call. internal/namegen
// wrote data and TestGenerated checks it, so a table that does not decode
// is a broken build: it panics, naming what.
func loadNameTable[T any](data, what string, decode func(string) (T, bool)) func() T {
	return sync.OnceValue(func() T {
		t, ok := decode(data)
		if !ok {
			panic("transliterate: the embedded " + what + " is corrupt")
		}
		return t
	})
}

func indexNameLexicon(data string) (*nameLexicon, bool) {
	r := &nameReader{s: data}
	if r.string(len(nameLexiconMagic)) != nameLexiconMagic {
		return nil, false
	}
	n := r.uvarint()
	if r.bad || n > len(r.s) {
		return nil, false
	}
	l := &nameLexicon{data: data, offsets: make([]uint32, n)}
	keyLen := 0
	for i := range n {
		l.offsets[i] = uint32(len(data) - len(r.s))
		head := r.byte()
		shared, suffix := int(head>>4), int(head&15)
		if suffix == 15 {
			suffix = int(r.byte())
		}
		if shared > keyLen || i%nameLexiconBlock == 0 && shared != 0 || shared+suffix > 255 {
			return nil, false
		}
		keyLen = shared + suffix
		r.string(suffix)
		flags := r.byte()
		r.skipSpellings(int(flags >> 4))
		if flags&nameEgyptian != 0 {
			r.skipSpellings(int(r.byte()))
		}
		if flags&nameMaghrebi != 0 {
			r.skipSpellings(int(r.byte()))
		}
		if r.bad || flags>>4 == 0 {
			return nil, false
		}
	}
	return l, len(r.s) == 0
}

// skipSpellings reads past n spellings.
func (r *nameReader) skipSpellings(n int) {
	for range n {
		r.uvarint()
		r.string(int(r.byte()))
	}
}

// entryKey returns the shared prefix length and the rest of the key of the
// entry at off, and the offset of its flags.
func (l *nameLexicon) entryKey(off int) (shared int, suffix string, flags int) {
	head := l.data[off]
	shared, n := int(head>>4), int(head&15)
	off++
	if n == 15 {
		n = int(l.data[off])
		off++
	}
	return shared, l.data[off : off+n], off + n
}

// A nameKeyBuf holds a key rebuilt from its front-coded form.
type nameKeyBuf struct {
	b [255]byte
	n int
}

// seek returns the index of the first entry whose key is not less than
// key, with that key in buf.
func (l *nameLexicon) seek(key []byte, buf *nameKeyBuf) int {
	blocks := (len(l.offsets) + nameLexiconBlock - 1) / nameLexiconBlock
	lo, hi := 0, blocks // find the first block whose first key exceeds key
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if _, k, _ := l.entryKey(int(l.offsets[mid*nameLexiconBlock])); k <= string(key) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	i := max(lo-1, 0) * nameLexiconBlock
	buf.n = 0
	for ; i < len(l.offsets); i++ {
		shared, suffix, _ := l.entryKey(int(l.offsets[i]))
		buf.n = shared + copy(buf.b[shared:], suffix)
		if string(buf.b[:buf.n]) >= string(key) {
			break
		}
	}
	return i
}

// entry returns entry i.
func (l *nameLexicon) entry(i int) nameEntry {
	_, _, off := l.entryKey(int(l.offsets[i]))
	flags := l.data[off]
	return nameEntry{flags: flags & 15, news: int(flags >> 4), data: l.data[off+1:]}
}

// lookup returns the entry of key.
func (l *nameLexicon) lookup(key []byte) (nameEntry, bool) {
	var buf nameKeyBuf
	i := l.seek(key, &buf)
	if i == len(l.offsets) || string(buf.b[:buf.n]) != string(key) {
		return nameEntry{}, false
	}
	return l.entry(i), true
}

// hasPhrase reports whether some key starts with key followed by a word
// separator: whether a phrase entry may start with this word. Such keys sort
// right after key itself, as the separator 0 is the least byte.
func (l *nameLexicon) hasPhrase(key []byte) bool {
	var buf nameKeyBuf
	i := l.seek(key, &buf)
	if i < len(l.offsets) && string(buf.b[:buf.n]) == string(key) {
		i++
		if i < len(l.offsets) {
			shared, suffix, _ := l.entryKey(int(l.offsets[i]))
			buf.n = shared + copy(buf.b[shared:], suffix)
		}
	}
	k := buf.b[:buf.n]
	return i < len(l.offsets) && len(k) > len(key) && string(k[:len(key)]) == string(key) && k[len(key)] == 0
}

// A nameSpelling is one spelling of an entry and its weight.
type nameSpelling struct {
	latin  string
	weight int
}

// A nameEntry is one lexicon entry, read in place.
type nameEntry struct {
	flags byte
	news  int    // how many news spellings the entry has
	data  string // the spelling lists
}

// spellings calls yield with the spellings of style in order, stopping when
// it returns false. A style without its own list yields nothing.
func (e nameEntry) spellings(style NameStyle, yield func(nameSpelling) bool) {
	r := &nameReader{s: e.data}
	for st := range numNameStyles {
		var count int
		switch {
		case st == int(EnglishNews):
			count = e.news
		case st == int(Egyptian) && e.flags&nameEgyptian != 0, st == int(Maghrebi) && e.flags&nameMaghrebi != 0:
			count = int(r.byte())
		}
		for range count {
			w := r.uvarint()
			latin := r.string(int(r.byte()))
			if r.bad {
				return
			}
			if st == int(style) && !yield(nameSpelling{latin, w}) {
				return
			}
		}
		if st == int(style) {
			return
		}
	}
}

// first returns the spelling to write in style: the style's own first
// spelling, or else the news spelling.
func (e nameEntry) first(style NameStyle) string {
	var s string
	for _, st := range [2]NameStyle{style, EnglishNews} {
		e.spellings(st, func(sp nameSpelling) bool {
			s = sp.latin
			return false
		})
		if s != "" {
			break
		}
	}
	return s
}
