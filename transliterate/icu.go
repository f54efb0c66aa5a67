package transliterate

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// An icuTransform does what an ICU rule-based transliterator of the shape
// CLDR gives its script transforms does:
//
//	::[filter];     runes outside the filter are left alone
//	::NFKD;         (or ::NFD; ::lower();)
//	rules;          ordered: the first rule that matches at the cursor wins
//	::NFC;
//
// ICU applies the chain to each maximal run of runes in the filter, and so
// do we. A rule's key is matched against the decomposed run; its ante
// context (a rune before the key) against the text before the cursor, which
// ICU has already rewritten (the output so far, or the text before the run);
// its post context (a rune after the key) against the text after the key,
// not yet rewritten, past the end of the run if need be.
//
// To stream, we cut the text into chunks that convert independently: a cut
// may fall only where the normalizations start a new segment, no key spans
// it, and no context reaches across it. [icuTransform.next] finds the
// smallest such chunk; [icuTransform.convert] converts it. A chunk that
// reaches maxChunk bytes without a safe cut (only text made of a long run of
// combining marks or tatweels does that) is cut there anyway.
type icuTransform struct {
	filter func(r rune) bool
	form   norm.Form // the decomposition applied to a run: norm.NFKD or norm.NFD
	lower  bool      // whether ::lower() follows the decomposition

	rules map[rune][]*icuRule // by the first rune of the key, in rule order
	// pairs holds each pair of consecutive starters in a key: a chunk may not
	// be cut between them.
	pairs map[[2]rune]bool
	// ante holds the first rune of each key with an ante context: a chunk may
	// not start with it. post holds the last rune of each key with a post
	// context, and the context: a chunk may not end with it when the next
	// rune matches.
	ante map[rune]bool
	post map[rune]func(rune) bool
	// unstarting holds the first runes of the keys whose replacement is
	// empty or starts with a combining mark: a chunk may not start with one,
	// for its output would then start with marks, out of reach of the NFC
	// that composes them with the output before.
	unstarting map[rune]bool

	// infos caches, for the runes below U+0700 (ASCII, Latin, the combining
	// marks, Arabic), what chunking and conversion ask of a rune: computing
	// it takes lookups in the normalization tables and in maps otherwise.
	// It is built on first use, so that a program that does not use the
	// transform does not pay for it.
	infosOnce sync.Once
	infos     []runeInfo
}

// infoRunes is the number of runes, from U+0000, whose runeInfo is cached.
const infoRunes = 0x0700

// A runeInfo is what an icuTransform knows of one rune.
type runeInfo struct {
	dec      []decRune // the rune decomposed, as the rules see it
	boundary bool      // the decomposition starts a new segment
	filter   bool      // the rune is in the filter
	glued    bool      // the rune has a left context: no chunk starts with it
	alone    bool      // the rune converts on its own to aloneOut when it is a chunk
	aloneOut string
}

// A decRune is one rune of a decomposition and its combining class.
type decRune struct {
	r   rune
	ccc uint8
}

// maxChunk is the most bytes in one chunk of an icuTransform.
const maxChunk = 128

// An icuRule is one rule: key > out, or ante{key}post > out.
type icuRule struct {
	key  []rune          // decomposed
	ante func(rune) bool // nil, or what the rune before the cursor must be
	post func(rune) bool // nil, or what the rune after the key must be
	out  string          // the replacement
	redo string          // replacement matched again (ICU's "|" cursor before it)
	// outNFC is out composed (NFC), and outLast the last rune of out, the
	// rune an ante context then sees before the cursor; redoRunes is redo.
	outNFC    string
	outLast   rune
	redoRunes []rune
	// marks, if not 0, extends the key: after key come one or more runes
	// for which marksOK holds, then the rune marks; the runes in between are
	// matched again after out (ICU's capture "t([...]+)̈ > ة|$1").
	marks   rune
	marksOK func(rune) bool
}

// newICUTransform builds the transform of rules, given in ICU's order.
func newICUTransform(filter func(rune) bool, form norm.Form, lower bool, rules []icuRule) *icuTransform {
	t := &icuTransform{
		filter: filter, form: form, lower: lower,
		rules:      map[rune][]*icuRule{},
		pairs:      map[[2]rune]bool{},
		ante:       map[rune]bool{},
		post:       map[rune]func(rune) bool{},
		unstarting: map[rune]bool{},
	}
	for i := range rules {
		r := &rules[i]
		r.outNFC = norm.NFC.String(r.out)
		r.redoRunes = []rune(r.redo)
		r.outLast = -1
		if r.out != "" {
			r.outLast, _ = utf8.DecodeLastRuneInString(r.out)
		}
		t.rules[r.key[0]] = append(t.rules[r.key[0]], r)
		for j := 1; j < len(r.key); j++ {
			if ccc(r.key[j]) == 0 {
				t.pairs[[2]rune{r.key[j-1], r.key[j]}] = true
			}
		}
		if r.ante != nil {
			t.ante[r.key[0]] = true
		}
		if r.post != nil {
			t.post[r.key[len(r.key)-1]] = r.post
		}
		if r.out == "" && r.redo == "" || r.out != "" && ccc([]rune(r.out)[0]) != 0 {
			t.unstarting[r.key[0]] = true
		}
	}
	// A replacement matched again starts as the rules for its first rune do.
	for _, r := range rules {
		if r.out == "" && r.redo != "" && t.unstarting[[]rune(r.redo)[0]] {
			t.unstarting[r.key[0]] = true
		}
	}
	return t
}

// buildInfos fills the cache of runeInfo.
func (t *icuTransform) buildInfos() {
	infos := make([]runeInfo, infoRunes)
	for i := range infos {
		infos[i] = t.computeInfo(rune(i))
	}
	t.infos = infos
	// Alone, a rune with no context rule converts the same wherever it
	// stands, so it is converted once here (with the cache complete).
	for i := range infos {
		info := &infos[i]
		if info.filter && !info.glued && t.post[info.dec[len(info.dec)-1].r] == nil {
			info.alone, info.aloneOut = true, string(t.convertRun(nil, string(rune(i)), -1, -1))
		}
	}
}

// computeInfo works out what the transform knows of r, but for alone.
func (t *icuTransform) computeInfo(r rune) runeInfo {
	var buf [utf8.UTFMax]byte
	p := t.form.Properties(buf[:utf8.EncodeRune(buf[:], r)])
	info := runeInfo{boundary: p.BoundaryBefore(), filter: r != utf8.RuneError && t.filter(r)}
	d := string(p.Decomposition())
	if d == "" {
		d = string(r)
	}
	for _, r := range d {
		r = t.fold(r)
		info.dec = append(info.dec, decRune{r, ccc(r)})
	}
	info.glued = t.ante[info.dec[0].r]
	return info
}

// info returns what the transform knows of r, from the cache or worked out
// into scratch.
func (t *icuTransform) info(r rune, scratch *runeInfo) *runeInfo {
	t.infosOnce.Do(t.buildInfos)
	return t.cachedInfo(r, scratch)
}

// cachedInfo is info once the cache is built (or while buildInfos, having
// filled it, converts the runes alone).
func (t *icuTransform) cachedInfo(r rune, scratch *runeInfo) *runeInfo {
	if 0 <= r && r < infoRunes {
		return &t.infos[r]
	}
	*scratch = t.computeInfo(r)
	return scratch
}

func ccc(r rune) uint8 {
	var buf [utf8.UTFMax]byte
	return norm.NFD.Properties(buf[:utf8.EncodeRune(buf[:], r)]).CCC()
}

func (t *icuTransform) fold(r rune) rune {
	if t.lower {
		return unicode.ToLower(r)
	}
	return r
}

// glued reports whether r has a left context: it may not start a chunk.
func (t *icuTransform) glued(r rune) bool {
	var scratch runeInfo
	return t.info(r, &scratch).glued
}

func (t *icuTransform) keeps(r rune) bool {
	var scratch runeInfo
	return !t.info(r, &scratch).filter
}

// keepsASCII reports whether no ASCII rune is in the filter or glued.
func (t *icuTransform) keepsASCII() bool {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if t.filter(r) || t.glued(r) {
			return false
		}
	}
	return true
}

// A chunkEnd follows the text of a chunk to tell where it may be cut.
type chunkEnd struct {
	inFilter bool  // the last rune is in the filter
	last     rune  // the last rune of the text in canonical order, as the rules see it
	lastCCC  uint8 // its combining class
}

func (e *chunkEnd) extend(info *runeInfo) {
	e.inFilter = info.filter
	for _, d := range info.dec {
		// Canonical order puts the mark of highest class last, the later
		// one of equal classes; a starter begins a new segment.
		if d.ccc == 0 || d.ccc >= e.lastCCC {
			e.last, e.lastCCC = d.r, d.ccc
		}
	}
}

// cuts reports whether a chunk ending in e may be cut before a rune.
func (t *icuTransform) cuts(e *chunkEnd, info *runeInfo) bool {
	first := info.dec[0].r
	if info.glued {
		return false
	}
	if post := t.post[e.last]; post != nil && post(first) {
		return false
	}
	if !e.inFilter || !info.filter {
		return true
	}
	return info.boundary && !t.pairs[[2]rune{e.last, first}] && !t.unstarting[first]
}

func (t *icuTransform) next(dst []byte, src string, atEOF bool) ([]byte, int) {
	// Convert chunk after chunk while the text stays in the filter: a run
	// of letters is one call, and each rune is decoded and looked up once.
	// The chunks, not the calls, decide the result; a call's output stays
	// well within the 4096 bytes transform.Reader offers.
	var scratch [2]runeInfo
	start, n := len(dst), 0
	for n < len(src) && len(dst)-start < 1024 {
		size, first, after, ok := t.chunk(src[n:], atEOF, &scratch)
		if !ok {
			break
		}
		if _, firstSize := utf8.DecodeRuneInString(src[n:]); first.alone && size == firstSize {
			dst = append(dst, first.aloneOut...) // the common case: a rune alone
		} else {
			dst = t.convert(dst, src[n:n+size])
		}
		n += size
		if after == nil || !after.filter {
			break
		}
	}
	return dst, n
}

// chunk returns the length of the chunk at the start of src (false if
// atEOF is false and it may go on past the end of src), what is known of
// its first rune, and of the rune after it (nil at the end of src).
func (t *icuTransform) chunk(src string, atEOF bool, scratch *[2]runeInfo) (n int, first, after *runeInfo, ok bool) {
	var end chunkEnd
	r, n := utf8.DecodeRuneInString(src)
	first = t.info(r, &scratch[0]) // an ill-formed byte is RuneError, outside the filter
	end.extend(first)
	for n < maxChunk {
		if n == len(src) {
			return n, first, nil, atEOF
		}
		r, size := utf8.DecodeRuneInString(src[n:])
		if r == utf8.RuneError && size <= 1 && !atEOF && !utf8.FullRuneInString(src[n:]) {
			return 0, nil, nil, false
		}
		after = t.info(r, &scratch[1])
		if t.cuts(&end, after) {
			return n, first, after, true
		}
		end.extend(after)
		n += size
	}
	return n, first, nil, true
}

// convert appends the conversion of chunk: each run of runes in the filter
// goes through the chain; the rest is copied.
func (t *icuTransform) convert(dst []byte, chunk string) []byte {
	before := rune(-1) // the rune before the cursor, for ante contexts
	for i := 0; i < len(chunk); {
		r, size := utf8.DecodeRuneInString(chunk[i:])
		if r == utf8.RuneError && size <= 1 || !t.filter(r) {
			dst = append(dst, chunk[i:i+size]...)
			before = r
			i += size
			continue
		}
		j := i + size
		after := rune(-1) // the rune after the run, for post contexts
		for j < len(chunk) {
			r, size := utf8.DecodeRuneInString(chunk[j:])
			if r == utf8.RuneError && size <= 1 || !t.filter(r) {
				after = r
				break
			}
			j += size
		}
		dst = t.convertRun(dst, chunk[i:j], before, after)
		i = j
	}
	return dst
}

func (t *icuTransform) convertRun(dst []byte, run string, before, after rune) []byte {
	// Decompose (NFKD or NFD, and lower case) from the cached
	// decompositions, and put each sequence of marks in canonical order.
	var inBuf [64]rune
	in := inBuf[:0]
	var scratch runeInfo
	for _, r := range run {
		for _, d := range t.cachedInfo(r, &scratch).dec {
			in = append(in, d.r)
			for k := len(in) - 1; k > 0 && d.ccc != 0 && ccc(in[k-1]) > d.ccc; k-- {
				in[k-1], in[k] = in[k], in[k-1]
			}
		}
	}
	start := len(dst)
	var redoBuf [16]rune
	for p := 0; p < len(in); {
		rule, n := t.match(in, p, before, after)
		if rule == nil {
			dst = utf8.AppendRune(dst, in[p])
			before = in[p]
			p++
			continue
		}
		dst = append(dst, rule.outNFC...)
		if rule.outLast >= 0 {
			before = rule.outLast
		}
		if rule.redo == "" && rule.marks == 0 {
			p += n
			continue
		}
		// Replace the key by what is matched again, and match from there.
		redo := append(redoBuf[:0], rule.redoRunes...)
		if rule.marks != 0 {
			redo = append(redo, in[p+len(rule.key):p+n-1]...)
		}
		in = slices.Replace(in, p, p+n, redo...)
	}
	// Compose the run on its own (not with what dst held before it). The
	// replacements are composed already, so that only marks composing with
	// the letter before them (a and shadda: ã) leave work here.
	if out := dst[start:]; t.hasMark(out) {
		c := composers.Get().(*composer)
		c.it.Init(norm.NFC, out)
		c.buf = c.buf[:0]
		for !c.it.Done() {
			c.buf = append(c.buf, c.it.Next()...)
		}
		dst = append(dst[:start], c.buf...)
		composers.Put(c)
	}
	return dst
}

// hasMark reports whether out holds a combining mark. Without one, the
// composed replacements and the letters between them are composed already:
// no two starters of the Latin or Arabic scripts compose.
func (t *icuTransform) hasMark(out []byte) bool {
	var scratch runeInfo
	for _, r := range string(out) {
		for _, d := range t.cachedInfo(r, &scratch).dec {
			if d.ccc != 0 {
				return true
			}
		}
	}
	return false
}

// A composer composes a run that holds marks. The norm package allocates
// for every call that composes; a pooled Iter and buffer do not.
type composer struct {
	it  norm.Iter
	buf []byte
}

var composers = sync.Pool{New: func() any { return new(composer) }}

// match returns the first rule that matches in[p:] and the number of runes
// its key covers.
func (t *icuTransform) match(in []rune, p int, before, after rune) (*icuRule, int) {
	for _, rule := range t.rules[in[p]] {
		n := len(rule.key)
		if p+n > len(in) || !equalRunes(in[p:p+n], rule.key) {
			continue
		}
		if rule.marks != 0 {
			for p+n < len(in) && rule.marksOK(in[p+n]) {
				n++
			}
			if n == len(rule.key) || p+n == len(in) || in[p+n] != rule.marks {
				continue
			}
			n++
		}
		if rule.ante != nil && (before < 0 || !rule.ante(before)) {
			continue
		}
		if rule.post != nil {
			next := after
			if p+n < len(in) {
				next = in[p+n]
			}
			if next < 0 || !rule.post(next) {
				continue
			}
		}
		return rule, n
	}
	return nil, 0
}

func equalRunes(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// newICUScheme returns the scheme whose directions are the two transforms.
func newICUScheme(name string, forward, backward *icuTransform) scheme {
	return scheme{
		name:     name,
		forward:  unitEngine{u: forward, glued: forward.glued, keepsASCII: forward.keepsASCII()},
		backward: unitEngine{u: backward, glued: backward.glued, keepsASCII: backward.keepsASCII()},
	}
}
