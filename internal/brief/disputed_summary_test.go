package brief

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestSummaryStatesDisputedFigure: in GVA incidents nobody tuned on, the
// reports disagree on a figure and the 100-word summary said nothing of it:
// the Pulse nightclub's toll (50 killed in two reports, 49 in two), the
// toll of a Wilkinsburg ambush (six, five) and how many it wounded (three,
// two), where shots were fired at a Hartford house party (18 or 19
// Plymouth St.), how many counts a Mukilteo suspect was booked for (two,
// three). The summary now states a value of them (internal/summarize,
// seedDisputed), and the sentence that states it gives the other values
// (otherValues); each incident fails without them.
func TestSummaryStatesDisputedFigure(t *testing.T) {
	for _, id := range []string{"577157", "519541", "634787", "616948"} {
		b := Build(gvaIncident(t, id), Options{})
		var disputed []news.Conflict
		for _, cf := range b.Conflicts {
			if cf.Kind == news.ConflictNumber {
				disputed = append(disputed, cf)
			}
		}
		if len(disputed) == 0 {
			t.Errorf("incident %s: no number difference", id)
			continue
		}
		if !summaryStates(b.Summary, disputed) {
			t.Errorf("incident %s: no summary sentence states a value of %q", id, disputed[0].Topic)
			for _, s := range b.Summary {
				t.Logf("  %s", s.Text)
			}
		}
		// The sentence that states one value gives the others.
		for _, s := range b.Summary {
			if summaryStates([]news.SummarySentence{s}, disputed) && len(s.Others) == 0 {
				t.Errorf("incident %s: %q gives no other value", id, s.Text)
			}
		}
	}
}

// summaryStates reports whether a summary sentence's own evidence is the
// evidence of a side of one of the differences.
func summaryStates(summary []news.SummarySentence, cs []news.Conflict) bool {
	for _, s := range summary {
		own := s.Evidence[0]
		for _, cf := range cs {
			for _, side := range cf.Sides {
				for _, ev := range side.Evidence {
					if ev.Source == own.Source && ev.Start < own.End && ev.End > own.Start {
						return true
					}
				}
			}
		}
	}
	return false
}
