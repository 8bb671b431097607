package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestNameAfterSharedAge swaps the person an Amber Alert was issued for in
// GVA 695963 (calibration): "An Amber Alert was then issued for the
// woman's 16-year-old daughter Kirsten Fritch" / "An Amber Alert is still
// in effect for 16-year-old Kirsten Fritch who remains missing". The age
// both write right before the name frames the person's place, and the
// noun of person between ("daughter") describes her: a name slot
// (compare.ageFrame, afterDescription). Missed before: the shared run
// before the name was one word.
func TestNameAfterSharedAge(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "695963").Articles, "in effect for 16-year-old Kirsten Fritch", "in effect for 16-year-old Barbara DeRamus", news.ConflictName)
	wantSides(t, cs, "Barbara DeRamus", "Kirsten Fritch")
}

// TestNameAfterOtherDescription swaps the boy of ECB+ 19ecb
// (calibration): "since the death of 15-year-old Alexandros
// Grigoropoulos" / "since the death of teenager Alexandros Grigoropoulos".
// Each report describes him in its own words between the frame and the
// name (an age, a noun of person).
func TestNameAfterOtherDescription(t *testing.T) {
	cs := editedConflicts(t, ecbStory(t, "19ecb"), "since the death of 15-year-old Alexandros Grigoropoulos, spreading", "since the death of 15-year-old Nikos Lountos, spreading", news.ConflictName)
	wantSides(t, cs, "Nikos Lountos", "Alexandros Grigoropoulos")
}
