package main

import (
	"flag"
	"io"
	"slices"

	"golang.org/x/text/transform"

	"github.com/go-arabic/arabic/transliterate"
)

var romanizeCommand = command{
	name:    "romanize",
	args:    "[-scheme NAME] [-reverse] [FILE...]",
	summary: "transliterate Arabic into Latin script, or back",
	help: `Romanize copies its input to standard output with Arabic script written in
Latin script, line for line: N lines in give N lines out, and a word list
gives one romanization per line. The schemes are those of the Go package
github.com/go-arabic/arabic/transliterate:

	names           names as English-language news writes them (the default)
	buckwalter      Tim Buckwalter's ASCII transliteration, as CAMeL Tools has it
	safebuckwalter  Buckwalter with letters for the characters special in XML,
	                regular expressions and shells
	xmlbuckwalter   Buckwalter without > & <
	hsb             Habash-Soudi-Buckwalter
	ungegn          ICU's Arabic-Latin transform (UNGEGN-based, reversible)
	alalc           ALA-LC (Library of Congress) romanization
	din31635        DIN 31635 (German, DMG)
	iso233          ISO 233-2 (bibliographic)
	bgn             BGN/PCGN 1956 (geographical and personal names)

The scholarly schemes (alalc, din31635, iso233, bgn) follow their rules on
vowelled text; on unvowelled text they write the consonant skeleton with the
long vowels. Characters outside a scheme's repertoire, ill-formed UTF-8
too, are copied unchanged.

-reverse converts Latin script back into Arabic, for the reversible schemes
(the Buckwalter family and ungegn); the others are one-way.

Examples:

	echo 'خليفة حفتر' | arabic romanize
	arabic romanize -scheme buckwalter article.txt > article.bw
	arabic romanize -scheme buckwalter -reverse article.bw
	arabic romanize -scheme alalc vowelled.txt`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		name := fs.String("scheme", "names", "the scheme: "+schemeNames(false))
		reverse := fs.Bool("reverse", false, "convert Latin script back into Arabic (schemes "+schemeNames(true)+")")
		return func(e *env, files []string) error {
			s, ok := byName(transliterate.All, *name)
			if !ok {
				return usagef("-scheme: unknown scheme %q; the schemes are %s", *name, schemeNames(false))
			}
			if *reverse {
				if s, ok = s.Inverse(); !ok {
					return usagef("-reverse: the scheme %q is one-way; the reversible schemes are %s", *name, schemeNames(true))
				}
			}
			in := e.inputs(files)
			defer in.Close()
			_, err := io.Copy(e.stdout, transform.NewReader(in, s))
			return err
		}
	},
}

// schemeNames lists the names of the schemes, or of the reversible ones.
func schemeNames(reversible bool) string {
	if !reversible {
		return names(transliterate.All)
	}
	return names(slices.DeleteFunc(slices.Clone(transliterate.All), func(s transliterate.Scheme) bool {
		_, ok := s.Inverse()
		return !ok
	}))
}
