// Package filter is the hash that package stem's word tables filter words
// by before their binary search. Package stem and its generator, gen.go,
// both import it, so that the filters gen.go writes are those stem reads.
package filter

// Bits is the size of a filter in bits.
const Bits = 4096

// Hash returns the bit of s in a filter: the 32-bit FNV-1a hash of s,
// modulo Bits.
func Hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h % Bits
}
