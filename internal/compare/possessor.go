package compare

import (
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// kinNouns are the nouns of family relations ("Wilson's mother"): the
// quote stage's list, read here for the owner of a subject.
var kinNouns = english.List("quote/kin")

// subjectTerms are the names of a proposition's subject as alignment
// terms, told apart from the people they own. A subject whose head is a
// person noun owned by a name ("Wilson's mother was not at home") is
// another person than that name: its terms are the owner with the noun
// ("wilson's mother"), so a denial of the mother is not contradicted by
// "Wilson was inside his home", while "Wilson's mother was at home" still
// affirms it. Other owned nouns stand for their owner ("Sudan's
// government denied any bombing" is said of Sudan) and stay as read.
func subjectTerms(doc *text.Doc, p *text.Proposition) map[string]bool {
	ns := names(doc, p.Subject)
	h := p.SubjectHead
	if len(ns) == 0 || h < 0 || h >= len(doc.Tokens) || doc.Tokens[h].Cap {
		return ns
	}
	a := doc.Annotation()
	if low := doc.Tokens[h].Lower; !kinNouns.Has(low) && !kinNouns.Has(a.Words[h].Lemma) && !personNouns.Has(low) {
		return ns
	}
	head := text.Stem(doc.Tokens[h].Lower)
	owned := false
	out := map[string]bool{}
	for i := p.Subject.Start; i < h; i++ {
		term, ok := nameAt(doc.Tokens, i)
		if !ok {
			continue
		}
		if a.Words[i].Possessive {
			owned = true
			out[term+"'s "+head] = true
			continue
		}
		out[term] = true
	}
	if !owned {
		return ns
	}
	// Names after the head ("the mother of Wilson's friend") stay as read.
	for i := h + 1; i < p.Subject.End; i++ {
		if term, ok := nameAt(doc.Tokens, i); ok {
			out[term] = true
		}
	}
	return out
}
