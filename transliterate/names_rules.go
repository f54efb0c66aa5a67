package transliterate

// The last layer of the name romanizer: rules, for the words the model cannot
// spell (longer than nameMaxLetters, or with a letter no training pair had)
// and as one more n-best candidate. They follow ROMANIZATION.md §11.3: the
// newsroom spelling of each consonant, vowel templates for the common name
// patterns (awzan), and otherwise the default vocalization: a after a
// consonant before another consonant, u/ou and i for و and ي between
// consonants.

// A nameRuleLetter is how the rules treat one letter code.
type nameRuleLetter struct {
	spelling string // as English news spells the consonant (ROMANIZATION.md §2, column News)
	shape    byte   // in the templates: 'C' for a consonant, or the letter's own shape letter
}

// nameRuleLetters holds the rules' view of each letter code. Shapes other
// than 'C': 'a' for the alifs that carry a vowel, 'h' teh marbuta, 't' teh,
// 'm' meem, 'n' noon, 'w' waw, 'y' yeh, 'Y' alif maqsura.
var nameRuleLetters = [numNameLetters + 1]nameRuleLetter{
	nameHamza: {"", 'C'}, nameAlefWithMaddaAbove: {"a", 'a'}, nameAlefWithHamzaAbove: {"a", 'a'},
	nameWawWithHamzaAbove: {"u", 'C'}, nameAlefWithHamzaBelow: {"i", 'a'}, nameYehWithHamzaAbove: {"e", 'C'},
	nameAlef: {"a", 'a'}, nameBeh: {"b", 'C'}, nameTehMarbuta: {"a", 'h'}, nameTeh: {"t", 't'},
	nameTheh: {"th", 'C'}, nameJeem: {"j", 'C'}, nameHah: {"h", 'C'}, nameKhah: {"kh", 'C'},
	nameDal: {"d", 'C'}, nameThal: {"dh", 'C'}, nameReh: {"r", 'C'}, nameZain: {"z", 'C'},
	nameSeen: {"s", 'C'}, nameSheen: {"sh", 'C'}, nameSad: {"s", 'C'}, nameDad: {"d", 'C'},
	nameTah: {"t", 'C'}, nameZah: {"z", 'C'}, nameAin: {"", 'C'}, nameGhain: {"gh", 'C'},
	nameFeh: {"f", 'C'}, nameQaf: {"q", 'C'}, nameKaf: {"k", 'C'}, nameLam: {"l", 'C'},
	nameMeem: {"m", 'm'}, nameNoon: {"n", 'n'}, nameHeh: {"h", 'C'}, nameWaw: {"w", 'w'},
	nameAlefMaksura: {"a", 'Y'}, nameYeh: {"y", 'y'}, namePeh: {"p", 'C'}, nameTcheh: {"ch", 'C'},
	nameVeh: {"v", 'C'}, nameGaf: {"g", 'C'}, nameJeh: {"zh", 'C'},
}

// A nameTemplate vocalizes one shape of name (ROMANIZATION.md §11.3). In
// shape, 'C' matches any consonant (meem, noon and teh included) and the
// other shape letters match only their letters; in spelling,
// the digits 1 to 9 stand for the spelling of the letter at that position.
type nameTemplate struct {
	shape    string
	spelling string
}

// nameTemplates lists the patterns of §11.3 that the letters alone
// identify, with the vowels English news gives them. Where one shape fits
// several patterns, the commoner pattern in names comes first.
var nameTemplates = [...]nameTemplate{
	{"CCC", "1a23"},       // faʿl: فهد Fahd
	{"CCyC", "1a2i4"},     // faʿīl: سمير Samir, نبيل Nabil
	{"CCyCh", "1a2i4a"},   // faʿīla: سميرة Samira
	{"CaCC", "1a3i4"},     // fāʿil: حامد Hamid, قاسم Qasim
	{"CaCCh", "1a3i4a"},   // fāʿila: فاطمة Fatima
	{"CCaC", "1a2a4"},     // faʿāl: كمال Kamal
	{"CCaCh", "1a2a4a"},   // faʿāla: سلامة Salama
	{"CCwC", "1a2ou4"},    // faʿūl: سعود Saoud
	{"CCCC", "1a23a4"},    // faʿlal: جعفر Jafar
	{"CyCC", "1ai3a4"},    // fayʿal: حيدر Haidar, زينب Zainab
	{"CwCC", "1aw3a4"},    // fawʿal: جوهر Jawhar
	{"mCCwC", "ma23ou5"},  // mafʿūl: محمود Mahmoud, مسعود Masoud
	{"mCaCC", "mu2a4i5"},  // mufāʿil: مجاهد Mujahid
	{"mCCCh", "ma23a4a"},  // mafʿala
	{"aCCC", "123a4"},     // afʿal: أكرم Akram, أحمد Ahmad
	{"aCCaC", "123a5"},    // ifʿāl: إسلام Islam
	{"tCCyC", "ta23i5"},   // tafʿīl: تغريد Taghrid
	{"CCCan", "1a23an"},   // faʿlān: عدنان Adnan
	{"CCCY", "1a23a"},     // faʿlā: سلمى Salma
	{"CCCyC", "1a23i5"},   // faʿlīl: قنديل Qandil
	{"CCCwC", "1a23ou5"},  // faʿlūl: عصفور Asfour
	{"CCCy", "1a23i"},     // nisba of faʿl: مصري Masri
	{"CCyCy", "1a2i4i"},   // nisba of faʿīl: رشيدي Rashidi
	{"CaCCy", "1a3i4i"},   // nisba of fāʿil: ناصري Nasiri
	{"CCaCy", "1a2a4i"},   // nisba of faʿāl: حجازي Hijazi
	{"CCwCy", "1a2ou4i"},  // nisba of faʿūl: سعودي Saoudi
	{"CCCCy", "1a23a4i"},  // nisba of faʿlal: جعفري Jafari
	{"CCaCyC", "1a2a4i6"}, // faʿālīl: سلاطين Salatin
}

// matchNameTemplate reports whether letters have the shape.
func matchNameTemplate(shape string, letters []byte) bool {
	if len(shape) != len(letters) {
		return false
	}
	for i, c := range letters {
		s, l := shape[i], nameRuleLetters[c].shape
		if s != l && (s != 'C' || (l != 'C' && l != 'm' && l != 'n' && l != 't')) {
			return false
		}
	}
	return true
}

// appendNameRules appends the rules' spelling of letters (letter codes), in
// lowercase.
func appendNameRules(dst []byte, letters []byte) []byte {
	for _, t := range nameTemplates {
		if !matchNameTemplate(t.shape, letters) {
			continue
		}
		for i := 0; i < len(t.spelling); i++ {
			if c := t.spelling[i]; '1' <= c && c <= '9' {
				dst = append(dst, nameRuleLetters[letters[c-'1']].spelling...)
			} else {
				dst = append(dst, c)
			}
		}
		return dst
	}
	return appendNameDefaultVowels(dst, letters)
}

// appendNameDefaultVowels spells letters with the default vocalization: a
// between two consonants, ou and i for و and ي between consonants.
func appendNameDefaultVowels(dst []byte, letters []byte) []byte {
	vowel := func(i int) bool {
		if i < 0 || i >= len(letters) {
			return true
		}
		s := nameRuleLetters[letters[i]].shape
		return s == 'a' || s == 'h' || s == 'Y'
	}
	semivowel := func(i int) bool { return letters[i] == nameWaw || letters[i] == nameYeh }
	for i, c := range letters {
		switch {
		case c == nameWaw && i > 0 && !vowel(i-1) && !vowel(i+1):
			dst = append(dst, "ou"...)
		case c == nameYeh && i > 0 && !vowel(i-1) && !vowel(i+1):
			dst = append(dst, 'i')
		default:
			dst = append(dst, nameRuleLetters[c].spelling...)
			if !vowel(i) && !semivowel(i) && i+2 < len(letters) && !vowel(i+1) && !semivowel(i+1) {
				dst = append(dst, 'a')
			}
		}
	}
	return dst
}
