// Package arabic is the root of a module of Arabic text-processing
// primitives: normalization, tokenization, stemming and transliteration.
package arabic
