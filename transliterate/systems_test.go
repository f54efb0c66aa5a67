package transliterate_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/go-arabic/arabic/internal/sharedtest"
	"github.com/go-arabic/arabic/transliterate"
)

// A standardCase is an example from a romanization standard: the Arabic as
// the standard prints it, with the vowels and shadda it implies written in
// (the standards print most examples unvowelled), and the romanization the
// standard gives. ALA-LC, DIN and ISO cases are in lower case, because those
// schemes leave capitalization to the caller (ALA-LC rule 18 capitalizes by
// English rules, which need to know what is a name).
type standardCase struct {
	in, want string
}

// alalcCases are the examples of the Library of Congress ALA-LC Arabic
// romanization table (1997), rules 1–25, as transcribed in interscript's
// alalc-ara-Arab-Latn-1997 and ../shared/ROMANIZATION.md §5. Left out: the
// examples whose reading needs a lexicon or morphology (ulāʼika, whose waw
// is silent; qāḍin, a defective root; la-hum, sa-yakūn, wa-sallam,
// wa-maʻahu, bi-hi: proclitics before a root letter; Ṭāhā, ʻAmr: irregular
// spellings).
var alalcCases = []standardCase{
	// Rule 1: waw and yeh as consonants, long vowels, diphthongs.
	{"وَضْع", "waḍʻ"}, {"عِوَض", "ʻiwaḍ"}, {"دَلْو", "dalw"}, {"يَد", "yad"}, {"حِيَل", "ḥiyal"}, {"طَهْي", "ṭahy"},
	{"أُولَى", "ūlá"}, {"صُورَة", "ṣūrah"}, {"ذُو", "dhū"}, {"إِيمَان", "īmān"}, {"جِيل", "jīl"}, {"فِي", "fī"},
	{"كِتَاب", "kitāb"}, {"سَحَاب", "saḥāb"}, {"جُمَان", "jumān"},
	{"أَوْج", "awj"}, {"نَوْم", "nawm"}, {"لَوْ", "law"}, {"أَيْسَر", "aysar"}, {"شَيْخ", "shaykh"}, {"عَيْنَيْ", "ʻaynay"},
	// Rule 4: orthographic alef.
	{"فَعَلُوا", "faʻalū"}, {"أُوقِيَّة", "ūqīyah"},
	// Rule 5: alef as ā.
	{"فَاعِل", "fāʻil"}, {"رِضَا", "riḍā"},
	// Rule 6: final alif maqsura, and the nisba.
	{"حَتَّى", "ḥattá"}, {"مَضَى", "maḍá"}, {"كُبْرَى", "kubrá"}, {"يَحْيَى", "yaḥyá"}, {"مُسَمَّى", "musammá"},
	{"مُصْطَفَى", "muṣṭafá"}, {"رَضِيّ الدِّين", "raḍī al-dīn"}, {"المِصْرِيّ", "al-miṣrī"},
	// Rule 7: ta marbuta.
	{"صَلَاة", "ṣalāh"}, {"الرِّسَالَة البَهِيَّة", "al-risālah al-bahīyah"}, {"مِرْآة", "mirʼāh"},
	{"أُرْجُوزَة فِي الطِّبّ", "urjūzah fī al-ṭibb"},
	{"وِزَارَة التَّرْبِيَة", "wizārat al-tarbiyah"}, {"مِرْآة الزَّمَان", "mirʼāt al-zamān"},
	// Rule 8: hamza.
	{"أَسَد", "asad"}, {"أُنْس", "uns"}, {"إِذَا", "idhā"}, {"مَسْأَلَة", "masʼalah"}, {"مُؤْتَمَر", "muʼtamar"},
	{"دَائِم", "dāʼim"}, {"مَلَأَ", "malaʼa"}, {"خَطِئَ", "khaṭiʼa"},
	// Rule 9: wasla.
	{"رِحْلَةُ ٱبْن جُبَيْر", "riḥlat ibn jubayr"}, {"الإِسْتِدْرَاك", "al-istidrāk"},
	{"كُتُب ٱقْتَنَتْهَا", "kutub iqtanatʹhā"}, {"بِٱهْتِمَام عَبْد ٱلْمَجِيد", "bi-ihtimām ʻabd al-majīd"},
	// Rule 10: madda.
	{"آلَة", "ālah"}, {"كُلِّيَّة الآدَاب", "kullīyat al-ādāb"}, {"تَآلِيف", "taʼālīf"}, {"مَآثِر", "maʼāthir"},
	{"خُلَفَآء", "khulafāʼ"},
	// Rule 11: shadda.
	{"عَدُوّ", "ʻadūw"}, {"قُوَّة", "qūwah"}, {"شَوَّال", "shawwāl"}, {"صَوَّرَ", "ṣawwara"}, {"جَوّ", "jaww"},
	{"المِصْرِيَّة", "al-miṣrīyah"}, {"أَيَّام", "ayyām"}, {"سَيِّد", "sayyid"}, {"قُصَيّ", "quṣayy"},
	{"الغَزِّيّ", "al-ghazzī"}, {"الكَشَّاف", "al-kashshāf"},
	// Rule 12: tanwin in adverbial use.
	{"مَعْنًى", "maʻnan"}, {"طَبْعًا", "ṭabʻan"}, {"فَجْأَةً", "fajʼatan"}, {"المُشْتَرِك وَضْعًا", "al-mushtarik waḍʻan"},
	// Rules 13–15: inflections.
	{"مَنْ وَلِيَ مِصْر", "man waliya miṣr"}, {"اللُّؤْلُؤ المَكْنُون فِي حُكْم", "al-luʼluʼ al-maknūn fī ḥukm"},
	{"أُصُولُهَا النَّفْسِيَّة", "uṣūluhā al-nafsīyah"}, {"إِلَى يَوْمِنَا هٰذَا", "ilá yawminā hādhā"},
	{"هٰذِهِ الحَال", "hādhihi al-ḥāl"}, {"تَوْفِيق الحَكِيم، أَفْكَارُه، آثَارُه", "tawfīq al-ḥakīm, afkāruh, āthāruh"},
	// Rule 16: prepositions and conjunctions.
	{"أَنَّ", "anna"}, {"أَنَّهُ", "annahu"}, {"بَيْنَ يَدَيْهِ", "bayna yadayhi"}, {"أَنَا وَأَنْتَ", "anā wa-anta"},
	// Rule 17: the article.
	{"الكِتَاب الثَّانِي", "al-kitāb al-thānī"}, {"الإِتِّحَاد", "al-ittiḥād"}, {"الأَصْل", "al-aṣl"}, {"الآثَار", "al-āthār"},
	{"إِلَى الآن", "ilá al-ān"}, {"أَبُو الوَفَاء", "abū al-wafāʼ"},
	{"مَكْتَبَة النَّهْضَة المِصْرِيَّة", "maktabat al-nahḍah al-miṣrīyah"},
	{"بِالتَّمَام وَالكَمَال", "bi-al-tamām wa-al-kamāl"}, {"لِلشِّرْبِينِيّ", "lil-shirbīnī"},
	{"الحُرُوف الأَبْجَدِيَّة", "al-ḥurūf al-abjadīyah"}, {"أَبُو اللَّيْث السَّمَرْقَنْدِيّ", "abū al-layth al-samarqandī"},
	// Rule 18: capitals keep their diacritics (here in lower case).
	{"الإِيجِيّ", "al-ījī"}, {"الآلُوسِيّ", "al-ālūsī"},
	// Rule 19: long vowels.
	{"إِبْرَاهِيم", "ibrāhīm"}, {"دَاؤُود", "dāʼūd"}, {"أَبُو الحَسَن", "abū al-ḥasan"}, {"رُؤُوس", "ruʼūs"},
	{"ذٰلِكَ", "dhālika"}, {"عَلَى العَيْن", "ʻalá al-ʻayn"},
	// Rule 21: the prime.
	{"أَدْهَم", "adʹham"}, {"أَكْرَمَتْهَا", "akramatʹhā"},
	// Rule 22: foreign words.
	{"جَارْمَانُوس", "jārmānūs"}, {"لُورْد غْرَانْفِيل", "lūrd ghrānfīl"}, {"إِيسَاغُوجِي", "īsāghūjī"},
	// Rules 23 and 25: Allah, ibn.
	{"اللّٰه", "Allāh"}, {"أَحْمَد بْن مُحَمَّد بْن أَبِي الرَّبِيع", "aḥmad ibn muḥammad ibn abī al-rabīʻ"},
	{"شَرْح ابْن عَقِيل عَلَى أَلْفِيَّةِ ابْن مَالِك", "sharḥ ibn ʻaqīl ʻalá alfīyat ibn mālik"},
	// ROMANIZATION.md §5, the golden article's names.
	{"خَلِيفَة حَفْتَر", "khalīfah ḥaftar"}, {"فَائِز السَّرَّاج", "fāʼiz al-sarrāj"},
	{"عَبْد اللّٰه بْن زَايِد", "ʻabd Allāh ibn zāyid"}, {"طَرَابُلُس", "ṭarābulus"}, {"بَنْغَازِي", "banghāzī"},
	{"وِزَارَة الدَّاخِلِيَّة", "wizārat al-dākhilīyah"}, {"حُكُومَة الوِفَاق الوَطَنِيّ", "ḥukūmat al-wifāq al-waṭanī"},
}

// dinCases apply DIN 31635 as ../shared/ROMANIZATION.md §6 and §10 state it
// (its table says the DIN cells apply the rules and are not copied from an
// authoritative sample), with the DMG-style ta marbuta a/at.
var dinCases = []standardCase{
	{"خَلِيفَة حَفْتَر", "ḫalīfa ḥaftar"}, {"فَائِز السَّرَّاج", "fāʾiz as-sarrāǧ"}, {"شَمْس الدِّين", "šams ad-dīn"},
	{"عَبْد اللّٰه بْن زَايِد", "ʿabd Allāh ibn zāyid"}, {"الزَّرْقَاء", "az-zarqāʾ"}, {"طَرَابُلُس", "ṭarābulus"},
	{"الشَّمْس", "aš-šams"}, {"القَمَر", "al-qamar"}, {"الرَّحْمٰن", "ar-raḥmān"}, {"إِدْرِيس", "idrīs"},
	{"مَدْرَسَة", "madrasa"}, {"مَدْرَسَة البَنَات", "madrasat al-banāt"}, {"حَتَّى", "ḥattā"},
}

// isoCases apply ISO 233-2:1993 as ../shared/ROMANIZATION.md §7 and §10
// state it (clauses 4.1.1–4.1.5 and the consonant table).
var isoCases = []standardCase{
	{"خَلِيفَة حَفْتَر", "ẖalīfaẗ ḥaftar"}, {"فَائِز السَّرَّاج", "fāʾiz al-sarrāǧ"}, {"شَمْس الدِّين", "šams al-dīn"},
	{"عَبْد اللّٰه بْن زَايِد", "ʿabd Allāh ibn zāyid"}, {"الزَّرْقَاء", "al-zarqāʾ"}, {"طَرَابُلُس", "ṭarābulus"},
	{"المَسْؤُول", "al-masʾūl"}, {"بِالتَّمَام وَالكَمَال", "bi-al-tamām wa-al-kamāl"},
}

// bgnCases are the examples of the PCGN document Romanization of Arabic
// (BGN/PCGN 1956, 2017 revision), as transcribed in interscript's
// bgnpcgn-ara-Arab-Latn-1956, and of ../shared/ROMANIZATION.md §8.
var bgnCases = []standardCase{
	{"قُرْآن", "Qur’ān"}, {"أَبُو ظَبْي", "Abū Z̧aby"}, {"بِئْر زَيْت", "Bi’r Zayt"}, {"أُمّ العَمَد", "Umm al ‘Amad"},
	{"البَحْرَيْن", "Al Baḩrayn"}, {"الكُوت", "Al Kūt"}, {"الثُّلَيْثُوَات", "Ath Thulaythuwāt"},
	{"الجَزِيرَة", "Al Jazīrah"}, {"المَحْمُودِيَّة", "Al Maḩmūdīyah"}, {"خَيْبَر", "Khaybar"},
	{"دَمَنْهُور", "Damanhūr"}, {"ذَهَب", "Dhahab"}, {"الرَّوْضَة", "Ar Rawḑah"}, {"زُوَارَة", "Zuwārah"},
	{"السُّلَيْمَانِيَّة", "As Sulaymānīyah"}, {"الشَّام", "Ash Shām"}, {"قَيْصُومَة", "Qayşūmah"},
	{"ضَوْر", "Ḑawr"}, {"القُنَيْطِرَة", "Al Qunayţirah"}, {"ظُفَار", "Z̧ufār"}, {"أَبُو عَرِيش", "Abū ‘Arīsh"},
	{"بَغْدَاد", "Baghdād"}, {"الفُرَات", "Al Furāt"}, {"قَطَر", "Qaţar"}, {"الكُوَيْت", "Al Kuwayt"},
	{"حَلَب", "Ḩalab"}, {"مَكَّة", "Makkah"}, {"نَخْل", "Nakhl"}, {"جَبَل هَارُون", "Jabal Hārūn"},
	{"وَادِي غَضَا", "Wādī Ghaḑā"}, {"اليَمَن", "Al Yaman"}, {"القَاهِرَة", "Al Qāhirah"},
	{"المَدِينَة المُنَوَّرَة", "Al Madīnah al Munawwarah"}, {"مُحَافَظَةُ دِمَشْق", "Muḩāfaz̧at Dimashq"},
	{"البَصْرَة", "Al Başrah"}, {"الرِّيَاض", "Ar Riyāḑ"}, {"القُدْس", "Al Quds"}, {"بَاب المَنْدَب", "Bāb al Mandab"},
	{"صُور", "Şūr"}, {"مَرْسَى مَطْرُوح", "Marsá Maţrūḩ"}, {"صَيْدَا", "Şaydā"}, {"الدَّوْحَة", "Ad Dawḩah"},
	{"مُحَمَّد", "Muḩammad"}, {"أَوْسَط", "Awsaţ"}, {"تَلّ السَّرَاي", "Tall as Sarāy"}, {"آلْبُو مُعَيْط", "Ālbū Mu‘ayţ"},
	{"سَلْمَان پَاك", "Salmān Pāk"}, {"ڨَفْصَة", "Gafşah"}, {"تَلّ گَمْر", "Tall Gamr"}, {"زَاڴُورَة", "Zāgūrah"},
	// Special rules: the article after conjunctions and prepositions, Allah,
	// noun phrases, Bin and Ibn.
	{"خَبّ وَالشَّعْف", "Khabb wa ash Sha‘f"}, {"مِصْر لِلطَّيَرَان", "Mişr liţ Ţayarān"},
	{"الشَّرِكَة العَامَّة لِلْمَغَازِل", "Ash Sharikah al ‘Āmmah lil Maghāzil"},
	{"القَرْيَة بِالدُّوَيْر", "Al Qaryah bid Duwayr"}, {"الحَرَجَة بِالقُرْآن", "Al Ḩarajah bil Qur’ān"},
	{"عَبْد اللّٰه", "‘Abd Allāh"}, {"عَبْد السَّلَام", "‘Abd as Salām"}, {"ذُو الفَقَار", "Dhū al Faqār"},
	{"عُمَر بِن الخَطَّاب", "‘Umar Bin al Khaţţāb"}, {"حَمَد بِن جَاسِم", "Ḩamad Bin Jāsim"},
	{"شَارِع أَبِي بَكْر", "Shāri‘ Abī Bakr"}, {"مُحَافَظَةِ ذِي قَار", "Muḩāfaz̧at Dhī Qār"},
	// ROMANIZATION.md §8.
	{"طَرَابُلُس", "Ţarābulus"}, {"بَنْغَازِي", "Banghāzī"}, {"خَلِيفَة حَفْتَر", "Khalīfah Ḩaftar"},
	{"فَائِز السَّرَّاج", "Fā’iz as Sarrāj"}, {"الزَّرْقَاء", "Az Zarqā’"}, {"أُمّ قَصْر", "Umm Qaşr"},
}

// skeletonCases are unvowelled input: the schemes write the consonant
// skeleton with long vowels, the article, and the a of ta marbuta and alif
// maqsura.
var skeletonCases = []struct {
	scheme   transliterate.Scheme
	in, want string
}{
	{transliterate.ALALC, "خليفة حفتر", "khlīfah ḥftr"},
	{transliterate.ALALC, "فائز السراج", "fāʼz al-srāj"},
	{transliterate.ALALC, "وزارة الخارجية", "wzārat al-khārjyah"},
	{transliterate.ALALC, "عبد الله بن زايد", "ʻbd Allāh ibn zāyd"},
	{transliterate.ALALC, "إلى طرابلس", "ilá ṭrābls"},
	{transliterate.ALALC, "والسلام", "wa-al-slām"},
	{transliterate.DIN31635, "فائز السراج", "fāʾz as-srāǧ"},
	{transliterate.ISO233, "خليفة حفتر", "ẖlīfaẗ ḥftr"},
	{transliterate.BGN, "طرابلس", "Ţrābls"},
	{transliterate.BGN, "فائز السراج", "Fā’z as Srāj"},
	{transliterate.BGN, "بنغازي", "Bnghāzī"},
}

func TestStandards(t *testing.T) {
	for _, set := range []struct {
		scheme transliterate.Scheme
		cases  []standardCase
	}{
		{transliterate.ALALC, alalcCases},
		{transliterate.DIN31635, dinCases},
		{transliterate.ISO233, isoCases},
		{transliterate.BGN, bgnCases},
	} {
		t.Run(set.scheme.Name(), func(t *testing.T) {
			for _, tc := range set.cases {
				if got := set.scheme.String(tc.in); got != tc.want {
					t.Errorf("%s.String(%+q) = %q; want %q", set.scheme.Name(), tc.in, got, tc.want)
				}
			}
			t.Logf("%s: %d examples", set.scheme.Name(), len(set.cases))
		})
	}
}

func TestSkeleton(t *testing.T) {
	for _, tc := range skeletonCases {
		if got := tc.scheme.String(tc.in); got != tc.want {
			t.Errorf("%s.String(%+q) = %q; want %q", tc.scheme.Name(), tc.in, got, tc.want)
		}
	}
}

// diacritizedCorpora are the vowelled texts of ../shared/corpora/diacritized.
var diacritizedCorpora = []string{
	"corpora/diacritized/tanzil/quran-simple.txt",
	"corpora/diacritized/tanzil/quran-uthmani.txt",
	"corpora/diacritized/tashkeela-fadel2019/val.txt",
	"corpora/diacritized/tashkeela-fadel2019/test.txt",
}

// TestDiacritizedCorpora romanizes the vowelled corpora with every
// scholarly scheme: no Arabic letter may be left in the output.
func TestDiacritizedCorpora(t *testing.T) {
	for _, name := range diacritizedCorpora {
		text := string(sharedtest.ReadFile(t, name))
		lines := strings.Split(text, "\n")
		for _, s := range []transliterate.Scheme{transliterate.ALALC, transliterate.DIN31635, transliterate.ISO233, transliterate.BGN} {
			bad := 0
			for i, line := range lines {
				out := s.String(line)
				if r, ok := arabicLetter(out); ok {
					if bad++; bad <= 5 {
						t.Errorf("%s:%d: %s left %+q in %+q", name, i+1, s.Name(), r, out)
					}
				}
			}
			t.Logf("%s: %s: %d lines, %d with an Arabic letter left", name, s.Name(), len(lines), bad)
		}
	}
}

// arabicLetter returns the first letter of the Arabic script in s.
func arabicLetter(s string) (rune, bool) {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return r, true
		}
	}
	return 0, false
}
