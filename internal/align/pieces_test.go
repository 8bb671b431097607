package align

import (
	"testing"
)

// TestCarriesPieceFilter checks carriesPiece's first test on real stories:
// every pair of sentences of two reports that it turns away (their
// sentences share less than MinTerms words) has no pair of pieces that
// would carry one another, so the test changes no answer, only its cost.
func TestCarriesPieceFilter(t *testing.T) {
	for name, c := range map[string]func() *Result{
		"summit":       func() *Result { return AlignWith(summit(t), Options{Clauses: true}) },
		"multiling-10": func() *Result { return AlignWith(story(t, 10), Options{Clauses: true}) },
	} {
		t.Run(name, func(t *testing.T) {
			r := c()
			var refs []SentRef
			for d, doc := range r.ix.c.Docs {
				for s := range doc.Sentences {
					if r.ix.sentence(SentRef{d, s}) != nil {
						refs = append(refs, SentRef{d, s})
					}
				}
			}
			var turned, carried int
			for _, a := range refs {
				for _, b := range refs {
					if a.Doc == b.Doc {
						continue
					}
					full := r.piecesCarry(a, b)
					if full {
						carried++
					}
					if r.carriesPiece(a, b) != full {
						t.Errorf("%v %v: carriesPiece %v, its pieces %v", a, b, !full, full)
					}
					if _, words, _ := r.ix.sharedWeights(r.ix.sentence(a), r.ix.sentence(b)); words < MinTerms {
						turned++
					}
				}
			}
			if turned == 0 || carried == 0 {
				t.Errorf("%s: %d pairs turned away, %d carried: the test proves nothing", name, turned, carried)
			}
			t.Logf("%d sentences, %d pairs turned away early, %d carried", len(refs), turned, carried)
		})
	}
}
