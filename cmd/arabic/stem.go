package main

import (
	"bufio"
	"flag"
	"io"
	"unicode"
	"unicode/utf8"

	"github.com/go-arabic/arabic/normalize"
	"github.com/go-arabic/arabic/stem"
)

var stemCommand = command{
	name:    "stem",
	args:    "[-algorithm NAME] [-form NAME] [FILE...]",
	summary: "replace each Arabic word by its stem",
	help: `Stem copies its input to standard output with each word replaced by its
stem and every other byte kept, so N lines in give N lines out and a word
list gives one stem per line. The algorithms are those of the Go package
github.com/go-arabic/arabic/stem:

	light     the default: clitics, the article and one inflectional
	          ending off, names kept whole
	light10   Larkey's light10, as Apache Lucene's ArabicStemmer
	snowball  the Snowball Arabic stemmer
	isri      the ISRI root stemmer, as NLTK's ISRIStemmer

-form normalizes each word before it is stemmed, as "arabic normalize"
does. It defaults to the form the algorithm is made for: search for
light; lucene for light10, so that "arabic stem -algorithm light10" equals
Lucene's ArabicNormalizer then ArabicStemmer; none for snowball and isri,
which normalize as their algorithms define.

A word is a run of letters, marks and digits of the Arabic blocks
(U+0600–U+06FF, U+0750–U+077F, U+0870–U+08FF, U+FB50–U+FDFF,
U+FE70–U+FEFF), tatweel and harakat included. Everything else, ill-formed
UTF-8 too, is copied unchanged, and so is a run of 64 KiB or more.

Examples:

	echo 'وللسلطة المسؤولون الفلسطينيين' | arabic stem
	echo 'ذهب الطلاب إلى المدرسة' | arabic stem -algorithm snowball
	arabic stem -algorithm isri words.txt > roots.txt
	arabic stem -algorithm light10 -form search testdata/article.txt`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		algorithm := fs.String("algorithm", stem.All[0].Name(), "the stemmer: "+names(stem.All))
		formName := fs.String("form", "", "a normalization profile or flags joined with + (default: the algorithm's reference form)")
		return func(e *env, files []string) error {
			s, ok := byName(stem.All, *algorithm)
			if !ok {
				return usagef("-algorithm: unknown algorithm %q; the algorithms are %s", *algorithm, names(stem.All))
			}
			form := referenceForms[s.Name()]
			if *formName != "" {
				var err error
				if form, err = normalize.ParseForm(*formName); err != nil {
					return usagef("-form: %v", err)
				}
			}
			var normalized []byte
			wr := newWordReplacer(func(dst, word []byte) []byte {
				if form != 0 {
					normalized = form.Append(normalized[:0], word)
					word = normalized
				}
				return s.AppendStem(dst, word)
			})
			in := e.inputs(files)
			defer in.Close()
			return wr.copy(e.stdout, in)
		}
	},
}

// referenceForms are the normalizations that the algorithms' reference
// implementations apply before stemming, outside the algorithm: -form's
// defaults. The other algorithms get none.
var referenceForms = map[string]normalize.Form{
	"light10": normalize.Lucene,
	"light":   normalize.Search,
}

// maxWord bounds the words that stem stems: a run of word runes of
// maxWord bytes or more is copied unchanged, so that memory stays bounded.
const maxWord = 64 << 10

// A wordReplacer copies text, replacing each word with what replace
// appends to its dst for it.
type wordReplacer struct {
	replace func(dst, word []byte) []byte
	maxWord int // maxWord, which the tests make small
	// letters[r-0x0600] is isWordRune(r) for the Arabic block, where
	// nearly all runes of Arabic text are.
	letters [0x100]bool
}

func newWordReplacer(replace func(dst, word []byte) []byte) *wordReplacer {
	wr := &wordReplacer{replace: replace, maxWord: maxWord}
	for i := range wr.letters {
		r := rune(0x0600 + i)
		wr.letters[i] = isWordRune(r)
	}
	return wr
}

// copy copies r to w. It reads r in chunks of 2*maxWord bytes, and keeps
// the unfinished word and rune at the end of one chunk for the next, so
// that its memory stays bounded however long the lines are.
func (wr *wordReplacer) copy(w *bufio.Writer, r io.Reader) error {
	buf := make([]byte, 2*wr.maxWord)
	var out []byte
	pending := 0      // bytes at the start of buf not yet processed
	overlong := false // inside a run of word runes longer than maxWord
	for {
		n, err := io.ReadFull(r, buf[pending:])
		atEOF := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !atEOF {
			return err
		}
		data := buf[:pending+n]
		end := len(data) // where the runes known whole end
		if !atEOF {
			end = wholeRunes(data)
		}
		i := 0
		for i < end {
			j := wr.wordEnd(data[:end], i)
			if j == i { // not a word: copy up to the next word
				overlong = false
				j = wr.nextWord(data[:end], i)
				w.Write(data[i:j])
				i = j
				continue
			}
			if j-i >= wr.maxWord {
				overlong = true // a run this long is not a word
			}
			if j == end && !atEOF && !overlong {
				break // the word may go on in the next chunk
			}
			if overlong {
				w.Write(data[i:j])
			} else {
				out = wr.replace(out[:0], data[i:j])
				w.Write(out)
			}
			i = j
		}
		pending = copy(buf, data[i:])
		if atEOF {
			return nil
		}
	}
}

// wholeRunes returns the length of data without a rune cut off at its
// end, which the next chunk completes.
func wholeRunes(data []byte) int {
	for k := 1; k < utf8.UTFMax && k <= len(data); k++ {
		if c := data[len(data)-k]; c >= 0xC0 { // a lead byte
			if !utf8.FullRune(data[len(data)-k:]) {
				return len(data) - k
			}
			break
		} else if c < utf8.RuneSelf {
			break
		}
	}
	return len(data)
}

// wordEnd returns the end of the word that starts at data[i], or i if no
// word starts there.
func (wr *wordReplacer) wordEnd(data []byte, i int) int {
	for i < len(data) {
		r, size := utf8.DecodeRune(data[i:])
		if !wr.isWordRune(r) {
			break
		}
		i += size
	}
	return i
}

// nextWord returns the index of the first word rune in data[i:], or
// len(data).
func (wr *wordReplacer) nextWord(data []byte, i int) int {
	for i < len(data) {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if wr.isWordRune(r) {
			break
		}
		i += size
	}
	return i
}

// isWordRune reports whether r is a letter, mark or digit of the Arabic
// blocks, with a table for the Arabic block.
func (wr *wordReplacer) isWordRune(r rune) bool {
	if 0x0600 <= r && r <= 0x06FF {
		return wr.letters[r-0x0600]
	}
	return isWordRune(r)
}

// isWordRune reports whether r is a letter, mark or digit of the Arabic
// blocks. The digits (U+0660–U+0669, U+06F0–U+06F9) make numbers words:
// Snowball's algorithm folds them to ASCII digits.
func isWordRune(r rune) bool {
	return unicode.Is(arabicBlocks, r) && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r))
}

// arabicBlocks are the Unicode blocks of the Arabic script.
var arabicBlocks = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x0600, Hi: 0x06FF, Stride: 1}, // Arabic
		{Lo: 0x0750, Hi: 0x077F, Stride: 1}, // Arabic Supplement
		{Lo: 0x0870, Hi: 0x089F, Stride: 1}, // Arabic Extended-B
		{Lo: 0x08A0, Hi: 0x08FF, Stride: 1}, // Arabic Extended-A
		{Lo: 0xFB50, Hi: 0xFDFF, Stride: 1}, // Arabic Presentation Forms-A
		{Lo: 0xFE70, Hi: 0xFEFF, Stride: 1}, // Arabic Presentation Forms-B
	},
}
