package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A pair is one training example: an Arabic word as letter codes and the
// English spelling it was paired with.
type pair struct {
	ar    string // letter codes (see alphabet)
	en    string // lowercase ASCII letters
	count int    // how often the source saw the pair
}

// readLines calls f for each line of the file name, gunzipped when its name
// ends in ".gz".
func readLines(name string, f func(line string) error) error {
	file, err := os.Open(name)
	if err != nil {
		return err
	}
	defer file.Close()
	var r io.Reader = file
	if strings.HasSuffix(name, ".gz") {
		z, err := gzip.NewReader(file)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		r = z
	}
	s := bufio.NewScanner(r)
	for n := 1; s.Scan(); n++ {
		if err := f(s.Text()); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
	}
	if err := s.Err(); err != nil && err != io.EOF {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// readAr2en reads Google's ar2en pairs: "arabic<TAB>english".
func readAr2en(name string, fold *folder) ([]pair, error) {
	var pairs []pair
	err := readLines(name, func(line string) error {
		ar, en, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("no tab in %q", line)
		}
		if p, ok := fold.pair(ar, en, 1); ok {
			pairs = append(pairs, p)
		}
		return nil
	})
	return pairs, err
}

// readWikidata reads Merhav and Ash's Wikidata pairs:
// "english<TAB>arabic letters separated by spaces<TAB>count".
func readWikidata(name string, fold *folder) ([]pair, error) {
	var pairs []pair
	err := readLines(name, func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields in %q", line)
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		if p, ok := fold.pair(strings.ReplaceAll(f[1], " ", ""), f[0], n); ok {
			pairs = append(pairs, p)
		}
		return nil
	})
	return pairs, err
}

// A folder turns raw Arabic and English strings into the forms the model
// learns from.
type folder struct {
	class map[rune]runeClass
}

// arabic returns the letter codes of the word w, and false if w holds
// anything but Arabic-script letters and marks.
func (fo *folder) arabic(w string) (string, bool) {
	var b strings.Builder
	for _, r := range w {
		c, ok := fo.class[r]
		if !ok || c.ascii != "" || (c.letters == "" && !c.mark) {
			return "", false
		}
		for _, l := range c.letters {
			b.WriteByte(letterCode(l))
		}
	}
	return b.String(), b.Len() > 0
}

// latinFold spells the Latin letters that have no decomposition to ASCII.
var latinFold = map[rune]string{
	'ı': "i", 'ł': "l", 'ø': "o", 'đ': "d", 'ß': "ss", 'æ': "ae", 'œ': "oe",
	'þ': "th", 'ð': "d", 'ħ': "h",
}

// english folds w to lowercase ASCII letters, dropping apostrophes, periods
// and the like. It returns false if w has other letters (another script).
func english(w string) (string, bool) {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(w)) {
		switch {
		case 'a' <= r && r <= 'z':
			b.WriteRune(r)
		case latinFold[r] != "":
			b.WriteString(latinFold[r])
		case unicode.IsLetter(r):
			return "", false
		}
	}
	return b.String(), b.Len() > 0
}

// pair cleans one raw pair. The article ال (bare alif, lam) is taken off the
// Arabic, with "al"/"el" off the English when it has one: the romanizer
// writes the article itself, so the model learns the name after it.
func (fo *folder) pair(ar, en string, count int) (pair, bool) {
	a, ok := fo.arabic(ar)
	if !ok {
		return pair{}, false
	}
	e, ok := english(en)
	if !ok {
		return pair{}, false
	}
	if len(a) >= 4 && a[0] == letterCode('ا') && a[1] == letterCode('ل') {
		a = a[2:]
		if len(e) > 3 && (e[:2] == "al" || e[:2] == "el") {
			e = e[2:]
		}
	}
	return pair{ar: a, en: e, count: count}, true
}
