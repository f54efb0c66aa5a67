package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// lexiconMagic starts the lexicon file; the runtime checks it.
const lexiconMagic = "ARNL2\n"

// Styles, in the order of an entry's spelling lists.
const (
	styleNews = iota
	styleEgyptian
	styleMaghrebi
	numStyles
)

// styleTags name the styles in lexicon.txt.
var styleTags = [numStyles]string{"", "eg:", "mg:"}

// Entry flags.
const (
	flagCurated  = 1 << iota // from lexicon.txt: a name English news spells this way
	flagWord                 // from lexicon.txt, kind:word: a common word, not a name
	flagEgyptian             // the entry has Egyptian spellings
	flagMaghrebi             // the entry has Maghrebi spellings
)

// keyFold maps letter codes to the codes lexicon keys use: news text often
// leaves the hamza off its seat, so keys drop it. (Alif maqsura and teh
// marbuta are kept: the runtime retries a word that ends in one of them, or
// in yeh or heh, with the other letter.)
func keyFold(c byte) byte {
	switch c {
	case letterCode('آ'), letterCode('أ'), letterCode('إ'):
		return letterCode('ا')
	case letterCode('ؤ'):
		return letterCode('و')
	case letterCode('ئ'):
		return letterCode('ي')
	}
	return c
}

func foldKey(codes string) string {
	b := []byte(codes)
	for i, c := range b {
		b[i] = keyFold(c)
	}
	return string(b)
}

// A spelling is one Latin spelling with its weight (a count for learned
// spellings, a rank weight for curated ones).
type spelling struct {
	latin  string
	weight int
}

// An entry is one lexicon key with its spellings per style.
type entry struct {
	flags    byte
	spelling [numStyles][]spelling
}

type lexicon map[string]*entry

// curatedWeights are the weights of a curated entry's spellings by position:
// the first spelling is the one to write, the others are alternatives.
var curatedWeights = []int{100, 20, 10, 5, 3, 2, 1}

// readCurated reads lexicon.txt: "arabic<TAB>spelling|alternative...", then
// optional fields "eg:spelling|..." and "mg:spelling|..." for the Egyptian and
// Maghrebi styles. Words of a phrase are separated by single spaces.
func readCurated(name string, fo *folder, lex lexicon) error {
	abd := string([]byte{letterCode('ع'), letterCode('ب'), letterCode('د')})
	seen := map[string]int{}
	var dups []string
	n := 0
	err := readLines(name, func(line string) error {
		n++
		if line == "" || line[0] == '#' {
			return nil
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			return errors.New("want arabic<TAB>spellings")
		}
		var words []string
		for _, w := range strings.Split(fields[0], " ") {
			codes, ok := fo.arabic(w)
			if !ok {
				return fmt.Errorf("%q is not an Arabic word", w)
			}
			if k := len(words) - 1; k >= 0 && words[k] == abd {
				words[k] += foldKey(codes) // عبد الله is the one word عبدالله
				continue
			}
			words = append(words, foldKey(codes))
		}
		key := strings.Join(words, "\x00")
		if line, ok := seen[key]; ok {
			dups = append(dups, fmt.Sprintf("%s:%d: %s is the same key as line %d", name, n, fields[0], line))
			return nil
		}
		seen[key] = n
		e := &entry{flags: flagCurated}
		for i, field := range fields[1:] {
			if i > 0 && field == "kind:word" {
				e.flags |= flagWord
				continue
			}
			style := styleNews
			if i > 0 {
				style = -1
				for st, tag := range styleTags[1:] {
					if strings.HasPrefix(field, tag) {
						style = st + 1
						field = field[len(tag):]
					}
				}
				if style < 0 || e.spelling[style] != nil {
					return fmt.Errorf("bad or repeated style field %q", field)
				}
			}
			for j, sp := range strings.Split(field, "|") {
				if sp == "" || len(sp) > 255 {
					return fmt.Errorf("bad spelling %q", sp)
				}
				e.spelling[style] = append(e.spelling[style], spelling{sp, curatedWeights[min(j, len(curatedWeights)-1)]})
			}
		}
		lex[key] = e
		return nil
	})
	if err != nil {
		return err
	}
	if dups != nil {
		return errors.New(strings.Join(dups, "\n"))
	}
	return nil
}

// readWords reads words.txt: "arabic<TAB>spelling|alternative...", common
// words of news text, as entries (capitalized as names are) and as training
// pairs for the Arabic-word model, every spelling of each.
func readWords(name string, fo *folder) (lexicon, []pair, error) {
	words := lexicon{}
	var pairs []pair
	err := readLines(name, func(line string) error {
		if line == "" || line[0] == '#' {
			return nil
		}
		ar, spellings, ok := strings.Cut(line, "\t")
		codes, isArabic := fo.arabic(ar)
		if !ok || !isArabic {
			return errors.New("want one arabic word<TAB>spellings")
		}
		e := &entry{flags: flagCurated}
		for j, sp := range strings.Split(spellings, "|") {
			en, ok := english(sp)
			if !ok || en != sp || len(sp) > 255 {
				return fmt.Errorf("spelling %q is not lowercase ASCII letters", sp)
			}
			e.spelling[styleNews] = append(e.spelling[styleNews], spelling{strings.ToUpper(sp[:1]) + sp[1:], curatedWeights[min(j, len(curatedWeights)-1)]})
			pairs = append(pairs, pair{ar: codes, en: en, count: 1})
		}
		if key := foldKey(codes); words[key] == nil {
			words[key] = e
		}
		return nil
	})
	return words, pairs, err
}

// addWords adds the entries of the common words to lex: as curated entries
// if lex has not their keys, else behind the spellings lex has (the names
// of the curated lexicon and of the training pairs come first: كامل is
// Kamel, the name, before kamil, complete). It returns how many it added
// as curated entries.
func addWords(lex, words lexicon) int {
	added := 0
	for key, w := range words {
		e := lex[key]
		if e == nil {
			lex[key] = w
			added++
			continue
		}
		news := e.spelling[styleNews]
	spellings:
		for _, sp := range w.spelling[styleNews] {
			for _, have := range news {
				if strings.EqualFold(have.latin, sp.latin) {
					continue spellings
				}
			}
			if len(news) < 15 {
				news = append(news, spelling{sp.latin, 1})
			}
		}
		e.spelling[styleNews] = news
	}
	return added
}

// curatedPairs returns the one-word entries of the curated lexicon as
// training pairs, every news spelling of each.
func curatedPairs(lex lexicon) []pair {
	var pairs []pair
	for key, e := range lex {
		if e.flags&flagCurated == 0 || strings.IndexByte(key, 0) >= 0 {
			continue
		}
		for _, sp := range e.spelling[styleNews] {
			if en, ok := english(sp.latin); ok {
				pairs = append(pairs, pair{ar: key, en: en, count: 1})
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].ar != pairs[j].ar {
			return pairs[i].ar < pairs[j].ar
		}
		return pairs[i].en < pairs[j].en
	})
	return pairs
}

// addLearned adds the spellings of the aligned pairs, summing their counts,
// behind any curated spellings of the same key. Each key keeps at most
// maxSpellings spellings.
func addLearned(lex lexicon, pairs []alignedPair, maxSpellings int) {
	counts := map[string]map[string]int{}
	for _, p := range pairs {
		key := foldKey(p.ar)
		if counts[key] == nil {
			counts[key] = map[string]int{}
		}
		counts[key][p.en] += p.count
	}
	for key, c := range counts {
		learned := make([]spelling, 0, len(c))
		for latin, n := range c {
			learned = append(learned, spelling{latin, n})
		}
		sort.Slice(learned, func(i, j int) bool {
			if learned[i].weight != learned[j].weight {
				return learned[i].weight > learned[j].weight
			}
			return learned[i].latin < learned[j].latin
		})
		e := lex[key]
		if e == nil {
			e = &entry{}
			lex[key] = e
		}
		news := e.spelling[styleNews]
	spellings:
		for _, sp := range learned {
			if len(news) >= maxSpellings {
				break
			}
			for _, have := range news {
				if strings.EqualFold(have.latin, sp.latin) {
					continue spellings
				}
			}
			if e.flags&flagCurated != 0 {
				sp.weight = 1 // an alternative to the curated spellings
			}
			news = append(news, sp)
		}
		e.spelling[styleNews] = news
	}
}

// lexiconBlock is how many entries share a block: the first entry of a
// block has its whole key, the others share a prefix with the key before.
const lexiconBlock = 16

// encode writes the lexicon in the form names_lexicon.go reads:
//
//	magic, entries uvarint
//	per entry by rising key:
//	  shared<<4 | length u8: the key shares its first shared letters with
//	    the previous key (0 in every lexiconBlock-th entry) and goes on
//	    with length letters (if length is 15, a u8 with the length follows)
//	  those letters (letter codes, the words of a phrase separated by 0)
//	  news<<4 | flags u8: the number of news spellings; flagCurated,
//	    flagWord, flagEgyptian and flagMaghrebi (their lists follow)
//	  per news spelling: weight uvarint, length u8, Latin
//	  for each of the Egyptian and Maghrebi lists present: spellings u8,
//	    and the spellings
func (lex lexicon) encode() ([]byte, error) {
	keys := make([]string, 0, len(lex))
	for k := range lex {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b := []byte(lexiconMagic)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	spellings := func(b []byte, list []spelling) []byte {
		for _, sp := range list {
			b = binary.AppendUvarint(b, uint64(sp.weight))
			b = append(b, byte(len(sp.latin)))
			b = append(b, sp.latin...)
		}
		return b
	}
	prev := ""
	for i, k := range keys {
		shared := 0
		if i%lexiconBlock != 0 {
			for shared < 15 && shared < len(k) && shared < len(prev) && k[shared] == prev[shared] {
				shared++
			}
		}
		prev = k
		suffix := k[shared:]
		if len(suffix) < 15 {
			b = append(b, byte(shared<<4|len(suffix)))
		} else if len(suffix) <= 255 {
			b = append(b, byte(shared<<4|15), byte(len(suffix)))
		} else {
			return nil, fmt.Errorf("key of %d letters", len(k))
		}
		b = append(b, suffix...)
		e := lex[k]
		news := e.spelling[styleNews]
		if len(news) == 0 || len(news) > 15 || len(e.spelling[styleEgyptian]) > 255 || len(e.spelling[styleMaghrebi]) > 255 {
			return nil, fmt.Errorf("key %q: %d news spellings", k, len(news))
		}
		flags := e.flags
		if len(e.spelling[styleEgyptian]) > 0 {
			flags |= flagEgyptian
		}
		if len(e.spelling[styleMaghrebi]) > 0 {
			flags |= flagMaghrebi
		}
		b = append(b, byte(len(news))<<4|flags)
		b = spellings(b, news)
		for _, list := range e.spelling[styleEgyptian:] {
			if len(list) > 0 {
				b = append(b, byte(len(list)))
				b = spellings(b, list)
			}
		}
	}
	return b, nil
}

// pronounSuffixes are the pronoun suffixes suffixedWords adds, with their
// spelling after a consonant: -hu, -ha, -hum (his, her, their), in pause.
var pronounSuffixes = []struct{ arabic, latin string }{
	{"ه", "uh"}, {"ها", "uha"}, {"هم", "uhum"},
}

// suffixedWords returns the common words with each pronoun suffix, for the
// Arabic-word model to learn how they are spelled (بلاده, biladuh): after
// a consonant as pronounSuffixes says, after ة (which becomes ت) with at
// before it (حكومته, hukumatuh). Words that end in a vowel letter or a
// hamza are left out, and so are plurals in -un, -in and -an, which drop
// their n before a suffix.
func suffixedWords(words []pair) []pair {
	teh := string(letterCode('ت'))
	suffixes := make([]string, len(pronounSuffixes)) // letter codes of each
	for i, s := range pronounSuffixes {
		var codes []byte
		for _, r := range s.arabic {
			codes = append(codes, letterCode(r))
		}
		suffixes[i] = string(codes)
	}
	var out []pair
	for _, w := range words {
		last := letterRune(w.ar[len(w.ar)-1])
		if strings.ContainsRune("اىيوءئأؤإآ", last) || strings.HasSuffix(w.en, "un") || strings.HasSuffix(w.en, "in") || strings.HasSuffix(w.en, "an") {
			continue
		}
		for i, s := range pronounSuffixes {
			switch {
			case last == 'ة' && strings.HasSuffix(w.en, "a"):
				ar := w.ar[:len(w.ar)-1] + teh + suffixes[i]
				out = append(out, pair{ar: ar, en: w.en[:len(w.en)-1] + "at" + s.latin, count: w.count})
			case last != 'ة':
				out = append(out, pair{ar: w.ar + suffixes[i], en: w.en + s.latin, count: w.count})
			}
		}
	}
	return out
}
