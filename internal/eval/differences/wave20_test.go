package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestTwinDenial plants a negation in a sentence that another report
// writes in nearly the same words (ECB+ 37ecb, the Indonesian quakes):
// "Hundreds of government and private buildings have [not] been damaged
// by the Sunday quakes" / "Hundreds of government and private buildings
// were damaged in the quake ..., he said". The proposition model reads
// no named subject there ("Hundreds"); the words around the negation are
// the same in both, so the denial is of what the other asserts
// (compare/twindenial.go).
func TestTwinDenial(t *testing.T) {
	cs := editedConflicts(t, ecbStory(t, "37ecb"), "private buildings have been damaged",
		"private buildings have not been damaged", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("buildings have not been damaged: no contradiction")
	}
}

// TestTwinDenialOfTwoPeople is GVA 422064: "A 24-year-old woman and a
// 36-year-old man were [not] shot in their legs, Estrada said" against
// "... and a 36-year-old man was shot in the leg ...".
func TestTwinDenialOfTwoPeople(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "422064").Articles, "36-year-old man were shot in their legs",
		"36-year-old man were not shot in their legs", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("were not shot in their legs: no contradiction")
	}
}

// TestPleaNotGuiltyIsNoTwinDenial is GVA 563091 unedited: "Daniel W.
// Roberts ... has pleaded not guilty" and "Daniel Roberts ... pleaded
// guilty" are two pleas. "not" after a lexical verb negates its
// complement, no verb group: no twin denial.
func TestPleaNotGuiltyIsNoTwinDenial(t *testing.T) {
	for _, cf := range publishedConflicts(gvaStory(t, "563091").Articles) {
		if cf.Kind == news.ConflictContradiction && cf.Topic == "guilty" {
			t.Errorf("two pleas listed as a contradiction: %v", cf.Sides)
		}
	}
}

// TestDenialScopeEndsAtSubordinator is GVA 611479: "At least fifteen
// people were shot and two people were [not] killed after gunfire erupted
// outside a Fort Myers nightclub ...". The negation's scope ends at
// "after", where another clause starts (compare/scope-breaks): the
// affirmation need not hold the words of when it happened.
func TestDenialScopeEndsAtSubordinator(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "611479").Articles, "two people were killed after gunfire erupted",
		"two people were not killed after gunfire erupted", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("two people were not killed after gunfire erupted: no contradiction")
	}
}
