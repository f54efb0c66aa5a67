//go:build race

package transliterate

// nameRaceEnabled: the race detector makes sync.Pool drop items at random, so
// allocation counts mean nothing under it.
const nameRaceEnabled = true
