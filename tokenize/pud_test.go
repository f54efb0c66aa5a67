package tokenize

import (
	"bufio"
	"flag"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/go-arabic/arabic/internal/sharedtest"
)

// UD Arabic-PUD (../shared/corpora/ud-arabic-pud) is evaluation data only:
// its license (CC BY-SA 3.0) forbids shipping anything derived from it, so
// nothing in the package is tuned to it. These tests measure and log.

// A pudToken is one syntactic word of the treebank, located in its sentence.
type pudToken struct {
	form       string
	start, end int  // byte offsets in the sentence text
	punct      bool // punctuation or a symbol: a surface token of its own
}

type pudSentence struct {
	id, text string
	tokens   []pudToken
}

// readPUD parses the CoNLL-U file and finds every token in its sentence's
// text: tokens follow each other, separated by spaces unless the previous
// one has SpaceAfter=No.
func readPUD(t *testing.T) []pudSentence {
	t.Helper()
	sc := bufio.NewScanner(sharedtest.Open(t, "corpora/ud-arabic-pud/ar_pud-ud-test.conllu"))
	var out []pudSentence
	var cur pudSentence
	pos := 0
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# sent_id = "):
			cur.id = strings.TrimPrefix(line, "# sent_id = ")
		case strings.HasPrefix(line, "# text = "):
			cur.text = strings.TrimPrefix(line, "# text = ")
		case strings.HasPrefix(line, "#"):
		case line == "":
			out = append(out, cur)
			cur, pos = pudSentence{}, 0
		default:
			f := strings.Split(line, "\t")
			if len(f) != 10 || strings.ContainsAny(f[0], "-.") {
				t.Fatalf("PUD %s: unexpected line %+q", cur.id, line)
			}
			for pos < len(cur.text) && cur.text[pos] == ' ' {
				pos++
			}
			form := f[1]
			if !strings.HasPrefix(cur.text[pos:], form) {
				t.Fatalf("PUD %s: token %+q not at offset %d of %+q", cur.id, form, pos, cur.text)
			}
			punct := f[3] == "PUNCT" || f[3] == "SYM" || strings.IndexFunc(form, func(r rune) bool {
				return unicode.IsLetter(r) || unicode.IsDigit(r)
			}) < 0
			cur.tokens = append(cur.tokens, pudToken{form, pos, pos + len(form), punct})
			pos += len(form)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// A span is a piece of a sentence: a surface token, or a word with the
// offsets of its syntactic words.
type span struct {
	start, end int
	cuts       []int // offsets inside a word where the treebank splits clitics off
}

// surface joins the treebank's syntactic words into surface tokens: a word
// with the clitics written onto it is one token; punctuation is separate.
func (s pudSentence) surface() []span {
	var out []span
	for i, tok := range s.tokens {
		n := len(out)
		if i > 0 && n > 0 && out[n-1].end == tok.start && !tok.punct && !s.tokens[i-1].punct {
			out[n-1].cuts = append(out[n-1].cuts, tok.start-out[n-1].start)
			out[n-1].end = tok.end
			continue
		}
		out = append(out, span{start: tok.start, end: tok.end})
	}
	return out
}

func TestPUDTokens(t *testing.T) {
	sents := readPUD(t)
	var gold, got, both int
	var diffs []string
	for _, s := range sents {
		want := map[[2]int]bool{}
		for _, sp := range s.surface() {
			want[[2]int{sp.start, sp.end}] = true
		}
		gold += len(want)
		var miss []string
		for tok := range Segments(s.text) {
			if tok.Kind == Space {
				continue
			}
			got++
			if want[[2]int{tok.Start, tok.End}] {
				both++
			} else {
				miss = append(miss, tok.Text)
			}
		}
		if len(miss) > 0 && len(diffs) < 40 {
			diffs = append(diffs, s.id+": "+strings.Join(miss, " | "))
		}
	}
	p, r := float64(both)/float64(got), float64(both)/float64(gold)
	f1 := 2 * p * r / (p + r)
	t.Logf("UD Arabic-PUD surface tokens: %d gold, %d ours, %d agree: precision %.2f%%, recall %.2f%%, F1 %.2f%%", gold, got, both, 100*p, 100*r, 100*f1)
	for _, d := range diffs {
		t.Logf("  %s", d)
	}
	if f1 < 0.998 {
		t.Errorf("token F1 %.2f%% is below 99.8%%", 100*f1)
	}
}

// cliticCuts returns the offsets inside word where Clitics cuts it.
func cliticCuts(word string) []int {
	var cuts []int
	for tok := range Clitics(word) {
		if tok.Start > 0 {
			cuts = append(cuts, tok.Start)
		}
	}
	return cuts
}

var pudErrors = flag.Bool("pud.errors", false, "log every word whose clitics differ from UD Arabic-PUD's")

func TestPUDClitics(t *testing.T) {
	sents := readPUD(t)
	words, same, whole := 0, 0, 0
	var wrong []string
	for _, s := range sents {
		for _, sp := range s.surface() {
			word := s.text[sp.start:sp.end]
			if strings.IndexFunc(word, unicode.IsLetter) < 0 {
				continue
			}
			words++
			if len(sp.cuts) == 0 {
				whole++
			}
			if got := cliticCuts(word); slices.Equal(got, sp.cuts) {
				same++
			} else {
				wrong = append(wrong, pieces(word, sp.cuts)+" ≠ "+pieces(word, got))
			}
		}
	}
	t.Logf("UD Arabic-PUD clitics: %d of %d words split as the treebank splits them (%.2f%%); keeping every word whole: %d (%.2f%%)",
		same, words, 100*float64(same)/float64(words), whole, 100*float64(whole)/float64(words))
	if *pudErrors {
		for _, w := range wrong {
			t.Log(w)
		}
	}
	if float64(same) < 0.97*float64(words) {
		t.Errorf("clitic splits agree on %.2f%% of words, below 97%%", 100*float64(same)/float64(words))
	}
}

// pieces writes word cut at cuts, the pieces joined by "+".
func pieces(word string, cuts []int) string {
	var b strings.Builder
	last := 0
	for _, c := range cuts {
		b.WriteString(word[last:c])
		b.WriteString("+")
		last = c
	}
	b.WriteString(word[last:])
	return b.String()
}
