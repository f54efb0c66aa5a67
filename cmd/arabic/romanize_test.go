package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-arabic/arabic/transliterate"
)

func TestRomanize(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"buckwalter", []string{"-scheme", "buckwalter"}, "خليفة حفتر\nفائز السراج\n", "xlyfp Hftr\nfA}z AlsrAj\n"},
		{"buckwalter back", []string{"-scheme", "buckwalter", "-reverse"}, "xlyfp Hftr\n", "خليفة حفتر\n"},
		{"ungegn", []string{"-scheme", "ungegn"}, "خليفة حفتر", "kẖlyfẗ ḥftr"},
		{"ungegn back", []string{"-scheme", "ungegn", "-reverse"}, "kẖlyfẗ ḥftr\n", "خليفة حفتر\n"},
		{"alalc", []string{"-scheme", "alalc"}, "فَائِز السَّرَّاج، ١٢\n", "fāʼiz al-sarrāj, 12\n"},
		{"bgn", []string{"-scheme", "bgn"}, "الزَّرْقَاء\n\nطرابلس\n", "Az Zarqā’\n\nŢrābls\n"},
		{"ill-formed bytes pass", []string{"-scheme", "hsb"}, "ث\xff\n", "θ\xff\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, status := runArabic(t, tc.stdin, append([]string{"romanize"}, tc.args...)...)
			if status != 0 || stdout != tc.want {
				t.Errorf("arabic romanize %q < %+q = %+q, status %d, stderr %q; want %+q", tc.args, tc.stdin, stdout, status, stderr, tc.want)
			}
		})
	}
}

func TestRomanizeUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"unknown scheme", []string{"-scheme", "pinyin"}, `unknown scheme "pinyin"; the schemes are `},
		{"unknown scheme names the schemes", []string{"-scheme", "pinyin"}, `buckwalter, safebuckwalter, xmlbuckwalter, hsb, ungegn, alalc, din31635, iso233, bgn`},
		{"one-way scheme reversed", []string{"-scheme", "alalc", "-reverse"}, `the scheme "alalc" is one-way; the reversible schemes are buckwalter, safebuckwalter, xmlbuckwalter, hsb, ungegn`},
		{"unknown flag", []string{"-algorithm", "x"}, "flag provided but not defined"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, status := runArabic(t, "", append([]string{"romanize"}, tc.args...)...)
			if status != 2 || !strings.Contains(stderr, tc.want) {
				t.Errorf("arabic romanize %q: status %d, stderr %q; want 2 and %q", tc.args, status, stderr, tc.want)
			}
		})
	}
}

// TestRomanizeDefault checks that the default scheme is names.
func TestRomanizeDefault(t *testing.T) {
	stdout, stderr, status := runArabic(t, "خليفة حفتر\n", "romanize")
	if want := "Khalifa Haftar\n"; status != 0 || stdout != want {
		t.Errorf("arabic romanize: %q, status %d, stderr %q; want %q and status 0", stdout, status, stderr, want)
	}
}

// TestRomanizeLines holds every scheme to N lines in, N lines out, on the
// golden article, on a last line without a newline, and on a line longer
// than any buffer.
func TestRomanizeLines(t *testing.T) {
	article, err := os.ReadFile("../../testdata/article.txt")
	require.NoError(t, err)
	long := strings.Repeat("فائز السراج ", 20000) // 240 KB, one line
	inputs := []string{string(article), "خليفة\nحفتر", long + "\n" + long}
	for _, s := range transliterate.All {
		for _, in := range inputs {
			stdout, stderr, status := runArabic(t, in, "romanize", "-scheme", s.Name())
			if status != 0 {
				t.Errorf("arabic romanize -scheme %s: status %d, stderr %q", s.Name(), status, stderr)
				continue
			}
			if got, want := strings.Count(stdout, "\n"), strings.Count(in, "\n"); got != want {
				t.Errorf("arabic romanize -scheme %s: %d lines out for %d in", s.Name(), got, want)
			}
			if stdout != s.String(in) {
				t.Errorf("arabic romanize -scheme %s differs from %s.String", s.Name(), s.Name())
			}
		}
	}
}
