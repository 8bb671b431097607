package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A sentence often dates more than one event ("A suspected Mafia boss
// arrested Tuesday ... has hanged himself, police sources said
// Wednesday"; "will meet Indiana State Saturday after the Sycamores
// outlasted Evansville Friday"). datedFactOf reads only a sentence of one
// date; crossDated reads each date of such a sentence as the date of the
// proposition whose clause holds it, so that one report's edited or
// mistaken date still meets the date another report gives the same event
// in a sentence aligned only loosely or not at all. The same event is
// asked of the pair as for one date (sameDatedFact: the same lemma and
// polarity, the same actor and undergoer), so a girl who stood outside on
// Friday and mourners who stood there on Saturday stay two facts.

// eventRelations are the words that relate one event to another in time
// ("arrested two days after the shooting on Friday", "charged Monday
// following his arrest"): a date with one of them between it and its verb
// may date the other event. Source: the temporal subordinators and
// prepositions of English grammars (Quirk et al. 1985, A Comprehensive
// Grammar of the English Language), hand-checked for
// crosscheck.
var eventRelations = english.List("compare/event-relations")

// datedFactsOf reads the dated propositions of a sentence: the one of a
// sentence of one date (datedFactOf), else one per date that is the only
// date of its kind in its proposition's clause (crossDated).
func datedFactsOf(doc *text.Doc, s int) []datedFact {
	ds := Dates(doc, s)
	// "Published: Monday, 2/23/2015": the page's day, not a fact's.
	if len(ds) == 0 || stamped(doc.SentenceTokens(s)) {
		return nil
	}
	if len(ds) == 1 {
		if f, ok := datedFactOf(doc, s); ok {
			return []datedFact{f}
		}
		return nil
	}
	if pageTime(doc.SentenceTokens(s)) {
		return nil
	}
	var out []datedFact
	for _, d := range ds {
		if f, ok := crossDated(doc, s, ds, d); ok {
			out = append(out, f)
		}
	}
	return out
}

// crossDated reads date d of a sentence of several dates as the date of
// the proposition whose clause holds it: not relative ("last Friday"),
// not a bound, a statement's day, a recurrence or another occasion, the
// only date of its kind in the clause, no word of an event relation
// between the date and the verb, and a proposition that is no speech, no
// light verb and no earlier moment ("had pleaded").
func crossDated(doc *text.Doc, s int, ds []DateExpr, d DateExpr) (datedFact, bool) {
	toks := doc.SentenceTokens(s)
	if strings.Contains(d.Value, " ") || d.Tok > 0 && boundWords.Has(toks[d.Tok-1].Lower) ||
		statementDay(doc, s, d.Tok) || recurrence(toks, d.Tok) || another(toks, d.Tok) {
		return datedFact{}, false
	}
	a := doc.Annotation()
	base := doc.Sentences[s].TokStart
	p := a.ClauseOf(base + d.Tok)
	if p == nil || p.Sentence != s || p.Speech() || lightVerbs.Has(p.Lemma) || p.Perfect && p.Tense == "past" {
		return datedFact{}, false
	}
	for _, o := range ds {
		if o.Tok != d.Tok && o.Kind == d.Kind && p.Clause.Start <= base+o.Tok && base+o.Tok < p.Clause.End {
			return datedFact{}, false
		}
	}
	lo, hi := min(p.Verb-base, d.Tok), max(p.Verb-base, d.Tok)
	for j := lo + 1; j < hi && j < len(toks); j++ {
		if eventRelations.Has(toks[j].Lower) {
			return datedFact{}, false
		}
	}
	f := datedFact{lemma: p.Lemma, negated: p.Negated, date: d}
	as, ah := p.Actor()
	us, uh := p.Undergoer()
	f.actor, f.undergoer = headLemma(a, ah), headLemma(a, uh)
	f.mods = [2]map[string]bool{modifiers(doc, as, ah), modifiers(doc, us, uh)}
	f.who = [2]string{personOrThing(a, ah), personOrThing(a, uh)}
	return f, true
}

// stamped reports a line that holds a page's stamp among its words ("3
// injured in Shreveport shooting Posted: Saturday, March 2, 2013 7:39 AM
// EST Updated: ..."): its days are when the page was posted or updated.
func stamped(toks []text.Token) bool {
	for _, t := range toks {
		if stampWords.Has(t.Lower) {
			return true
		}
	}
	return false
}
