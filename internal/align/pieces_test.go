package align

import "testing"

// TestSharesFactOrPiece checks the support test of addSupport on real
// stories: for every pair of sentences of two reports, sharesFactOrPiece
// (which counts the shared words once and turns a pair away before cutting
// its sentences when they share fewer than MinTerms words) answers as
// sharesFact and carriesPiece asked one after the other.
func TestSharesFactOrPiece(t *testing.T) {
	var pieces int // pairs carried by pieces alone
	for name, align := range map[string]func() *Result{
		"summit":       func() *Result { return AlignWith(summit(t), Options{Clauses: true}) },
		"multiling-10": func() *Result { return AlignWith(story(t, 10), Options{Clauses: true}) },
	} {
		t.Run(name, func(t *testing.T) {
			r := align()
			var refs []SentRef
			for d, doc := range r.ix.c.Docs {
				for s := range doc.Sentences {
					if r.ix.sentence(SentRef{d, s}) != nil {
						refs = append(refs, SentRef{d, s})
					}
				}
			}
			var turned int
			for _, a := range refs {
				for _, b := range refs {
					if a.Doc == b.Doc {
						continue
					}
					fact, piece := r.sharesFact(a, b), r.carriesPiece(a, b)
					if got := r.sharesFactOrPiece(a, b); got != (fact || piece) {
						t.Errorf("%v %v: sharesFactOrPiece %v, sharesFact %v, carriesPiece %v", a, b, got, fact, piece)
					}
					if piece && !fact {
						pieces++
					}
					if r.ix.sharedWeights(r.ix.sentence(a), r.ix.sentence(b)).words < MinTerms {
						turned++
					}
				}
			}
			if turned == 0 {
				t.Error("no pair turned away early: the test proves nothing")
			}
			t.Logf("%d sentences, %d pairs turned away early", len(refs), turned)
		})
	}
	if pieces == 0 {
		t.Error("no pair carried by pieces alone: the test proves nothing")
	}
}

// TestCandidateCounts checks the counts by which the wider search of
// partial support turns candidates away unscored: for every active
// sentence of the summit and of a MultiLing topic (with and without
// clauses), a candidate that eachCandidate marks as unable to share a fact
// is one that sharesFactOrPiece turns away.
func TestCandidateCounts(t *testing.T) {
	for name, align := range map[string]func() *Result{
		"summit":               func() *Result { return Align(summit(t)) },
		"summit-clauses":       func() *Result { return AlignWith(summit(t), Options{Clauses: true}) },
		"multiling-10":         func() *Result { return Align(story(t, 10)) },
		"multiling-10-clauses": func() *Result { return AlignWith(story(t, 10), Options{Clauses: true}) },
	} {
		t.Run(name, func(t *testing.T) {
			r := align()
			var skipped, kept int
			for d, doc := range r.ix.c.Docs {
				for s := range doc.Sentences {
					a := SentRef{d, s}
					if r.ix.sentence(a) == nil {
						continue
					}
					r.ix.eachCandidate(a, supportTerms, supportCandidates, func(b SentRef, may bool) {
						if may {
							kept++
							return
						}
						skipped++
						if r.sharesFactOrPiece(a, b) {
							t.Errorf("%v %v: turned away, but sharesFactOrPiece says yes", a, b)
						}
					})
				}
			}
			if skipped == 0 {
				t.Error("no candidate turned away: the test proves nothing")
			}
			t.Logf("%d candidates turned away unscored, %d tested", skipped, kept)
		})
	}
}
