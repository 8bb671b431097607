package compare

import (
	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// One person told two ways. The subject tests of a denial compare the
// name words of two subjects, and common nouns with common nouns, so the
// same person told with other words was never compared (wave 23: the
// largest cause of the missed negations): a name and another part of it
// ("Visitation for Owens" / "A visitation for Sienna", one Sienna Owens),
// or a name and a noun of a person with an age ("Ackeem Davis", 17 / "A
// 17-year-old boy"). Both sides are read as the person of the story the
// entity stage resolves them to; the age names a person when the story
// gives it to that person only.

// phrasePerson is the story's person that the noun phrase sp (head h) of
// sentence s of document d stands for, or "": the person named in it, as
// the entity stage resolves the name; or, for a singular noun of a person with an
// age ("a 9-year-old boy"), the one person the story gives that age whose
// gender does not disagree with the noun.
func (cp *comparer) phrasePerson(d, s int, sp text.TokenSpan, h int) string {
	doc := cp.c.Docs[d]
	if sp.Empty() || h < 0 || !doc.English() {
		return ""
	}
	if cp.ents == nil {
		cp.ents = entity.Resolve(cp.c)
	}
	if len(names(doc, sp)) > 0 {
		if name, typ, ok := cp.ents.Name(d, doc.Tokens[sp.Start].Start, doc.Tokens[sp.End-1].End); ok && typ == news.EntityPerson {
			return name
		}
		return ""
	}
	a := doc.Annotation()
	low := doc.Tokens[h].Lower
	if !personNouns.Has(low) || a.Words[h].Lemma != low {
		return ""
	}
	age, ok := cp.phraseAge(d, s, sp)
	if !ok {
		return ""
	}
	g := entity.NounGender(low)
	found := ""
	for name := range cp.agedPersons()[age] {
		if pg := cp.ents.Gender(name); g != 0 && pg != 0 && pg != g {
			continue
		}
		if found != "" {
			return "" // two persons of that age: the noun names neither
		}
		found = name
	}
	return found
}

// phraseAge is the one age written in the noun phrase sp of sentence s
// of document d ("a 9-year-old boy").
func (cp *comparer) phraseAge(d, s int, sp text.TokenSpan) (float64, bool) {
	doc := cp.c.Docs[d]
	base := doc.Sentences[s].TokStart
	age, n := 0.0, 0
	for _, q := range cp.quantitiesOf(align.SentRef{Doc: d, Sent: s}) {
		if q.Dim == "age" && base+q.Tok >= sp.Start && base+q.Tok < sp.End {
			age, n = q.Value, n+1
		}
	}
	return age, n == 1
}

// agedPersons are the story's persons by the ages its reports set beside
// their names (personAges), made once.
func (cp *comparer) agedPersons() map[float64]map[string]bool {
	if cp.byAge != nil {
		return cp.byAge
	}
	cp.byAge = map[float64]map[string]bool{}
	for d, doc := range cp.c.Docs {
		if !doc.English() {
			continue
		}
		for s := range doc.Sentences {
			toks := doc.SentenceTokens(s)
			for _, p := range cp.personAges(d, s) {
				name, _, ok := cp.ents.Name(d, toks[p.first].Start, toks[p.last].End)
				if !ok {
					continue
				}
				if cp.byAge[p.age] == nil {
					cp.byAge[p.age] = map[string]bool{}
				}
				cp.byAge[p.age][name] = true
			}
		}
	}
	return cp.byAge
}

// samePerson reports whether the predicate at token i is said of the
// denial's person told with other words: the noun phrase in the denial's
// role (the undergoer for a negated passive of a common noun, else the
// subject) of the proposition the predicate is read in, as person reads
// it.
func (d denial) samePerson(own, clause *text.Proposition, i int, verb bool, person func(text.TokenSpan, int) string) bool {
	if d.person == "" || person == nil {
		return false
	}
	p := own
	if !verb {
		p = clause
		if p != nil && p.Group.End > i {
			p = nil
		}
	}
	switch {
	case p == nil:
		return false
	case d.undergoer != "":
		// As for a name, not only a plain act: "Tyshawn Lee, 9, was shot
		// and killed" reads "killed" as no finite verb of its own.
		if !verb || own.Negated {
			return false
		}
		sp, h := own.Undergoer()
		return person(sp, h) == d.person
	case p.SubjectHead < 0:
		return false
	}
	return person(p.Subject, p.SubjectHead) == d.person
}

// personReader is phrasePerson of sentence s of document d, for
// denial.affirmedBy.
func (cp *comparer) personReader(d, s int) func(text.TokenSpan, int) string {
	return func(sp text.TokenSpan, h int) string { return cp.phrasePerson(d, s, sp, h) }
}
