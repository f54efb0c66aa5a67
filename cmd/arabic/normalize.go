package main

import (
	"flag"
	"io"

	"golang.org/x/text/transform"

	"github.com/go-arabic/arabic/normalize"
)

var normalizeCommand = command{
	name:    "normalize",
	args:    "[-form NAME] [FILE...]",
	summary: "normalize Arabic text (diacritics, alef and hamza forms, tatweel, …)",
	help: `Normalize copies its input to standard output normalized to a form,
line for line. NAME is a profile:

	search    fold everything a search index should not tell apart (the default)
	display   change only what is invisible or presentational
	lucene    exactly Apache Lucene's ArabicNormalizer
	none      change nothing

or flag names joined with "+", such as lucene+FoldAlefWasla or
RemoveTashkeel+RemoveTatweel. The flags are those of the Go package
github.com/go-arabic/arabic/normalize, where each is documented rune by rune.

Examples:

	arabic normalize testdata/article.txt
	echo 'مُسّيرة' | arabic normalize -form RemoveTashkeel
	arabic normalize -form display < in.txt > out.txt`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		form := fs.String("form", "search", "a profile (search, display, lucene, none) or flags joined with +")
		return func(e *env, files []string) error {
			f, err := normalize.ParseForm(*form)
			if err != nil {
				return usagef("-form: %v", err)
			}
			in := e.inputs(files)
			defer in.Close()
			_, err = io.Copy(e.stdout, transform.NewReader(in, f))
			return err
		}
	},
}
