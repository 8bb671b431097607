package differences

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/compare"
	"github.com/crosscheck/crosscheck/internal/news"
)

// TestWeightIsNoMoney reads GVA 683142 (a calibration story) as published:
// "Vance is described as Native American, standing 5 feet 11 inches tall
// and weighing 212 pounds". The pounds after "weighing" are a weight, not
// money: before wave 18 the brief would have shown "GBP 212"
// (compare.weightAt).
func TestWeightIsNoMoney(t *testing.T) {
	docs, _ := brief.Analyze(gvaStory(t, "683142").Articles)
	seen := false
	for _, d := range docs {
		for s, sent := range d.Sentences {
			if !strings.Contains(sent.Text, "weighing 212 pounds") {
				continue
			}
			seen = true
			for _, q := range compare.Quantities(d, s) {
				if q.Number == 212 && (q.Dim != "mass" || q.String() != "212 pounds") {
					t.Errorf("weighing 212 pounds read as %s %q", q.Dim, q.String())
				}
			}
		}
	}
	if !seen {
		t.Fatal("GVA 683142: no sentence weighing 212 pounds")
	}
}

// TestPageAgeIsNoFigure reads GVA 466375 (a reporting story) as
// published: the pages' stamps "Updated: 2 months ago" and "Updated: 3
// months ago" are when each page was updated, not a span the story
// measures. Once a figure after a colon was no longer taken for a clock
// time's minutes (wave 18), they were listed as a number difference until
// "ago" made the span a moment.
func TestPageAgeIsNoFigure(t *testing.T) {
	noConflict(t, publishedConflicts(gvaStory(t, "466375").Articles), news.ConflictNumber, "months")
}
