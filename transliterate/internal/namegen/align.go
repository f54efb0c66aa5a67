package main

import (
	"math"
	"sort"
)

// maxChunk is the longest English chunk one Arabic letter may emit. Four
// covers "sch" (ش in German names) with a vowel, and "ough"-like spellings.
const maxChunk = 4

// A graphone is one Arabic letter (a code) with the English letters it spells
// in one alignment; the chunk may be empty (a silent letter).
type graphone struct {
	letter byte
	chunk  string
}

// An aligner learns graphone probabilities from pairs by expectation
// maximization, each Arabic letter emitting 0 to maxChunk English letters.
type aligner struct {
	ids   map[graphone]int32
	gs    []graphone
	prob  []float64
	cells [][]int32 // per pair: graphone id of (i, j, k) at ((i*(m+1))+j)*(maxChunk+1)+k, or -1
}

func newAligner(pairs []pair, allowed *[numLetters + 1]map[string]bool) *aligner {
	al := &aligner{ids: map[graphone]int32{}}
	al.cells = make([][]int32, len(pairs))
	for p, pr := range pairs {
		n, m := len(pr.ar), len(pr.en)
		cells := make([]int32, (n+1)*(m+1)*(maxChunk+1))
		for i := range cells {
			cells[i] = -1
		}
		for i := 1; i <= n; i++ {
			for j := 0; j <= m; j++ {
				for k := 0; k <= maxChunk && k <= j; k++ {
					g := graphone{pr.ar[i-1], pr.en[j-k : j]}
					if allowed != nil && !allowed[g.letter][g.chunk] {
						continue
					}
					id, ok := al.ids[g]
					if !ok {
						id = int32(len(al.gs))
						al.ids[g] = id
						al.gs = append(al.gs, g)
					}
					cells[(i*(m+1)+j)*(maxChunk+1)+k] = id
				}
			}
		}
		al.cells[p] = cells
	}
	al.prob = make([]float64, len(al.gs))
	for i := range al.prob {
		al.prob[i] = 1 / float64(len(al.gs))
	}
	return al
}

// forward fills alpha[i*(m+1)+j], the probability of aligning the first i
// letters with the first j English letters.
func (al *aligner) forward(p int, n, m int, alpha []float64) {
	cells := al.cells[p]
	clear(alpha)
	alpha[0] = 1
	for i := 1; i <= n; i++ {
		for j := 0; j <= m; j++ {
			var s float64
			for k := 0; k <= maxChunk && k <= j; k++ {
				if id := cells[(i*(m+1)+j)*(maxChunk+1)+k]; id >= 0 {
					s += alpha[(i-1)*(m+1)+j-k] * al.prob[id]
				}
			}
			alpha[i*(m+1)+j] = s
		}
	}
}

// step runs one EM iteration and returns the total log-likelihood.
func (al *aligner) step(pairs []pair) float64 {
	counts := make([]float64, len(al.gs))
	var alpha, beta []float64
	var ll float64
	for p, pr := range pairs {
		n, m := len(pr.ar), len(pr.en)
		size := (n + 1) * (m + 1)
		alpha = grow(alpha, size)
		beta = grow(beta, size)
		al.forward(p, n, m, alpha)
		z := alpha[n*(m+1)+m]
		if z == 0 {
			continue
		}
		ll += math.Log(z)
		cells := al.cells[p]
		clear(beta)
		beta[n*(m+1)+m] = 1
		for i := n; i >= 1; i-- {
			for j := m; j >= 0; j-- {
				b := beta[i*(m+1)+j]
				if b == 0 {
					continue
				}
				for k := 0; k <= maxChunk && k <= j; k++ {
					id := cells[(i*(m+1)+j)*(maxChunk+1)+k]
					a := alpha[(i-1)*(m+1)+j-k]
					if id < 0 || a == 0 {
						continue
					}
					pr := al.prob[id]
					counts[id] += a * pr * b / z
					beta[(i-1)*(m+1)+j-k] += pr * b
				}
			}
		}
	}
	var total float64
	for _, c := range counts {
		total += c
	}
	for i, c := range counts {
		al.prob[i] = c / total
	}
	return ll
}

func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// viterbi returns the most probable graphone sequence of pair p and its log
// probability, or nil if the pair cannot be aligned.
func (al *aligner) viterbi(p int, pr pair) ([]graphone, float64) {
	n, m := len(pr.ar), len(pr.en)
	cells := al.cells[p]
	best := make([]float64, (n+1)*(m+1))
	back := make([]int8, (n+1)*(m+1))
	for i := range best {
		best[i] = math.Inf(-1)
	}
	best[0] = 0
	for i := 1; i <= n; i++ {
		for j := 0; j <= m; j++ {
			for k := 0; k <= maxChunk && k <= j; k++ {
				id := cells[(i*(m+1)+j)*(maxChunk+1)+k]
				if id < 0 {
					continue
				}
				prev := best[(i-1)*(m+1)+j-k]
				pg := al.prob[id]
				if math.IsInf(prev, -1) || pg == 0 {
					continue
				}
				if s := prev + math.Log(pg); s > best[i*(m+1)+j] {
					best[i*(m+1)+j] = s
					back[i*(m+1)+j] = int8(k)
				}
			}
		}
	}
	score := best[n*(m+1)+m]
	if math.IsInf(score, -1) {
		return nil, score
	}
	seq := make([]graphone, n)
	for i, j := n, m; i >= 1; i-- {
		k := int(back[i*(m+1)+j])
		seq[i-1] = graphone{pr.ar[i-1], pr.en[j-k : j]}
		j -= k
	}
	return seq, score
}

// An alignedPair is a pair with its most probable graphone sequence.
type alignedPair struct {
	pair
	seq   []graphone
	score float64 // log probability per symbol (letters and English letters)
}

// align learns graphone probabilities from pairs and returns the pairs that
// can be aligned, each with its Viterbi graphone sequence, best aligned first.
// The worst aligned are mismatched pairs in the sources ("leeper" paired with
// the Arabic of "Pepper").
//
// With allowed, a letter may spell only the chunks allowed has for it, and
// the pairs that cannot be aligned so are left out.
func align(pairs []pair, iterations int, allowed *[numLetters + 1]map[string]bool) []alignedPair {
	usable := pairs[:0:0]
	for _, p := range pairs {
		if len(p.en) <= maxChunk*len(p.ar) {
			usable = append(usable, p)
		}
	}
	al := newAligner(usable, allowed)
	for range iterations {
		al.step(usable)
	}
	var all []alignedPair
	for p, pr := range usable {
		if seq, s := al.viterbi(p, pr); seq != nil {
			all = append(all, alignedPair{pr, seq, s / float64(len(pr.ar)+len(pr.en))})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	return all
}
