package compare_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestTwoPlacesAndStatementDays reads GVA incidents of the held-out set
// whose briefs listed a wrong difference of two causes: each report
// writes both block figures (two places: the stabbing and where the
// suspect was found, the shooting and the victim's home; bothFigures), a
// day that dates the police spokesman's statement, not the deaths
// (statementDay), and a denial about a relative ("Wilson's mother was not
// at home") read against the boy ("Wilson, 14, was inside his home";
// kinOf), and the two men taken to one hospital read against the four men
// hit (destination). The right differences of the same kinds stay.
func TestTwoPlacesAndStatementDays(t *testing.T) {
	bs := gvaBriefs(t, "704906", "648062", "727759", "593165", "546581", "488277", "509707")
	gone := []listed{
		{"704906", news.ConflictNumber, "300 block", "800 block", "both reports write the 300 and the 800 block"},
		{"648062", news.ConflictNumber, "5800 block", "7800 block", "the shooting's block and the victim's home"},
		{"727759", news.ConflictDate, "Saturday", "Sunday", `"said Chicago police spokesman Anthony Guglielmi late Sunday afternoon"`},
	}
	kept := []listed{
		{"593165", news.ConflictNumber, "500 block", "800 block", ""},
		{"546581", news.ConflictNumber, "5800 block", "8500 block", ""},
		{"488277", news.ConflictContradiction, "left", "right", ""},
		{"509707", news.ConflictNumber, "3 months old", "4 months old", ""},
	}
	checkListed(t, bs, gone, kept)
}

// listed is a difference a brief must (kept) or must not (gone) list, and
// why it must not.
type listed struct{ id, kind, a, b, why string }

// checkListed checks that the briefs list no difference of gone and every
// difference of kept.
func checkListed(t *testing.T, bs map[string]*news.Brief, gone, kept []listed) {
	t.Helper()
	for _, g := range gone {
		if hasDifference(bs[g.id], g.kind, g.a, g.b) {
			t.Errorf("GVA %s lists the %s difference %s / %s: %s", g.id, g.kind, g.a, g.b, g.why)
		}
	}
	for _, k := range kept {
		if !hasDifference(bs[k.id], k.kind, k.a, k.b) {
			t.Errorf("GVA %s lost the right %s difference %s / %s", k.id, k.kind, k.a, k.b)
		}
	}
}
