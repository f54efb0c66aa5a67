// Package arabic is the root of a module of Arabic text-processing
// primitives for Go: normalization, tokenization, stemming and
// transliteration, each in a small package of its own, tested word for word
// against the reference implementations they claim to match.
//
// # Packages
//
//   - [github.com/go-arabic/arabic/normalize] maps text to canonical forms:
//     diacritics and Quranic marks, alef and hamza forms, alef maksura, teh
//     marbuta, tatweel, presentation forms, Persian and Urdu letter forms,
//     digits and invisible format marks, each a flag of a Form; the profiles
//     Search, Display and Lucene (exactly Apache Lucene's ArabicNormalizer).
//     A Form is a transform.SpanningTransformer, so it streams and chains.
//   - [github.com/go-arabic/arabic/tokenize] cuts text into words, numbers,
//     Latin runs, punctuation and sentences with exact byte offsets (UAX #29
//     with Arabic tailorings), and splits a word into its clitics (و + ب +
//     الكتاب, حكومت + ه) as the Universal Dependencies treebanks do;
//     iterators and bufio.SplitFuncs for readers of any size.
//   - [github.com/go-arabic/arabic/stem] reduces words to stems or roots:
//     Light (this module's light stemmer, built on the clitic analysis),
//     Light10 (Lucene's ArabicStemmer), Snowball and ISRI (NLTK), each of
//     the last three word for word with its reference; stop words.
//   - [github.com/go-arabic/arabic/transliterate] converts to Latin script
//     and back: the Buckwalter family and HSB (as CAMeL Tools), UNGEGN (as
//     ICU's Arabic-Latin), ALA-LC, DIN 31635, ISO 233-2 and BGN/PCGN, and
//     Names, which writes names as English-language news does (خليفة حفتر
//     is Khalifa Haftar).
//
// This package itself holds the [Analyzer], which runs the first three in
// one pass over raw text for search indexing and named-entity work.
//
// # Pipeline
//
// Tokenize the raw text first, then normalize each token, then stem the
// normalized words; romanize where Latin script is wanted. [Analyzer] does
// exactly that. Tokens are cut
// from the raw text, so their byte offsets stay exact however much
// normalization changes them. Callers who normalize whole texts first can
// map offsets back with [github.com/go-arabic/arabic/normalize.Form.AlignString].
//
// # Conventions
//
// Every package follows the same rules:
//
//   - Ill-formed UTF-8 passes through unchanged, byte for byte; nothing is
//     dropped and nothing panics, whatever the input. Callers who want
//     U+FFFD chain [golang.org/x/text/runes.ReplaceIllFormed] in front:
//     transform.Chain(runes.ReplaceIllFormed(), normalize.Search).
//   - Operators are plain values (normalize.Search, …) with no state: they
//     are safe for concurrent use, and their zero values do nothing.
//   - Offsets are byte offsets into the input, not rune or UTF-16 offsets;
//     utf8.RuneCountInString(s[:offset]) converts.
//   - Functions that return text return their input, without allocating,
//     when nothing changes, and say so in their docs.
//
// # Performance
//
// An Analyzer makes no allocation per token (but for the romanized
// strings, when it romanizes), and on a long text it remembers the words it
// has analyzed, so that a word that comes again costs a hash and a
// comparison. Set to do what bleve's Arabic analyzer does
// (normalize.Lucene, stem.Light10, the words: see
// ExampleAnalyzer_Words_lucene), it takes from a sixteenth (a news article
// of 5 KB) to an eleventh (the 1,000 sentences of UD Arabic-PUD) of bleve's
// time, with the same terms at the same offsets. The zero Analyzer does
// more, stem.Light's clitic analysis above all, and takes an eighth to a
// sixth of bleve's time. The bench module in the repository measures both
// side by side.
//
// The tables were generated from Unicode 15.0.0, the version of Go's
// unicode package and of golang.org/x/text.
package arabic
