package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/sharedtest"
)

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want runeClass
	}{
		{'ب', runeClass{letters: "ب"}},
		{'\uFEE3', runeClass{letters: "م"}},    // ARABIC LETTER MEEM INITIAL FORM
		{'\uFEFB', runeClass{letters: "لا"}},   // ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM
		{'\u06CC', runeClass{letters: "ي"}},    // ARABIC LETTER FARSI YEH
		{'\u06A9', runeClass{letters: "ك"}},    // ARABIC LETTER KEHEH
		{'\u0671', runeClass{letters: "ا"}},    // ARABIC LETTER ALEF WASLA
		{'\u064B', runeClass{mark: true}},      // ARABIC FATHATAN
		{'\u0640', runeClass{mark: true}},      // ARABIC TATWEEL
		{'\u060C', runeClass{ascii: ","}},      // ARABIC COMMA
		{'\u0663', runeClass{ascii: "3"}},      // ARABIC-INDIC DIGIT THREE
		{'\u06F7', runeClass{ascii: "7"}},      // EXTENDED ARABIC-INDIC DIGIT SEVEN
		{'\u06DE', runeClass{}},                // ARABIC START OF RUB EL HIZB: a symbol
		{'\u0750', runeClass{letters: "ب"}},    // ARABIC LETTER BEH WITH THREE DOTS HORIZONTALLY BELOW
		{'\u06E5', runeClass{letters: "و"}},    // ARABIC SMALL WAW
		{'\u06AD', runeClass{letters: "گ"}},    // ARABIC LETTER NG
		{'\u0629', runeClass{letters: "ة"}},    // ARABIC LETTER TEH MARBUTA
		{'\u067E', runeClass{letters: "پ"}},    // ARABIC LETTER PEH
		{'\u0686', runeClass{letters: "چ"}},    // ARABIC LETTER TCHEH
		{'\u06A4', runeClass{letters: "ڤ"}},    // ARABIC LETTER VEH
		{'\u0698', runeClass{letters: "ژ"}},    // ARABIC LETTER JEH
		{'\u06C0', runeClass{letters: "ه"}},    // ARABIC LETTER HEH WITH YEH ABOVE (NFKC keeps it)
		{'\u0623', runeClass{letters: "أ"}},    // ARABIC LETTER ALEF WITH HAMZA ABOVE
		{'\uFDF2', runeClass{letters: "الله"}}, // ARABIC LIGATURE ALLAH ISOLATED FORM
		{'\u0674', runeClass{letters: "ء"}},    // ARABIC LETTER HIGH HAMZA
		{'\u063B', runeClass{letters: "ك"}},    // ARABIC LETTER KEHEH WITH TWO DOTS ABOVE
		{'\u08A0', runeClass{letters: "ب"}},    // ARABIC LETTER BEH WITH SMALL V BELOW
		{'\u0620', runeClass{letters: "ي"}},    // ARABIC LETTER KASHMIRI YEH
		{'\u066E', runeClass{letters: "ب"}},    // ARABIC LETTER DOTLESS BEH
		{'\u06BA', runeClass{letters: "ن"}},    // ARABIC LETTER NOON GHUNNA
		{'\u06D2', runeClass{letters: "ي"}},    // ARABIC LETTER YEH BARREE
		{'\u06C1', runeClass{letters: "ه"}},    // ARABIC LETTER HEH GOAL
		{'\u06D5', runeClass{letters: "ه"}},    // ARABIC LETTER AE
		{'\u0649', runeClass{letters: "ى"}},    // ARABIC LETTER ALEF MAKSURA
		{'\u06A8', runeClass{letters: "ق"}},    // ARABIC LETTER QAF WITH THREE DOTS ABOVE
	} {
		got, err := classify(tc.r)
		if err != nil || got != tc.want {
			t.Errorf("classify(%U) = %+v, %v; want %+v", tc.r, got, err, tc.want)
		}
	}
}

// TestKneserNey checks that every context's distribution sums to one, before
// and after pruning.
func TestKneserNey(t *testing.T) {
	seqs := [][]uint16{{1, 2, 3}, {1, 2, 4}, {2, 3}, {1, 3, 3, 2}, {4}, {1, 2, 3}, {2, 2, 4, 1}}
	const vocab = 5 // ids 1 to 4, and the boundary 0
	for _, prune := range []int{0, 2} {
		m := trainKN(seqs, vocab, 3, prune, 2)
		contexts := map[gram]bool{"": true}
		for g := range m.logProb {
			for k := 1; k < g.len(); k++ {
				contexts[g[len(g)-2*k-2:len(g)-2]] = true // every suffix of every context
			}
		}
		for h := range contexts {
			var sum float64
			for w := uint16(0); w < vocab; w++ {
				sum += math.Exp(m.prob(h + packGram([]uint16{w})))
			}
			if math.Abs(sum-1) > 1e-6 {
				t.Errorf("prune from %d: the distribution after context %q sums to %v", prune, h, sum)
			}
		}
	}
}

// TestAlign checks that expectation maximization finds the letter-by-letter
// alignment of a few names.
func TestAlign(t *testing.T) {
	fo := &folder{class: map[rune]runeClass{}}
	for _, r := range alphabet {
		fo.class[r] = runeClass{letters: string(r)}
	}
	var pairs []pair
	for _, p := range [][2]string{
		{"كمال", "kamal"}, {"كريم", "karim"}, {"سمير", "samir"}, {"سامي", "sami"},
		{"مراد", "murad"}, {"رامي", "rami"}, {"كامل", "kamil"}, {"سليم", "salim"},
	} {
		pr, ok := fo.pair(p[0], p[1], 1)
		if !ok {
			t.Fatalf("pair(%q, %q) refused", p[0], p[1])
		}
		pairs = append(pairs, pr)
	}
	for _, a := range align(pairs, 10, nil) {
		var en strings.Builder
		for _, g := range a.seq {
			en.WriteString(g.chunk)
		}
		if en.String() != a.en {
			t.Errorf("alignment of %q spells %q", a.en, en.String())
		}
		if first := a.seq[0]; first.letter != letterCode('ك') && first.letter != letterCode('س') && first.letter != letterCode('م') && first.letter != letterCode('ر') ||
			first.chunk == "" || strings.IndexByte("kmrs", first.chunk[0]) < 0 {
			t.Errorf("alignment of %q starts with %+v", a.en, first)
		}
	}
}

// TestGenerated regenerates the tables and compares them with the committed
// ones: a stale table (after an edit of lexicon.txt or of the generator)
// fails here.
func TestGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model: seconds")
	}
	shared := sharedtest.Dir(t)
	for _, name := range []string{trainingPairs.ar2en, trainingPairs.wikidata} {
		sharedtest.Path(t, name)
	}
	files, err := generate("../..", shared, defaults, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range outputs {
		committed, err := os.ReadFile(filepath.Join("../..", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(files[i], committed) {
			t.Errorf("%s is stale: run go generate in transliterate", name)
		}
	}
}
