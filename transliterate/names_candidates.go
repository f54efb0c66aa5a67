package transliterate

import (
	"math"
	"strings"
)

// This file builds the n-best lists of NameStyle.Candidates, one unit at a
// time, from the same analysis the best spelling comes from.

// Shares of the probability mass.
const (
	// nameModelWeight is the weight the model's proposals get beside a
	// learned entry's spellings, whose weights are how often the training
	// pairs had them: a spelling seen once is as likely as all the model's.
	nameModelWeight = 1
	// nameCuratedModelWeight is the same beside a curated entry, whose
	// spellings weigh 100, 20, 10, ...: the model's proposals are a last
	// resort there.
	nameCuratedModelWeight = 2
	// nameRulesShare is the share of the rules' spelling beside the model's.
	nameRulesShare = 0.02
	// nameLearnedShare is the share of the training pairs' spellings of
	// a word with the article that the Arabic-word model spells.
	nameLearnedShare = 0.4
	// nameBareShare is the share of the spelling without the article for a
	// word that has one: English writes both Marwan Barghouti and Ayman
	// al-Zawahiri.
	nameBareShare = 0.35
)

// unitCandidates returns the spellings of u with their probabilities; with
// first, u starts the phrase and its spellings are capitalized.
func (st NameStyle) unitCandidates(p *namePhrase, u nameUnit, first bool) []Candidate {
	var out []Candidate
	switch u.kind {
	case nameUnitPhrase:
		out = st.entryCandidates(u.entry, false, nil, 0)
	case nameUnitAbd:
		if u.inLex {
			out = st.entryCandidates(u.entry, u.entry.flags&nameCurated == 0, nil, 0)
			break
		}
		forms := []string{"Abd "}
		if u.article {
			forms = []string{nameAbdul[st], nameAbdul[EnglishNews], nameAbdul[Egyptian], "Abdul", "Abdel", "Abd al-"}
		}
		for i, form := range forms {
			share := 0.5 / float64(len(forms)-1)
			if i == 0 {
				share = 0.5
			}
			for _, c := range st.nameCandidates(u.name) {
				dst := []byte(form + c.Latin)
				if st == Maghrebi && i == 0 && u.article {
					dst = fuseNameAbd(dst, 0, u.name.letters[0])
				} else if !strings.HasSuffix(form, " ") && !strings.HasSuffix(form, "-") {
					nameLower(dst[len(form):])
				}
				out = append(out, Candidate{string(dst), share * c.Score})
			}
		}
	case nameUnitDin:
		forms := []string{nameDinAfter[st], " al-Din", " ad-Din", "uddin", "eddine"}
		for i, form := range forms {
			share := 0.5 / float64(len(forms)-1)
			if i == 0 {
				share = 0.5
			}
			for _, c := range st.nameCandidates(u.name) {
				latin := c.Latin + form
				if form[0] != ' ' {
					latin = c.Latin[:1] + strings.ToLower(c.Latin[1:]) + form
				}
				out = append(out, Candidate{latin, share * c.Score})
			}
		}
	case nameUnitAllah:
		for _, c := range st.nameCandidates(u.name) {
			out = append(out, Candidate{string(appendNameAllah([]byte(c.Latin), 0, u.name.letters)), c.Score})
		}
	default:
		out = st.nameCandidates(u.name)
	}
	if first && !u.commonWord() {
		for i := range out {
			out[i].Latin = nameCapitalized(out[i].Latin)
		}
	}
	return normalizeNameCandidates(out)
}

// nameCandidates returns the spellings of a word with their probabilities.
func (st NameStyle) nameCandidates(a nameAnalysis) []Candidate {
	var out []Candidate
	switch {
	case a.inLex && a.curated:
		out = st.entryCandidates(a.entry, false, a.letters, nameCuratedModelWeight)
	case a.inLex:
		out = st.entryCandidates(a.entry, true, a.letters, nameModelWeight)
	case a.learned:
		out = st.modelCandidates(a.letters, 1-nameLearnedShare, a.by)
		for _, c := range st.entryCandidates(a.entry, true, nil, 0) {
			out = append(out, Candidate{c.Latin, nameLearnedShare * c.Score})
		}
	default:
		out = append(st.modelCandidates(a.letters, 1-nameRulesShare, a.by), nameRulesCandidate(a.letters, nameRulesShare))
	}
	if a.inLex && a.entry.flags&nameCommonWord != 0 && len(a.clitics) > 0 {
		var prefix string
		for _, c := range a.clitics {
			prefix += nameCliticSpelling[c]
		}
		for i := range out {
			out[i].Latin = prefix + out[i].Latin
		}
	}
	if !a.article {
		return out
	}
	with := make([]Candidate, 0, 2*len(out))
	for _, c := range out {
		with = append(with, Candidate{nameArticle[st] + c.Latin, (1 - nameBareShare) * c.Score})
	}
	for _, c := range out {
		with = append(with, Candidate{c.Latin, nameBareShare * c.Score})
	}
	return with
}

// entryCandidates returns the spellings of a lexicon entry for st (its own
// list first, then the news list), weighted, and when letters is not nil
// the model's proposals for them with weight modelWeight. Learned spellings
// (capital) are capitalized.
func (st NameStyle) entryCandidates(e nameEntry, capital bool, letters []byte, modelWeight float64) []Candidate {
	var out []Candidate
	total := modelWeight
	add := func(sp nameSpelling) bool {
		latin := sp.latin
		if capital {
			latin = nameCapitalized(latin)
		}
		out = append(out, Candidate{latin, float64(sp.weight)})
		total += float64(sp.weight)
		return true
	}
	if st != EnglishNews {
		e.spellings(st, add)
	}
	e.spellings(EnglishNews, add)
	for i := range out {
		out[i].Score /= total
	}
	if letters != nil {
		out = append(out, st.modelCandidates(letters, modelWeight/total, nameByForeign)...)
	}
	return out
}

// modelCandidates returns the models' spellings of letters, as by says
// (nameByNames, ...), their probabilities scaled to sum to share: the
// names model's, and the Arabic-word model's, which get
// nameArabicShare[by] of share.
func (st NameStyle) modelCandidates(letters []byte, share float64, by uint8) []Candidate {
	arabic := share * nameArabicShare[by]
	if arabic == 0 {
		return st.lmCandidates(nameNamesModel, letters, share)
	}
	return append(st.lmCandidates(nameArabicModel, letters, arabic), st.lmCandidates(nameNamesModel, letters, share-arabic)...)
}

// nameArabicShare is the share of the Arabic-word model's spellings in
// the n-best lists of the words it spells or may spell.
var nameArabicShare = [...]float64{nameByNames: 0, nameByArabic: 0.7, nameByEither: 0.5, nameByForeign: 0}

// lmCandidates returns the spellings of letters by the model lm, their
// probabilities (relative to the beam's) scaled to sum to share.
func (st NameStyle) lmCandidates(lm *lazyNameModel, letters []byte, share float64) []Candidate {
	if len(letters) > nameMaxLetters {
		return []Candidate{nameRulesCandidate(letters, share)}
	}
	d := lm.decoder()
	defer lm.putDecoder(d)
	if !d.search(letters, nameBeam, false) {
		return []Candidate{nameRulesCandidate(letters, share)}
	}
	n := len(letters)
	best := float64(d.beams[n+1][0].score)
	var out []Candidate
	var total float64
	for k := range d.size[n+1] {
		b := d.spell(nil, letters, k, st)
		nameCapitalize(b)
		p := math.Exp(float64(d.beams[n+1][k].score) - best)
		total += p
		out = append(out, Candidate{string(b), p})
	}
	for i := range out {
		out[i].Score *= share / total
	}
	return out
}

// nameCapitalized returns s with its first letter uppercase if it is an
// ASCII lowercase letter, as nameCapitalize does in place; it returns s
// itself, without allocating, if that letter is not lowercase.
func nameCapitalized(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-('a'-'A')) + s[1:]
}

// nameRulesCandidate returns the rules' spelling of letters, capitalized,
// with score share.
func nameRulesCandidate(letters []byte, share float64) Candidate {
	b := appendNameRules(nil, letters)
	nameCapitalize(b)
	return Candidate{string(b), share}
}

// normalizeNameCandidates scales the scores of cs to sum to 1, drops empty
// spellings and merges equal ones (see mergeNameCandidates).
func normalizeNameCandidates(cs []Candidate) []Candidate {
	var total float64
	for _, c := range cs {
		total += c.Score
	}
	if total == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Latin == "" {
			continue // a word of silent letters: the best spelling has "'"
		}
		out = append(out, Candidate{c.Latin, c.Score / total})
	}
	return mergeNameCandidates(out)
}
