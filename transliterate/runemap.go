package transliterate

import (
	"encoding/binary"
	"slices"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// A runeMap is the engine of the schemes that replace each rune on its own:
// the Buckwalter family and their inverses. Keys are ASCII or two-byte runes
// (U+0000–U+07FF); the table is indexed by the UTF-8 bytes themselves, so a
// rune is looked up without being decoded. Runes without a key, and
// ill-formed bytes, are copied.
type runeMap struct {
	ascii [utf8.RuneSelf]repl // indexed by the byte
	lead  byte                // the lowest lead byte that two covers
	nlead byte                // how many lead bytes two covers
	two   []repl              // indexed by (lead byte - lead)<<6 | continuation byte&0x3F
	// grow is the most bytes a replacement has per byte it replaces, so that
	// len(src)*grow bytes always hold the conversion of src.
	grow int
}

// A repl is the replacement of one rune: up to three bytes of UTF-8 in its
// low bytes, first byte lowest, and their count in the high byte. A rune
// without a key has itself as replacement, so that the loops do not branch
// on whether a rune has a key.
type repl uint32

func (r repl) len() int { return int(r >> 24) }

// put writes r's bytes at b[0:], and one byte of junk after them: b must
// have room for four bytes. Writing a fixed four bytes costs one store,
// where copying r.len() bytes costs a loop.
func (r repl) put(b []byte) { binary.LittleEndian.PutUint32(b, uint32(r)) }

func (r repl) appendTo(b []byte) []byte {
	var buf [4]byte
	r.put(buf[:])
	return append(b, buf[:r.len()]...)
}

func newRepl(s string) repl {
	if len(s) > 3 {
		panic("transliterate: replacement longer than three bytes: " + s)
	}
	var buf [4]byte
	copy(buf[:], s)
	buf[3] = byte(len(s))
	return repl(binary.LittleEndian.Uint32(buf[:]))
}

// A mapping is one key of a runeMap.
type mapping struct {
	from rune
	to   string
}

// newRuneMap builds the table of the given keys; they must be runes below
// U+0800 and their replacements at most three bytes long.
func newRuneMap(keys []mapping) *runeMap {
	m := &runeMap{grow: 1}
	for c := range m.ascii {
		m.ascii[c] = newRepl(string(rune(c)))
	}
	lo, hi := byte(0xFF), byte(0)
	for _, k := range keys {
		if k.from >= 0x800 {
			panic("transliterate: runeMap key above U+07FF")
		}
		if k.from >= utf8.RuneSelf {
			lead := byte(0xC0 | k.from>>6)
			lo, hi = min(lo, lead), max(hi, lead)
		}
	}
	if lo <= hi {
		m.lead, m.nlead = lo, hi-lo+1
		m.two = make([]repl, int(m.nlead)<<6)
		for i := range m.two {
			m.two[i] = newRepl(string(rune(int(lo-0xC0)<<6 + i)))
		}
	}
	for _, k := range keys {
		r := newRepl(k.to)
		size := utf8.RuneLen(k.from)
		m.grow = max(m.grow, (r.len()+size-1)/size)
		if k.from < utf8.RuneSelf {
			m.ascii[k.from] = r
		} else {
			m.two[int(byte(0xC0|k.from>>6)-m.lead)<<6|int(k.from&0x3F)] = r
		}
	}
	return m
}

// lookup returns the replacement of the rune at the start of s and its size,
// or ok == false for a rune the table does not cover (it may be ill-formed
// or cut off).
func (m *runeMap) lookup(s string) (r repl, size int, ok bool) {
	c := s[0]
	if c < utf8.RuneSelf {
		return m.ascii[c], 1, true
	}
	if k := c - m.lead; k < m.nlead && len(s) > 1 && s[1]&0xC0 == 0x80 {
		return m.two[int(k)<<6|int(s[1]&0x3F)], 2, true
	}
	return 0, 0, false
}

func (m *runeMap) maxLen(n int) int { return n * m.grow }

// appendString is the hot path of the Buckwalter family: one table load
// and one four-byte store per rune, and no bound to check but the loop
// condition. It writes into dst's spare capacity while four bytes remain,
// and appends the last few runes one by one, so that a buffer sized to the
// exact length of the result is enough.
func (m *runeMap) appendString(dst []byte, s string) []byte {
	if cap(dst)-len(dst) < len(s)/2 { // too small for any conversion of s
		dst = slices.Grow(dst, len(s)*m.grow+3) // +3: the junk bytes of put
	}
	i := 0
	for i < len(s) {
		buf := dst[:cap(dst)]
		j := len(dst)
		for i < len(s) && j+4 <= len(buf) {
			c := s[i]
			if c < utf8.RuneSelf {
				r := m.ascii[c]
				r.put(buf[j:])
				j += r.len()
				i++
				continue
			}
			if k := c - m.lead; k < m.nlead && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				r := m.two[int(k)<<6|int(s[i+1]&0x3F)]
				r.put(buf[j:])
				j += r.len()
				i += 2
				continue
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			j += copy(buf[j:], s[i:i+size])
			i += size
		}
		dst = buf[:j]
		if i == len(s) {
			break
		}
		// Fewer than four bytes of room: one rune by append, which grows
		// dst only if the rune does not fit.
		if r, size, ok := m.lookup(s[i:]); ok {
			dst = r.appendTo(dst)
			i += size
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		dst = append(dst, s[i:i+size]...)
		i += size
	}
	return dst
}

func (m *runeMap) transform(dst []byte, src string, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if r, size, ok := m.lookup(src[nSrc:]); ok {
			if nDst+r.len() > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			var buf [4]byte
			r.put(buf[:])
			nDst += copy(dst[nDst:], buf[:r.len()])
			nSrc += size
			continue
		}
		if !atEOF && !utf8.FullRuneInString(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		_, size := utf8.DecodeRuneInString(src[nSrc:])
		if nDst+size > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		nSrc += size
	}
	return nDst, nSrc, nil
}

func (m *runeMap) span(src string, atEOF bool) (n int, err error) {
	for n < len(src) {
		r, size, ok := m.lookup(src[n:])
		if !ok {
			if !atEOF && !utf8.FullRuneInString(src[n:]) {
				return n, transform.ErrShortSrc
			}
			_, size = utf8.DecodeRuneInString(src[n:])
		} else if r != identity(src[n:n+size]) {
			return n, transform.ErrEndOfSpan
		}
		n += size
	}
	return n, nil
}

// identity returns the repl that replaces the one- or two-byte rune s by
// itself.
func identity(s string) repl {
	r := repl(s[0]) | repl(len(s))<<24
	if len(s) > 1 {
		r |= repl(s[1]) << 8
	}
	return r
}

// maps reports whether r has a replacement other than itself.
func (m *runeMap) maps(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return m.ascii[r] != repl(r)|1<<24
	case r < 0x800:
		lead, cont := byte(0xC0|r>>6), byte(0x80|r&0x3F)
		if k := lead - m.lead; k < m.nlead {
			return m.two[int(k)<<6|int(cont&0x3F)] != repl(lead)|repl(cont)<<8|2<<24
		}
	}
	return false
}
