package tokenize

import (
	"iter"

	"github.com/go-arabic/arabic/internal/clitic"
	"github.com/go-arabic/arabic/tokenize/internal/ucd"
)

// Clitics returns an iterator over the pieces of one word: its proclitics,
// one Token of kind Proclitic each, then its base (kind Base), then its
// pronoun enclitic if it has one (kind Enclitic). Offsets are relative to
// word, and every Text is a substring of word: the pieces put together give
// the word back. A word that Clitics does not split, such as an Arabic word
// without clitics, a Latin word or a number, is one Base; the empty string
// has no pieces. The word is typically a Token of kind Word from Words.
//
// The pieces are those of the Universal Dependencies Arabic treebanks, which
// keep the surface letters (للسلطة is ل + لسلطة, حكومته is حكومت + ه):
//
//   - proclitics, at most one of each group in this order: the
//     conjunction و or ف; the preposition ب, ك or ل, or the future
//     particle س before a verb in the imperfect (سيكون). Proclitics on a
//     number come off too (و2006);
//   - the article ال, which stays on the base (والكتاب is و + الكتاب);
//   - one pronoun enclitic: ه ها هم هما هن نا, and after the particles that
//     take them (منك, عليكم, إنني) ي ني ك كم كما كن.
//
// Clitics splits only where the letters can be clitics:
//
//   - a word with the article takes no pronoun, nor does a function word
//     (هذه), nor a final alef with tanween (شبهاً);
//   - a pronoun needs a host of two letters, or the preposition ل or ب
//     (لهم is ل + هم); ي needs two (لي and بي stay whole);
//   - a proclitic needs a base of two letters, which must then be a
//     function word (وقد, فهو); ف comes off only before the article or a
//     function word, and ك only before these, a participle in م (كمراقب) or
//     a noun with kasratan (كرئيسٍ), since far more words start with those
//     letters than take them as clitics; before a bare alef, a proclitic
//     comes off only if the alef is a hamzat al-wasl (باستخدام, واسم), not
//     when it is the word's own (وافق) or a name's (لافروف); ب does not
//     come off before ي, which starts names (بيير) more often than nouns,
//     nor before و but from a word of the lexicon or with the shape of
//     Arabic words (بوجود, not بولس);
//   - س comes off only before the prefix of an imperfect verb (ي ت ن, or
//     أ before three letters) followed by a consonant, and a stem of three
//     letters or more without the endings of nouns (ة ات ين);
//   - names from other languages keep their first letter: a proclitic
//     before another that cannot follow it is the name's (بلغراد is no
//     ب + ل + غراد), and so is a preposition before a base that ends as
//     names do (بلانو, لوفينغ), that has five letters or more and none of
//     the shapes of Arabic words (بريتيش), or that starts with a
//     consonant cluster (برايس, بروكس).
//
// Two word lists go with the rules. A lexicon of about 500 words, written
// by hand for this package from general knowledge of Modern Standard Arabic
// (internal/clitic/data/clitics.txt in the module), names the words whose
// first or last letters are radical although they look like clitics (وزير,
// بيروت, لبنان, كتاب, مهم, هنا), with their inflections, and the particles
// that are never split (كما, لقد). A list of about 600 names whose first or
// last letters look like clitics (سيغال, ويليامز, بينوا), derived from the
// train splits of two lists of names, Wikidata's (CC0) and Google's ar2en
// (Apache-2.0; internal/clitic/data/names.txt, with its notices), keeps
// them whole. Words are looked up with harakat and tatweel removed and the
// hamza forms of alef, alef maksura and the Persian letters folded, so
// vocalized and unvocalized text split alike. Hamza matters otherwise: text
// that writes أ and إ as a bare alef loses the splits before them that the
// hamzat al-wasl rule refuses. Words with letters outside the Arabic
// alphabet (پ چ ژ گ ڤ) are Persian, Urdu or names, and stay whole.
//
// The pieces are a guess from the letters alone, with no dictionary of the
// language: on UD Arabic-PUD, 98.8% of words are split as the treebank
// splits them, where keeping every word whole scores 84.6% (the package's
// tests log the figures). The errors left are mostly words whose letters
// look like a clitic and a word (جنيه as جني + ه, وكلاء as و + كلاء) and
// names neither list has (وينهام as و + ينهام).
//
// Clitics and SplitClitics take about 30 ns a word of news text.
// The iterator reads only word, makes no allocations and may be ranged over
// more than once.
func Clitics(word string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		pro, base, enc := SplitClitics(word)
		for i := 0; i < len(pro); {
			n := proclitic(pro[i:])
			if !yield(Token{Text: pro[i : i+n], Start: i, End: i + n, Kind: Proclitic}) {
				return
			}
			i += n
		}
		if base != "" && !yield(Token{Text: base, Start: len(pro), End: len(pro) + len(base), Kind: Base}) {
			return
		}
		if enc != "" {
			yield(Token{Text: enc, Start: len(word) - len(enc), End: len(word), Kind: Enclitic})
		}
	}
}

// SplitClitics splits word where Clitics does: pro holds the proclitics
// (each one letter with its marks, so len(pro) is 0, 2 or 4 bytes plus their
// marks), base the base and enc the pronoun enclitic, so that
// pro+base+enc == word. All three share memory with word; SplitClitics
// makes no allocations. A stemmer that strips clitics takes base.
func SplitClitics(word string) (pro, base, enc string) {
	if clitic.Bare(word) {
		return "", word, ""
	}
	var w clitic.Word
	if !w.Analyze(word, false) {
		n := numberProclitics(word)
		return word[:n], word[n:], ""
	}
	return word[:w.Pro], word[w.Pro:w.Enc], word[w.Enc:]
}

// numberProclitics returns the length of the proclitics written onto a
// number (و2006, ب15, بـ5): one or two letters that make a sequence of
// proclitics, then a digit. It returns 0 for any other word.
func numberProclitics(word string) int {
	var letters [2]rune
	n := 0
	for i := 0; i < len(word); {
		p, size := propAt(word, i)
		switch {
		case p.WB() == ucd.WBNumeric:
			conj := n > 0 && (letters[0] == 'و' || letters[0] == 'ف')
			if n == 1 && (conj || isPreposition(letters[0])) || n == 2 && conj && isPreposition(letters[1]) {
				return i
			}
			return 0
		case n > 0 && (p&ucd.Tatweel != 0 || ignored(p.WB())):
		case arabic(p) && size == 2 && n < len(letters):
			letters[n] = rune(word[i]&0x1F)<<6 | rune(word[i+1]&0x3F)
			n++
		default:
			return 0
		}
		i += size
	}
	return 0
}

// isPreposition reports whether r is one of the prepositions that are
// written onto the next word.
func isPreposition(r rune) bool { return r == 'ب' || r == 'ل' || r == 'ك' }

// proclitic returns the length of the first proclitic in s: one letter and
// the marks and tatweel after it.
func proclitic(s string) int {
	_, n := propAt(s, 0)
	for n < len(s) {
		p, size := propAt(s, n)
		if p&ucd.Tatweel == 0 && !ignored(p.WB()) {
			break
		}
		n += size
	}
	return n
}
