package transliterate_test

import (
	"fmt"

	"github.com/go-arabic/arabic/transliterate"
)

func ExampleNameCandidates() {
	// A name of the lexicon, a compound, and a name the model spells.
	for _, name := range []string{"فائز السراج", "عبد الرحمن", "بوزيدوفيتش"} {
		for _, c := range transliterate.NameCandidates(name, 3) {
			fmt.Printf("%-16s %.2f\n", c.Latin, c.Score)
		}
	}
	// Output:
	// Fayez al-Sarraj  0.83
	// Fayez al-Serraj  0.17
	// Abdul Rahman     0.77
	// Abdulrahman      0.15
	// Abdel Rahman     0.08
	// Bouzidovic       0.78
	// Bouzidovich      0.12
	// Bozidovic        0.03
}

func ExampleNameStyle_Candidates() {
	styles := []transliterate.NameStyle{transliterate.EnglishNews, transliterate.Egyptian, transliterate.Maghrebi}
	for _, name := range []string{"جمال عبد الناصر", "جمال", "عبد العزيز", "نور الدين", "الشريف"} {
		for _, st := range styles {
			fmt.Printf("%-9v %s\n", st, st.Candidates(name, 1)[0].Latin)
		}
	}
	// Output:
	// news      Gamal Abdel Nasser
	// egyptian  Gamal Abdel Nasser
	// maghrebi  Gamal Abdel Nasser
	// news      Jamal
	// egyptian  Gamal
	// maghrebi  Djamel
	// news      Abdulaziz
	// egyptian  Abdel Aziz
	// maghrebi  Abdelaziz
	// news      Nour al-Din
	// egyptian  Nour el-Din
	// maghrebi  Noureddine
	// news      Al-Sharif
	// egyptian  El-Sherif
	// maghrebi  Cherif
}

func ExampleNameSpans() {
	// A name of several words is one span: the lexicon knows this one
	// whole, and عبد الله would be one unit anyway.
	text := "وأكد عبد الله بن زايد أن البحر المتوسط"
	for sp := range transliterate.NameSpans(text) {
		fmt.Printf("%d-%d %s → %s\n", sp.Start, sp.End, text[sp.Start:sp.End], sp.Latin)
	}
	// Output:
	// 0-8 وأكد → Waked
	// 9-38 عبد الله بن زايد → Abdullah bin Zayed
	// 39-43 أن → an
	// 44-69 البحر المتوسط → Mediterranean Sea
}
