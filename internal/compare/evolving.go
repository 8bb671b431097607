package compare

import (
	"slices"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A figure that changes as a story is updated (a toll, a count, an amount)
// is one fact given differently by reports of different times: the brief
// shows it as a number difference whose sides run in the order the reports
// were published, the latest marked, and an earlier figure that a report
// says was withdrawn marked as retracted. Such a figure is never dropped:
// the reader needs both the latest figure and the fact that it moved.

// earlierCues before a figure, in its clause, make it a figure given
// earlier and no longer held: "police earlier had reported 65 dead",
// "initially put the toll at 65".
var earlierCues = map[string]bool{"earlier": true, "initially": true, "previously": true, "originally": true}

// revisionCues before "from" make the figure after it the old one: "down
// from 65", "revised from 65".
var revisionCues = english.List("compare/revision-cues")

// withdrawals after a figure, in its sentence, say it was withdrawn:
// "65 dead, but backed off that figure".
var withdrawals = sync.OnceValue(func() [][2]string {
	set := english.List("compare/withdrawals")
	var out [][2]string
	for _, w := range set.Words() {
		out = append(out, [2]string{w, set.Kind(w)})
	}
	return out
})

// retracted reports whether a figure is given as an earlier figure that
// the report no longer holds.
func retracted(toks []text.Token, q Quantity) bool {
	k := q.Tok
	// Skip the hedge or bound before the number ("from about 65").
	j := k - 1
	for j >= 0 && (hedges.Kind(toks[j].Lower) != "" || toks[j].Lower == "than" || toks[j].Lower == "more" || toks[j].Lower == "least" || toks[j].Lower == "at") {
		j--
	}
	if j >= 1 && toks[j].Lower == "from" && revisionCues.Has(toks[j-1].Lower) {
		return true
	}
	// An earlier cue counts when a verb of speech stands between it and
	// the figure: "police earlier had reported 65 dead", "Earlier, the
	// attorney general said 13 people had been killed", "initially put
	// the toll at 65"; "Earlier this year, three people were shot" is
	// another event, not a withdrawn figure.
	told := false
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		low := toks[j].Lower
		if low == ";" || low == "but" || low == "." {
			break
		}
		told = told || english.SpeechVerbs.Has(low) || low == "put"
		if earlierCues[low] && told {
			return true
		}
	}
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		for _, w := range withdrawals() {
			if toks[j].Lower == w[0] && (w[1] == "" || j+1 < len(toks) && toks[j+1].Lower == w[1]) {
				return true
			}
		}
	}
	return false
}

// published is a report's publication time, zero when unknown.
func (cp *comparer) published(d int) time.Time { return cp.c.Docs[d].Article.Published }

// updates reports whether two mentions of one copy group are two editions
// of one report (both dated, at different times) whose figure may have
// moved between them.
func (cp *comparer) updates(i, j qItem) bool {
	ti, tj := cp.published(i.ref.Doc), cp.published(j.ref.Doc)
	return i.ref.Doc != j.ref.Doc && !ti.IsZero() && !tj.IsZero() && !ti.Equal(tj) && (cp.running(i) || cp.running(j))
}

// inTime orders the sides of a number difference by the publication time
// of their earliest report, when every side has a dated report and they
// were not all published at once, and marks the side of the latest report.
func (cp *comparer) inTime(cf *news.Conflict) {
	if cf.Kind != news.ConflictNumber || len(cf.Sides) < 2 {
		return
	}
	first := make([]time.Time, len(cf.Sides))
	last := make([]time.Time, len(cf.Sides))
	for i, s := range cf.Sides {
		for _, src := range s.Sources {
			d := cp.c.IndexOf(src)
			if d < 0 {
				continue
			}
			p := cp.published(d)
			if p.IsZero() {
				continue
			}
			if first[i].IsZero() || p.Before(first[i]) {
				first[i] = p
			}
			if p.After(last[i]) {
				last[i] = p
			}
		}
		if first[i].IsZero() {
			return
		}
	}
	if slices.IndexFunc(first, func(t time.Time) bool { return !t.Equal(first[0]) }) < 0 {
		return
	}
	latest, n := 0, 0
	for i := range last {
		switch c := last[i].Compare(last[latest]); {
		case c > 0:
			latest, n = i, 1
		case c == 0:
			n++
		}
	}
	for i := range cf.Sides {
		cf.Sides[i].Published = first[i].Format(time.RFC3339)
		cf.Sides[i].Latest = n == 1 && i == latest && !cf.Sides[i].Retracted
	}
	idx := make([]int, len(cf.Sides))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return first[a].Compare(first[b]) })
	sides := make([]news.Side, len(idx))
	for k, i := range idx {
		sides[k] = cf.Sides[i]
	}
	cf.Sides = sides
}

// withdrawnSides are the figures that a report on one side of a number
// difference gives as withdrawn ("police earlier had reported 65 dead, but
// backed off that figure") when another side gives that figure: the report
// once said what the other side says. Each is a side of its own, marked
// retracted; the count it counts may be worded otherwise ("65 dead" beside
// "60 people died"), since the report itself ties the two.
func (cp *comparer) withdrawnSides(sides [][]int, items []qItem) []news.Side {
	var out []news.Side
	for si, sd := range sides {
		docs := map[int]bool{}
		for _, i := range sd {
			if !items[i].retracted {
				docs[items[i].ref.Doc] = true
			}
		}
		for r, it := range items {
			if !it.retracted || !docs[it.ref.Doc] || slices.ContainsFunc(sides, func(o []int) bool { return slices.Contains(o, r) }) {
				continue
			}
			for sj, other := range sides {
				o := items[other[0]].q
				if sj != si && it.q.Dim == o.Dim && SameValue(it.q, o) {
					side := cp.side([]align.SentRef{it.ref}, it.q.String())
					side.Retracted = true
					out = append(out, side)
					break
				}
			}
		}
	}
	return out
}
