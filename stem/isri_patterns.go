package stem

// An isriPattern is one of ISRI's word patterns: where its letters match,
// the root is the letters at the positions root lists.
type isriPattern struct {
	name string      // the pattern as the paper writes it; ف ع ل stand for the root
	at   [3]isriTest // all must hold; a zero test always does
	same [2]int      // two positions that must hold the same letter
	root []int       // increasing
}

// An isriTest holds when the letter at position pos is one of oneOf.
type isriTest struct {
	pos   int
	oneOf string
}

func (p *isriPattern) match(w []rune) bool {
	for _, t := range p.at {
		if t.oneOf != "" && !hasLetter(t.oneOf, w[t.pos]) {
			return false
		}
	}
	return w[p.same[0]] == w[p.same[1]]
}

// extract returns the root letters of w, in w's memory.
func (p *isriPattern) extract(w []rune) []rune {
	for k, i := range p.root {
		w[k] = w[i] // i >= k, as root increases
	}
	return w[:len(p.root)]
}

// applyPatterns returns the root of the first pattern that matches w.
func applyPatterns(w []rune, patterns []isriPattern) ([]rune, bool) {
	for i := range patterns {
		if patterns[i].match(w) {
			return patterns[i].extract(w), true
		}
	}
	return w, false
}

// proW extracts a three-letter root from a word of 4, 5 or 6 letters
// (NLTK's pro_w4, pro_w53, pro_w6) with the patterns for its length, or
// else removes a one-letter suffix and, failing that, a one-letter prefix.
func proW(w []rune, patterns []isriPattern) []rune {
	if root, ok := applyPatterns(w, patterns); ok {
		return root
	}
	n := len(w)
	if w = suf1(w); len(w) == n {
		w = pre1(w)
	}
	return w
}

// proW54 extracts a four-letter root from a five-letter word.
func proW54(w []rune) []rune {
	root, _ := applyPatterns(w, isriPatterns54)
	return root
}

// proW64 extracts a four-letter root from a six-letter word.
func proW64(w []rune) []rune {
	root, _ := applyPatterns(w, isriPatterns64)
	return root
}

// endW5 goes on with what proW left of a five-letter word.
func endW5(w []rune) []rune {
	switch len(w) {
	case 4:
		return proW(w, isriPatterns4)
	case 5:
		return proW54(w)
	}
	return w
}

// endW6 goes on with what proW left of a six-letter word.
func endW6(w []rune) []rune {
	switch len(w) {
	case 5:
		return endW5(proW(w, isriPatterns53))
	case 6:
		return proW64(w)
	}
	return w
}

// The patterns, in the order NLTK tries them.
var (
	isriPatterns4 = []isriPattern{
		{name: "مفعل", at: [3]isriTest{{0, "م"}}, root: []int{1, 2, 3}},
		{name: "فاعل", at: [3]isriTest{{1, "ا"}}, root: []int{0, 2, 3}},
		{name: "فعال فعول فعيل", at: [3]isriTest{{2, "اوي"}}, root: []int{0, 1, 3}},
		{name: "فعلة", at: [3]isriTest{{3, "ة"}}, root: []int{0, 1, 2}},
	}
	isriPatterns53 = []isriPattern{
		{name: "افتعل افاعل", at: [3]isriTest{{2, "ات"}, {0, "ا"}}, root: []int{1, 3, 4}},
		{name: "مفعول مفعال مفعيل", at: [3]isriTest{{3, "ايو"}, {0, "م"}}, root: []int{1, 2, 4}},
		{name: "مفعلة تفعلة افعلة", at: [3]isriTest{{0, "اتم"}, {4, "ة"}}, root: []int{1, 2, 3}},
		{name: "مفتعل يفتعل تفتعل", at: [3]isriTest{{0, "ميت"}, {2, "ت"}}, root: []int{1, 3, 4}},
		{name: "مفاعل تفاعل", at: [3]isriTest{{0, "مت"}, {2, "ا"}}, root: []int{1, 3, 4}},
		{name: "فعولة فعالة", at: [3]isriTest{{2, "او"}, {4, "ة"}}, root: []int{0, 1, 3}},
		{name: "انفعل منفعل", at: [3]isriTest{{0, "ام"}, {1, "ن"}}, root: []int{2, 3, 4}},
		{name: "افعال", at: [3]isriTest{{3, "ا"}, {0, "ا"}}, root: []int{1, 2, 4}},
		{name: "فعلان", at: [3]isriTest{{4, "ن"}, {3, "ا"}}, root: []int{0, 1, 2}},
		{name: "تفعيل", at: [3]isriTest{{3, "ي"}, {0, "ت"}}, root: []int{1, 2, 4}},
		{name: "فاعول", at: [3]isriTest{{3, "و"}, {1, "ا"}}, root: []int{0, 2, 4}},
		{name: "فواعل", at: [3]isriTest{{2, "ا"}, {1, "و"}}, root: []int{0, 3, 4}},
		{name: "فعائل", at: [3]isriTest{{3, "ئ"}, {2, "ا"}}, root: []int{0, 1, 4}},
		{name: "فاعلة", at: [3]isriTest{{4, "ة"}, {1, "ا"}}, root: []int{0, 2, 3}},
		{name: "فعالي", at: [3]isriTest{{4, "ي"}, {2, "ا"}}, root: []int{0, 1, 3}},
	}
	isriPatterns54 = []isriPattern{
		{name: "تفعلل افعلل مفعلل", at: [3]isriTest{{0, "اتم"}}, root: []int{1, 2, 3, 4}},
		{name: "فعللة", at: [3]isriTest{{4, "ة"}}, root: []int{0, 1, 2, 3}},
		{name: "فعالل", at: [3]isriTest{{2, "ا"}}, root: []int{0, 1, 3, 4}},
	}
	isriPatterns6 = []isriPattern{
		{name: "استفعل مستفعل", at: [3]isriTest{{0, "ام"}, {1, "س"}, {2, "ت"}}, root: []int{3, 4, 5}},
		{name: "مفعالة", at: [3]isriTest{{0, "م"}, {3, "ا"}, {5, "ة"}}, root: []int{1, 2, 4}},
		{name: "افتعال", at: [3]isriTest{{0, "ا"}, {2, "ت"}, {4, "ا"}}, root: []int{1, 3, 5}},
		{name: "افعوعل", at: [3]isriTest{{0, "ا"}, {3, "و"}}, same: [2]int{2, 4}, root: []int{1, 4, 5}},
		{name: "تفاعيل", at: [3]isriTest{{0, "ت"}, {2, "ا"}, {4, "ي"}}, root: []int{1, 3, 5}}, // added by NLTK
	}
	isriPatterns64 = []isriPattern{
		{name: "افعلال", at: [3]isriTest{{0, "ا"}, {4, "ا"}}, root: []int{1, 2, 3, 5}},
		{name: "متفعلل", at: [3]isriTest{{0, "م"}, {1, "ت"}}, root: []int{2, 3, 4, 5}},
	}
)
