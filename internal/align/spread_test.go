package align

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// TestSpreadMatchesSimFeat compares the cosine of spread-out weights with
// simFeat's merge, to the bit, on every pair of units of three ECB+
// stories (clauses and whole sentences).
func TestSpreadMatchesSimFeat(t *testing.T) {
	compared := 0
	eachECBStory(t, func(story string, r *Result, _ []*text.Doc, _ []string) {
		ix := r.ix
		units := make([]*sentFeat, 0, len(ix.sents)+len(ix.whole))
		for i := range ix.sents {
			units = append(units, &ix.sents[i])
		}
		for _, w := range ix.whole {
			units = append(units, w)
		}
		for _, a := range units {
			sp := ix.spread(a)
			for _, b := range units {
				want, _ := ix.simFeat(a, b, false)
				if got := sp.sim(b); got != want {
					t.Fatalf("%s: %v against %v: %v, want %v", story, a.ref, b.ref, got, want)
				}
				compared++
			}
			sp.done()
		}
		for k, v := range ix.dense {
			if v != 0 {
				t.Fatalf("%s: term %d left spread", story, k)
			}
		}
	})
	if compared == 0 {
		t.Fatal("nothing compared")
	}
}
