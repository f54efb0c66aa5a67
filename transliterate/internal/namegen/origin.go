package main

import (
	"encoding/binary"
	"math"
	"math/bits"
	"math/rand/v2"
	"sort"
	"strings"
)

// The origin classifier tells the words to spell as Arabic from foreign
// names written in Arabic letters, by their letters alone: a logistic
// regression over the word's letter n-grams (one to four letters, with the
// word's ends), hashed into a power of two of weights. It learns from the
// training pairs themselves: a word some pair spells as news spells Arabic
// (newsChunks) is Arabic, and so are the common words of words.txt; a word
// no common romanization of Arabic can spell (looseChunks) is foreign.

// originMagic starts the classifier file; the runtime checks it.
const originMagic = "ARNO1\n"

// originMaxN is the longest n-gram of letters the classifier looks at;
// originMaxTemplateN the longest of template letters (templateClass: the
// plain consonants one letter), which show the word's pattern.
const (
	originMaxN         = 4
	originMaxTemplateN = 5
)

// originFeatures calls f with the bucket of each n-gram of the word (letter
// codes), framed by the boundary code 0, and of each n-gram of its template
// letters: the n-gram's hash and mask, the number of weights less one.
// names_origin.go computes the same.
func originFeatures(word string, mask uint32, f func(bucket uint32)) {
	framed := make([]byte, 0, len(word)+2)
	framed = append(append(append(framed, 0), word...), 0)
	for i := range framed {
		h := uint32(2166136261) // FNV-1a
		for n := 1; n <= originMaxN && i+n <= len(framed); n++ {
			h ^= uint32(framed[i+n-1])
			h *= 16777619
			f(h & mask)
		}
	}
	for i := range framed {
		h := uint32(2166136261) ^ 0xff // another hash for the template letters
		h *= 16777619
		for n := 1; n <= originMaxTemplateN && i+n <= len(framed); n++ {
			h ^= uint32(templateClass(framed[i+n-1]))
			h *= 16777619
			if n > 1 {
				f(h & mask)
			}
		}
	}
}

// An originExample is a word and whether it is Arabic, with a weight.
type originExample struct {
	word   string
	arabic bool
	weight float64
}

// originExamples labels the words of the training pairs and the common
// words: Arabic if a pair of the word is news spelling, or a romanization
// of Arabic of a word with a letter only Arabic words have (strongArabic),
// or if the word is a common word; foreign otherwise. Each class weighs as
// much as the other in all.
func originExamples(pairs []pair, words []pair, wordWeight float64, news, loose *[numLetters + 1]map[string]bool) []originExample {
	const (
		foreign = iota + 1
		arabic
	)
	label := map[string]int{}
	for _, p := range pairs {
		switch {
		case label[p.ar] == arabic:
		case spells(news, p.ar, p.en), strongArabic(p.ar) && spells(loose, p.ar, p.en):
			label[p.ar] = arabic
		default:
			label[p.ar] = foreign
		}
	}
	for _, w := range words {
		label[w.ar] = arabic
	}
	var ex []originExample
	var n [2]float64
	for w, l := range label {
		if l == arabic || l == foreign {
			ex = append(ex, originExample{word: w, arabic: l == arabic})
			if l == arabic {
				n[1]++
			} else {
				n[0]++
			}
		}
	}
	sort.Slice(ex, func(i, j int) bool { return ex[i].word < ex[j].word })
	isWord := map[string]bool{}
	for _, w := range words {
		isWord[w.ar] = true
	}
	for i := range ex {
		if ex[i].arabic {
			ex[i].weight = (n[0] + n[1]) / (2 * n[1])
		} else {
			ex[i].weight = (n[0] + n[1]) / (2 * n[0])
		}
		if isWord[ex[i].word] {
			ex[i].weight *= wordWeight
		}
	}
	return ex
}

// trainOrigin fits the classifier by stochastic gradient descent on the
// weighted logistic loss with L2 regularization, visiting the examples in
// an order fixed by a seeded generator so that the output never varies. It
// returns the 1<<bits bucket weights and the bias.
func trainOrigin(ex []originExample, bits, epochs int, l2 float64) ([]float64, float64) {
	w := make([]float64, 1<<bits)
	var bias float64
	rng := rand.New(rand.NewPCG(1, 2))
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	var buckets []uint32
	for epoch := range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := 0.1 / (1 + float64(epoch))
		for _, i := range order {
			e := ex[i]
			buckets = buckets[:0]
			z := bias
			originFeatures(e.word, uint32(len(w)-1), func(b uint32) {
				buckets = append(buckets, b)
				z += w[b]
			})
			y := 0.0
			if e.arabic {
				y = 1
			}
			g := e.weight * (1/(1+math.Exp(-z)) - y)
			bias -= rate * g
			for _, b := range buckets {
				w[b] -= rate * (g + l2*w[b])
			}
		}
	}
	return w, bias
}

// originAccuracy returns the weighted share of ex the classifier gets right.
func originAccuracy(ex []originExample, w []float64, bias float64) float64 {
	var ok, all float64
	for _, e := range ex {
		z := bias
		originFeatures(e.word, uint32(len(w)-1), func(b uint32) { z += w[b] })
		if (z > 0) == e.arabic {
			ok += e.weight
		}
		all += e.weight
	}
	return ok / all
}

// encodeOrigin writes the classifier in the form names_origin.go reads,
// with a bit for each graphone of the names model (by id, id 0 the word
// boundary) that tells whether a common romanization of Arabic names
// spells its letter so:
//
//	magic, log2 of the number of weights u8, scale float32, bias float32, the int8 weights,
//	graphones uvarint, (graphones+7)/8 bytes of bits (id i is bit i%8 of byte i/8)
//
// A weight is its byte times scale.
func encodeOrigin(w []float64, bias float64, graphones []graphone, loose *[numLetters + 1]map[string]bool) []byte {
	var most float64
	for _, x := range w {
		most = max(most, math.Abs(x))
	}
	scale := most / 127
	if scale == 0 {
		scale = 1
	}
	b := []byte(originMagic)
	b = append(b, byte(bits.Len(uint(len(w)))-1))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(scale)))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(bias)))
	for _, x := range w {
		b = append(b, byte(int8(math.Round(x/scale))))
	}
	b = binary.AppendUvarint(b, uint64(len(graphones)))
	arabic := make([]byte, (len(graphones)+7)/8)
	for id, g := range graphones {
		if id > 0 && loose[g.letter][g.chunk] {
			arabic[id/8] |= 1 << (id % 8)
		}
	}
	return append(b, arabic...)
}

// strongArabic reports whether the word (letter codes) has a letter that
// Arabic spellings of foreign names seldom use: ح خ ع ص ض ط ظ ق ث ذ ة or a
// hamza.
func strongArabic(word string) bool {
	for _, r := range "حخعصضطظقثذغةءأإؤئ" {
		if strings.IndexByte(word, letterCode(r)) >= 0 {
			return true
		}
	}
	return false
}
