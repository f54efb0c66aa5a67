package stem

// The affix routines of arabic.sbl, in its order. Each table lists its
// routine's among, longest affix first; a condition "$word_len > n" is
// written minLen n+1.

// checks1 is Checks1, run on the word before Normalize_pre: a word starting
// with a definite article is a noun, and defined. It reads the word as
// given, so harakat count as characters.
func (z *sbWord) checks1(word []byte) {
	for _, r := range checks1Articles {
		if hasPrefix(word, r.affix) {
			// $word_len = len: only the condition reads it, so the
			// characters are counted only when an article matches.
			if z.wordLen = charCount(word); z.wordLen >= r.minLen {
				z.isNoun, z.isVerb, z.isDefined = true, false, true
			}
			return
		}
	}
}

var checks1Articles = among{
	{"بال", 5, ""}, {"كال", 5, ""},
	{"لل", 4, ""}, {"ال", 4, ""},
}

// suffixes is the backwards block of the stem routine:
//
//	( is_verb ( (atleast 1 Suffix_Verb_Step1) (Suffix_Verb_Step2a or Suffix_Verb_Step2c or next)
//	            or Suffix_Verb_Step2b or Suffix_Verb_Step2a ) )
//	or ( is_noun ( try ( … ) Suffix_Noun_Step3 ) )
//	or Suffix_All_alef_maqsura
func (z *sbWord) suffixes() {
	_ = z.isVerb && z.verbSuffixes() ||
		z.isNoun && z.nounSuffixes() ||
		z.backward(suffixAllAlefMaqsura)
}

func (z *sbWord) verbSuffixes() bool {
	if z.backward(suffixVerbStep1) {
		for z.backward(suffixVerbStep1) { // atleast 1: as often as it applies
		}
		// "next" moves the cursor off the end, but nothing after it in
		// the verb branch reads the cursor.
		return z.backward(suffixVerbStep2a) || z.backward(suffixVerbStep2c) || z.prev()
	}
	return z.backward(suffixVerbStep2b) || z.backward(suffixVerbStep2a)
}

// nounSuffixes is the noun branch:
//
//	try ( Suffix_Noun_Step2c2
//	      or (not is_defined Suffix_Noun_Step1a (Suffix_Noun_Step2a or Suffix_Noun_Step2b or Suffix_Noun_Step2c1 or next))
//	      or (Suffix_Noun_Step1b (Suffix_Noun_Step2a or Suffix_Noun_Step2b or Suffix_Noun_Step2c1))
//	      or (not is_defined Suffix_Noun_Step2a)
//	      or (Suffix_Noun_Step2b) )
//	Suffix_Noun_Step3
//
// When Suffix_Noun_Step1b removes ن and no step 2 follows, the alternative
// fails but ن stays removed (Snowball undoes no edits), and the next
// alternatives see the shorter word: الثامن → ثام. The reference
// vocabulary has this effect, so we keep it.
//
// The second alternative never applies: the noun branch runs with
// is_defined unset only after the verb branch failed, and the verb steps
// remove every suffix that Suffix_Noun_Step1a would (no word of the
// 9,196,214 of the vocabulary reaches it). It is kept so that this routine
// reads as the .sbl does; were it reached, its "next" would move the
// cursor one letter back and Suffix_Noun_Step3 would remove a ي there.
func (z *sbWord) nounSuffixes() bool {
	_ = z.backward(suffixNounStep2c2) ||
		!z.isDefined && z.backward(suffixNounStep1a) && (z.nounStep2() || z.prev()) ||
		z.backward(suffixNounStep1b) && z.nounStep2() ||
		!z.isDefined && z.backward(suffixNounStep2a) ||
		z.backward(suffixNounStep2b)
	return z.backward(suffixNounStep3)
}

// nounStep2 is "Suffix_Noun_Step2a or Suffix_Noun_Step2b or Suffix_Noun_Step2c1".
func (z *sbWord) nounStep2() bool {
	return z.backward(suffixNounStep2a) || z.backward(suffixNounStep2b) || z.backward(suffixNounStep2c1)
}

var (
	suffixNounStep1a = among{
		{"كما", 6, ""}, {"هما", 6, ""},
		{"نا", 5, ""}, {"كم", 5, ""}, {"ها", 5, ""}, {"هن", 5, ""}, {"هم", 5, ""},
		{"ي", 4, ""}, {"ك", 4, ""}, {"ه", 4, ""},
	}
	suffixNounStep1b  = among{{"ن", 6, ""}}
	suffixNounStep2a  = among{{"ا", 5, ""}, {"ي", 5, ""}, {"و", 5, ""}}
	suffixNounStep2b  = among{{"ات", 5, ""}}
	suffixNounStep2c1 = among{{"ت", 4, ""}}
	suffixNounStep2c2 = among{{"ة", 4, ""}} // feminine teh marbuta
	suffixNounStep3   = among{{"ي", 3, ""}} // yeh of nisba

	suffixVerbStep1 = among{
		{"هما", 6, ""}, {"كما", 6, ""}, {"كمو", 6, ""},
		{"ني", 5, ""}, {"نا", 5, ""}, {"ها", 5, ""}, {"هم", 5, ""}, {"هن", 5, ""}, {"كم", 5, ""}, {"كن", 5, ""},
		{"ه", 4, ""}, {"ك", 4, ""},
	}
	suffixVerbStep2a = among{
		{"تما", 6, ""},
		{"نا", 5, ""}, {"تا", 5, ""}, {"تن", 5, ""}, // past
		{"ان", 6, ""}, {"ون", 6, ""}, {"ين", 6, ""}, // present
		{"ت", 4, ""}, {"ا", 4, ""}, {"ن", 4, ""}, {"ي", 4, ""},
	}
	suffixVerbStep2b = among{{"وا", 5, ""}, {"تم", 5, ""}}
	suffixVerbStep2c = among{{"تمو", 6, ""}, {"و", 4, ""}}

	// The algorithm corrects a final alef maqsura to yeh ("spell error").
	suffixAllAlefMaqsura = among{{"ى", 0, "ي"}}
)

// prefixes is the prefix block of the stem routine:
//
//	try Prefix_Step1
//	try Prefix_Step2
//	( Prefix_Step3a_Noun
//	  or (is_noun Prefix_Step3b_Noun)
//	  or (is_verb try Prefix_Step3_Verb Prefix_Step4_Verb) )
//
// The steps run where the previous one left the cursor: after Prefix_Step1
// replaces أأ with أ, Prefix_Step2 looks for ف or و after that أ, not at
// the start of the word. The reference vocabulary has this effect too.
func (z *sbWord) prefixes() {
	z.forward(prefixStep1)
	z.prefixStep2()
	_ = z.forward(prefixStep3aNoun) ||
		z.isNoun && z.prefixStep3bNoun() ||
		z.isVerb && z.prefixVerb()
}

// prefixStep2 removes the conjunctions ف and و, but not from فا or وا.
func (z *sbWord) prefixStep2() bool {
	z.wordLen = z.n
	if hasPrefix(z.b[z.c:], "فا") || hasPrefix(z.b[z.c:], "وا") {
		return false
	}
	return z.forward(prefixStep2)
}

// prefixStep3bNoun removes the preposition ب, but not from با, and halves
// بب and كك.
func (z *sbWord) prefixStep3bNoun() bool {
	z.wordLen = z.n
	if hasPrefix(z.b[z.c:], "با") {
		return false
	}
	return z.forward(prefixStep3bNoun)
}

// prefixVerb is "try Prefix_Step3_Verb Prefix_Step4_Verb". Prefix_Step4_Verb
// also marks the word a verb, but nothing reads the mark after it.
func (z *sbWord) prefixVerb() bool {
	z.forward(prefixStep3Verb)
	return z.forward(prefixStep4Verb)
}

var (
	prefixStep1 = among{
		{"أأ", 4, "أ"}, {"أآ", 4, "آ"}, {"أؤ", 4, "أ"}, {"أا", 4, "ا"}, {"أإ", 4, "إ"},
	}
	prefixStep2      = among{{"ف", 4, ""}, {"و", 4, ""}}
	prefixStep3aNoun = among{ // the word is a noun and defined
		{"بال", 6, ""}, {"كال", 6, ""},
		{"لل", 5, ""}, {"ال", 5, ""},
	}
	prefixStep3bNoun = among{ // the word is probably a noun and defined
		{"بب", 4, "ب"}, {"كك", 4, "ك"},
		{"ب", 4, ""},
	}
	prefixStep3Verb = among{ // the future prefix س
		{"سي", 5, "ي"}, {"ست", 5, "ت"}, {"سن", 5, "ن"}, {"سأ", 5, "أ"},
	}
	prefixStep4Verb = among{
		{"يست", 5, "است"}, {"نست", 5, "است"}, {"تست", 5, "است"},
	}
)
