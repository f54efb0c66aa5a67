package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/go-arabic/arabic"
	"github.com/go-arabic/arabic/transliterate"
)

var analyzeCommand = command{
	name:    "analyze",
	args:    "[-json] [FILE...]",
	summary: "tokenize, normalize, stem and romanize in one pass (the main job)",
	help: `
Analyze prints one row per token of the input that is not white space, with
what the library makes of it:

	start   byte offset of the token in the input (all files read as one stream)
	end     byte offset just after it
	kind    word, latin, number, punct, symbol or other (an ill-formed byte)
	text    the token as the input has it: the bytes input[start:end]
	normalized  the text normalized for search (normalize.Search)
	stem    the stem of a word (stem.Light); for other kinds, normalized
	romanized   the text as English-language news writes it (transliterate.Names)

The output is tab-separated with a header line, or, with -json, one JSON
object per line with exactly those keys. JSON strings hold only Unicode
text, so in them an ill-formed byte is U+FFFD; the TSV prints it as it is.

Analyze streams: memory stays bounded whatever the input. On inputs over
50 MB it reports its progress on standard error when that is a terminal.

Examples:

	arabic analyze testdata/article.txt
	echo 'وقال بومبيو إن الولايات المتحدة' | arabic analyze -json
`,
	flags: func(fs *flag.FlagSet) func(env *env, files []string) error {
		asJSON := fs.Bool("json", false, "print JSON Lines instead of tab-separated rows")
		return func(env *env, files []string) error {
			in := env.inputs(files)
			defer in.Close()
			a := arabic.Analyzer{Romanize: transliterate.Names}
			w := newRowWriter(env.stdout, *asJSON)
			if !*asJSON {
				if _, err := env.stdout.WriteString("start\tend\tkind\ttext\tnormalized\tstem\tromanized\n"); err != nil {
					return err
				}
			}
			progress := newProgress(env.stderr, files)
			for t, err := range a.ReadTokens(in) {
				if err != nil {
					return err
				}
				if *asJSON {
					w.json(jsonAnalysis{t.Start, t.End, t.Kind.String(), t.Text, t.Normalized, t.Stem, t.Romanized})
				} else {
					w.tsv(t.Start, t.End, t.Kind.String(), t.Text, t.Normalized, t.Stem, t.Romanized)
				}
				if w.err != nil {
					return w.err
				}
				progress.at(t.End)
			}
			progress.done()
			return nil
		}
	},
}

// jsonAnalysis is a line of "arabic analyze -json".
type jsonAnalysis struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Kind       string `json:"kind"`
	Text       string `json:"text"`
	Normalized string `json:"normalized"`
	Stem       string `json:"stem"`
	Romanized  string `json:"romanized"`
}

// progressThreshold is the input size above which analyze reports its
// progress, when standard error is a terminal.
const progressThreshold = 50 << 20

// A progress reports on a terminal how far through its input a command is.
// It is silent when standard error is not a terminal or the input is small.
type progress struct {
	w     io.Writer
	total int64 // bytes in all files, or -1 when standard input is read
	next  int   // offset at which to report next
	start time.Time
}

func newProgress(stderr io.Writer, files []string) *progress {
	f, ok := stderr.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	var total int64
	for _, name := range files {
		st, err := os.Stat(name)
		if name == "-" || err != nil {
			total = -1
			break
		}
		total += st.Size()
	}
	if len(files) == 0 {
		total = -1
	}
	if total >= 0 && total <= progressThreshold {
		return nil
	}
	return &progress{w: stderr, total: total, next: progressThreshold, start: time.Now()}
}

func (p *progress) at(offset int) {
	if p == nil || offset < p.next {
		return
	}
	p.next = offset + 16<<20
	mb := float64(offset) / (1 << 20)
	rate := mb / time.Since(p.start).Seconds()
	if p.total > 0 {
		fmt.Fprintf(p.w, "\ranalyze: %.0f of %.0f MB (%.0f%%), %.0f MB/s ", mb, float64(p.total)/(1<<20), 100*float64(offset)/float64(p.total), rate)
	} else {
		fmt.Fprintf(p.w, "\ranalyze: %.0f MB, %.0f MB/s ", mb, rate)
	}
}

func (p *progress) done() {
	if p != nil && p.next > progressThreshold {
		fmt.Fprintln(p.w)
	}
}
