//go:build ignore

// gen.go generates tables.go: the class of every rune a Form can touch and
// what each flag turns it into. The rules below are the only place where the
// package's linguistic data is written down; everything else is computed
// from Unicode: compatibility decompositions and canonical compositions come
// from golang.org/x/text/unicode/norm, names from x/text's runenames.
//
// Run it with "go generate" in this directory.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"

	"github.com/go-arabic/arabic/internal/gotable"
)

// flagNames are the flags, in the order of their bits in normalize.go.
var flagNames = []string{
	"RemoveTashkeel", "RemoveSuperscriptAlef", "FoldSuperscriptAlef",
	"RemoveQuranicMarks", "RemoveHamzaMarks", "ComposeHamza", "RemoveTatweel",
	"FoldAlef", "FoldAlefWasla", "FoldHamza", "FoldAlefMaksura",
	"FoldTehMarbuta", "FoldPresentationForms", "FoldPersian", "FoldDigits",
	"RemoveBidiControls", "RemoveZWJ", "RemoveZWNJ",
}

// bit returns the bit of the flag name.
func bit(name string) int {
	i := slices.Index(flagNames, name)
	if i < 0 {
		log.Fatalf("no flag %s", name)
	}
	return 1 << i
}

// combining is not a flag: it marks the runes with a nonzero canonical
// combining class, which may compose with a letter before them.
const combining = 1 << 31

// removals lists the runes each Remove flag deletes, as inclusive ranges.
var removals = []struct {
	flag     string
	from, to rune
}{
	{"RemoveTashkeel", 0x064B, 0x0652},        // fathatan … sukun: the eight harakat Lucene removes
	{"RemoveSuperscriptAlef", 0x0670, 0x0670}, // superscript (dagger) alef
	{"RemoveQuranicMarks", 0x0610, 0x061A},    // honorific signs and small high marks
	{"RemoveQuranicMarks", 0x06D6, 0x06ED},    // Quranic annotation signs
	{"RemoveHamzaMarks", 0x0653, 0x0655},      // combining maddah above, hamza above, hamza below
	{"RemoveTatweel", 0x0640, 0x0640},
	{"RemoveBidiControls", 0x061C, 0x061C}, // ARABIC LETTER MARK
	{"RemoveBidiControls", 0x200E, 0x200F}, // LRM, RLM
	{"RemoveBidiControls", 0x202A, 0x202E}, // LRE, RLE, PDF, LRO, RLO
	{"RemoveBidiControls", 0x2066, 0x2069}, // LRI, RLI, FSI, PDI
	{"RemoveZWJ", 0x200D, 0x200D},
	{"RemoveZWNJ", 0x200C, 0x200C},
}

// folds lists the runes each Fold flag replaces by another rune.
var folds = []struct {
	flag     string
	from, to rune
}{
	{"FoldSuperscriptAlef", 0x0670, 0x0627}, // ٰ → ا
	{"FoldAlef", 0x0622, 0x0627},            // آ → ا
	{"FoldAlef", 0x0623, 0x0627},            // أ → ا
	{"FoldAlef", 0x0625, 0x0627},            // إ → ا
	{"FoldAlefWasla", 0x0671, 0x0627},       // ٱ → ا
	{"FoldHamza", 0x0624, 0x0648},           // ؤ → و
	{"FoldHamza", 0x0626, 0x064A},           // ئ → ي
	{"FoldAlefMaksura", 0x0649, 0x064A},     // ى → ي
	{"FoldTehMarbuta", 0x0629, 0x0647},      // ة → ه

	// Persian, Urdu and Pashto forms of Arabic letters, as keyboards and
	// fonts mix them into Arabic-language text.
	{"FoldPersian", 0x06CC, 0x064A}, // ی FARSI YEH → ي
	{"FoldPersian", 0x06CD, 0x064A}, // ۍ YEH WITH TAIL → ي
	{"FoldPersian", 0x06D0, 0x064A}, // ې E → ي
	{"FoldPersian", 0x06D2, 0x064A}, // ے YEH BARREE → ي
	{"FoldPersian", 0x06D3, 0x0626}, // ۓ YEH BARREE WITH HAMZA ABOVE → ئ
	{"FoldPersian", 0x06A9, 0x0643}, // ک KEHEH → ك
	{"FoldPersian", 0x06AA, 0x0643}, // ڪ SWASH KAF → ك
	{"FoldPersian", 0x06C1, 0x0647}, // ہ HEH GOAL → ه
	{"FoldPersian", 0x06C2, 0x0647}, // ۂ HEH GOAL WITH HAMZA ABOVE → ه
	{"FoldPersian", 0x06BE, 0x0647}, // ھ HEH DOACHASHMEE → ه
	{"FoldPersian", 0x06D5, 0x0647}, // ە AE → ه
	{"FoldPersian", 0x06C0, 0x0647}, // ۀ HEH WITH YEH ABOVE → ه
	{"FoldPersian", 0x06C3, 0x0629}, // ۃ TEH MARBUTA GOAL → ة
}

// digitZeros are the zeros of the digit sets FoldDigits maps to ASCII.
var digitZeros = []rune{0x0660, 0x06F0}

// The Arabic presentation forms blocks that FoldPresentationForms
// decomposes: A is U+FB50–U+FDFF, B is U+FE70–U+FEFF. The table spans both;
// the blocks between them (variation selectors, vertical, half-mark, CJK
// compatibility and small forms) are left out.
const (
	presentationLo = 0xFB50
	presentationHi = 0xFEFF
	gapLo, gapHi   = 0xFE00, 0xFE6F
)

// The marks whose canonical compositions ComposeHamza applies.
var hamzaMarks = []rune{0x0653, 0x0654, 0x0655}

type info struct {
	class int
	to    rune // replacement under the fold flag in class; -1 when none
}

var output = flag.String("output", "tables.go", "the file to write")

func main() {
	flag.Parse()
	arabic := make([]info, 0x100)
	for i := range arabic {
		arabic[i].to = -1
	}
	general := make([]info, 0x70) // U+2000–U+206F
	for i := range general {
		general[i].to = -1
	}
	at := func(r rune) *info {
		switch {
		case 0x0600 <= r && r <= 0x06FF:
			return &arabic[r-0x0600]
		case 0x2000 <= r && r <= 0x206F:
			return &general[r-0x2000]
		}
		log.Fatalf("U+%04X is outside the generated tables", r)
		return nil
	}
	for _, rm := range removals {
		for r := rm.from; r <= rm.to; r++ {
			at(r).class |= bit(rm.flag)
		}
	}
	for _, f := range folds {
		in := at(f.from)
		if in.to >= 0 {
			log.Fatalf("U+%04X has two fold targets", f.from)
		}
		in.class |= bit(f.flag)
		in.to = f.to
	}
	for _, zero := range digitZeros {
		for d := rune(0); d < 10; d++ {
			in := at(zero + d)
			in.class |= bit("FoldDigits")
			in.to = '0' + d
		}
	}

	var ccc [0x100]uint8
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if c := norm.NFC.PropertiesString(string(r)).CCC(); c != 0 {
			at(r).class |= combining
			ccc[r-0x0600] = c
		}
	}

	// Canonical compositions of a base letter with a hamza or maddah mark,
	// as NFC makes them.
	type composition struct{ base, mark, composite rune }
	var compositions []composition
	for base := rune(0x0600); base <= 0x06FF; base++ {
		for _, mark := range hamzaMarks {
			c := []rune(norm.NFC.String(string([]rune{base, mark})))
			if len(c) == 1 {
				compositions = append(compositions, composition{base, mark, c[0]})
				at(base).class |= bit("ComposeHamza")
			}
		}
	}

	// Compatibility decompositions of the presentation forms.
	var decomp strings.Builder
	offsets := make([]int, 0, presentationHi-presentationLo+2)
	for r := rune(presentationLo); r <= presentationHi; r++ {
		offsets = append(offsets, decomp.Len())
		if gapLo <= r && r <= gapHi {
			continue
		}
		if d := norm.NFKC.String(string(r)); d != string(r) {
			decomp.WriteString(d)
		}
	}
	offsets = append(offsets, decomp.Len())
	if decomp.Len() > 0xFFFF {
		log.Fatal("decompositions do not fit uint16 offsets")
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by \"go run gen.go\"; DO NOT EDIT.\n\npackage normalize\n\n")
	fmt.Fprintf(&b, "// UnicodeVersion is the version of Unicode the tables were generated from.\nconst UnicodeVersion = %q\n\n", norm.Version)
	if unicode.Version != norm.Version || runenames.UnicodeVersion != norm.Version {
		log.Fatalf("Unicode versions differ: unicode %s, norm %s, runenames %s", unicode.Version, norm.Version, runenames.UnicodeVersion)
	}

	writeClasses(&b, "arabicClass", "U+0600–U+06FF", 0x0600, arabic)
	writeClasses(&b, "generalPunctuationClass", "U+2000–U+206F", 0x2000, general)
	writeTargets(&b, "arabicTarget", 0x0600, arabic)

	fmt.Fprint(&b, "// arabicCombiningClass holds the canonical combining classes of U+0600–U+06FF.\nvar arabicCombiningClass = [0x100]uint8{\n")
	for i, c := range ccc {
		if c != 0 {
			fmt.Fprintf(&b, "\t0x%02X: %d, // U+%04X %s\n", i, c, 0x0600+i, runenames.Name(rune(0x0600+i)))
		}
	}
	fmt.Fprint(&b, "}\n\n")

	fmt.Fprint(&b, "// compositions are the canonical compositions (NFC) of an Arabic base letter\n// with a combining maddah or hamza.\nvar compositions = [...]struct{ base, mark, composite rune }{\n")
	for _, c := range compositions {
		fmt.Fprintf(&b, "\t{0x%04X, 0x%04X, 0x%04X}, // %s + %s\n", c.base, c.mark, c.composite, runenames.Name(c.base), runenames.Name(c.mark))
	}
	fmt.Fprint(&b, "}\n\n")

	fmt.Fprintf(&b, "// presentationDecomposition holds the NFKC decompositions of U+%04X–U+%04X:\n", presentationLo, presentationHi)
	fmt.Fprintf(&b, "// that of r is presentationDecomposition[o[i]:o[i+1]] with o = presentationOffset\n// and i = r-0x%04X; it is empty when r has none.\n", presentationLo)
	fmt.Fprintf(&b, "const presentationDecomposition = %q\n\n", decomp.String())
	fmt.Fprintf(&b, "var presentationOffset = [...]uint16{")
	gotable.Values(&b, "%d", 12, offsets)
	fmt.Fprint(&b, "\n}\n")

	gotable.WriteFile(*output, b.Bytes())
}

func classString(c int) string {
	var names []string
	if c&combining != 0 {
		names = append(names, "combining")
	}
	for i, n := range flagNames {
		if c&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, " | ")
}

func writeClasses(b *bytes.Buffer, name, block string, base rune, t []info) {
	fmt.Fprintf(b, "// %s holds, for each rune of %s, the flags that may change it.\n", name, block)
	fmt.Fprintf(b, "var %s = [0x%X]Form{\n", name, len(t))
	for i, in := range t {
		if in.class != 0 {
			r := base + rune(i)
			fmt.Fprintf(b, "\t0x%02X: %s, // U+%04X %s\n", i, classString(in.class), r, runenames.Name(r))
		}
	}
	fmt.Fprint(b, "}\n\n")
}

func writeTargets(b *bytes.Buffer, name string, base rune, t []info) {
	fmt.Fprintf(b, "// %s holds the rune a fold flag replaces each rune of U+%04X–U+%04X by.\n", name, base, base+rune(len(t))-1)
	fmt.Fprintf(b, "var %s = [0x%X]rune{\n", name, len(t))
	var is []int
	for i, in := range t {
		if in.to >= 0 {
			is = append(is, i)
		}
	}
	slices.Sort(is)
	for _, i := range is {
		to := t[i].to
		toName := runenames.Name(to)
		if to < utf8.RuneSelf {
			toName = fmt.Sprintf("%q", to)
		}
		fmt.Fprintf(b, "\t0x%02X: 0x%04X, // U+%04X %s → %s\n", i, to, base+rune(i), runenames.Name(base+rune(i)), toName)
	}
	fmt.Fprint(b, "}\n\n")
}
