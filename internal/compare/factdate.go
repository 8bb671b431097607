package compare

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// datedFact is a proposition of the shared annotation that a sentence
// dates: its verb's lemma, the lemmas of its actor and undergoer heads
// ("" when none or a pronoun) and the one date of its clause.
type datedFact struct {
	ref              align.SentRef
	lemma            string
	negated          bool
	actor, undergoer string
	// mods are the content words of the actor's and undergoer's
	// phrases beside their heads ("first" in "the first shooting").
	mods [2]map[string]bool
	// who tells of the actor and the undergoer what each is (personOrThing):
	// "He is scheduled for a hearing April 7" and "A hearing for all four
	// is scheduled for April 14" are no one fact.
	who  [2]string
	date DateExpr
}

// factDates finds dates that differ between the same fact told by
// independent sources, the fact aligned by the annotation rather than by
// the sentences' words: the same predicate lemma with the same polarity,
// every argument head both sides give the same, at least one of them
// given by both ("Voters in Turkmenistan cast ballots Sunday" / "voters ...
// cast their ballots Tuesday in a vote"). Paraphrases whose words do not
// align are found this way; a girl standing outside on Friday and mourners
// standing there on Saturday are two facts (their actors differ).
func (cp *comparer) factDates(earlier []news.Conflict) []news.Conflict {
	covered := coveredSentences(cp, earlier, news.ConflictDate)
	var facts []datedFact
	for d, doc := range cp.c.Docs {
		for s := range doc.Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if f, ok := datedFactOf(doc, s, cp.datesOf(ref)); ok {
				f.ref = ref
				facts = append(facts, f)
			}
		}
	}
	// One fact is one predicate said of one argument: the pairs that
	// share it make one difference, each date a side.
	type key struct{ lemma, arg string }
	var groups valueSides[key]
	for i, a := range facts {
		for _, b := range facts[i+1:] {
			if !cp.sameDatedFact(a, b) || covered[a.ref] && covered[b.ref] {
				continue
			}
			k := key{a.lemma, a.undergoer}
			if a.undergoer == "" || a.undergoer != b.undergoer {
				k.arg = "\x00" + a.actor
			}
			for _, f := range []datedFact{a, b} {
				groups.add(k, f.date.Value, f.ref)
			}
		}
	}
	return groups.conflicts(cp, news.ConflictDate, func(k key) string { return "date: " + k.lemma })
}

// coveredSentences are the sentences an earlier difference of a kind cites.
func coveredSentences(cp *comparer, earlier []news.Conflict, kind string) map[align.SentRef]bool {
	out := map[align.SentRef]bool{}
	for _, c := range earlier {
		if c.Kind != kind {
			continue
		}
		for _, s := range c.Sides {
			for _, ev := range s.Evidence {
				d := cp.c.IndexOf(ev.Source)
				for si, sent := range cp.c.Docs[d].Sentences {
					if sent.Start < ev.End && sent.End > ev.Start {
						out[align.SentRef{Doc: d, Sent: si}] = true
					}
				}
			}
		}
	}
	return out
}

// sameDatedFact reports whether two dated facts of independent sources are
// one fact given two dates of one kind.
func (cp *comparer) sameDatedFact(a, b datedFact) bool {
	if a.lemma != b.lemma || a.negated != b.negated || a.date.Kind != b.date.Kind || a.date.Value == b.date.Value ||
		cp.c.Group[a.ref.Doc] == cp.c.Group[b.ref.Doc] || cp.monthsApart(a.ref.Doc, b.ref.Doc) || cp.appointments(a.ref, a.date, b.ref, b.date) {
		return false
	}
	shared := 0
	for i, p := range [][2]string{{a.actor, b.actor}, {a.undergoer, b.undergoer}} {
		switch {
		case p[0] == "" || p[1] == "":
		// "The first shooting happened ... Tuesday" / "The most violent
		// of the shootings happened ... Wednesday": two shootings.
		case p[0] == p[1] && !disjointNonEmpty(a.mods[i], b.mods[i]):
			shared++
		default:
			return false
		}
	}
	// Sentences the alignment put in one claim tell one account: there
	// the same predicate with no argument told two ways ("she died
	// Saturday morning" / "The teen died at St. John's Hospital early
	// Saturday") is one fact.
	if shared == 0 && (!cp.sameClaim(a.ref, b.ref) || !pronounFits(a.who[0], b.who[0]) || !pronounFits(a.who[1], b.who[1])) {
		return false
	}
	// A sentence or report that names both dates tells two moments.
	return !mentions(cp.sentText(a.ref), b.date) && !mentions(cp.sentText(b.ref), a.date) &&
		!(docHas(cp.c.Docs[a.ref.Doc], dateWord(b.date)) && docHas(cp.c.Docs[b.ref.Doc], dateWord(a.date)))
}

// dateWord is the word of a date a report would write: the weekday or the
// year.
func dateWord(d DateExpr) string {
	switch d.Kind {
	case "weekday", "year":
		return d.Value
	}
	return d.Value[:4]
}

// datedFactOf reads the one dated proposition of a sentence: the sentence
// names exactly one date, not relative ("last Friday"), not a bound ("by
// Saturday"), in the clause of a proposition that is not someone's speech
// ("police said Saturday": the day it was said) nor a light verb. A month
// alone ("in January") is passed over: this rule pairs one predicate of one
// person across a story without its claims, where a month without its year
// is as often another year's deed (wave 23: it listed one more unedited
// difference on the reporting half, and found nothing).
func datedFactOf(doc *text.Doc, s int, ds []DateExpr) (datedFact, bool) {
	ds = slices.DeleteFunc(slices.Clone(ds), func(d DateExpr) bool { return d.Kind == "monthname" })
	if len(ds) != 1 || strings.Contains(ds[0].Value, " ") {
		return datedFact{}, false
	}
	d := ds[0]
	toks := doc.SentenceTokens(s)
	// "Published: Monday, 2/23/2015": the page's day, not a fact's.
	if stamped(toks) {
		return datedFact{}, false
	}
	// "on the second Tuesday of each month", "every Friday": a
	// recurrence, not a day.
	if d.Tok > 0 && boundWords.Has(toks[d.Tok-1].Lower) || statementDay(doc, s, d.Tok) || recurrence(toks, d.Tok) {
		return datedFact{}, false
	}
	a := doc.Annotation()
	at := doc.Sentences[s].TokStart + d.Tok
	p := a.ClauseOf(at)
	if p == nil || p.Sentence != s || p.Speech() || lightVerbs.Has(p.Lemma) || p.Perfect && p.Tense == "past" {
		return datedFact{}, false
	}
	f := datedFact{lemma: p.Lemma, negated: p.Negated, date: d}
	as, ah := p.Actor()
	us, uh := p.Undergoer()
	f.actor, f.undergoer = headLemma(a, ah), headLemma(a, uh)
	f.mods = [2]map[string]bool{modifiers(doc, as, ah), modifiers(doc, us, uh)}
	f.who = [2]string{personOrThing(a, ah), personOrThing(a, uh)}
	return f, true
}

// personOrThing reads an argument's head as a personal pronoun
// ("pronoun"), a name ("name"), a person noun or role ("person"), another
// common noun ("thing"), or "" (none, or a word that can be either).
func personOrThing(a *text.Annotation, h int) string {
	if h < 0 || h >= len(a.Words) {
		return ""
	}
	w := a.Words[h]
	switch {
	case w.POS == "PRP" && (w.Lemma == "he" || w.Lemma == "she" || w.Lemma == "him" || w.Lemma == "her"):
		return "pronoun"
	case strings.HasPrefix(w.POS, "NNP"):
		return "name"
	case personNouns.Has(w.Lemma), holderRoles.Has(w.Lemma):
		return "person"
	case strings.HasPrefix(w.POS, "NN"):
		return "thing"
	}
	return ""
}

// pronounFits reports whether a personal pronoun on one side may stand
// for the other side's argument in one account: for a person noun ("she"
// / "the doomed teen"), not for a thing, and not for a name, since a
// story of several people may mean another by "he" ("He is scheduled for
// a preliminary hearing April 7" / "Moncrief is scheduled ... April 15").
func pronounFits(x, y string) bool {
	if x != "pronoun" {
		x, y = y, x
	}
	return x != "pronoun" || y == "" || y == "pronoun" || y == "person"
}

// lightVerbs say too little to tell one fact from another by themselves.
var lightVerbs = english.List("compare/light-verbs")

// headLemma is the lemma of an argument's head, "" for none, a pronoun or
// a number.
func headLemma(a *text.Annotation, h int) string {
	if h < 0 || h >= len(a.Words) {
		return ""
	}
	w := a.Words[h]
	if strings.HasPrefix(w.POS, "PRP") || w.POS == "CD" || w.POS == "WP" || w.POS == "DT" || w.POS == "EX" {
		return ""
	}
	return w.Lemma
}

// modifiers are the content words of an argument's phrase other than its
// head.
func modifiers(doc *text.Doc, sp text.TokenSpan, head int) map[string]bool {
	out := map[string]bool{}
	for i := sp.Start; i < sp.End && i < len(doc.Tokens); i++ {
		if t := doc.Tokens[i]; i != head && t.Kind == text.Word && !t.Stop {
			out[t.Lower] = true
		}
	}
	return out
}

func quantifier(w string) bool {
	v, _ := english.Determiners.Value(w)
	return v == "quantifier"
}

// recurrence reports whether an ordinal or a quantifier stands within two
// words of the date: "the second Tuesday of each month", "every Friday".
func recurrence(toks []text.Token, k int) bool {
	for j := max(0, k-2); j < min(len(toks), k+3); j++ {
		if j != k && (english.Ordinals.Has(toks[j].Lower) || quantifier(toks[j].Lower)) {
			return true
		}
	}
	return false
}

// stamped reports a line that holds a page's stamp among its words
// ("Published: Monday, 2/23/2015 - Updated: 9 months ago"): its days are
// when the page was posted or updated.
func stamped(toks []text.Token) bool {
	for _, t := range toks {
		if stampWords.Has(t.Lower) {
			return true
		}
	}
	return false
}
