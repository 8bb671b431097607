package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestOneActDatedTwoWaysInOneReport edits GVA 693374 (a calibration story):
// "Eight people were injured in a shooting in downtown Oakland early
// Saturday" moved to Tuesday, against another report's "... a shooting
// outside an Oakland, Calif. nightclub in which eight people were wounded
// early Saturday morning". The edited report still dates the shooting
// Saturday in a caption ("Oakland police are investigating shootings that
// occurred Saturday, Nov. 5, 2016 morning"), which refused the pair as a
// report of two shootings on two days; that caption is less like the other
// report's sentence than the edited one is, so it tells the same act, and
// the pair is one act dated two ways (compare.anotherAct, wave 21). Missed
// before.
func TestOneActDatedTwoWaysInOneReport(t *testing.T) {
	arts := gvaStory(t, "693374").Articles
	old := "in a shooting in downtown Oakland early Saturday"
	if cs := editedConflicts(t, arts, old, "in a shooting in downtown Oakland early Tuesday", news.ConflictDate); len(cs) == 0 {
		t.Fatal("eight injured early Tuesday against eight wounded early Saturday: no date difference")
	}
}

// TestOneActDatedTwoWaysNamedByVictim edits GVA 364872 (a calibration
// story): "One man is dead and three others injured after a shooting in
// Taunton on Saturday evening" moved to Sunday, against "A 24-year-old man
// died and three others were hurt in a Taunton shooting on Saturday". The
// edited report dates the act Saturday again in a sentence of the victim's
// name ("Marques McCassie, 24, was killed in a Taunton shooting Saturday
// evening"), less like the other report's sentence than the edited one
// (compare.anotherAct, wave 21). Missed before.
func TestOneActDatedTwoWaysNamedByVictim(t *testing.T) {
	arts := gvaStory(t, "364872").Articles
	old := "after a shooting in Taunton on Saturday evening"
	if cs := editedConflicts(t, arts, old, "after a shooting in Taunton on Sunday evening", news.ConflictDate); len(cs) == 0 {
		t.Fatal("a shooting in Taunton Sunday evening against a Taunton shooting Saturday: no date difference")
	}
}
