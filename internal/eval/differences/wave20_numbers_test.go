package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestStatisticsLineOneFigureChanged edits ECB+ 35ecb (a calibration
// story): "Jackson enjoyed the best of his four NFL seasons in 2008 with 59
// catches for 1,098 yards and seven touchdowns" gets 82 catches, against
// another report's same line with 59. A sentence of more than two
// quantities was never compared (a statistics line); the same line with
// one figure changed and every other figure equal is one record told
// differently (compare.oneFigureChanged, wave 20). Missed before.
func TestStatisticsLineOneFigureChanged(t *testing.T) {
	cs := editedConflicts(t, ecbStory(t, "35ecb"), "in 2008 with 59 catches", "in 2008 with 82 catches", news.ConflictNumber)
	wantSides(t, cs, "82 catches", "59 catches")
}

// TestDescriptionOneFigureChanged edits GVA 695963 (a calibration story):
// "Fritch is described as a white female, 5 feet 1 inch tall and weighing
// 135 pounds" gets 150 pounds, against the Amber Alert's same description:
// three quantities each, the height the same, the weight changed.
func TestDescriptionOneFigureChanged(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "695963").Articles, "1 inch tall and weighing 135 pounds", "1 inch tall and weighing 150 pounds", news.ConflictNumber)
	if len(cs) == 0 {
		t.Fatal("150 pounds against 135 pounds in one description: no number difference")
	}
}
