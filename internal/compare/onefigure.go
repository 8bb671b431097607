package compare

import (
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// oneFigure joins number differences that oppose one sentence's figure to
// the same other figure in other reports: "left 16 people injured" [s2]
// against "17 people" [s1], and again against "17 people wounded" [s3], is
// one difference, 16 [s2] against 17 [s1, s3] (GVA 451495, read as a
// reader would). One listing is kept, in the place of the first: the one
// that orders the figures in time if either does, else the first; its
// other side takes the other listing's reports, and the side's time is
// then that of its earliest report.
func oneFigure(c *text.Corpus, cs []news.Conflict) []news.Conflict {
	drop := make([]bool, len(cs))
	for i := range cs {
		if drop[i] || !twoFigures(cs[i]) {
			continue
		}
		for j := i + 1; j < len(cs); j++ {
			if drop[j] || !twoFigures(cs[j]) {
				continue
			}
			base, other := cs[i], cs[j]
			if base.Sides[0].Published == "" && other.Sides[0].Published != "" {
				// Keep the listing that orders the figures in time.
				base, other = other, base
			}
			if k, ok := sharedSide(base, other); ok {
				cs[i] = joinSide(c, base, 1-k, other.Sides[1-otherIndex(other, base.Sides[k])])
				drop[j] = true
			}
		}
	}
	out := cs[:0]
	for i, cf := range cs {
		if !drop[i] {
			out = append(out, cf)
		}
	}
	return out
}

// twoFigures reports a number difference of two sides, none retracted.
func twoFigures(cf news.Conflict) bool {
	return cf.Kind == news.ConflictNumber && len(cf.Sides) == 2 && !cf.Sides[0].Retracted && !cf.Sides[1].Retracted
}

// sharedSide returns the side of a that b holds too (the same value, the
// same evidence), when b's other side has the value of a's other side and
// none of its reports.
func sharedSide(a, b news.Conflict) (int, bool) {
	for k, s := range a.Sides {
		x := otherIndex(b, s)
		if x < 0 {
			continue
		}
		ao, bo := a.Sides[1-k], b.Sides[1-x]
		if ao.Value == bo.Value && !slices.ContainsFunc(bo.Sources, func(id string) bool { return slices.Contains(ao.Sources, id) }) {
			return k, true
		}
	}
	return -1, false
}

// otherIndex returns the side of cf that is s (value and evidence), or -1.
func otherIndex(cf news.Conflict, s news.Side) int {
	for x, t := range cf.Sides {
		if t.Value == s.Value && slices.Equal(t.Evidence, s.Evidence) {
			return x
		}
	}
	return -1
}

// joinSide adds the reports of more to side k of cf.
func joinSide(c *text.Corpus, cf news.Conflict, k int, more news.Side) news.Conflict {
	sides := slices.Clone(cf.Sides)
	s := sides[k]
	s.Sources = append(slices.Clone(s.Sources), more.Sources...)
	s.Evidence = append(slices.Clone(s.Evidence), more.Evidence...)
	if first, err := time.Parse(time.RFC3339, s.Published); err == nil {
		for _, id := range more.Sources {
			if d := c.IndexOf(id); d >= 0 {
				if p := c.Docs[d].Article.Published; !p.IsZero() && p.Before(first) {
					first = p
				}
			}
		}
		s.Published = first.Format(time.RFC3339)
	}
	sides[k] = s
	cf.Sides = sides
	return cf
}
