package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestMonthAloneChanged edits ECB+ 20ecbplus (a calibration story): "A
// 6.4-magnitude quake hit the town of Zarand in Iran's Kerman province in
// February" moved to March, against another report's "The last major quake
// to hit southern Iran was in February, when a magnitude-6.4 temblor
// rocked Zarand". A month with no day nor year ("in February") was no date
// (compare.Dates, wave 23: one after a word of time is). Missed before.
func TestMonthAloneChanged(t *testing.T) {
	arts := ecbStory(t, "20ecbplus")
	cs := editedConflicts(t, arts, "Kerman province in February, killing", "Kerman province in March, killing", news.ConflictDate)
	wantSides(t, cs, "March", "February")
}

// TestMonthAloneOfAnArrest edits GVA 501233 (a calibration story):
// "Cruz-Nazario was arrested in February on a host of charges" moved to
// April, against "Nazario had previously been arrested in February on
// charges of attempted murder". Missed before (no date read).
func TestMonthAloneOfAnArrest(t *testing.T) {
	arts := gvaStory(t, "501233").Articles
	cs := editedConflicts(t, arts, "Cruz-Nazario was arrested in February", "Cruz-Nazario was arrested in April", news.ConflictDate)
	wantSides(t, cs, "April", "February")
}

// TestMonthsAloneOfTwoDeeds reads GVA 353609 (a calibration story) as
// published: "Reeves in January entered guilty pleas in abeyance" and "In
// August, Reeves was charged with multiple counts" share only the man's
// name near their months, and date two deeds of his. A month without its
// year is read by a plain word the two dates share (compare.datePair), as
// crossAnchored reads every date; the name alone listed them.
func TestMonthsAloneOfTwoDeeds(t *testing.T) {
	if c, ok := dateOf(gvaStory(t, "353609").Articles, "January", "August"); ok {
		t.Errorf("date difference %q %v: a plea and a charge are two deeds", c.Topic, c.Sides)
	}
}
