package stem_test

import (
	"bufio"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
)

// UD Arabic-PUD (../shared/corpora/ud-arabic-pud) is evaluation data only:
// its license (CC BY-SA 3.0) forbids shipping anything derived from it, and
// no word of it is in the module. Light's rules were weighed on it by kind
// of error (see the package doc), as the issue measures Light there.
// TestConflation measures each stemmer on it.

// A pudPiece is one syntactic word of the treebank: a word, or a clitic
// that the text writes onto its neighbour.
type pudPiece struct {
	form, lemma, upos, feats string
}

// A pudWord is a word as the text writes it, a run of pieces with no space
// or punctuation between them (وبالنسبة: و + ب + النسبة).
type pudWord struct {
	text   string
	pieces []pudPiece
}

// base returns the index of the piece that is not a clitic: the last
// piece, or the one before it when the last is a pronoun written onto
// another piece (حكومت + ه, ل + ه). The pieces before it are proclitics.
func (w pudWord) base() int {
	b := len(w.pieces) - 1
	if b > 0 && w.pieces[b].upos == "PRON" {
		b--
	}
	return b
}

// readPUDWords returns the words of UD Arabic-PUD that have an Arabic
// letter, in the order of the text. The treebank writes each clitic as a
// token of its own with SpaceAfter=No before the next (it has no multiword
// token lines), so a word is a run of tokens joined that way, up to any
// punctuation.
func readPUDWords(t *testing.T) []pudWord {
	t.Helper()
	sc := bufio.NewScanner(sharedtest.Open(t, "corpora/ud-arabic-pud/ar_pud-ud-test.conllu"))
	var words []pudWord
	var cur pudWord
	joined := false // the previous token has SpaceAfter=No
	flush := func() {
		if strings.ContainsFunc(cur.text, func(r rune) bool { return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) }) {
			words = append(words, cur)
		}
		cur = pudWord{}
	}
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			flush()
			joined = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 || strings.ContainsAny(f[0], "-.") {
			t.Fatalf("PUD: unexpected line %+q", line)
		}
		p := pudPiece{form: f[1], lemma: f[2], upos: f[3], feats: f[5]}
		punct := p.upos == "PUNCT" || p.upos == "SYM" || !strings.ContainsFunc(p.form, func(r rune) bool {
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		})
		if !joined || punct || len(cur.pieces) == 0 {
			flush()
		}
		if !punct {
			cur.text += p.form
			cur.pieces = append(cur.pieces, p)
		}
		joined = strings.Contains(f[9], "SpaceAfter=No")
	}
	flush()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return words
}

// A formClass is one distinct word form of the treebank: the words whose
// text is the same after normalize.Search.
type formClass struct {
	word   pudWord        // its first occurrence with its lemma
	lemma  string         // its commonest lemma (the first seen on a tie)
	counts map[string]int // occurrences by lemma
}

// lemmaKey is the identity of a lemma: the LEMMA column after
// normalize.Search. The treebank vocalizes its lemmas, and not always alike
// (اِنتِقَال, ٱِنْتِقال), so harakat and alef forms are folded. The LId
// field of MISC is not used: it adds a sense number and, for verbs, the
// vowel of the imperfect (كَتَب-ُ_1), which tell apart senses no stemmer
// can see, and it is missing on many clitics.
func lemmaKey(lemma string) string { return normalize.Search.String(lemma) }

// formClasses groups the words by their text after normalize.Search.
func formClasses(words []pudWord) []*formClass {
	var classes []*formClass
	byForm := map[string]*formClass{}
	for _, w := range words {
		key := normalize.Search.String(w.text)
		lemma := lemmaKey(w.pieces[w.base()].lemma)
		c := byForm[key]
		if c == nil {
			c = &formClass{word: w, lemma: lemma, counts: map[string]int{}}
			byForm[key] = c
			classes = append(classes, c)
		}
		c.counts[lemma]++
		if c.counts[lemma] > c.counts[c.lemma] {
			c.lemma, c.word = lemma, w
		}
	}
	return classes
}

// conflationStemmers are the stemmers measured, each with the
// normalization its reference applies before it: Light after
// normalize.Search (what it is made for, and what "arabic stem" applies),
// Light10 after normalize.Lucene (Lucene's analyzer), Snowball and ISRI on
// the word as written (they normalize inside).
var conflationStemmers = []struct {
	s    stem.Stemmer
	form normalize.Form
}{
	{stem.Light, normalize.Search},
	{stem.Light10, normalize.Lucene},
	{stem.Snowball, 0},
	{stem.ISRI, 0},
}

// A conflation is a stemmer's score on the treebank.
type conflation struct {
	precision, recall, f1 float64
	propn, propnWhole     int // proper nouns, and those kept whole
	names, namesWhole     int // names, and those kept whole
}

// measure scores s, applied after form to the text of each class's word.
//
// Precision and recall count pairs of distinct forms: precision is the
// share of the pairs with the same stem that have the same lemma, recall
// the share of the pairs with the same lemma that have the same stem.
//
// A proper noun is a class whose word's piece that is not a clitic is
// PROPN. The treebank also tags PROPN the common nouns that head or
// modify a name (جامعة in جامعة كاليفورنيا, الولايات in الولايات المتحدة),
// and gives them, as inflected nouns, the feature Definite, which names
// never have: a name is a proper noun without it. A proper noun is kept
// whole when its stem is the word as written, or the piece that is not a
// clitic, either one with or without its article: ال, or the ل left of it
// after the preposition ل (للولايات is ل + لولايات) when the lemma does
// not start with ل. A stemmer that leaves a clitic on a name keeps the
// name whole; one that takes its first letter for a clitic (برايس as ب +
// رايس) or its last for a suffix does not. Stems and words are compared
// after normalize.Search and FoldHamza, which covers what each stemmer
// folds itself.
func measure(classes []*formClass, s stem.Stemmer, form normalize.Form) conflation {
	sameStem, sameLemma, sameBoth := map[string]int{}, map[string]int{}, map[[2]string]int{}
	var c conflation
	fold := normalize.Search | normalize.FoldHamza
	for _, fc := range classes {
		st := s.Stem(form.String(fc.word.text))
		sameStem[st]++
		sameLemma[fc.lemma]++
		sameBoth[[2]string{st, fc.lemma}]++

		b := fc.word.base()
		piece := fc.word.pieces[b]
		if piece.upos != "PROPN" {
			continue
		}
		written, whole := fold.String(fc.word.text), fold.String(piece.form)
		article := strings.TrimPrefix(whole, "ال")
		if b > 0 && fc.word.pieces[b-1].form == "ل" && !strings.HasPrefix(fold.String(piece.lemma), "ل") {
			article = strings.TrimPrefix(whole, "ل")
		}
		got := fold.String(st)
		kept := got == written || got == strings.TrimPrefix(written, "ال") || got == whole || got == article
		c.propn++
		if kept {
			c.propnWhole++
		}
		if !strings.Contains(piece.feats, "Definite=") {
			c.names++
			if kept {
				c.namesWhole++
			}
		}
	}
	both := pairs(sameBoth)
	c.precision = float64(both) / float64(pairs(sameStem))
	c.recall = float64(both) / float64(pairs(sameLemma))
	c.f1 = 2 * c.precision * c.recall / (c.precision + c.recall)
	return c
}

// pairs returns the number of pairs within the groups whose sizes are the
// values of counts.
func pairs[K comparable](counts map[K]int) (n int) {
	for _, k := range counts {
		n += k * (k - 1) / 2
	}
	return n
}

// minPropnWhole is the share of the treebank's proper nouns that Light
// must keep whole, as the issue that specified Light asks: all of them,
// the common nouns the treebank tags PROPN in names included.
const minPropnWhole = 0.95

// TestConflation measures how well each stemmer conflates the word forms
// of UD Arabic-PUD that share a lemma, and how many proper nouns and names
// it keeps whole, and prints the table that the package doc shows. It
// fails unless Light has the highest F1 and keeps at least minPropnWhole
// of proper nouns whole.
func TestConflation(t *testing.T) {
	classes := formClasses(readPUDWords(t))
	var b strings.Builder
	fmt.Fprintf(&b, "UD Arabic-PUD, %d distinct word forms:\n", len(classes))
	fmt.Fprintf(&b, "%-9s %9s %7s %6s %12s %12s\n", "stemmer", "precision", "recall", "F1", "PROPN whole", "names whole")
	scores := map[string]conflation{}
	for _, cs := range conflationStemmers {
		c := measure(classes, cs.s, cs.form)
		scores[cs.s.Name()] = c
		fmt.Fprintf(&b, "%-9s %8.1f%% %6.1f%% %5.1f%% %11.1f%% %11.1f%%\n", cs.s.Name(), 100*c.precision, 100*c.recall, 100*c.f1,
			100*float64(c.propnWhole)/float64(c.propn), 100*float64(c.namesWhole)/float64(c.names))
	}
	light := scores["light"]
	fmt.Fprintf(&b, "(%d proper nouns, %d of them names)\n", light.propn, light.names)
	t.Log("\n" + b.String())
	for name, c := range scores {
		if name != "light" && c.f1 >= light.f1 {
			t.Errorf("%s has F1 %.1f%%, Light %.1f%%; Light must have the highest", name, 100*c.f1, 100*light.f1)
		}
	}
	t.Logf("Light keeps %d of %d proper nouns whole", light.propnWhole, light.propn)
	if float64(light.propnWhole) < minPropnWhole*float64(light.propn) {
		t.Errorf("Light keeps %d of %d proper nouns whole, below %.0f%%", light.propnWhole, light.propn, 100*minPropnWhole)
	}
}
