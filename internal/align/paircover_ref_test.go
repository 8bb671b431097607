package align

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// pairCoverageAllPairs is pairCoverage as it was before it skipped pairs
// by their weights: every pair of the report's sentences is summed. It
// stays here as the reference pairCoverage must match exactly.
func (r *Result) pairCoverageAllPairs(ref SentRef, doc int) float64 {
	f := r.ix.sentence(ref)
	if f == nil || f.norm == 0 {
		return 0
	}
	var masks []map[int]bool
	for s := range r.ix.c.Docs[doc].Sentences {
		g := r.ix.sentence(SentRef{doc, s})
		if g == nil {
			continue
		}
		m := map[int]bool{}
		for x, t := range f.terms {
			for _, u := range g.terms {
				if t == u {
					m[x] = true
				}
			}
		}
		if len(m) > 0 {
			masks = append(masks, m)
		}
	}
	best := 0.0
	for a := range masks {
		for b := a; b < len(masks); b++ {
			got := 0.0
			for x, t := range f.terms {
				if masks[a][x] || masks[b][x] {
					w := r.ix.w[t]
					got += w * w
				}
			}
			best = math.Max(best, got)
		}
	}
	return best / (f.norm * f.norm)
}

// eachECBStory aligns each of three ECB+ stories and hands f the result,
// the stories' documents and their ids.
func eachECBStory(t *testing.T, f func(story string, r *Result, ds []*text.Doc, ids []string)) {
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	for _, story := range []string{"10ecb", "16ecb", "3ecbplus"} {
		var ds []*text.Doc
		var ids []string
		for _, a := range ecbplus.Articles(docs, story) {
			ds, ids = append(ds, text.Analyze(a)), append(ids, a.ID)
		}
		f(story, Align(text.NewCorpus(ds, ids)), ds, ids)
	}
}

// TestPairCoverageMatchesAllPairs compares pairCoverage with the reference
// on every sentence of three ECB+ stories against every other report.
func TestPairCoverageMatchesAllPairs(t *testing.T) {
	compared := 0
	eachECBStory(t, func(story string, r *Result, ds []*text.Doc, ids []string) {
		for d, doc := range ds {
			for s := range doc.Sentences {
				ref := SentRef{d, s}
				for other := range ds {
					if other == d {
						continue
					}
					got, want := r.pairCoverage(ref, other), r.pairCoverageAllPairs(ref, other)
					if got != want {
						t.Fatalf("%s %s sentence %d against %s: %v, want %v", story, ids[d], s, ids[other], got, want)
					}
					compared++
				}
			}
		}
	})
	if compared == 0 {
		t.Fatal("nothing compared")
	}
}
