package main

import (
	"bufio"
	"flag"
	"unicode/utf8"

	"github.com/go-arabic/arabic/tokenize"
)

var tokenizeCommand = command{
	name:    "tokenize",
	args:    "[-json] [-clitics] [FILE...]",
	summary: "split text into words, numbers and punctuation, with byte offsets",
	help: `
Tokenize prints one line per token of the input that is not white space:

	start<TAB>end<TAB>kind<TAB>text

Start and end are byte offsets into the whole input: the files, or standard
input, read one after another as one stream. The kinds are word (Arabic or
another non-Latin script), latin, number, punct, symbol and other (each
byte of ill-formed UTF-8 is a token of kind other, printed as it is). A
token's text never holds a tab or a line break: those are white space,
which tokenize does not print.

With -clitics, each word is printed as its pieces instead, with their own
offsets: kinds proclitic, base and enclitic (وبالتالي is و, ب and التالي).

With -json, each token is a JSON object on a line of its own, with the same
fields: {"start":0,"end":6,"kind":"word","text":"قال"}. JSON strings hold
only Unicode text, so in them an ill-formed byte is U+FFFD; its offsets stay
those of the byte.

Tokenize streams: memory stays bounded whatever the input, and lines of any
length work. A token of more than 1 MiB (a run of letters or digits with no
break) is printed in pieces of at most 1 MiB.

Examples:

	echo 'قال بومبيو (AP): ٣٫١٤' | arabic tokenize
	arabic tokenize -clitics -json article.txt
`,
	flags: func(fs *flag.FlagSet) func(env *env, files []string) error {
		asJSON := fs.Bool("json", false, "print JSON Lines instead of tab-separated lines")
		clitics := fs.Bool("clitics", false, "print each word as its proclitics, base and enclitic")
		return func(env *env, files []string) error {
			in := env.inputs(files)
			defer in.Close()
			out := newRowWriter(env.stdout, *asJSON)
			write := func(start, end int, kind tokenize.Kind, text string) {
				if *asJSON {
					out.json(jsonToken{start, end, kind.String(), text})
				} else {
					out.tsv(start, end, kind.String(), text)
				}
			}
			sc := bufio.NewScanner(in)
			sc.Buffer(make([]byte, 64<<10), 2*maxToken)
			sc.Split(scanTokens)
			offset := 0
			for sc.Scan() {
				tok := sc.Bytes()
				_, kind := tokenize.FirstSegment(tok)
				switch {
				case kind == tokenize.Space:
				case kind == tokenize.Word && *clitics:
					for piece := range tokenize.Clitics(string(tok)) {
						write(offset+piece.Start, offset+piece.End, piece.Kind, piece.Text)
					}
				default:
					write(offset, offset+len(tok), kind, string(tok))
				}
				if out.err != nil {
					return out.err
				}
				offset += len(tok)
			}
			return sc.Err()
		}
	},
}

// maxToken bounds the memory that one token may take: a longer segment is
// cut, at a rune boundary, into pieces of at most maxToken bytes.
const maxToken = 1 << 20

// scanTokens is tokenize.ScanSegments with the cut at maxToken.
func scanTokens(data []byte, atEOF bool) (advance int, token []byte, err error) {
	advance, token, err = tokenize.ScanSegments(data, atEOF)
	if advance == 0 && err == nil && len(data) > maxToken {
		n := maxToken
		for n > maxToken-utf8.UTFMax && !utf8.RuneStart(data[n]) {
			n--
		}
		return n, data[:n], nil
	}
	return advance, token, err
}

// jsonToken is a line of "arabic tokenize -json".
type jsonToken struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
	Text  string `json:"text"`
}
