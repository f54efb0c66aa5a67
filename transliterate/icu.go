package transliterate

import (
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

func ccc(r rune) uint8 {
	var buf [utf8.UTFMax]byte
	return norm.NFD.Properties(buf[:utf8.EncodeRune(buf[:], r)]).CCC()
}

// decompose appends r as the rules see it: decomposed, and lowercased if
// the transform lowercases.
func (t *icuTransform) decompose(dst []rune, r rune) []rune {
	var buf [utf8.UTFMax]byte
	p := t.form.Properties(buf[:utf8.EncodeRune(buf[:], r)])
	d := p.Decomposition()
	if d == nil {
		return append(dst, t.fold(r))
	}
	for _, r := range string(d) {
		dst = append(dst, t.fold(r))
	}
	return dst
}

func (t *icuTransform) fold(r rune) rune {
	if t.lower {
		return unicode.ToLower(r)
	}
	return r
}

// first returns the first rune of r as the rules see it.
func (t *icuTransform) first(r rune) rune {
	var buf [8]rune
	return t.decompose(buf[:0], r)[0]
}

// glued reports whether r has a left context: it may not start a chunk.
func (t *icuTransform) glued(r rune) bool { return t.ante[t.first(r)] }

func (t *icuTransform) keeps(r rune) bool { return !t.filter(r) }

// A chunkEnd follows the text of a chunk to tell where it may be cut.
type chunkEnd struct {
	inFilter bool  // the last rune is in the filter
	last     rune  // the last rune of the text in canonical order, as the rules see it
	lastCCC  uint8 // its combining class
}

func (t *icuTransform) extend(e *chunkEnd, r rune) {
	e.inFilter = r != utf8.RuneError && t.filter(r)
	var buf [8]rune
	for _, d := range t.decompose(buf[:0], r) {
		// Canonical order puts the mark of highest class last, the later
		// one of equal classes; a starter begins a new segment.
		if c := ccc(d); c == 0 || c >= e.lastCCC {
			e.last, e.lastCCC = d, c
		}
	}
}

// cuts reports whether a chunk ending in e may be cut before r.
func (t *icuTransform) cuts(e *chunkEnd, r rune) bool {
	first := t.first(r)
	if t.ante[first] {
		return false
	}
	if post := t.post[e.last]; post != nil && post(first) {
		return false
	}
	if !e.inFilter || !t.filter(r) {
		return true
	}
	var buf [utf8.UTFMax]byte
	if !t.form.Properties(buf[:utf8.EncodeRune(buf[:], r)]).BoundaryBefore() {
		return false
	}
	return !t.pairs[[2]rune{e.last, first}] && !t.unstarting[first]
}

func (t *icuTransform) next(dst []byte, src string, atEOF bool) ([]byte, int) {
	var end chunkEnd
	r, i := utf8.DecodeRuneInString(src)
	t.extend(&end, r)
	for i < maxChunk {
		if i == len(src) {
			if !atEOF {
				return dst, 0
			}
			break
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && size <= 1 && !atEOF && !utf8.FullRuneInString(src[i:]) {
			return dst, 0
		}
		if t.cuts(&end, r) {
			break
		}
		t.extend(&end, r)
		i += size
	}
	return t.convert(dst, src[:i]), i
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
	var decBuf [128]byte
	var inBuf [64]rune
	in := inBuf[:0]
	for _, r := range string(t.form.AppendString(decBuf[:0], run)) {
		in = append(in, t.fold(r))
	}
	var outBuf [128]byte
	out := outBuf[:0]
	for p := 0; p < len(in); {
		rule, n := t.match(in, p, before, after)
		if rule == nil {
			out = utf8.AppendRune(out, in[p])
			before = in[p]
			p++
			continue
		}
		out = append(out, rule.out...)
		if r, _ := utf8.DecodeLastRuneInString(rule.out); rule.out != "" {
			before = r
		}
		if rule.redo == "" && rule.marks == 0 {
			p += n
			continue
		}
		// Replace the key by what is matched again, and match from there.
		redo := []rune(rule.redo)
		if rule.marks != 0 {
			redo = append(redo, in[p+len(rule.key):p+n-1]...)
		}
		in = append(redo, in[p+n:]...)
		p = 0
	}
	// Compose the run on its own: norm.NFC.Append(dst, ...) would also
	// compose it with what dst ends in, across the edge of the run.
	var nfcBuf [128]byte
	return append(dst, norm.NFC.Append(nfcBuf[:0], out...)...)
}

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
		forward:  unitEngine{u: forward, glued: forward.glued},
		backward: unitEngine{u: backward, glued: backward.glued},
	}
}
