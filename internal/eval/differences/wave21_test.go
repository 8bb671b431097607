package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestVerbTwinOfAnotherSubject is GVA 588009: "A spokeswoman for
// University Hospital in Newark said the boy was [not] pronounced dead at
// 4:25 p.m., Saturday" against "The boy was taken to University Hospital
// in Newark where he was pronounced dead at 4:25 p.m.". The two reports
// name the boy by other words ("the boy" / "he"), so neither the twin
// denial (the words before the negation differ) nor the proposition model
// (no subject of "he") reads it; the verb phrase after the negation is the
// same words in both (compare/verbtwin.go).
func TestVerbTwinOfAnotherSubject(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "588009").Articles, "said the boy was pronounced dead at 4:25",
		"said the boy was not pronounced dead at 4:25", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("the boy was not pronounced dead at 4:25: no contradiction")
	}
}

// TestVerbTwinOfAnotherTense is GVA 488547: "All four victims survived
// the shooting spree and were [not] released from Vidant Medical Center"
// against "All four victims have since been released from Vidant Medical
// Center": the words before the verb differ ("survived the shooting spree
// and were" / "have since been"), the verb phrase is the same.
func TestVerbTwinOfAnotherTense(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "488547").Articles, "and were released from Vidant",
		"and were not released from Vidant", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("were not released from Vidant Medical Center: no contradiction")
	}
}

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
