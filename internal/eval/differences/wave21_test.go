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
