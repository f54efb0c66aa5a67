// Package normalize maps Arabic-script text to canonical forms for display,
// search and comparison.
//
// A [Form] is a set of flags, each naming one class of runes that the Form
// removes or folds; the flags are listed below with the exact code points
// they touch, and no flag touches anything else. Every Form value is itself a
// [golang.org/x/text/transform.SpanningTransformer], so it streams through
// [golang.org/x/text/transform.NewReader] and chains with other transformers:
//
//	r := transform.NewReader(os.Stdin, transform.Chain(norm.NFC, normalize.Search))
//
// # Profiles
//
// Three named Forms cover the common jobs:
//
//   - [Search] folds everything that a search index should not tell apart:
//     harakat, Quranic marks, superscript alef and leftover hamza marks are
//     removed; tatweel, bidi controls, ZWJ and ZWNJ are removed; أ إ آ ٱ
//     become ا, ى becomes ي, ة becomes ه; presentation forms are decomposed;
//     Persian and Urdu letter forms become their Arabic letters; Arabic-Indic
//     digits become ASCII digits; decomposed hamza and maddah are composed.
//     It keeps ؤ and ئ (see [FoldHamza]).
//   - [Display] changes only what is invisible or presentational:
//     presentation forms, tatweel, bidi controls and decomposed hamza and
//     maddah. Text looks the same after it.
//   - [Lucene] is exactly what Apache Lucene's ArabicNormalizer does, tested
//     word for word against Lucene 8.8's output.
//
// Profiles are versioned: the runes a profile touches, listed in its doc, are
// part of this package's API. A later release adds a new profile rather
// than changing what an existing one does.
//
// # Alignment
//
// [Form.AlignString] returns with its output an [Alignment] that maps byte
// offsets of the output back to the input, so that a match found in
// normalized text can be highlighted in the original.
//
// # Ill-formed input
//
// Ill-formed UTF-8 is copied through byte for byte; no flag matches it. To
// replace it by U+FFFD, chain [golang.org/x/text/runes.ReplaceIllFormed] first.
// Removing a rune can bring two fragments of ill-formed input together, as
// [golang.org/x/text/runes.Remove] can, so that they read as a rune the next
// time: a Form is idempotent on valid UTF-8 only.
//
// # Performance
//
// [Form.String] and [Form.Bytes] return their input, without allocating,
// when it is already in the Form, and otherwise allocate once. The hot path is
// one table lookup per Arabic rune and a bulk copy of unchanged runs;
// benchmarks in this package compare it with [unicode/utf8.Valid] on the same
// bytes.
//
// # Concurrency
//
// A Form is a plain value with no state: its methods are safe for
// concurrent use, and one Form may serve any number of goroutines and
// transform.Readers. The Readers and Writers that package transform builds
// around it are not safe for concurrent use.
package normalize

import (
	"unicode/utf8"
	"unsafe"
)

//go:generate go run gen.go

// A Form is a set of normalizations. Each bit names one class of runes that
// the Form removes or folds; the zero Form changes nothing. Combine flags
// with |, as in Search &^ FoldDigits.
//
// The flags apply together, as if removals happened first: a fold's result
// is folded again by the other flags of the Form (ۃ becomes ة under
// FoldPersian and then ه under FoldTehMarbuta too), and a letter is composed
// with a hamza mark even when runes the Form removes stand between them. So
// every Form is idempotent on valid UTF-8: f.String(f.String(s)) ==
// f.String(s).
//
// A Form is a plain value with no state: its methods are safe for concurrent
// use.
type Form uint32

const (
	// RemoveTashkeel removes the eight harakat U+064B–U+0652: fathatan,
	// dammatan, kasratan, fatha, damma, kasra, shadda and sukun. This is
	// exactly the set that Lucene removes.
	RemoveTashkeel Form = 1 << iota
	// RemoveSuperscriptAlef removes U+0670 ARABIC LETTER SUPERSCRIPT ALEF
	// (dagger alef), which standard spelling leaves out: هٰذا → هذا.
	RemoveSuperscriptAlef
	// FoldSuperscriptAlef replaces U+0670 by U+0627 ALEF. It takes
	// precedence over RemoveSuperscriptAlef when both are set.
	FoldSuperscriptAlef
	// RemoveQuranicMarks removes the honorific signs and small high marks
	// U+0610–U+061A and the Quranic annotation signs U+06D6–U+06ED
	// (including U+06DD END OF AYAH, U+06DE RUB EL HIZB, U+06E5 SMALL WAW and
	// U+06E6 SMALL YEH).
	RemoveQuranicMarks
	// RemoveHamzaMarks removes the combining marks U+0653 MADDAH ABOVE,
	// U+0654 HAMZA ABOVE and U+0655 HAMZA BELOW that are left after
	// ComposeHamza (or all of them, without it).
	RemoveHamzaMarks
	// ComposeHamza composes a letter followed by U+0653, U+0654 or U+0655
	// into one letter, as NFC does (without reordering marks): ا + U+0653 →
	// آ U+0622, ا + U+0654 → أ U+0623, ا + U+0655 → إ U+0625, و + U+0654 → ؤ
	// U+0624, ي + U+0654 → ئ U+0626, ە + U+0654 → ۀ U+06C0, ہ + U+0654 → ۂ
	// U+06C2, ے + U+0654 → ۓ U+06D3. Marks with a lower canonical combining
	// class, and runes that the Form removes, may stand in between.
	ComposeHamza
	// RemoveTatweel removes U+0640 ARABIC TATWEEL (kashida).
	RemoveTatweel
	// FoldAlef replaces آ U+0622, أ U+0623 and إ U+0625 by ا U+0627: Lucene's
	// set.
	FoldAlef
	// FoldAlefWasla replaces ٱ U+0671 ALEF WASLA by ا U+0627.
	FoldAlefWasla
	// FoldHamza replaces ؤ U+0624 by و U+0648 and ئ U+0626 by ي U+064A. It
	// merges distinct words (سئل, سيل), so no profile but the caller's own
	// sets it.
	FoldHamza
	// FoldAlefMaksura replaces ى U+0649 ALEF MAKSURA by ي U+064A YEH.
	FoldAlefMaksura
	// FoldTehMarbuta replaces ة U+0629 TEH MARBUTA by ه U+0647 HEH.
	FoldTehMarbuta
	// FoldPresentationForms replaces each rune of the Arabic presentation
	// forms blocks U+FB50–U+FDFF and U+FE70–U+FEFF that has a compatibility
	// decomposition by that decomposition (NFKC): ﻻ U+FEFB → لا, ﷲ U+FDF2 →
	// الله. The output can be longer than the input. Runes of those blocks
	// without a decomposition (U+FD3E, U+FD3F, U+FEFF, …) are kept.
	FoldPresentationForms
	// FoldPersian replaces the Persian, Urdu and Pashto forms of Arabic
	// letters by the Arabic letters: ی U+06CC, ۍ U+06CD, ې U+06D0, ے U+06D2
	// → ي U+064A; ۓ U+06D3 → ئ U+0626; ک U+06A9, ڪ U+06AA → ك U+0643; ہ
	// U+06C1, ۂ U+06C2, ھ U+06BE, ە U+06D5, ۀ U+06C0 → ه U+0647; ۃ U+06C3 →
	// ة U+0629. Letters for sounds Arabic lacks (پ چ ژ گ ڤ) are kept.
	FoldPersian
	// FoldDigits replaces the Arabic-Indic digits U+0660–U+0669 and the
	// Extended Arabic-Indic digits U+06F0–U+06F9 by ASCII '0'–'9'.
	FoldDigits
	// RemoveBidiControls removes the bidirectional format characters:
	// U+061C ARABIC LETTER MARK, U+200E LRM, U+200F RLM, the embeddings
	// and overrides U+202A–U+202E and the isolates U+2066–U+2069.
	RemoveBidiControls
	// RemoveZWJ removes U+200D ZERO WIDTH JOINER. It is a flag of its own
	// because ZWJ also holds emoji sequences together.
	RemoveZWJ
	// RemoveZWNJ removes U+200C ZERO WIDTH NON-JOINER, which Persian and Urdu
	// spelling needs inside words (می‌خواهم); Display keeps it.
	RemoveZWNJ
)

// The profiles: named combinations of flags. What each touches is part of
// the API (see the package doc on versions).
const (
	// Display changes only what is invisible or presentational. Version 1:
	// FoldPresentationForms, RemoveTatweel, RemoveBidiControls and
	// ComposeHamza.
	Display = FoldPresentationForms | RemoveTatweel | RemoveBidiControls | ComposeHamza

	// Search folds what a search index should not tell apart. Version 1:
	// Display plus RemoveZWJ, RemoveZWNJ, RemoveTashkeel,
	// RemoveSuperscriptAlef, RemoveQuranicMarks, RemoveHamzaMarks, FoldAlef,
	// FoldAlefWasla, FoldAlefMaksura, FoldTehMarbuta, FoldPersian and
	// FoldDigits. It keeps ؤ and ئ.
	Search = Display | RemoveZWJ | RemoveZWNJ | RemoveTashkeel | RemoveSuperscriptAlef |
		RemoveQuranicMarks | RemoveHamzaMarks | FoldAlef | FoldAlefWasla |
		FoldAlefMaksura | FoldTehMarbuta | FoldPersian | FoldDigits

	// Lucene is what org.apache.lucene.analysis.ar.ArabicNormalizer does:
	// RemoveTashkeel, RemoveTatweel, FoldAlef, FoldAlefMaksura and
	// FoldTehMarbuta. It agrees with Lucene 8.8 on every word of the
	// reference lists.
	Lucene = RemoveTashkeel | RemoveTatweel | FoldAlef | FoldAlefMaksura | FoldTehMarbuta
)

// String returns s normalized to f. It returns s itself, without
// allocating, when s is already in the form.
func (f Form) String(s string) string {
	n, err := span(f, s, true)
	if err == nil {
		return s
	}
	// Room for a rune more than s: translate's margin, so that most inputs
	// allocate once.
	b := appendNormalized(f, make([]byte, 0, len(s)+utf8.UTFMax), s, n, nil)
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is ours alone: no second copy
}

// Bytes returns b normalized to f. It may return b itself, without
// allocating, when b is already in the form; it never writes to b.
func (f Form) Bytes(b []byte) []byte {
	n, err := span(f, b, true)
	if err == nil {
		return b
	}
	return appendNormalized(f, make([]byte, 0, len(b)+utf8.UTFMax), b, n, nil)
}

// Append appends src normalized to f to dst and returns the extended
// buffer. It allocates only when dst lacks the capacity.
func (f Form) Append(dst, src []byte) []byte {
	n, _ := span(f, src, true) // copied at once, not rune by rune
	return appendNormalized(f, dst, src, n, nil)
}

// AppendString appends s normalized to f to dst and returns the extended
// buffer. It allocates only when dst lacks the capacity.
func (f Form) AppendString(dst []byte, s string) []byte {
	n, _ := span(f, s, true) // copied at once, not rune by rune
	return appendNormalized(f, dst, s, n, nil)
}

// IsNormal reports whether b is in the form: whether f.Bytes(b) would
// return b unchanged. It does not allocate.
func (f Form) IsNormal(b []byte) bool {
	_, err := span(f, b, true)
	return err == nil
}

// IsNormalString reports whether s is in the form. It does not allocate.
func (f Form) IsNormalString(s string) bool {
	_, err := span(f, s, true)
	return err == nil
}

// Span implements [golang.org/x/text/transform.SpanningTransformer]: src[:n] is unchanged by
// f. At the end of src, without atEOF, it returns ErrShortSrc where a rune is
// cut or a letter may yet compose with a mark that follows.
func (f Form) Span(src []byte, atEOF bool) (n int, err error) {
	return span(f, src, atEOF)
}

// Transform implements [golang.org/x/text/transform.Transformer].
func (f Form) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	return transformTo(f, dst, src, atEOF)
}

// Reset implements [golang.org/x/text/transform.Transformer]. A Form has no state, so it does
// nothing.
func (Form) Reset() {}
