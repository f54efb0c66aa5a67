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
// nameModelData holds the model as internal/namegen/model.go encodes it.
//
//go:embed data/names/model.bin
var nameModelData string

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
}

var (
	nameModelOnce sync.Once
	nameModelVal  *nameModel
)

// loadNameModel decodes the embedded model on first use, in about a
// millisecond. The decoded arrays take about 400 kB.
func loadNameModel() *nameModel {
	nameModelOnce.Do(func() {
		m, ok := decodeNameModel(nameModelData)
		if !ok {
			panic("transliterate: the embedded name model is corrupt")
		}
		nameModelVal = m
	})
	return nameModelVal
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

// A nameHyp is a partial spelling in the beam: its score, its newest
// graphones (newest first) and the link to the hypothesis it extends.
type nameHyp struct {
	score  float32
	hist   [nameMaxOrder - 1]uint16
	parent uint8
	id     uint16
}

// A nameDecoder holds the beams of one search; it is reused through a pool
// so that romanizing allocates nothing.
type nameDecoder struct {
	m      *nameModel
	beams  [nameMaxLetters + 2][nameBeam]nameHyp
	size   [nameMaxLetters + 2]int
	scores [nameMaxCands]float32
	path   [nameMaxLetters]uint16
}

var nameDecoders = sync.Pool{New: func() any { return &nameDecoder{m: loadNameModel()} }}

// logProbs sets d.scores[i] to the log probability of graphone lo+i after
// the history of h, for i < n, backing off through shorter contexts.
func (d *nameDecoder) logProbs(h *nameHyp, lo, n uint16) {
	m := d.m
	var chain [nameMaxOrder]uint32 // chain[k]: node of the context of the k newest graphones
	depth := 0
	if c := m.rootChild[h.hist[0]]; c != 0 && m.order > 1 {
		depth, chain[1] = 1, c
		for depth < m.order-1 {
			c, ok := m.child(chain[depth], h.hist[depth])
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
		d.scores[i] = m.unigram[lo+i] + backoff[0]
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
			d.scores[m.wordID[a]-lo] = m.probLevel[m.wordProb[a]] + backoff[k]
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
			if beam[i].hist == h.hist {
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
// best first, in d.beams[len(letters)+1]. It reports false if a letter has
// no graphone.
//
// The beam keeps hypotheses that share their recent history rather than
// merging them (as a Viterbi search would): they differ earlier in the word,
// and those differences are the alternatives an n-best list wants.
func (d *nameDecoder) search(letters []byte, width int, recombine bool) bool {
	m := d.m
	d.size[0] = 1
	d.beams[0][0] = nameHyp{} // history: the word boundary (id 0)
	for t, l := range letters {
		lo, n := m.candLo[l], m.candN[l]
		if n == 0 {
			return false
		}
		d.size[t+1] = 0
		for p := range d.size[t] {
			h := &d.beams[t][p]
			d.logProbs(h, lo, n)
			for i := range n {
				score := h.score + d.scores[i]
				if d.size[t+1] == width && score <= d.beams[t+1][width-1].score {
					continue // cannot enter the beam (nor beat its own history's hypothesis there)
				}
				next := nameHyp{score: score, parent: uint8(p), id: lo + i}
				next.hist[0] = lo + i
				copy(next.hist[1:m.order-1], h.hist[:m.order-2])
				d.push(t+1, next, width, recombine)
			}
		}
	}
	end := len(letters)
	d.size[end+1] = 0
	for p := range d.size[end] {
		h := &d.beams[end][p]
		d.logProbs(h, 0, 1) // the word boundary
		d.push(end+1, nameHyp{score: h.score + d.scores[0], parent: uint8(p), hist: h.hist}, width, false)
	}
	return true
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
		dst = st.appendChunk(dst, letters[t], d.m.chunk[id])
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
