// Package bleve adapts github.com/go-arabic/arabic to the bleve search
// library (github.com/blevesearch/bleve/v2): a tokenizer, token filters and
// an analyzer that give a bleve index this module's tokenization,
// normalization and stemming.
//
// Importing the package registers them under the names below, as bleve's
// own analyzers register themselves, so that an index mapping can name
// them:
//
//	import _ "github.com/go-arabic/arabic/integrations/bleve"
//
//	mapping := bleve.NewIndexMapping()
//	mapping.DefaultAnalyzer = arabicbleve.AnalyzerName // "arabic_go"
//
// The analyzer cuts words with tokenize.Words (UAX #29 with Arabic
// tailorings: harakat, tatweel and ZWNJ stay in their word; numbers keep
// their separators), drops the words stem.IsStopWord reports, lower-cases
// Latin letters, normalizes with normalize.Search and stems Arabic words
// with stem.Light, which splits the clitics (و, ف, ب, ك, ل, س and the
// pronouns) and the article before it strips inflections. A feminine
// adjective of relation (عسكرية) is indexed with its masculine (عسكري)
// too, at the same position. The token filters
// can be used alone in analyzers of one's own.
//
// This adapter is a module of its own, so that users of the library do not
// download bleve.
package bleve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/go-arabic/arabic"
	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
	"github.com/go-arabic/arabic/tokenize"
)

// The names under which the package registers its parts with bleve.
const (
	AnalyzerName  = "arabic_go"
	TokenizerName = "arabic_go_tokenizer"
	NormalizeName = "arabic_go_normalize"
	StemmerName   = "arabic_go_stemmer"
	StopWordsName = "arabic_go_stop"
)

func init() {
	for _, err := range []error{
		registry.RegisterAnalyzer(AnalyzerName, func(map[string]any, *registry.Cache) (analysis.Analyzer, error) {
			return Analyzer{}, nil
		}),
		registry.RegisterTokenizer(TokenizerName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
			return Tokenizer{}, nil
		}),
		registry.RegisterTokenFilter(NormalizeName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
			return NormalizeFilter{Form: normalize.Search}, nil
		}),
		registry.RegisterTokenFilter(StemmerName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
			return StemFilter{Stemmer: stem.Light}, nil
		}),
		registry.RegisterTokenFilter(StopWordsName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
			return StopFilter{}, nil
		}),
	} {
		if err != nil {
			panic(err) // a name taken twice: the same failure bleve's own analyzers report
		}
	}
}

// Analyzer is the whole chain in one pass, through an arabic.Analyzer with
// its defaults: normalize.Search, stem.Light, stop words dropped. Latin
// letters are lower-cased, as bleve's analyzers do.
type Analyzer struct{}

// Analyze implements analysis.Analyzer.
func (Analyzer) Analyze(input []byte) analysis.TokenStream {
	a := arabic.Analyzer{DropStopWords: true}
	var ts analysis.TokenStream
	position := 0
	for t := range a.Words(string(input)) {
		term := t.Stem
		if t.Kind == tokenize.Latin {
			term = strings.ToLower(term)
		}
		position++
		ts = append(ts, &analysis.Token{Start: t.Start, End: t.End, Term: []byte(term), Position: position, Type: tokenType(t.Kind)})
		if masculine, ok := masculineNisba(term); ok {
			ts = append(ts, &analysis.Token{Start: t.Start, End: t.End, Term: []byte(masculine), Position: position, Type: tokenType(t.Kind)})
		}
	}
	return ts
}

// masculineNisba returns, for the stem of a feminine adjective of relation
// (nisba) as stem.Light leaves it after normalize.Search (عسكريه,
// ليبيه), the masculine (عسكري, ليبي). The analyzer indexes both at the
// same position, so that a search for the one finds the other, as it
// should for one adjective. stem.Light keeps the ة itself, because names
// end in it too (السعودية); for a search, matching the adjective matters
// more. Stems of fewer than four letters (قضيه, the noun قضية) are left
// alone.
func masculineNisba(stem string) (string, bool) {
	m, ok := strings.CutSuffix(stem, "يه")
	if !ok || utf8.RuneCountInString(m) < 3 {
		return "", false
	}
	return m + "ي", true
}

// Tokenizer cuts text into the words, Latin runs and numbers of
// tokenize.Words, with their byte offsets.
type Tokenizer struct{}

// Tokenize implements analysis.Tokenizer.
func (Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	var ts analysis.TokenStream
	for t := range tokenize.Words(string(input)) {
		ts = append(ts, &analysis.Token{
			Start:    t.Start,
			End:      t.End,
			Term:     input[t.Start:t.End:t.End],
			Position: len(ts) + 1,
			Type:     tokenType(t.Kind),
		})
	}
	return ts
}

func tokenType(k tokenize.Kind) analysis.TokenType {
	if k == tokenize.Number {
		return analysis.Numeric
	}
	return analysis.AlphaNumeric
}

// NormalizeFilter normalizes each term to a Form.
type NormalizeFilter struct{ Form normalize.Form }

// Filter implements analysis.TokenFilter. It replaces a term only when the
// Form changes it, and never writes into the old term's bytes.
func (f NormalizeFilter) Filter(ts analysis.TokenStream) analysis.TokenStream {
	for _, t := range ts {
		t.Term = f.Form.Bytes(t.Term)
	}
	return ts
}

// StemFilter stems each term that starts with an Arabic letter.
type StemFilter struct{ Stemmer stem.Stemmer }

// Filter implements analysis.TokenFilter.
func (f StemFilter) Filter(ts analysis.TokenStream) analysis.TokenStream {
	for _, t := range ts {
		if r, _ := utf8.DecodeRune(t.Term); unicode.Is(unicode.Arabic, r) {
			t.Term = f.Stemmer.AppendStem(nil, t.Term)
		}
	}
	return ts
}

// StopFilter drops the terms that stem.IsStopWord reports.
type StopFilter struct{}

// Filter implements analysis.TokenFilter.
func (StopFilter) Filter(ts analysis.TokenStream) analysis.TokenStream {
	kept := ts[:0]
	for _, t := range ts {
		if !stem.IsStopWord(string(t.Term)) {
			kept = append(kept, t)
		}
	}
	return kept
}
