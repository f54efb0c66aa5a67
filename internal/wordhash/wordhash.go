// Package wordhash is the hash by which package stem's word tables place
// their words, and the Analyzer its memo of the words of a text. Package
// stem and its generator, gen.go, both import it, so that the tables
// gen.go writes are those stem reads.
package wordhash

// Slot returns the slot of s in a hash table of 1<<bits slots.
//
// Words are a few bytes long, so Slot reads at most their first and last
// eight bytes, in two loads, rather than every byte: a byte-at-a-time hash
// such as FNV-1a takes a multiplication for each byte, one after another,
// and cost IsStopWord more than the binary search it filtered for.
func Slot(s string, bits uint) uint32 {
	n := len(s)
	var x uint64
	switch {
	case n >= 8:
		x = load64(s[:8]) ^ load64(s[n-8:])<<1
	case n >= 4:
		x = uint64(load32(s[:4]))<<32 | uint64(load32(s[n-4:]))
	case n > 0:
		x = uint64(s[0])<<16 | uint64(s[n/2])<<8 | uint64(s[n-1])
	}
	// Fibonacci hashing: the multiplication carries every bit of x and of
	// the length into the top bits, which make the slot.
	return uint32((x ^ uint64(n)<<56) * 0x9E3779B97F4A7C15 >> (64 - bits))
}

// load64 returns the eight bytes of s as a little-endian number, in one
// load (the compiler knows the length); load32 does the same with four.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
