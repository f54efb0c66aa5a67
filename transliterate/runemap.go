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
	ascii      [utf8.RuneSelf]repl // indexed by the byte
	keepsASCII [utf8.RuneSelf]bool // the ASCII bytes replaced by themselves
	// keepsAllASCII tells that every ASCII byte is replaced by itself.
	keepsAllASCII bool
	// two covers every lead byte of a two-byte rune, 0xC0–0xDF, indexed by
	// (lead&0x1F)<<6 | continuation&0x3F: an array, so that the index,
	// below 2048 by construction, needs no bounds check.
	two *[32 << 6]repl
	// single holds, for each two-byte rune, its replacement when that is a
	// single byte, or 0. It is indexed by the rune's two bytes as they lie
	// in memory, masked: lead&0x1F | (continuation&0x3F)<<8, which costs one
	// AND where two's index costs five operations; and its bytes are small
	// enough that the replacements of two runes share one store.
	single *[1 << 14]byte
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
	m.two = new([32 << 6]repl)
	for i := range m.two {
		// Lead bytes 0xC0 and 0xC1 make no rune: their entries copy the two
		// bytes, as the slow path would copy each ill-formed byte.
		var b [2]byte
		b[0], b[1] = byte(0xC0|i>>6), byte(0x80|i&0x3F)
		m.two[i] = newRepl(string(b[:]))
	}
	for _, k := range keys {
		if k.from >= 0x800 {
			panic("transliterate: runeMap key above U+07FF")
		}
	}
	for _, k := range keys {
		r := newRepl(k.to)
		size := utf8.RuneLen(k.from)
		m.grow = max(m.grow, (r.len()+size-1)/size)
		if k.from < utf8.RuneSelf {
			m.ascii[k.from] = r
		} else {
			m.two[k.from] = r // a two-byte rune's index is the rune itself
		}
	}
	m.keepsAllASCII = true
	for c, r := range m.ascii {
		m.keepsASCII[c] = r == repl(c)|1<<24
		m.keepsAllASCII = m.keepsAllASCII && m.keepsASCII[c]
	}
	m.single = new([1 << 14]byte)
	for i, r := range m.two {
		if r.len() == 1 {
			m.single[i>>6|(i&0x3F)<<8] = byte(r)
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
	if c >= 0xC0 && c < 0xE0 && len(s) > 1 && s[1]&0xC0 == 0x80 {
		return m.two[int(c&0x1F)<<6|int(s[1]&0x3F)], 2, true
	}
	return 0, 0, false
}

func (m *runeMap) maxLen(n int) int { return n * m.grow }

// appendString is the hot path of the Buckwalter family. Two runes at a
// time, when they are two Arabic letters or a letter and a space (most of
// Arabic text), take one four-byte load, one comparison of their UTF-8
// structure, two table loads and one two-byte store; any other rune one
// table load and one four-byte store. The loop advances s and the free
// space of dst as slices, so that the compiler proves every index in
// bounds, and leaves to one rune at a time by append only what it cannot do
// so: a rune of three or four bytes, an ill-formed byte, the last byte of
// s, and the last three bytes of room in dst (so that a buffer sized to the
// exact length of the result is enough). So Buckwalter converts the golden
// article in about half the time utf8.ValidString takes to check it, and
// String, which must also allocate and fill the result, in a little less
// time than ValidString.
func (m *runeMap) appendString(dst []byte, s string) []byte {
	if cap(dst)-len(dst) < len(s)/2 { // too small for any conversion of s
		dst = slices.Grow(dst, len(s)*m.grow+3) // +3: the junk bytes of put
	}
	ascii, two, single := &m.ascii, m.two, m.single // loaded once, not once per rune
	for len(s) > 0 {
		free := dst[len(dst):cap(dst)]
		room := len(free)
	fast:
		for len(s) >= 2 && len(free) >= 4 {
			if len(s) >= 4 {
				// The UTF-8 structure of the next two runes (110xxxxx
				// 10xxxxxx for a two-byte rune, 0xxxxxxx for ASCII) tested
				// with one comparison; when both become one byte (all the
				// Buckwalter letters do), one store writes both.
				u := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
				switch {
				case u&0xC0E0C0E0 == 0x80C080C0:
					// Two two-byte runes.
					if b1, b2 := single[u&0x3F1F], single[u>>16&0x3F1F]; b1 != 0 && b2 != 0 {
						binary.LittleEndian.PutUint16(free, uint16(b1)|uint16(b2)<<8)
						free = free[2:]
						s = s[4:]
						continue
					}
				case u&0xC0E080 == 0x80C000:
					// An ASCII byte and a two-byte rune (a space, and a
					// letter starting a word).
					if r1, b2 := ascii[u&0x7F], single[u>>8&0x3F1F]; r1>>24 == 1 && b2 != 0 {
						binary.LittleEndian.PutUint16(free, uint16(r1)|uint16(b2)<<8)
						free = free[2:]
						s = s[3:]
						continue
					}
				case u&0x80C0E0 == 0x0080C0:
					// A two-byte rune and an ASCII byte (a letter ending a
					// word, and a space).
					if b1, r2 := single[u&0x3F1F], ascii[u>>16&0x7F]; b1 != 0 && r2>>24 == 1 {
						binary.LittleEndian.PutUint16(free, uint16(b1)|uint16(r2)<<8)
						free = free[2:]
						s = s[3:]
						continue
					}
				}
			}
			u := uint(s[0]) | uint(s[1])<<8
			var r repl
			switch {
			case u&0x80 == 0:
				r = ascii[u&0x7F]
				s = s[1:]
			case u&0xC0E0 == 0x80C0:
				r = two[(u&0x1F)<<6|u>>8&0x3F]
				s = s[2:]
			default:
				break fast
			}
			binary.LittleEndian.PutUint32(free, uint32(r))
			free = free[r>>24&3:]
		}
		dst = dst[:len(dst)+room-len(free)]
		if len(s) == 0 {
			break
		}
		if r, size, ok := m.lookup(s); ok {
			dst = r.appendTo(dst)
			s = s[size:]
			continue
		}
		_, size := utf8.DecodeRuneInString(s)
		dst = append(dst, s[:size]...)
		s = s[size:]
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
	if m.keepsAllASCII {
		// Eight bytes at a time while they are all ASCII.
		for n+8 <= len(src) {
			w := uint64(src[n]) | uint64(src[n+1])<<8 | uint64(src[n+2])<<16 | uint64(src[n+3])<<24 |
				uint64(src[n+4])<<32 | uint64(src[n+5])<<40 | uint64(src[n+6])<<48 | uint64(src[n+7])<<56
			if w&0x8080808080808080 != 0 {
				break
			}
			n += 8
		}
	}
	for n < len(src) {
		if c := src[n]; c < utf8.RuneSelf && m.keepsASCII[c] {
			n++ // the common case of text the scheme leaves alone
			continue
		}
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
		return m.two[r] != repl(lead)|repl(cont)<<8|2<<24
	}
	return false
}
