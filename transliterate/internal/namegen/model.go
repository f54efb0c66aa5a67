package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"sort"
)

// modelMagic starts the model file; the runtime checks it.
const modelMagic = "ARNM1\n"

// A trainedModel is the joint n-gram model with its graphone inventory.
type trainedModel struct {
	*jointModel
	graphones []graphone // by id; id 0 is the word boundary
	count     []int      // training count of each graphone
}

// trainModel numbers the graphones of the aligned pairs by letter and then by
// falling frequency, so that each letter's candidates are one run of ids,
// most likely first, and trains the n-gram model over them.
func trainModel(aligned []alignedPair, order, pruneFrom, pruneMin int) *trainedModel {
	counts := map[graphone]int{}
	for _, a := range aligned {
		for _, g := range a.seq {
			counts[g]++
		}
	}
	gs := make([]graphone, 0, len(counts)+1)
	for g := range counts {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool {
		a, b := gs[i], gs[j]
		if a.letter != b.letter {
			return a.letter < b.letter
		}
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a.chunk < b.chunk
	})
	gs = append([]graphone{{}}, gs...)
	ids := make(map[graphone]uint16, len(gs))
	cnt := make([]int, len(gs))
	for i, g := range gs {
		ids[g] = uint16(i)
		cnt[i] = counts[g]
	}
	seqs := make([][]uint16, len(aligned))
	for i, a := range aligned {
		s := make([]uint16, len(a.seq))
		for j, g := range a.seq {
			s[j] = ids[g]
		}
		seqs[i] = s
	}
	return &trainedModel{trainKN(seqs, len(gs), order, pruneFrom, pruneMin), gs, cnt}
}

// A trieNode is a context of the model in the reverse trie: the path from
// the root spells the context from its newest graphone back to its oldest.
type trieNode struct {
	token    uint16
	logBow   float64
	children map[uint16]*trieNode
	words    map[uint16]float64 // log p(word | context)
}

// encode writes the model in the form names_model.go reads:
//
//	magic, order u8, letters u8
//	per letter 1..letters: candidates uvarint (how many of its graphones the decoder tries)
//	graphones uvarint; per graphone from id 1: letter u8, len u8, chunk
//	probability levels u16, float32 each; backoff levels u16, float32 each
//	nodes uvarint; per node in breadth-first order: token uvarint, backoff level u8,
//	  children uvarint, words uvarint
//	per node in the same order, per word by rising id: id delta uvarint, probability level u8
//
// Level 0 of the backoff levels is 0 (no backoff weight).
func (m *trainedModel) encode(candidates int) ([]byte, error) {
	root := &trieNode{children: map[uint16]*trieNode{}, words: map[uint16]float64{}}
	node := func(ctx gram) *trieNode {
		n := root
		for i := ctx.len() - 1; i >= 0; i-- {
			tok := gram(ctx[2*i : 2*i+2]).last()
			c := n.children[tok]
			if c == nil {
				c = &trieNode{token: tok, children: map[uint16]*trieNode{}, words: map[uint16]float64{}}
				n.children[tok] = c
			}
			n = c
		}
		return n
	}
	var probs, bows []float64
	for g, lp := range m.logProb {
		node(g[:len(g)-2]).words[g.last()] = lp
		probs = append(probs, lp)
	}
	for h, lb := range m.logBackoff {
		node(h).logBow = lb
		bows = append(bows, lb)
	}
	probLevels := quantize(probs, 256, false)
	bowLevels := quantize(bows, 256, true)

	var b []byte
	b = append(b, modelMagic...)
	b = append(b, byte(m.order), numLetters)
	for l := byte(1); l <= numLetters; l++ {
		n := 0
		for _, g := range m.graphones[1:] {
			if g.letter == l && n < candidates {
				n++
			}
		}
		b = binary.AppendUvarint(b, uint64(n))
	}
	b = binary.AppendUvarint(b, uint64(len(m.graphones)))
	for _, g := range m.graphones[1:] {
		if len(g.chunk) > 255 {
			return nil, fmt.Errorf("chunk %q too long", g.chunk)
		}
		b = append(b, g.letter, byte(len(g.chunk)))
		b = append(b, g.chunk...)
	}
	for _, levels := range [][]float64{probLevels, bowLevels} {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(levels)))
		for _, v := range levels {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(v)))
		}
	}
	var order []*trieNode // breadth-first
	for queue := []*trieNode{root}; len(queue) > 0; queue = queue[1:] {
		n := queue[0]
		order = append(order, n)
		for _, tok := range sortedKeys(n.children) {
			queue = append(queue, n.children[tok])
		}
	}
	b = binary.AppendUvarint(b, uint64(len(order)))
	for _, n := range order {
		b = binary.AppendUvarint(b, uint64(n.token))
		b = append(b, nearest(bowLevels, n.logBow))
		b = binary.AppendUvarint(b, uint64(len(n.children)))
		b = binary.AppendUvarint(b, uint64(len(n.words)))
	}
	for _, n := range order {
		prev := uint16(0)
		for _, w := range sortedKeys(n.words) {
			b = binary.AppendUvarint(b, uint64(w-prev))
			b = append(b, nearest(probLevels, n.words[w]))
			prev = w
		}
	}
	return b, nil
}

func sortedKeys[V any](m map[uint16]V) []uint16 {
	keys := make([]uint16, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// quantize returns at most n levels for the values: the means of n bins of
// equal population, so that dense regions get fine steps. With zeroFirst,
// level 0 is exactly 0.
func quantize(values []float64, n int, zeroFirst bool) []float64 {
	v := append([]float64(nil), values...)
	sort.Float64s(v)
	var levels []float64
	if zeroFirst {
		levels = append(levels, 0)
		n--
	}
	for i := range n {
		lo, hi := i*len(v)/n, (i+1)*len(v)/n
		if lo == hi {
			continue
		}
		var s float64
		for _, x := range v[lo:hi] {
			s += x
		}
		levels = append(levels, s/float64(hi-lo))
	}
	return levels
}

// nearest returns the index of the level closest to x.
func nearest(levels []float64, x float64) byte {
	best := 0
	for i, l := range levels {
		if math.Abs(l-x) < math.Abs(levels[best]-x) {
			best = i
		}
	}
	return byte(best)
}

// modelSize reports the model's parts for the generator's log.
func (m *trainedModel) String() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%d graphones, %d n-grams, %d contexts", len(m.graphones), len(m.logProb), len(m.logBackoff))
	return b.String()
}
