package differences

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestAntonymOutOfItsClaim is GVA 364872 (calibration): "McCassie was
// pronounced [alive] at Morton Hospital an hour later" against "... where he
// was later pronounced dead around 6:40 p.m.". The two sentences are one
// claim while they agree; "dead" weighs much in the story's cosine, and
// with "alive" in its place they fall into two claims, where the claim's
// antonym test never meets them. They are one claim but for the antonym
// (compare.nearAntonyms, oneAntonymApart). The story as published lists no
// contradiction of the death.
func TestAntonymOutOfItsClaim(t *testing.T) {
	arts := gvaStory(t, "364872").Articles
	cs := editedConflicts(t, arts, "McCassie was pronounced dead at Morton Hospital", "McCassie was pronounced alive at Morton Hospital", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("pronounced alive / pronounced dead: no contradiction")
	}
	noContradictionOf(t, arts, "dead", "alive")
}

// TestAntonymInOneClaim is GVA 724667 (calibration): "Johnson fired
// multiple shots ... through the [open] door of the apartment" against "A
// man fired shots from outside through a closed door": one claim, where
// the claim's antonym test reads its short list only and the slot reading
// finds no frame of three shared words; one claim but for "open" /
// "closed", beside the shared "door", is read as the contradiction.
func TestAntonymInOneClaim(t *testing.T) {
	arts := gvaStory(t, "724667").Articles
	cs := editedConflicts(t, arts, "through the closed door of the apartment", "through the open door of the apartment", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("the open door / a closed door: no contradiction")
	}
	noContradictionOf(t, arts, "open", "closed")
}

// TestPlacesOfARelationAreNoAntonyms reads GVA 623195 and 704906 and ECB+
// 26ecbplus as published (calibration). "Police in Sinking Spring, just
// outside Reading" / "found ... inside the family's home", and "the 800
// block of Amesti Road outside Watsonville" / "stabbed inside this house"
// say where two things are, and no shared word stands beside the two
// words (compare.besideShared); "The cause of his death was unknown" /
// "cause of death was not immediately known" agree (a negated sentence is
// not read).
func TestPlacesOfARelationAreNoAntonyms(t *testing.T) {
	noContradictionOf(t, gvaStory(t, "623195").Articles, "inside", "outside")
	noContradictionOf(t, gvaStory(t, "704906").Articles, "inside", "outside")
	noContradictionOf(t, ecbStory(t, "26ecbplus"), "known")
}

// TestNegatedAntonymAgrees edits GVA 364872 (calibration): "McCassie was
// not pronounced alive at Morton Hospital" says what "he was later
// pronounced dead" says; a negated sentence's antonym is not read as one
// claim but for the antonym.
func TestNegatedAntonymAgrees(t *testing.T) {
	arts := gvaStory(t, "364872").Articles
	for _, c := range editedConflicts(t, arts, "McCassie was pronounced dead at Morton Hospital", "McCassie was not pronounced alive at Morton Hospital", news.ConflictContradiction) {
		if strings.Contains(c.Topic, "alive") {
			t.Errorf("not pronounced alive / pronounced dead listed: %q %v", c.Topic, c.Sides)
		}
	}
}
