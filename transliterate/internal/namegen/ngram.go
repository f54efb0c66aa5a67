package main

import (
	"math"
	"sort"
)

// A gram is a sequence of graphone ids packed 16 bits each into a string, so
// that it can key a map. Id 0 is the word boundary.
type gram string

func packGram(ids []uint16) gram {
	b := make([]byte, 2*len(ids))
	for i, id := range ids {
		b[2*i] = byte(id >> 8)
		b[2*i+1] = byte(id)
	}
	return gram(b)
}

func (g gram) len() int { return len(g) / 2 }

// last returns the id of the gram's last graphone.
func (g gram) last() uint16 { return uint16(g[len(g)-2])<<8 | uint16(g[len(g)-1]) }

// A joint n-gram model over graphones (Bisani and Ney's joint-sequence
// model), smoothed with interpolated modified Kneser-Ney (Chen and Goodman
// 1998) and stored in backoff form: logProb for every n-gram seen in
// training, logBackoff for every context.
type jointModel struct {
	order      int
	vocab      int // graphones, the boundary included
	logProb    map[gram]float64
	logBackoff map[gram]float64
}

// trainKN counts the n-grams of the sequences (each framed by boundaries),
// smooths them and prunes the grams of length pruneFrom and more seen fewer
// than pruneMin times (counting distinct left contexts, as Kneser-Ney does).
func trainKN(seqs [][]uint16, vocab, order, pruneFrom, pruneMin int) *jointModel {
	// adjusted[k] holds the adjusted counts of the grams of length k+1:
	// raw counts at the highest order and for grams starting at the word
	// start; the number of distinct left extensions otherwise.
	adjusted := make([]map[gram]int, order)
	for k := range adjusted {
		adjusted[k] = map[gram]int{}
	}
	ids := make([]uint16, 0, 64)
	for _, s := range seqs {
		ids = append(append(append(ids[:0], 0), s...), 0)
		for end := 1; end < len(ids); end++ {
			for k := 1; k <= order && k <= end+1; k++ {
				start := end + 1 - k
				g := packGram(ids[start : end+1])
				if k == order || start == 0 {
					adjusted[k-1][g]++ // other grams count their left extensions, below
				}
			}
		}
	}
	// Continuation counts: each distinct gram of length k+1 that does not
	// start at the word start adds one to its suffix of length k.
	for k := order - 1; k >= 1; k-- {
		for g := range adjusted[k] {
			suffix := g[2:]
			if suffix.len() > 1 && suffix[:2] == "\x00\x00" {
				continue // a suffix that starts at the word start keeps raw counts
			}
			adjusted[k-1][suffix]++
		}
	}
	m := &jointModel{order: order, vocab: vocab, logProb: map[gram]float64{}, logBackoff: map[gram]float64{}}
	lower := func(g gram) float64 { // probability of g's last id given its context minus the first id
		if g.len() == 1 {
			return math.Exp(m.logProb[g])
		}
		return math.Exp(m.prob(g[2:]))
	}
	for k := range order {
		d := discounts(adjusted[k])
		type ctxStats struct {
			total float64
			n     [3]float64
		}
		ctx := map[gram]*ctxStats{}
		for g, c := range adjusted[k] {
			h := g[:len(g)-2]
			st := ctx[h]
			if st == nil {
				st = &ctxStats{}
				ctx[h] = st
			}
			st.total += float64(c)
			st.n[min(c, 3)-1]++
		}
		for h, st := range ctx {
			gamma := (d[0]*st.n[0] + d[1]*st.n[1] + d[2]*st.n[2]) / st.total
			if k > 0 {
				m.logBackoff[h] = math.Log(gamma)
			}
		}
		for g, c := range adjusted[k] {
			st := ctx[g[:len(g)-2]]
			gamma := (d[0]*st.n[0] + d[1]*st.n[1] + d[2]*st.n[2]) / st.total
			p := (float64(c) - d[min(c, 3)-1]) / st.total
			if k == 0 {
				p += gamma / float64(vocab)
			} else {
				p += gamma * lower(g)
			}
			m.logProb[g] = math.Log(p)
		}
	}
	if pruneFrom > 0 {
		m.prune(adjusted, pruneFrom, pruneMin)
	}
	return m
}

// prune drops the grams of length from and more whose adjusted count is
// below minCount (keeping the prefixes of kept grams), then renormalizes the
// backoff weights so that each context's distribution still sums to one:
// bow(h) = (1 - Σ p(w|h)) / (1 - Σ p(w|h')), both sums over the kept w.
func (m *jointModel) prune(adjusted []map[gram]int, from, minCount int) {
	keep := map[gram]bool{}
	for k := m.order - 1; k >= 0; k-- {
		for g, c := range adjusted[k] {
			if k+1 < from || c >= minCount || keep[g] {
				keep[g] = true
				if k > 0 {
					keep[g[:len(g)-2]] = true
				}
			}
		}
	}
	byLen := make([][]gram, m.order+1)
	for g := range m.logProb {
		if !keep[g] {
			delete(m.logProb, g)
			continue
		}
		byLen[g.len()] = append(byLen[g.len()], g)
	}
	m.logBackoff = map[gram]float64{}
	// Shorter contexts first: the lower-order probabilities in the
	// denominator use their final backoff weights.
	for n := 2; n <= m.order; n++ {
		num := map[gram]float64{}
		den := map[gram]float64{}
		sort.Slice(byLen[n], func(i, j int) bool { return byLen[n][i] < byLen[n][j] }) // sum in a fixed order: the output must not vary
		for _, g := range byLen[n] {
			h := g[:len(g)-2]
			num[h] += math.Exp(m.logProb[g])
			den[h] += math.Exp(m.prob(g[2:]))
		}
		for h := range num {
			m.logBackoff[h] = math.Log(max(1-num[h], 1e-9) / max(1-den[h], 1e-9))
		}
	}
}

// discounts estimates the modified Kneser-Ney discounts D1, D2, D3+ from
// the count-of-counts.
func discounts(counts map[gram]int) [3]float64 {
	var n [5]float64
	for _, c := range counts {
		if c <= 4 {
			n[c]++
		}
	}
	y := n[1] / (n[1] + 2*n[2])
	d := [3]float64{1 - 2*y*n[2]/n[1], 2 - 3*y*n[3]/n[2], 3 - 4*y*n[4]/n[3]}
	for i := range d {
		if math.IsNaN(d[i]) || d[i] <= 0 {
			d[i] = 0.5 + float64(i)*0.25
		}
	}
	return d
}

// prob returns the backed-off log probability of g's last id given the ids
// before it.
func (m *jointModel) prob(g gram) float64 {
	var bo float64
	for ; g.len() > 1; g = g[2:] {
		if p, ok := m.logProb[g]; ok {
			return bo + p
		}
		bo += m.logBackoff[g[:len(g)-2]]
	}
	if p, ok := m.logProb[g]; ok {
		return bo + p
	}
	return bo + math.Log(1/float64(m.vocab))
}
