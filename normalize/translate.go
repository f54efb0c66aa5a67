package normalize

import (
	"encoding/binary"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// Inputs are normalized by translate, which writes every rune as it reads
// it, through a table made for the Form, instead of finding unchanged runs
// and copying them. Text that changes often (diacritized text changes every
// other rune) then costs about what text that changes rarely does: one
// table lookup and one two-byte store per Arabic rune, and no branch that
// depends on whether the rune changes. The String, Bytes and Append
// methods translate what follows the unchanged prefix that span finds,
// however short; Transform translates a chunk only from minTranslate bytes
// on, as its chunks end wherever dst or src does.
const minTranslate = 256

// A translation holds, for each rune of U+0600–U+06FF, what one Form makes
// of it where that needs no look around: its output bytes (little end first)
// and their number, with flags for the runes that need more.
type translation [0x100]uint32

const (
	outLenShift = 16
	// needsChange marks a rune whose output is longer than two bytes or
	// needs more than one rule: change handles it.
	needsChange uint32 = 1 << 31
	// foldsToLetter marks a rune folded to a letter that may compose with
	// a mark after it (أ → ا): the table's output holds when no mark or
	// removed rune follows.
	foldsToLetter uint32 = 1 << 30
	// mayCompleteLetter marks a mark, or a rune the Form removes, that may
	// stand between a letter and a mark composing with it: the table's
	// output holds when no such letter comes before it.
	mayCompleteLetter uint32 = 1 << 29
	// composesLater marks a letter that the Form leaves as it is and that
	// may compose with a mark after it: ا و ي under ComposeHamza.
	composesLater uint32 = 1 << 28
	// composesMark marks, under ComposeHamza, the maddah and hamza marks
	// U+0653–U+0655: the marks that compose with a letter before them.
	composesMark uint32 = 1 << 27
)

// Two runes of U+0600–U+06FF read as four bytes, the first in the low
// byte: arabic2 masks them, leaving arabic2Bits, lead bytes 0xD8–0xDB
// each followed by a continuation byte.
const (
	arabic2     = 0xC0FCC0FC
	arabic2Bits = 0x80D880D8
)

// load32 returns the four bytes of s at i, the first in the low byte.
// The compiler makes it one load.
func load32[S bytestring](s S, i int) uint32 {
	b := s[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// translations caches a translation for each Form used, and
// lastTranslation the one used last. Most programs use one Form, and one
// atomic load costs less than the map's lookup: short inputs, such as the
// words of an analyzer, pay for the table only a nanosecond or two.
var (
	translations    sync.Map // Form → *formTranslation
	lastTranslation atomic.Pointer[formTranslation]
)

// A formTranslation is a Form's translation, with the Form.
type formTranslation struct {
	form Form
	t    translation
}

func (f Form) translation() *translation {
	if last := lastTranslation.Load(); last != nil && last.form == f {
		return &last.t
	}
	v, ok := translations.Load(f)
	if !ok {
		v, _ = translations.LoadOrStore(f, &formTranslation{f, newTranslation(f)})
	}
	ft := v.(*formTranslation)
	lastTranslation.Store(ft)
	return &ft.t
}

func newTranslation(f Form) translation {
	var t translation
	for k := range t {
		r := rune(0x0600 + k)
		var buf [maxChange]byte
		out := appendMapped(buf[:0], f, r)
		if len(out) > 2 {
			t[k] = needsChange
			continue
		}
		var e uint32
		for i, b := range out {
			e |= uint32(b) << (8 * i)
		}
		e |= uint32(len(out)) << outLenShift
		if f&ComposeHamza != 0 {
			if last, _ := utf8.DecodeLastRune(out); string(out) != string(r) && composable(last) {
				e |= foldsToLetter
			}
			if arabicClass[k]&combining != 0 || len(out) == 0 {
				e |= mayCompleteLetter
			}
			if string(out) == string(r) && composable(r) {
				e |= composesLater
			}
			if 0x0653 <= r && r <= 0x0655 {
				e |= composesMark
			}
		}
		t[k] = e
	}
	return t
}

// translate appends src[i:] normalized to f to dst, t being f's translation.
func translate[S bytestring](f Form, t *translation, dst []byte, src S, i int) []byte {
	// The table never makes output longer than its input, so out always
	// has room for what is left of src plus a rune; the other cases go
	// through step, which makes room again.
	out := slices.Grow(dst, len(src)-i+utf8.UTFMax)
	j := len(out)
	out = out[:cap(out)]
	// from is where step last stopped: the table wrote src[from:i], so
	// each unit there is an ASCII byte or a two-byte rune.
	from := i
	for i+1 < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			out[j] = c
			j++
			i++
			// A word may start here: when its first two runes are
			// Arabic runes that the table settles alone into two bytes
			// each, they go at once. Nearly every word has two such
			// runes, so the branch is well predicted; four at a time
			// (or a loop of twos) helps news text but costs Tashkeela,
			// whose shorter words and many أ make that branch a coin
			// toss.
			if i+4 <= len(src) {
				if w := load32(src, i); w&arabic2 == arabic2Bits {
					z := (w&0x00030003)<<6 | w>>8&0x003F003F // each 16 bits an entry
					e0, e1 := t[z&0xFF], t[z>>16&0xFF]
					if (e0|e1)&(needsChange|mayCompleteLetter) == 0 &&
						e0&e1&(2<<outLenShift) != 0 {
						binary.LittleEndian.PutUint32(out[j:], uint32(uint16(e0))|uint32(uint16(e1))<<16)
						i += 4
						j += 4
					}
				}
			}
			continue
		}
		// k holds the rune's two bytes, lead byte high: a lead byte
		// 0xD8–0xDB and a continuation byte make U+0600–U+06FF, whose
		// entry is (lead&3)<<6 | continuation&0x3F.
		if k := uint(c)<<8 | uint(src[i+1]); k&0xFCC0 == 0xD880 {
			e := t[k>>2&0xC0|k&0x3F]
			if e&(needsChange|mayCompleteLetter) == 0 {
				// The common case, on its own: the compiler then makes it
				// a short run of instructions with one branch on the text.
				// A letter folded to one that may compose (أ → ا) is
				// written too, on the chance that no mark follows: the
				// unit after it takes it back if one does (see below).
				o := out[j : j+2] // one bounds check, and one store
				o[0], o[1] = byte(e), byte(e>>8)
				j += int(e >> outLenShift & 3)
				i += 2
				continue
			}
			// The letter a mark may complete is looked for only here:
			// the unit before it, if the table wrote it (src[from:i]),
			// that is, if it is not ASCII, a two-byte rune. Such a
			// letter does not compose when neither this mark nor the
			// rune after it, settled, can be its hamza or maddah: a
			// harakah after و or ي, most often, spared the look ahead.
			// A letter before the mark that the table folded (أ → ا)
			// goes to step again, below, as the mark may compose with it.
			if e&needsChange == 0 {
				prev := uint32(0)
				if i-2 >= from && src[i-1] >= utf8.RuneSelf {
					prev = t[int(src[i-2]&3)<<6|int(src[i-1]&0x3F)]
				}
				if prev&foldsToLetter == 0 && (prev&composesLater == 0 ||
					e&composesMark == 0 && settled(f, src, i+2) ||
					!composesWith(f, src, i-2)) {
					o := out[j : j+2]
					o[0], o[1] = byte(e), byte(e>>8)
					j += int(e >> outLenShift & 3)
					i += 2
					continue
				}
			}
		}
		// What step does may depend on a letter before i that the table
		// folded on the chance that nothing would compose with it: then
		// step does that letter again. The table wrote it (two bytes)
		// from two bytes of src[from:i].
		if i-2 >= from && src[i-1] >= utf8.RuneSelf &&
			t[int(src[i-2]&3)<<6|int(src[i-1]&0x3F)]&foldsToLetter != 0 {
			i -= 2
			j -= 2
		}
		out, i = step(f, out[:j], src, i)
		out = slices.Grow(out, len(src)-i+utf8.UTFMax)
		j = len(out)
		out = out[:cap(out)]
		from = i
	}
	out = out[:j]
	for i < len(src) {
		out, i = step(f, out, src, i)
	}
	return out
}

// composesWith reports whether the letter at src[at:] composes with a mark
// after it.
func composesWith[S bytestring](f Form, src S, at int) bool {
	base, n := decodeRune(src[at:])
	m, _ := lookahead(f, base, src, at+n, true, 0)
	return m.size > 0
}

// step appends to dst what f makes of the input at src[i:] up to the end
// of the first change there, and returns where it stopped. Unlike span and
// change alone, it knows the input before i: a letter there, written
// unchanged, may compose with a mark at i.
func step[S bytestring](f Form, dst []byte, src S, i int) ([]byte, int) {
	if f&ComposeHamza != 0 {
		if b := letterBefore(f, src, i); b >= 0 {
			written := src[b:i]
			if n := len(written); len(dst) >= n && string(dst[len(dst)-n:]) == string(written) {
				if _, err := composing(f, src, i, true); err != nil {
					dst, i = dst[:len(dst)-n], b // write the letter again, composed
				}
			}
		}
	}
	m, err := span(f, src[i:], true)
	dst = append(dst, src[i:i+m]...)
	i += m
	if err == nil {
		return dst, i
	}
	dst, size, _ := change(f, dst, src[i:], true)
	return dst, i + size
}

// translateInto is translate for Transform: it translates the longest part
// of src that fits dst and ends where the rune after it cannot change what
// comes before it (ASCII, or an Arabic letter the Form leaves alone), so
// that the rest can wait for more input. It returns 0, 0 when that part is
// too short to be worth the table, or when the output would outgrow dst.
func translateInto(f Form, dst, src []byte, atEOF bool) (nDst, nSrc int) {
	end := min(len(src), len(dst)-utf8.UTFMax)
	if !atEOF || end < len(src) {
		end = settledBefore(f, src, end)
	}
	if end < minTranslate {
		return 0, 0
	}
	out := translate(f, f.translation(), dst[:0], src[:end], 0)
	if unsafe.SliceData(out) != unsafe.SliceData(dst) {
		return 0, 0 // grew out of dst: a presentation form's decomposition
	}
	return len(out), end
}

// settledBefore returns the last position at or before end where src holds
// a rune that settled accepts, or 0. It looks at a few runes only.
func settledBefore(f Form, src []byte, end int) int {
	for p := min(end, len(src)-1); p > 0 && p > end-4*utf8.UTFMax; p-- {
		if utf8.RuneStart(src[p]) && settled(f, src, p) {
			return p
		}
	}
	return 0
}
