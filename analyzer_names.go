package arabic

import (
	"slices"
	"strings"

	"github.com/go-arabic/arabic/tokenize"
	"github.com/go-arabic/arabic/transliterate"
)

// nameSpans romanizes the tokens of one text in context, for an Analyzer
// whose Romanize is transliterate.Names: the name romanizer spells a name
// of several words as one (عبد الله is Abdullah, not Abd Allah) and
// capitalizes as running text does, which it cannot do token by token.
type nameSpans struct {
	text  string
	spans []transliterate.NameSpan // of the whole text, in order
	next  int                      // the first span that does not end before the last token
}

func newNameSpans(s string) *nameSpans {
	return &nameSpans{text: s, spans: slices.Collect(transliterate.NameSpans(s))}
}

// romanize returns the spelling of the token seg, which follows the last
// token romanized. A token that is a whole span gets its spelling. The
// words of a span of several get one word of its spelling each when it is
// spelled word by word, in their order (see wordByWord); else its first
// word gets the whole spelling and the others nothing (مجلس الأمن:
// "Security Council" and ""). A token that no span matches (punctuation,
// digits, Latin text, a token that is part of a word for the romanizer)
// is romanized alone.
func (n *nameSpans) romanize(seg tokenize.Token) string {
	for n.next < len(n.spans) && n.spans[n.next].End <= seg.Start {
		n.next++
	}
	if n.next == len(n.spans) {
		return transliterate.Names.String(seg.Text)
	}
	sp := n.spans[n.next]
	if seg.Start == sp.Start && seg.End == sp.End {
		return sp.Latin
	}
	words := n.text[sp.Start:sp.End] // words one space apart
	at, end := seg.Start-sp.Start, seg.End-sp.Start
	if at < 0 || end > len(words) || at > 0 && words[at-1] != ' ' || end < len(words) && words[end] != ' ' {
		return transliterate.Names.String(seg.Text)
	}
	if split := wordByWord(words, sp.Latin); split != nil {
		return split[strings.Count(words[:at], " ")]
	}
	if at == 0 {
		return sp.Latin
	}
	return ""
}

// wordByWord returns latin, the spelling of words, cut into the spellings
// of each word, or nil if it does not spell them one by one in their
// order: it must have as many words, and its last must be how the last
// word is spelled alone (رجب طيب أردوغان, Recep Tayyip Erdogan, ends with
// Erdogan; الجيش الوطني الليبي, Libyan National Army, is a translation).
func wordByWord(words, latin string) []string {
	split := strings.Fields(latin)
	last := words[strings.LastIndexByte(words, ' ')+1:]
	if len(split) != strings.Count(words, " ")+1 || !strings.EqualFold(split[len(split)-1], transliterate.Names.String(last)) {
		return nil
	}
	return split
}
