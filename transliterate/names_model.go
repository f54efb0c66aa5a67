package transliterate

import (
	_ "embed"
	"encoding/binary"
	"math"
	"strings"
	"sync"
)

// The learned layer of the name romanizer: a joint-sequence model (Bisani
// and Ney, "Joint-sequence models for grapheme-to-phoneme conversion",
// Speech Communication 50, 2008). Each Arabic letter of a training pair
// was aligned by expectation maximization with the English letters it spells
// (a graphone: ب with "b", "ba" or "be"; و with "o", "ou" or "w"), and an
// n-gram model over graphone sequences was estimated with interpolated
// modified Kneser-Ney smoothing (Chen and Goodman, 1998). Romanizing a word
// is then a beam search for the likeliest graphone sequence whose letters
// are the word's letters. internal/namegen trains the model; this file reads
// it.
//
// nameModelData holds the model of names as internal/namegen/model.go
// encodes it, trained on all the training pairs; nameArabicModelData holds
// the model of Arabic words, trained on the pairs that spell Arabic as
// English news does and on the common words of data/names/words.txt, in
// which every letter may spell only its newsroom spellings (kh for خ, q for
// ق, no e or o).
var (
	//go:embed data/names/model.bin
	nameModelData string
	//go:embed data/names/arabic.bin
	nameArabicModelData string
	//go:embed data/names/template.bin
	nameTemplateModelData string
)

const (
	nameModelMagic = "ARNM1\n"
	nameMaxOrder   = 8  // longest n-gram the decoder supports
	nameMaxLetters = 40 // longest word the model romanizes; longer ones go to the rules
	nameBeam1      = 4  // hypotheses kept by the search for the best spelling (wider beams gain less than a point on the dev splits)
	nameBeam       = 16 // hypotheses kept by the search for n-best lists
	nameMaxCands   = 64 // most graphones tried for one letter
)

// A nameModel is the decoded model. Contexts are nodes of a reverse trie:
// the children of a node extend its context one graphone further into the
// past, and its words are the graphones whose probability after the context
// the model stores. Nodes are numbered breadth-first from the root (the empty
// context, whose words are the unigrams).
type nameModel struct {
	order     int
	candLo    [numNameLetters + 1]uint16 // first graphone id of each letter
	candN     [numNameLetters + 1]uint16 // how many of its graphones the decoder tries
	chunk     []string                   // English letters of each graphone id
	probLevel [256]float32               // natural-log probabilities by level
	bowLevel  [256]float32               // natural-log backoff weights by level
	nodeToken []uint16                   // graphone that extends the parent's context
	nodeBow   []uint8                    // backoff weight level
	childLo   []uint32                   // children of node i: childLo[i] to childLo[i+1]
	wordLo    []uint32                   // words of node i: wordLo[i] to wordLo[i+1]
	wordID    []uint16                   // by node, then by rising id
	wordProb  []uint8                    // probability level

	// The root's words and children by id, for speed: every search step
	// starts there.
	unigram   []float32 // log probability of each graphone alone
	rootChild []uint32  // child of the root for each graphone, or 0

	// The model of Arabic words has a template model, which sees every
	// plain consonant as one letter; tmplID holds each graphone's id there
	// (0 if it has none). Its spellings keep to Arabic syllables: shape
	// holds the syllable shape of each graphone's chunk.
	template *nameModel
	tmplID   []uint16
	shape    []nameShape
}

// A lazyNameModel is an embedded model, decoded on first use (in about a
// millisecond; the decoded arrays of the names model take about 400 kB),
// with a pool of decoders over it. The model of Arabic words comes with a
// template model (see nameTemplateWeight) and keeps to Arabic syllables.
type lazyNameModel struct {
	data, template string
	once           sync.Once
	m              *nameModel
	decoders       sync.Pool
}

var (
	nameNamesModel  = &lazyNameModel{data: nameModelData}
	nameArabicModel = &lazyNameModel{data: nameArabicModelData, template: nameTemplateModelData}
)

func (lm *lazyNameModel) load() *nameModel {
	lm.once.Do(func() {
		m, ok := decodeNameModel(lm.data)
		if ok && lm.template != "" {
			m.template, ok = decodeNameModel(lm.template)
			if ok {
				ok = m.linkTemplate()
			}
		}
		if !ok {
			panic("transliterate: an embedded name model is corrupt")
		}
		lm.m = m
	})
	return lm.m
}

// decoder returns a decoder over the model, from the pool; put it back
// with putDecoder.
func (lm *lazyNameModel) decoder() *nameDecoder {
	if d, ok := lm.decoders.Get().(*nameDecoder); ok {
		return d
	}
	return &nameDecoder{m: lm.load()}
}

func (lm *lazyNameModel) putDecoder(d *nameDecoder) { lm.decoders.Put(d) }

// linkTemplate gives each graphone of m its syllable shape and the id of
// its template in m.template: the same chunk with a plain consonant written
// C (CC when doubled), under the letter nameTemplateClass gives its letter.
// It reports false if a letter has no template letter.
func (m *nameModel) linkTemplate() bool {
	t := m.template
	m.shape = make([]nameShape, len(m.chunk))
	m.tmplID = make([]uint16, len(m.chunk))
	for l := byte(1); l <= numNameLetters; l++ {
		class := nameTemplateClass[l]
		for id := m.candLo[l]; id < m.candLo[l]+m.candN[l]; id++ {
			if class == 0 {
				return false
			}
			chunk := m.chunk[id]
			m.shape[id] = nameShapeOf(l, chunk)
			if c := nameNewsConsonant[l]; c != "" {
				rest, ok := strings.CutPrefix(chunk, c)
				if !ok {
					return false
				}
				chunk = "C" + rest
				if rest, ok := strings.CutPrefix(rest, c); ok && len(c) == 1 {
					chunk = "CC" + rest
				}
			}
			for tid := t.candLo[class]; tid < t.candLo[class]+t.candN[class]; tid++ {
				if t.chunk[tid] == chunk {
					m.tmplID[id] = tid
				}
			}
		}
	}
	return true
}

// A nameReader reads the fields of an encoded table.
type nameReader struct {
	s   string
	bad bool
}

func (r *nameReader) byte() byte {
	if len(r.s) == 0 {
		r.bad = true
		return 0
	}
	b := r.s[0]
	r.s = r.s[1:]
	return b
}

func (r *nameReader) uvarint() int {
	var x uint64
	for shift := uint(0); ; shift += 7 {
		b := r.byte()
		if r.bad || shift > 28 {
			r.bad = true
			return 0
		}
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return int(x)
		}
	}
}

func (r *nameReader) string(n int) string {
	if n > len(r.s) {
		r.bad = true
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

func (r *nameReader) float32() float32 {
	b := r.string(4)
	if r.bad {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32([]byte(b)))
}

func decodeNameModel(data string) (*nameModel, bool) {
	r := &nameReader{s: data}
	if r.string(len(nameModelMagic)) != nameModelMagic {
		return nil, false
	}
	m := &nameModel{order: int(r.byte())}
	if r.byte() != numNameLetters || m.order < 1 || m.order > nameMaxOrder {
		return nil, false
	}
	for l := 1; l <= numNameLetters; l++ {
		m.candN[l] = uint16(min(r.uvarint(), nameMaxCands))
	}
	n := r.uvarint()
	m.chunk = make([]string, n)
	var prev byte
	for id := 1; id < n && !r.bad; id++ {
		l := r.byte()
		if l < prev || l > numNameLetters {
			return nil, false
		}
		if l != prev {
			m.candLo[l] = uint16(id)
			prev = l
		}
		m.chunk[id] = r.string(int(r.byte()))
	}
	for _, levels := range []*[256]float32{&m.probLevel, &m.bowLevel} {
		k := int(r.byte()) | int(r.byte())<<8
		if k > 256 {
			return nil, false
		}
		for i := range k {
			levels[i] = r.float32()
		}
	}
	nodes := r.uvarint()
	if r.bad || nodes > len(r.s) {
		return nil, false
	}
	m.nodeToken = make([]uint16, nodes)
	m.nodeBow = make([]uint8, nodes)
	m.childLo = make([]uint32, nodes+1)
	m.wordLo = make([]uint32, nodes+1)
	m.childLo[0] = 1 // the root's children follow it
	for i := range nodes {
		m.nodeToken[i] = uint16(r.uvarint())
		m.nodeBow[i] = r.byte()
		m.childLo[i+1] = m.childLo[i] + uint32(r.uvarint())
		m.wordLo[i+1] = m.wordLo[i] + uint32(r.uvarint())
	}
	words := int(m.wordLo[nodes])
	if r.bad || int(m.childLo[nodes]) != nodes || words > len(r.s) {
		return nil, false
	}
	m.wordID = make([]uint16, words)
	m.wordProb = make([]uint8, words)
	for i := range nodes {
		id := 0
		for w := m.wordLo[i]; w < m.wordLo[i+1]; w++ {
			id += r.uvarint()
			if id >= n {
				return nil, false
			}
			m.wordID[w] = uint16(id)
			m.wordProb[w] = r.byte()
		}
	}
	m.unigram = make([]float32, n)
	for id := range m.unigram {
		m.unigram[id] = -30 // a graphone the model lacks: very unlikely
	}
	for w := m.wordLo[0]; w < m.wordLo[1]; w++ {
		m.unigram[m.wordID[w]] = m.probLevel[m.wordProb[w]]
	}
	m.rootChild = make([]uint32, n)
	for c := m.childLo[0]; c < m.childLo[1]; c++ {
		if int(m.nodeToken[c]) >= n {
			return nil, false
		}
		m.rootChild[m.nodeToken[c]] = c
	}
	return m, !r.bad && len(r.s) == 0
}

// child returns the child of node that extends its context with token.
func (m *nameModel) child(node uint32, token uint16) (uint32, bool) {
	lo, hi := m.childLo[node], m.childLo[node+1]
	for lo < hi {
		mid := (lo + hi) / 2
		if m.nodeToken[mid] < token {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < m.childLo[node+1] && m.nodeToken[lo] == token
}

// A nameHist holds the newest graphones of a partial spelling, newest
// first.
type nameHist [nameMaxOrder - 1]uint16

// A nameHyp is a partial spelling in the beam: its score, its history (and
// the template model's, if any) and the link to the hypothesis it extends.
type nameHyp struct {
	score  float32
	hist   nameHist
	thist  nameHist
	parent uint8
	id     uint16
	syl    nameSyl // the state of the syllable rules, if the model keeps them
}

// A nameDecoder holds the beams of one search; it is reused through a pool
// so that romanizing allocates nothing.
type nameDecoder struct {
	m       *nameModel
	beams   [nameMaxLetters + 2][nameBeam]nameHyp
	size    [nameMaxLetters + 2]int
	scores  [nameMaxCands]float32
	tscores [nameMaxCands]float32
	path    [nameMaxLetters]uint16
}

// nameTemplateWeight weighs the template model's log probabilities against
// the Arabic-word model's: a spelling's score is the sum of its log
// probability under the model and, times this weight, under the template
// model. Chosen on the Arabic names of the dev splits.
const nameTemplateWeight = 1

// nameMissingTemplate is the log probability of a graphone whose template
// the template model lacks.
const nameMissingTemplate = -20

// logProbs sets out[i] to the log probability under m of graphone lo+i
// after the history h, for i < n, backing off through shorter contexts.
func (m *nameModel) logProbs(h *nameHist, lo, n uint16, out []float32) {
	var chain [nameMaxOrder]uint32 // chain[k]: node of the context of the k newest graphones
	depth := 0
	if c := m.rootChild[h[0]]; c != 0 && m.order > 1 {
		depth, chain[1] = 1, c
		for depth < m.order-1 {
			c, ok := m.child(chain[depth], h[depth])
			if !ok {
				break
			}
			depth++
			chain[depth] = c
		}
	}
	// A graphone found at context k costs the backoff weights of the
	// longer contexts; walking from the root up, the longest stored context
	// wins.
	var backoff [nameMaxOrder]float32
	for k := depth - 1; k >= 0; k-- {
		backoff[k] = backoff[k+1] + m.bowLevel[m.nodeBow[chain[k+1]]]
	}
	for i := range n {
		out[i] = m.unigram[lo+i] + backoff[0]
	}
	hi := lo + n
	for k := 1; k <= depth; k++ {
		node := chain[k]
		a, b := m.wordLo[node], m.wordLo[node+1]
		for a < b { // first word with id >= lo
			mid := (a + b) / 2
			if m.wordID[mid] < lo {
				a = mid + 1
			} else {
				b = mid
			}
		}
		for end := m.wordLo[node+1]; a < end && m.wordID[a] < hi; a++ {
			out[m.wordID[a]-lo] = m.probLevel[m.wordProb[a]] + backoff[k]
		}
	}
}

// push adds h to beam t, which keeps the best width hypotheses by score.
// With recombine, a hypothesis whose history equals one already in the beam
// keeps only the better of the two: they have the same future, so for the
// single best spelling the worse can never win.
func (d *nameDecoder) push(t int, h nameHyp, width int, recombine bool) {
	n := d.size[t]
	beam := d.beams[t][:]
	if recombine {
		for i := range n {
			if beam[i].hist == h.hist && beam[i].thist == h.thist && beam[i].syl == h.syl {
				if h.score <= beam[i].score {
					return
				}
				copy(beam[i:n-1], beam[i+1:n]) // drop it; h goes in by score below
				n--
				break
			}
		}
	}
	if n == width {
		if h.score <= beam[n-1].score {
			d.size[t] = n
			return
		}
		n--
	}
	i := n
	for i > 0 && beam[i-1].score < h.score {
		beam[i] = beam[i-1]
		i--
	}
	beam[i] = h
	d.size[t] = n + 1
}

// search runs the beam search over letters (letter codes, at most
// nameMaxLetters) keeping width hypotheses, and leaves the complete ones,
// best first, in d.beams[len(letters)+1]. It reports false if there is
// none: a letter has no graphone, or the syllable rules reject every
// spelling. (The beams keep a previous word's hypotheses, so an empty
// final beam must not be read.)
//
// The beam keeps hypotheses that share their recent history rather than
// merging them (as a Viterbi search would): they differ earlier in the word,
// and those differences are the alternatives an n-best list wants.
func (d *nameDecoder) search(letters []byte, width int, recombine bool) bool {
	m, t := d.m, d.m.template
	d.size[0] = 1
	d.beams[0][0] = nameHyp{} // history: the word boundary (id 0)
	for pos, l := range letters {
		lo, n := m.candLo[l], m.candN[l]
		if n == 0 {
			return false
		}
		var tlo, tn uint16
		if t != nil {
			class := nameTemplateClass[l]
			tlo, tn = t.candLo[class], t.candN[class]
		}
		d.size[pos+1] = 0
		for p := range d.size[pos] {
			h := &d.beams[pos][p]
			m.logProbs(&h.hist, lo, n, d.scores[:])
			if t != nil {
				t.logProbs(&h.thist, tlo, tn, d.tscores[:])
			}
			for i := range n {
				score := h.score + d.scores[i]
				var tid uint16
				if t != nil {
					tid = m.tmplID[lo+i]
					ts := float32(nameMissingTemplate)
					if tid != 0 && tid-tlo < tn {
						ts = d.tscores[tid-tlo]
					}
					score += nameTemplateWeight * ts
				}
				if d.size[pos+1] == width && score <= d.beams[pos+1][width-1].score {
					continue // cannot enter the beam (nor beat its own history's hypothesis there)
				}
				syl, ok := h.syl, true
				if m.shape != nil {
					syl, ok = nameSyllable(h.syl, &m.shape[lo+i])
					if !ok {
						continue
					}
				}
				next := nameHyp{score: score, parent: uint8(p), id: lo + i, syl: syl}
				next.hist[0] = lo + i
				copy(next.hist[1:m.order-1], h.hist[:m.order-2])
				if t != nil {
					next.thist[0] = tid
					copy(next.thist[1:t.order-1], h.thist[:t.order-2])
				}
				d.push(pos+1, next, width, recombine)
			}
		}
		if d.size[pos+1] == 0 {
			return false
		}
	}
	end := len(letters)
	d.size[end+1] = 0
	for p := range d.size[end] {
		h := &d.beams[end][p]
		if m.shape != nil && h.syl&nameVoweled == 0 {
			continue // no vowel at all
		}
		m.logProbs(&h.hist, 0, 1, d.scores[:]) // the word boundary
		score := h.score + d.scores[0]
		if t != nil {
			t.logProbs(&h.thist, 0, 1, d.tscores[:])
			score += nameTemplateWeight * d.tscores[0]
		}
		d.push(end+1, nameHyp{score: score, parent: uint8(p), hist: h.hist, thist: h.thist}, width, false)
	}
	return d.size[end+1] > 0
}

// Arabic syllables are CV, CVV and CVC (and CVVC, CVCC at the end of a
// word): a word starts with one consonant at most, never has three in a
// row, and has one consonant at most after a long vowel. A short vowel and
// the long vowel letter after it are one vowel (ba + ا is "ba", not
// "baa"). The decoder of the Arabic-word model keeps to these rules, so that
// it never writes a spelling such as "bladh" for بلاده, whatever its n-grams
// say. Digraphs (kh, sh, th, dh, gh) are one consonant; y and w are
// consonants.

// A nameShape describes a graphone's chunk for the syllable rules.
type nameShape struct {
	lead, trail uint8 // consonants before its first vowel, after its last (all of them if it has none)
	vowel       bool  // it has a vowel
	long        bool  // it is the long vowel of ا, آ, ى, و or ي
	cv          byte  // the short vowel it ends with after a consonant letter's consonant (ba: 'a'), or 0
	vowelLetter bool  // its letter is ا, آ, ى, ة, و or ي and it starts with a vowel
	diphthong   bool  // it is the "i" of ي, which after a short a is the diphthong ai
	initial     bool  // it is the i or u of ا, which only hamzat al-wasl at the start of a word has
}

// nameShapeOf returns the shape of chunk, the spelling of letter.
func nameShapeOf(letter byte, chunk string) nameShape {
	var sh nameShape
	for i := 0; i < len(chunk); i++ {
		if strings.IndexByte("aeiou", chunk[i]) >= 0 {
			sh.vowel, sh.trail = true, 0
			continue
		}
		if i > 0 && chunk[i] == 'h' && strings.IndexByte("kstdg", chunk[i-1]) >= 0 {
			continue // the second letter of a digraph
		}
		sh.trail++
		if !sh.vowel {
			sh.lead++
		}
	}
	vowels := chunk != "" && strings.Trim(chunk, "aeiou") == ""
	first := chunk != "" && strings.IndexByte("aeiou", chunk[0]) >= 0
	switch letter {
	case nameAlef, nameAlefWithMaddaAbove, nameAlefMaksura, nameWaw, nameYeh:
		sh.long = vowels
		sh.vowelLetter = first
		sh.diphthong = letter == nameYeh && chunk == "i"
		sh.initial = letter == nameAlef && chunk != "a"
	case nameTehMarbuta:
		sh.vowelLetter = first
	case nameAin, nameHamza, nameAlefWithHamzaAbove, nameAlefWithHamzaBelow, nameWawWithHamzaAbove, nameYehWithHamzaAbove:
	default:
		if sh.lead > 0 && sh.vowel && sh.trail == 0 {
			sh.cv = chunk[len(chunk)-1]
		}
	}
	return sh
}

// A nameSyl is the state of the syllable rules after a partial spelling:
// the consonants written since the last vowel (bits 0–1), whether there is
// a vowel yet and whether the last one is long, and the short vowel of the
// last chunk if it is a consonant's (nameShape.cv) in bits 4–7.
type nameSyl = uint8

const (
	nameVoweled nameSyl = 1 << 2
	nameLong    nameSyl = 1 << 3
)

// nameSyllable returns the state after a chunk of shape sh is written in
// state syl, and whether the rules allow it there.
func nameSyllable(syl nameSyl, sh *nameShape) (nameSyl, bool) {
	coda, voweled := syl&3, syl&nameVoweled != 0
	most := uint8(2) // consonants between two vowels, or at the end
	switch {
	case !voweled:
		most = 1 // before the first vowel
	case syl&nameLong != 0:
		most = 1 // after a long vowel
	}
	if sh.vowelLetter && syl>>4 != 0 && !(sh.diphthong && syl>>4 == 'a'&15) {
		return syl, false // a vowel letter after a consonant's short vowel: baa for با
	}
	if sh.initial && syl != 0 {
		return syl, false
	}
	if !sh.vowel {
		coda += sh.lead
		return coda | syl&(nameVoweled|nameLong), coda <= most
	}
	if coda+sh.lead > most {
		return syl, false
	}
	next := sh.trail | nameVoweled
	if sh.long && syl != 0 {
		next |= nameLong // (a word starts with a short vowel: ا is hamzat al-wasl there)
	}
	if sh.cv != 0 {
		next |= (sh.cv & 15) << 4
	}
	return next, true
}

// spell appends the spelling of complete hypothesis k of the last search
// over letters, in style st.
func (d *nameDecoder) spell(dst []byte, letters []byte, k int, st NameStyle) []byte {
	n := len(letters)
	p := d.beams[n+1][k].parent
	for t := n; t >= 1; t-- {
		h := &d.beams[t][p]
		d.path[t-1] = h.id
		p = h.parent
	}
	for t, id := range d.path[:n] {
		chunk := d.m.chunk[id]
		dst = st.appendChunk(dst, letters[t], chunk)
	}
	return dst
}

// A nameRewrite respells a chunk the model learned from mostly English
// spellings in a regional style: the first rewrite of the letter whose from
// occurs in the chunk replaces it with to.
type nameRewrite struct {
	letter   byte
	from, to string
}

// nameRewrites lists the rewrites of each style (ROMANIZATION.md §9.6).
var nameRewrites = [numNameStyles][]nameRewrite{
	Egyptian: {
		{nameJeem, "dj", "g"}, {nameJeem, "j", "g"}, {nameThal, "dh", "z"},
	},
	Maghrebi: {
		{nameSheen, "sh", "ch"}, {nameJeem, "dj", "dj"}, {nameJeem, "j", "dj"},
		{nameWaw, "ou", "ou"}, {nameWaw, "oo", "ou"}, {nameWaw, "w", "ou"}, {nameWaw, "u", "ou"},
		{nameYeh, "ee", "i"}, {nameQaf, "q", "k"},
	},
}

// appendChunk appends chunk, the spelling of letter, rewritten for st.
func (st NameStyle) appendChunk(dst []byte, letter byte, chunk string) []byte {
	for _, rw := range nameRewrites[st] {
		if rw.letter != letter {
			continue
		}
		if i := strings.Index(chunk, rw.from); i >= 0 {
			dst = append(dst, chunk[:i]...)
			dst = append(dst, rw.to...)
			return append(dst, chunk[i+len(rw.from):]...)
		}
	}
	return append(dst, chunk...)
}
