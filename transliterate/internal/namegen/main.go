// Command namegen builds the tables of the name romanizer of package
// transliterate (it uses no network):
//
//   - names_tables.go: how each Arabic-script rune enters a name, from the
//     Unicode tables of the standard library and golang.org/x/text;
//   - data/names/model.bin: the joint-sequence n-gram model of names,
//     trained on the train splits of Google's ar2en pairs (Apache-2.0) and
//     of Merhav and Ash's Wikidata pairs (CC0);
//   - data/names/lexicon.bin: the curated lexicon data/names/lexicon.txt
//     merged with the spellings of those training pairs and the common
//     words of data/names/words.txt;
//   - data/names/arabic.bin and data/names/template.bin: the model of
//     Arabic words, trained on the pairs spelled as English news spells
//     Arabic and on the common words, and its template model;
//   - data/names/origin.bin: the origin classifier, which tells the words
//     to spell as Arabic from foreign names.
//
// The training pairs are not part of this repository: the generator reads
// them from the shared data directory that ARABIC_SHARED names (relative to
// the repository root when it is relative), as the tests read their
// corpora. Only the tables derived from them are committed, with the
// pairs' licences and notices beside them in data/names.
//
// Run it from the package directory: go generate, or go run ./internal/namegen.
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"
)

// A config holds the generator's settings.
type config struct {
	order, iterations   int
	pruneFrom, pruneMin int
	candidates          int
	noise               float64
	wordWeight          int
	suffixWeight        int
	arabicPruneMin      int
	originEpochs        int
	originL2            float64
	originWordWeight    float64
	originBits          int
}

// defaults are the settings of the committed tables, chosen on the dev
// splits. Pruning from bigrams seen in fewer than 3 contexts shrinks the
// model fourfold (861 kB at order 6, pruned from 4-grams under 2) for about
// 1 point of top-1 accuracy on the unseen names of the dev splits.
var defaults = config{order: 5, iterations: 8, pruneFrom: 2, pruneMin: 3, candidates: 10, noise: 0.02, wordWeight: 12, suffixWeight: 1, arabicPruneMin: 2, originEpochs: 8, originL2: 1e-4, originWordWeight: 3, originBits: 13}

// outputs are the files the generator writes, relative to the package
// directory.
var outputs = []string{"names_tables.go", "data/names/model.bin", "data/names/lexicon.bin", "data/names/arabic.bin", "data/names/template.bin", "data/names/origin.bin"}

func main() {
	cfg := defaults
	flag.IntVar(&cfg.order, "order", cfg.order, "n-gram order of the model")
	flag.IntVar(&cfg.iterations, "em", cfg.iterations, "iterations of the expectation-maximization alignment")
	flag.IntVar(&cfg.pruneFrom, "prune-from", cfg.pruneFrom, "prune n-grams of this length and longer...")
	flag.IntVar(&cfg.pruneMin, "prune-min", cfg.pruneMin, "...seen in fewer than this many contexts")
	flag.IntVar(&cfg.candidates, "candidates", cfg.candidates, "graphones the decoder tries per letter (the likeliest)")
	flag.IntVar(&cfg.arabicPruneMin, "arabic-prune-min", cfg.arabicPruneMin, "-prune-min for the Arabic-word and template models")
	flag.Float64Var(&cfg.originWordWeight, "origin-word-weight", cfg.originWordWeight, "weight of the common words in the origin classifier's training")
	flag.IntVar(&cfg.originBits, "origin-bits", cfg.originBits, "log2 of the origin classifier's weights")
	flag.IntVar(&cfg.originEpochs, "origin-epochs", cfg.originEpochs, "epochs of the origin classifier's training")
	flag.Float64Var(&cfg.originL2, "origin-l2", cfg.originL2, "L2 regularization of the origin classifier")
	flag.IntVar(&cfg.suffixWeight, "suffix-weight", cfg.suffixWeight, "times the Arabic-word model sees each common word with each pronoun suffix")
	flag.IntVar(&cfg.wordWeight, "word-weight", cfg.wordWeight, "times the Arabic-word model sees each common word")
	flag.Float64Var(&cfg.noise, "noise", cfg.noise, "fraction of worst-aligned training pairs left out of the lexicon")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("namegen: ")
	shared := os.Getenv("ARABIC_SHARED")
	if shared == "" {
		log.Fatal("ARABIC_SHARED is unset: it must name the shared data directory that holds the training pairs")
	}
	if !filepath.IsAbs(shared) {
		shared = filepath.Join("..", shared) // relative to the repository root; we run in transliterate/
	}
	files, err := generate(".", shared, cfg, log.Printf)
	if err != nil {
		log.Fatal(err)
	}
	for i, name := range outputs {
		if err := os.WriteFile(name, files[i], 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// trainingPairs are the training splits, relative to the shared data
// directory.
var trainingPairs = struct{ ar2en, wikidata string }{
	ar2en:    "corpora/names/google-ar2en/ar2en-train.txt",
	wikidata: "corpora/names/wikidata-ar-netransliteration/wd_arabic_64",
}

// generate builds the outputs from the data files under dir, the package
// directory, and the training pairs under shared, and logs what it does
// with logf.
func generate(dir, shared string, cfg config, logf func(format string, args ...any)) ([][]byte, error) {
	cls, err := classes()
	if err != nil {
		return nil, err
	}
	tables, err := tablesSource(cls)
	if err != nil {
		return nil, err
	}
	fo := &folder{class: cls}
	data := func(name string) string { return filepath.Join(dir, "data", "names", name) }
	ar2en, err := readAr2en(filepath.Join(shared, trainingPairs.ar2en), fo)
	if err != nil {
		return nil, err
	}
	wikidata, err := readWikidata(filepath.Join(shared, trainingPairs.wikidata), fo)
	if err != nil {
		return nil, err
	}
	aligned := align(append(ar2en, wikidata...), cfg.iterations, nil)
	logf("%d ar2en and %d Wikidata training pairs, %d aligned", len(ar2en), len(wikidata), len(aligned))

	// encodeModel trains a model on aligned, pruned from n-grams seen in
	// fewer than pruneMin contexts, and encodes it as file.
	encodeModel := func(what, file string, aligned []alignedPair, pruneMin int) (*trainedModel, []byte, error) {
		m := trainModel(aligned, cfg.order, cfg.pruneFrom, pruneMin)
		logf("%s: %v", what, m)
		b, err := m.encode(cfg.candidates)
		if err != nil {
			return nil, nil, err
		}
		logf("%s: %d bytes", file, len(b))
		return m, b, nil
	}
	m, model, err := encodeModel("model", "model.bin", aligned, cfg.pruneMin)
	if err != nil {
		return nil, err
	}

	lex := lexicon{}
	if err := readCurated(data("lexicon.txt"), fo, lex); err != nil {
		return nil, err
	}
	curatedNames := curatedPairs(lex)
	wordEntries, words, err := readWords(data("words.txt"), fo)
	if err != nil {
		return nil, err
	}
	curated := len(lex)
	addLearned(lex, aligned[:len(aligned)-int(cfg.noise*float64(len(aligned)))], 3)
	curated += addWords(lex, wordEntries)
	lexBytes, err := lex.encode()
	if err != nil {
		return nil, err
	}
	logf("lexicon.bin: %d bytes, %d curated and %d learned keys", len(lexBytes), curated, len(lex)-curated)

	// The Arabic-word model: the pairs spelled as news spells Arabic, the
	// curated names so spelled, and the words, given more weight.
	allowed := newsChunks()
	var arabic []pair
	arabic = append(arabic, ar2en...)
	arabic = append(arabic, wikidata...)
	arabic = append(arabic, curatedNames...)
	for range cfg.wordWeight {
		arabic = append(arabic, words...)
	}
	suffixed := suffixedWords(words)
	for range cfg.suffixWeight {
		arabic = append(arabic, suffixed...)
	}
	arabicAligned := align(arabic, cfg.iterations, &allowed)
	logf("Arabic-word model: %d of %d pairs spelled as news spells Arabic", len(arabicAligned), len(arabic))
	_, arabicModel, err := encodeModel("Arabic-word model", "arabic.bin", arabicAligned, cfg.arabicPruneMin)
	if err != nil {
		return nil, err
	}

	// The template model: the same spellings, every plain consonant one
	// letter.
	templates := make([]alignedPair, len(arabicAligned))
	for i, a := range arabicAligned {
		templates[i] = a
		templates[i].seq = make([]graphone, len(a.seq))
		for j, g := range a.seq {
			templates[i].seq[j] = templateGraphone(g)
		}
	}
	_, templateModel, err := encodeModel("template model", "template.bin", templates, cfg.arabicPruneMin)
	if err != nil {
		return nil, err
	}

	loose := looseChunks()
	examples := originExamples(append(append([]pair{}, ar2en...), wikidata...), words, cfg.originWordWeight, &allowed, &loose)
	weights, bias := trainOrigin(examples, cfg.originBits, cfg.originEpochs, cfg.originL2)
	logf("origin classifier: %d examples, %.1f%% right on them", len(examples), 100*originAccuracy(examples, weights, bias))
	origin := encodeOrigin(weights, bias, m.graphones, &loose)
	return [][]byte{tables, model, lexBytes, arabicModel, templateModel, origin}, nil
}
