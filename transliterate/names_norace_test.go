//go:build !race

package transliterate

const nameRaceEnabled = false
