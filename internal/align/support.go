package align

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/news"
)

// Support thresholds. A claim is a tight group (its members must stay
// coherent with one another), so a report can carry what a claim says in a
// sentence that did not join it: a sentence that says more besides (low
// cosine, high coverage), or one that matched a member of another claim
// better. Such a report is cited for the claim when one of its sentences
// matches the claim's wording as well as claim members must
// (SupportSimilarity) and carries at least SupportCoverage of its
// informative weight.
//
// A report whose best sentence carries less of the claim but still a fair
// part of it (PartialSimilarity, PartialCoverage) is partial support: it is
// shown, apart, and not counted as a source.
const (
	SupportSimilarity = 0.34
	SupportCoverage   = 0.5
	PartialSimilarity = 0.15
	PartialCoverage   = 0.25
	// PartialTextCoverage: a report whose text, taken whole, holds this
	// share of the claim's informative weight carries it in part, spread
	// over several sentences (a long sentence's facts told one a sentence).
	PartialTextCoverage = 0.4
)

// addSupport cites, for each claim, every other report that carries the
// claim's wording, with the sentence that carries it as evidence, and
// recounts the claim's independent sources.
func (r *Result) addSupport() {
	c := r.ix.c
	r.Support = make([][]SentRef, len(r.Claims))
	for i := range r.Claims {
		cl := &r.Claims[i]
		rep := r.representative(i)
		docs := make([]int, 0, len(r.Members[i]))
		for _, m := range r.Members[i] {
			if !slices.Contains(docs, m.Doc) {
				docs = append(docs, m.Doc)
			}
		}
		added := false
		var partial []int
		// Every candidate the index retrieves, scored once: the sentence
		// tests need a fair cosine, the text test only that the report be
		// among the candidates (so it costs a few documents, not all).
		near := r.Neighbours(rep, 0)
		for _, n := range near {
			if n.Score < PartialSimilarity || slices.Contains(docs, n.Ref.Doc) || slices.Contains(partial, n.Ref.Doc) {
				continue
			}
			cov := r.Coverage(rep, n.Ref)
			if n.Score < SupportSimilarity || cov < SupportCoverage {
				if cov >= PartialCoverage || r.Coverage(n.Ref, rep) >= SupportCoverage {
					partial = append(partial, n.Ref.Doc)
				}
				continue
			}
			docs = append(docs, n.Ref.Doc)
			r.Support[i] = append(r.Support[i], n.Ref)
			sent := c.Docs[n.Ref.Doc].Sentences[n.Ref.Sent]
			cl.Evidence = append(cl.Evidence, news.Evidence{Source: c.IDs[n.Ref.Doc], Start: sent.Start, End: sent.End})
			added = true
		}
		for _, n := range near {
			d := n.Ref.Doc
			if !slices.Contains(docs, d) && !slices.Contains(partial, d) && r.TextCoverage(rep, d) >= PartialTextCoverage {
				partial = append(partial, d)
			}
		}
		partial = slices.DeleteFunc(partial, func(d int) bool { return slices.Contains(docs, d) })
		slices.Sort(partial)
		for _, d := range partial {
			cl.Partial = append(cl.Partial, c.IDs[d])
		}
		if !added {
			continue
		}
		// Sources in the corpus's order, so citation marks read s1, s2, s3.
		slices.Sort(docs)
		cl.Sources = cl.Sources[:0]
		for _, d := range docs {
			cl.Sources = append(cl.Sources, c.IDs[d])
		}
		cl.Independent = c.Independent(docs)
	}
}

// representative is the member whose sentence the claim is shown by.
func (r *Result) representative(i int) SentRef {
	c := r.ix.c
	for _, m := range r.Members[i] {
		if c.Docs[m.Doc].Sentences[m.Sent].Text == r.Claims[i].Text {
			return m
		}
	}
	return r.Members[i][0]
}

// TextCoverage is the share of sentence ref's informative weight (squared,
// as in the cosine) whose terms occur anywhere in document doc.
func (r *Result) TextCoverage(ref SentRef, doc int) float64 {
	f := r.ix.sentence(ref)
	if f == nil || f.norm == 0 {
		return 0
	}
	if r.docTerms == nil {
		r.docTerms = make([]map[int32]bool, len(r.ix.c.Docs))
	}
	if r.docTerms[doc] == nil {
		set := map[int32]bool{}
		for s := range r.ix.c.Docs[doc].Sentences {
			if g := r.ix.sentence(SentRef{doc, s}); g != nil {
				for _, t := range g.terms {
					set[t] = true
				}
			}
		}
		r.docTerms[doc] = set
	}
	got := 0.0
	for _, t := range f.terms {
		if r.docTerms[doc][t] {
			w := r.ix.w[t]
			got += w * w
		}
	}
	return got / (f.norm * f.norm)
}
