package summarize

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Facts is what the comparison knows of a story that its sentences alone do
// not tell the summary.
type Facts struct {
	// Disputed holds the figures the reports give different values of (a
	// toll of 50 against 49), best supported first.
	Disputed []Disputed
}

// Disputed is one figure the reports disagree on: for each of its values,
// the sentences that state it, the value the summary should state first.
type Disputed struct {
	Sides [][]align.SentRef
}

// maxDisputed is how many disputed figures the summary makes room for
// before its greedy pass: the two a reader of an incident asks first (the
// dead and the injured), set before measuring.
const maxDisputed = 2

// DisputedFacts reads the number differences of a brief as Facts: each
// difference's sides as the sentences of their evidence, the latest side
// first when the figure was updated as the story unfolded (the summary
// should state where it ended), else the side of the most sources; a
// retracted value is left out. Differences with the most sources come first.
func DisputedFacts(c *text.Corpus, cs []news.Conflict) Facts {
	type fact struct {
		d       Disputed
		sources int
	}
	var facts []fact
	for _, cf := range cs {
		if cf.Kind != news.ConflictNumber || len(cf.Sides) < 2 {
			continue
		}
		var f fact
		sides := slices.Clone(cf.Sides)
		slices.SortStableFunc(sides, func(a, b news.Side) int {
			if a.Latest != b.Latest {
				if a.Latest {
					return -1
				}
				return 1
			}
			return len(b.Sources) - len(a.Sources)
		})
		for _, s := range sides {
			f.sources += len(s.Sources)
			if refs := sideRefs(c, s); len(refs) > 0 && !s.Retracted {
				f.d.Sides = append(f.d.Sides, refs)
			}
		}
		if len(f.d.Sides) > 0 {
			facts = append(facts, f)
		}
	}
	slices.SortStableFunc(facts, func(a, b fact) int { return b.sources - a.sources })
	var out Facts
	for _, f := range facts {
		out.Disputed = append(out.Disputed, f.d)
	}
	return out
}

// sideRefs are the sentences that a side's evidence overlaps.
func sideRefs(c *text.Corpus, s news.Side) []align.SentRef {
	var out []align.SentRef
	for _, ev := range s.Evidence {
		if d := c.IndexOf(ev.Source); d >= 0 {
			for _, si := range c.Docs[d].SentencesIn(ev.Start, ev.End) {
				out = append(out, align.SentRef{Doc: d, Sent: si})
			}
		}
	}
	return out
}

// seedDisputed makes room, right after the lead, for up to maxDisputed
// figures the reports disagree on that no pick states yet: of each, the
// sentence with the most new concept weight per word among those that
// state its first value (the latest, or the best supported), else its
// next. Without it a story whose toll is disputed often gets no sentence on
// the toll at all, since each value is held by fewer sources than the
// story's shared wording.
func (s *selector) seedDisputed(f Facts) {
	n := 0
	for _, d := range f.Disputed {
		if n == maxDisputed {
			return
		}
		if s.statesAny(d) {
			n++
			continue
		}
		for _, refs := range d.Sides {
			if best := s.bestOf(refs); best >= 0 {
				s.add(best)
				n++
				break
			}
		}
	}
}

// statesAny reports whether a pick states one of a disputed figure's values.
func (s *selector) statesAny(d Disputed) bool {
	for _, refs := range d.Sides {
		for _, r := range refs {
			if ci, ok := s.index[r]; ok && s.picked[ci] {
				return true
			}
		}
	}
	return false
}

// bestOf is the candidate among refs that may be picked on its own with the
// most new concept weight per word, or -1.
func (s *selector) bestOf(refs []align.SentRef) int {
	best, bestVal := -1, 0.0
	for _, r := range refs {
		ci, ok := s.index[r]
		if !ok || s.cands[ci].lean || !s.allowed(ci) {
			continue
		}
		g := s.gain(ci)
		v := g / float64(s.cands[ci].cost)
		if g > 0 && (best < 0 || v > bestVal+1e-12 || (v >= bestVal-1e-12 && s.better(ci, best))) {
			best, bestVal = ci, v
		}
	}
	return best
}
