package tokenize

import (
	"bufio"
	"iter"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/go-arabic/arabic/internal/sharedtest"
)

// A breakTest is one line of WordBreakTest.txt or SentenceBreakTest.txt: a
// string and the offsets at which UAX #29 breaks it.
type breakTest struct {
	line   int
	text   string
	breaks []int // byte offsets of the breaks, the end of text included
	desc   string
}

// readBreakTests parses a UAX #29 test file of lines like
// "÷ 0061 × 0308 ÷ 0020 ÷	# comment".
func readBreakTests(t *testing.T, name string) []breakTest {
	t.Helper()
	sc := bufio.NewScanner(sharedtest.Open(t, name))
	var tests []breakTest
	for line := 1; sc.Scan(); line++ {
		data, desc, _ := strings.Cut(sc.Text(), "#")
		if strings.TrimSpace(data) == "" {
			continue
		}
		tc := breakTest{line: line, desc: strings.TrimSpace(desc)}
		var b strings.Builder
		for _, f := range strings.Fields(data) {
			switch f {
			case "÷":
				if b.Len() > 0 {
					tc.breaks = append(tc.breaks, b.Len())
				}
			case "×":
			default:
				r, err := strconv.ParseUint(f, 16, 32)
				if err != nil {
					t.Fatalf("%s:%d: %v", name, line, err)
				}
				b.WriteRune(rune(r))
			}
		}
		tc.text = b.String()
		tests = append(tests, tc)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return tests
}

// ends returns the end offsets of the tokens of seq.
func ends(seq iter.Seq[Token]) []int {
	var e []int
	for tok := range seq {
		e = append(e, tok.End)
	}
	return e
}

// The tailorings of the package documentation that make Segments differ
// from the default rules of UAX #29 on some cases of WordBreakTest.txt.
const (
	ellipsis  = "a run of full stops is one ellipsis, not one segment per stop"
	timeColon = "a colon between digits stays inside a number, as in the time 10:30"
)

// wordBreakTailorings lists every case of WordBreakTest.txt (by line) that
// Segments breaks differently, with the reason and the breaks it makes.
var wordBreakTailorings = map[int]struct {
	reason string
	breaks []int
}{
	505:  {ellipsis, []int{2}},       // ..
	1493: {timeColon, []int{3}},      // 1:0
	1494: {timeColon, []int{5}},      // 1:◌̈0
	1525: {timeColon, []int{3, 4}},   // 1:1:
	1526: {timeColon, []int{5, 6}},   // 1:◌̈1:
	1527: {timeColon, []int{3, 4}},   // 1:1'
	1528: {timeColon, []int{5, 6}},   // 1:◌̈1'
	1529: {timeColon, []int{3, 4}},   // 1:1,
	1530: {timeColon, []int{5, 6}},   // 1:◌̈1,
	1531: {timeColon, []int{3, 7}},   // 1:1.U+2060
	1532: {timeColon, []int{5, 9}},   // 1:◌̈1.U+2060
	1764: {ellipsis, []int{1, 3, 4}}, // 1..1
	1765: {ellipsis, []int{3, 5, 6}}, // 1_1..1
	1766: {ellipsis, []int{3, 5, 6}}, // 1_a..1
	1767: {ellipsis, []int{1, 3, 4}}, // 1..a
	1768: {ellipsis, []int{3, 5, 6}}, // 1_1..a
	1769: {ellipsis, []int{3, 5, 6}}, // 1_a..a
	1818: {ellipsis, []int{1, 3, 4}}, // a..1
	1819: {ellipsis, []int{3, 5, 6}}, // a_1..1
	1820: {ellipsis, []int{3, 5, 6}}, // a_a..1
	1821: {ellipsis, []int{1, 3, 4}}, // a..a
	1822: {ellipsis, []int{3, 5, 6}}, // a_1..a
	1823: {ellipsis, []int{3, 5, 6}}, // a_a..a
}

func TestWordBreakConformance(t *testing.T) {
	tests := readBreakTests(t, "testdata/unicode/WordBreakTest.txt")
	pass, tailored := 0, 0
	for _, tc := range tests {
		got := ends(Segments(tc.text))
		tailoring, listed := wordBreakTailorings[tc.line]
		switch {
		case listed && slices.Equal(got, tc.breaks):
			t.Errorf("WordBreakTest.txt:%d: Segments(%+q) follows UAX #29 although the case is listed as tailored (%s)", tc.line, tc.text, tailoring.reason)
		case slices.Equal(got, tc.breaks):
			pass++
		case listed && slices.Equal(got, tailoring.breaks):
			tailored++
		default:
			t.Errorf("WordBreakTest.txt:%d: Segments(%+q) breaks at %v; want %v\n\t%s", tc.line, tc.text, got, tc.breaks, tc.desc)
		}
	}
	t.Logf("WordBreakTest.txt: %d/%d cases pass, %d differ by the listed tailorings", pass, len(tests), tailored)
	if tailored != len(wordBreakTailorings) {
		t.Errorf("%d cases differ by a tailoring; %d are listed", tailored, len(wordBreakTailorings))
	}
}

func TestSentenceBreakConformance(t *testing.T) {
	tests := readBreakTests(t, "testdata/unicode/SentenceBreakTest.txt")
	pass := 0
	for _, tc := range tests {
		got := ends(Sentences(tc.text))
		if slices.Equal(got, tc.breaks) {
			pass++
			continue
		}
		t.Errorf("SentenceBreakTest.txt:%d: Sentences(%+q) breaks at %v; want %v\n\t%s", tc.line, tc.text, got, tc.breaks, tc.desc)
	}
	t.Logf("SentenceBreakTest.txt: %d/%d pass", pass, len(tests))
}
