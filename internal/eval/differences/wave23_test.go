package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestHedgeWordAsPredicate is GVA 448419 (calibration): "Hudson is [not]
// charged with three counts of capital murder" against "The suspect,
// identified as William Hudson, 33, was arrested and charged with one
// count of murder". "charged" hedges the murder it names, not the
// charging: a hedge word hedges what comes after it
// (compare.denialHedged, hedgedBefore).
func TestHedgeWordAsPredicate(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "448419").Articles, "Hudson is charged with three counts",
		"Hudson is not charged with three counts", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("Hudson is not charged / was charged: no contradiction")
	}
}

// TestHedgeWordAfterPredicate is ECB 35ecb (calibration): "Vincent Jackson
// has [not] been arrested on suspicion of drink- driving" against "...
// Vincent Jackson was arrested on suspicion of drunk driving": the
// suspicion is of the driving; the arrest both reports state.
func TestHedgeWordAfterPredicate(t *testing.T) {
	cs := editedConflicts(t, ecbStory(t, "35ecb"), "Vincent Jackson has been arrested on suspicion",
		"Vincent Jackson has not been arrested on suspicion", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("Jackson has not been arrested / was arrested: no contradiction")
	}
}
