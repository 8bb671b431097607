package compare

import (
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// deniedOnBothDays reports a date difference whose every side is a
// negated clause that holds its date ("No one
// answered the door at the apartment Monday", "... Tuesday"): that
// something did not happen on one day and did not happen on another are
// both true, so the dates do not disagree.
func deniedOnBothDays(c *text.Corpus, cf news.Conflict) bool {
	n := 0
	for _, s := range cf.Sides {
		for _, r := range sideSentences(c, s) {
			doc := c.Docs[r[0]]
			ds := Dates(doc, r[1])
			if len(ds) != 1 {
				return false
			}
			if !deniedClause(doc, doc.Sentences[r[1]].TokStart+ds[0].Tok) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// deniedClause reports whether the clause of the document token at i is
// negated: its verb group ("did not answer") or a negator before the token
// in the clause ("No one answered the door ... Monday", "nobody was home").
// "no one" is no denial for the contradictions (compare/not-negations),
// but a clause of it says that nothing happened.
func deniedClause(doc *text.Doc, i int) bool {
	p := doc.Annotation().ClauseOf(i)
	if p == nil {
		return false
	}
	if p.Negated {
		return true
	}
	for k := p.Clause.Start; k < i && k < len(doc.Tokens); k++ {
		if english.IsNegator(doc.Tokens[k].Lower) {
			return true
		}
	}
	return false
}
