package normalize

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

// flagNames are the names of the flags, in the order of their bits.
var flagNames = [...]string{
	"RemoveTashkeel", "RemoveSuperscriptAlef", "FoldSuperscriptAlef",
	"RemoveQuranicMarks", "RemoveHamzaMarks", "ComposeHamza", "RemoveTatweel",
	"FoldAlef", "FoldAlefWasla", "FoldHamza", "FoldAlefMaksura",
	"FoldTehMarbuta", "FoldPresentationForms", "FoldPersian", "FoldDigits",
	"RemoveBidiControls", "RemoveZWJ", "RemoveZWNJ",
}

// profiles are the named Forms that ParseForm accepts, in the order its
// error message lists them.
var profiles = [...]struct {
	name string
	form Form
}{
	{"search", Search},
	{"display", Display},
	{"lucene", Lucene},
	{"none", 0},
}

// Format implements [fmt.Formatter]: %v and %s print a profile's name
// ("Search") or the flags joined with "|" ("FoldAlef|RemoveTatweel"); the
// zero Form prints as "0". Form cannot be a [fmt.Stringer], since String
// normalizes text.
func (f Form) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(s, fmt.FormatString(s, 's'), f.name())
	default:
		fmt.Fprintf(s, fmt.FormatString(s, verb), uint32(f))
	}
}

func (f Form) name() string {
	if f == 0 {
		return "0" // not "None": the zero Form is no profile
	}
	for _, p := range profiles {
		if p.form == f {
			return strings.ToUpper(p.name[:1]) + p.name[1:]
		}
	}
	var names []string
	for rest := f; rest != 0; rest &= rest - 1 {
		i := bits.TrailingZeros32(uint32(rest))
		if i < len(flagNames) {
			names = append(names, flagNames[i])
		} else {
			names = append(names, fmt.Sprintf("Form(1<<%d)", i))
		}
	}
	return strings.Join(names, "|")
}

// ParseForm returns the Form that name describes: a profile ("search",
// "display", "lucene", or "none" for the zero Form), a flag name
// ("FoldAlef"), or several of these joined with "+" or "|"
// ("lucene+FoldAlefWasla"). Case is ignored. It is meant for configuration
// files and command lines; the error names every valid value.
func ParseForm(name string) (Form, error) {
	var f Form
	parts := 0
	for part := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == '+' || r == '|' }) {
		g, ok := lookupForm(strings.TrimSpace(part))
		if !ok {
			return 0, fmt.Errorf("normalize: unknown form %q; valid are the profiles %s and the flags %s",
				part, profileList(), strings.Join(flagNames[:], ", "))
		}
		f |= g
		parts++
	}
	if parts == 0 {
		return 0, errors.New("normalize: empty form name; valid are the profiles " + profileList() + " and flag names joined with +")
	}
	return f, nil
}

func lookupForm(name string) (Form, bool) {
	for _, p := range profiles {
		if strings.EqualFold(name, p.name) {
			return p.form, true
		}
	}
	for i, n := range flagNames {
		if strings.EqualFold(name, n) {
			return 1 << i, true
		}
	}
	return 0, false
}

func profileList() string {
	names := make([]string, len(profiles))
	for i, p := range profiles {
		names[i] = p.name
	}
	return strings.Join(names, ", ")
}
