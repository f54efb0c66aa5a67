// Package transliterate converts Arabic script to Latin script and back.
//
// Each conversion is a [Scheme], a plain value in the manner of norm.NFC or
// charmap.ISO8859_6: Buckwalter.String("خليفة") is "xlyfp". A Scheme is a
// [golang.org/x/text/transform.SpanningTransformer], so it streams through
// transform.NewReader and chains with other transformers. [All] lists the
// schemes for services that choose one by name.
//
// # Schemes
//
// Transliterations, which write each character and can be undone:
//
//   - [Buckwalter], [SafeBuckwalter], [XMLBuckwalter], [HSB]: one Latin
//     character per Arabic character, exactly as CAMeL Tools defines them.
//   - [UNGEGN]: what ICU's Arabic-Latin transform does (UNGEGN-based, with
//     underdots and ẗ), checked word for word against ICU 72.
//
// Romanizations of vowelled text, which follow a standard's rules for the
// article, sun letters, shadda, tanwin, ta marbuta and alif maqsura, and
// cannot be undone:
//
//   - [ALALC]: the Library of Congress (ALA-LC) table;
//   - [DIN31635]: the German standard (DMG);
//   - [ISO233]: ISO 233-2, the simplified ISO transliteration;
//   - [BGN]: BGN/PCGN 1956, for place and personal names.
//
// Names as English-language news writes them, from a lexicon of names and
// places with their established spellings and a model trained on name
// lists, for undiacritized text:
//
//   - [Names]: خليفة حفتر is Khalifa Haftar, طرابلس is Tripoli; see
//     [NameStyle] for the Egyptian and Maghrebi styles, [NameCandidates]
//     for n-best spellings and [NameSpans] for where in a text each name
//     it spells stands.
//
// These need the short vowels the text marks: on unvowelled text they write
// the consonant skeleton with the long vowels its letters spell (خليفة حفتر
// is khlīfah ḥftr in ALA-LC), since short vowels and doubled consonants are
// not written in the script.
//
// # Round trips
//
// [Scheme.Inverse] gives the other direction of a reversible scheme, and
// inv.String(s.String(x)) == x for text x made of the runes of the scheme's
// repertoire. Runes outside the repertoire pass through unchanged in both
// directions, so text that mixes Arabic with Latin letters does not survive
// a round trip: the Buckwalter inverse reads the A of "CNN" as alef.
//
// # Ill-formed input
//
// No method panics or returns an error on any input. Ill-formed UTF-8 is
// copied through byte for byte; callers who want U+FFFD chain
// runes.ReplaceIllFormed() before the scheme.
//
// # Concurrency
//
// A Scheme is immutable; its methods are safe for concurrent use. The
// Readers and Writers that package transform builds around it are not.
//
// # Performance
//
// Schemes convert UTF-8 bytes without decoding to runes where they can. The
// Buckwalter family looks each rune up in a table indexed by its UTF-8
// bytes: [Scheme.AppendString] into a buffer with room for the result makes
// no allocations, and [Scheme.String] allocates once, or not at all when
// nothing changes (it then returns its argument).
package transliterate
