package timex

import "github.com/crosscheck/crosscheck/internal/text/english"

// nounModifier reports a day from token i to j written as the modifier of
// the noun after it, behind an article, a demonstrative or a possessive:
// "the February 27 earthquake", "the magnitude 8.8, February 27 earthquake",
// "after the February 27 8.8 earthquake" (MultiLing M0054, M0058). Such a
// day names another event by its date; it is not the day the text goes on
// to tell, so the bare clock times after it do not hang on it. A weekday
// is not read so: "a Thursday evening homicide", "the Tuesday shooting"
// name the event the report tells (GVA 370264, 441681).
func (s *scanner) nounModifier(i, j int) bool {
	// a weekday's event is the week's news ("the Tuesday shooting", GVA
	// 441681): only a month and day names an older one
	if _, ok := monthOf(s.word(i)); !ok {
		return false
	}
	det := false
	for k := i - 1; k >= 0 && k >= i-5 && !s.tk(k+1).brk; k-- {
		w := s.low(k)
		if kind := english.Determiners.Kind(w); kind == "article" || kind == "demonstrative" || kind == "possessive" {
			det = true
			break
		}
		if s.tk(k).word && !englishModifier(w) {
			return false
		}
	}
	if !det {
		return false
	}
	// a number may stand between the day and its noun ("8.8 earthquake")
	k := j
	for k < len(s.toks) && k < j+3 && !s.tk(k).brk && (s.tk(k).num || s.low(k) == ".") {
		k++
	}
	if k >= len(s.toks) || s.tk(k).brk || !s.tk(k).word || s.tk(k).cap || s.tk(k).hyph {
		return false
	}
	w := s.low(k)
	if functionWord(w) {
		return false
	}
	if _, verb := tenseOf(w); verb {
		return false
	}
	return english.IsNoun(english.NounLemma(w))
}

// englishModifier reports a word that may stand in a noun phrase between
// its article and a date: a noun or adjective, not a verb form or a
// function word ("the magnitude 8.8, February 27 earthquake").
func englishModifier(w string) bool {
	if functionWord(w) {
		return false
	}
	if _, verb := tenseOf(w); verb {
		return false
	}
	return english.IsNoun(english.NounLemma(w)) || english.IsAdjective(w)
}

// functionWord reports a preposition, conjunction, determiner, pronoun,
// auxiliary or modal.
func functionWord(w string) bool {
	return english.Prepositions.Has(w) || english.Conjunctions.Has(w) || english.Determiners.Has(w) ||
		english.Pronouns.Has(w) || english.Auxiliaries.Has(w) || english.Modals.Has(w)
}
