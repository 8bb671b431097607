package align

import (
	"math"
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
	// supportTerms and supportCandidates widen the candidate search of
	// partial support by shared words beyond the alignment's.
	supportTerms      = 40
	supportCandidates = 120
	// FactTerms and FactSimilarity: a sentence that shares this many of a
	// claim's informative terms, counted without the story's weights, at
	// this cosine, says one of its facts: partial support (sharesFact).
	FactTerms      = 4
	FactSimilarity = 0.25
)

// addSupport cites, for each claim, every other report that carries the
// claim's wording, with the sentence that carries it as evidence, and
// recounts the claim's independent sources.
func (r *Result) addSupport() {
	c := r.ix.c
	r.Support = make([][]SentRef, len(r.Claims))
	r.Corroborating = make([][]int, len(r.Claims))
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
		// strong: partial support by the weighted tests (a fair share of
		// the claim's informative weight); weak: by shared words alone.
		var strong, weak []int
		// Every candidate the index retrieves, scored once: the sentence
		// tests need a fair cosine, the text test only that the report be
		// among the candidates (so it costs a few documents, not all).
		near := r.Neighbours(rep, 0)
		for _, n := range near {
			d := n.Ref.Doc
			if n.Score < PartialSimilarity || slices.Contains(docs, d) || slices.Contains(strong, d) {
				continue
			}
			cov := r.Coverage(rep, n.Ref)
			if n.Score >= SupportSimilarity && cov >= SupportCoverage {
				docs = append(docs, d)
				r.Support[i] = append(r.Support[i], n.Ref)
				sent := c.Docs[d].Sentences[n.Ref.Sent]
				cl.Evidence = append(cl.Evidence, news.Evidence{Source: c.IDs[d], Start: sent.Start, End: sent.End})
				added = true
				continue
			}
			if cov >= PartialCoverage || r.Coverage(n.Ref, rep) >= SupportCoverage {
				strong = append(strong, d)
			}
		}
		// Partial support by shared words is searched wider: a long
		// sentence's most informative terms are its rarest details, and a
		// report that says one of its facts shares only its commoner
		// terms. Citations in full and the weighted tests keep the
		// alignment's own candidates: a wider search there lent support to
		// sentences of another story inserted into a report (crosscheck
		// eval differences, inserted facts 0.850 -> 0.823).
		for _, n := range r.neighbours(rep, 0, supportTerms, supportCandidates) {
			d := n.Ref.Doc
			if !slices.Contains(docs, d) && !slices.Contains(strong, d) && !slices.Contains(weak, d) && r.sharesFact(rep, n.Ref) {
				weak = append(weak, d)
			}
		}
		for _, n := range near {
			d := n.Ref.Doc
			if !slices.Contains(docs, d) && !slices.Contains(strong, d) && r.TextCoverage(rep, d) >= PartialTextCoverage {
				strong = append(strong, d)
			}
		}
		strong = slices.DeleteFunc(strong, func(d int) bool { return slices.Contains(docs, d) })
		weak = slices.DeleteFunc(weak, func(d int) bool { return slices.Contains(docs, d) || slices.Contains(strong, d) })
		slices.Sort(strong)
		r.Corroborating[i] = strong
		partial := slices.Concat(strong, weak)
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

// sharesFact reports whether sentence b says one of the facts of sentence
// a, judged by words rather than by the story's weights: within one story
// the words of its main facts ("offer", "eight-year", the names) are in
// most sentences, so their weight is low, and a long sentence that holds
// three of them meets another report's wording of one at a cosine of 0.1.
// Here each informative term counts 1 (a word common in any news text
// 0.35, as in the weights): b shares at least FactTerms of a's terms, and
// the cosine of the two counted that way is at least FactSimilarity.
func (r *Result) sharesFact(a, b SentRef) bool {
	fa, fb := r.ix.sentence(a), r.ix.sentence(b)
	if fa == nil || fb == nil {
		return false
	}
	var shared, na, nb float64
	var numA, numB, numShared bool
	for _, t := range fa.terms {
		na += r.ix.bg[t]
		numA = numA || isNumberTerm(r.ix.names[t])
	}
	for _, t := range fb.terms {
		nb += r.ix.bg[t]
		numB = numB || isNumberTerm(r.ix.names[t])
	}
	for x, y := 0, 0; x < len(fa.terms) && y < len(fb.terms); {
		switch {
		case fa.terms[x] < fb.terms[y]:
			x++
		case fa.terms[x] > fb.terms[y]:
			y++
		default:
			shared += r.ix.bg[fa.terms[x]]
			numShared = numShared || isNumberTerm(r.ix.names[fa.terms[x]])
			x++
			y++
		}
	}
	if numA && numB && !numShared {
		// Numbers compare as values: two sentences that each give figures
		// and share none speak of two things (Monday's magnitude-5.2 quake
		// that injured three, Sunday's 5.6 that injured five).
		return false
	}
	return shared >= FactTerms && shared/math.Sqrt(na*nb) >= FactSimilarity
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

// isNumberTerm reports whether a term is a number by value ("#5").
func isNumberTerm(t string) bool { return len(t) > 1 && t[0] == '#' }
