package clitic

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/clitic/lexicon"
	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/stretchr/testify/require"
)

var deriveNames = flag.Bool("derive.names", false,
	"rewrite data/names.txt from the train splits of the name lists in $ARABIC_SHARED")

// minNameCount is how often a name must occur in the train splits of the
// two name lists together to be in data/names.txt: the names of three
// occurrences or more, which keep the hash table within 4,096 slots.
const minNameCount = 3

// TestDeriveNames derives data/names.txt from the name lists of
// ARABIC_SHARED and fails if the file differs, as it does when the rules
// change; run with -derive.names, it writes the file (then run go
// generate). The list is the names of one word of the train splits
// of the Wikidata list of person names (wd_arabic_64, CC0 1.0) and of
// Google's ar2en list (ar2en-train.txt, Apache-2.0) that occur at least
// minNameCount times in the two, have three to ten letters, are no word of
// data/clitics.txt, and that the rules without the list would split, as
// written or folded, but not from a word of data/clitics.txt nor as و + أ
// and two letters, or that end in a suffix that stem.Light removes from
// any word: the names whose first or last letters look like clitics or
// suffixes. Nothing else of the lists, and nothing of their test splits,
// is read.
func TestDeriveNames(t *testing.T) {
	counts := map[string]int{}
	sc := bufio.NewScanner(sharedtest.Open(t, "corpora/names/wikidata-ar-netransliteration/wd_arabic_64"))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			t.Fatalf("wd_arabic_64: unexpected line %+q", sc.Text())
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("wd_arabic_64: unexpected line %+q", sc.Text())
		}
		counts[strings.ReplaceAll(f[1], " ", "")] += n
	}
	sc = bufio.NewScanner(sharedtest.Open(t, "corpora/names/google-ar2en/ar2en-train.txt"))
	for sc.Scan() {
		name, _, _ := strings.Cut(sc.Text(), "\t")
		counts[name]++
	}

	// The rules without the list: clear the Name flags while they choose.
	saved := lexiconFlags
	defer func() { lexiconFlags = saved }()
	for i := range lexiconFlags {
		lexiconFlags[i] &^= name
	}
	var names []string
	for n, c := range counts {
		key, ok := lexicon.Key(n)
		if c < minNameCount || !ok || strings.ContainsFunc(n, func(r rune) bool { return r < 'ء' || r > 'ي' }) {
			continue
		}
		var w Word
		if !w.read(n) || w.n < 3 || lookup(key) != 0 {
			continue
		}
		raw, folded := analyze(n, false), analyze(n, true)
		if raw.Pro == 0 && raw.Enc == len(n) && folded.Pro == 0 && folded.Enc == len(n) && !hasSuffix(&w) {
			continue // the rules keep it whole
		}
		if k, ok := lexicon.Key(n[raw.Pro:raw.Enc]); ok && lookup(k) != 0 {
			continue // a clitic on a word of the lexicon is likelier than a name (فإن, باسم, منك)
		}
		if raw.Pro == 0 && folded.ProN == 1 && w.raw[1] == rawAlef && w.n <= 4 && !w.ForeignEnding(0, w.n) {
			continue // و + أ and two letters is likelier a verb or particle (واكد, والي: وأكد, وإلى)
		}
		names = append(names, n)
	}
	slices.Sort(names)

	var b strings.Builder
	b.WriteString(namesHeader)
	fmt.Fprintf(&b, "# %d names.\n\n[names]\n", len(names))
	for _, n := range names {
		b.WriteString(n + "\n")
	}
	if !*deriveNames {
		got, err := os.ReadFile("data/names.txt")
		require.NoError(t, err)
		if string(got) != b.String() {
			t.Errorf("data/names.txt is not what the rules and the name lists give; run go test -derive.names, then go generate")
		}
		return
	}
	if err := os.WriteFile("data/names.txt", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("data/names.txt: %d names", len(names))
}

// hasSuffix reports whether w ends in a suffix that stem.Light removes
// from any word of its length: ات, وا, تين, تان.
func hasSuffix(w *Word) bool {
	for _, s := range []affix{letters(alef, teh), letters(waw, alef), letters(teh, yeh, noon), letters(teh, alef, noon)} {
		if w.endsWith(w.n, s) && w.n-s.n >= 2 {
			return true
		}
	}
	return false
}

const namesHeader = `# Names whose first or last letters look like clitics, which the rules
# of package clitic keep whole.
#
# Derived by TestDeriveNames (names_test.go; go test -derive.names) from
# the train splits of two lists of names, and from nothing else:
#
#   - wd_arabic_64 of the Wikidata person-name word pairs of Merhav and Ash,
#     "Design Challenges in Named Entity Transliteration", COLING 2018
#     (github.com/steveash/NETransliteration-COLING2018, data/, commit
#     5d5f59e): data from Wikidata under CC0 1.0 (LICENSE-wikidata-names);
#   - ar2en-train.txt of Google's Arabic-English transliteration pairs
#     (github.com/google/transliteration, commit b2265a6), Copyright Google
#     Inc., under the Apache License 2.0 (LICENSE-google-ar2en). This file
#     is a derivative of that data: it keeps some of its Arabic names and
#     drops the rest and the English spellings.
#
# A name is listed if it is one word of three to ten Arabic letters, occurs
# at least three times in the two lists together, is no word of clitics.txt,
# and the rules without this list would split a clitic from it, in raw text
# or as normalize.Search writes it, but not from a word of clitics.txt
# (فإن, باسم and منك are likelier ف + إن, ب + اسم and من + ك than names),
# nor, as folded text alone splits it, و + ا and two letters (واكد and والي
# are likelier وأكد and وإلى),
# or ends in a suffix that stem.Light removes from a word of any shape: ات,
# وا, تين, تان (مارات, بينوا).
`
