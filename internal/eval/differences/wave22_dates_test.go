package differences

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
)

// TestAutopsyDayOneClaimButTheDay edits GVA 447584 (a calibration story):
// "An autopsy will be performed on Monday morning at Lehigh Vally Hospital
// in Allentown" moved to Wednesday, against another report's "An autopsy
// is scheduled for Monday at Lehigh Valley Hospital in Allentown". The two
// sentences are one claim as published; the changed day, a rare term of
// the story, takes the edited one out of it, and the rules of two claims
// ask a part of the day or the violent act. Read as one claim but for one
// value (compare.oneValueApart, wave 22). Missed before.
func TestAutopsyDayOneClaimButTheDay(t *testing.T) {
	arts := gvaStory(t, "447584").Articles
	cs := editedConflicts(t, arts, "An autopsy will be performed on Monday morning", "An autopsy will be performed on Wednesday morning", news.ConflictDate)
	wantSides(t, cs, "Wednesday", "Monday")
}

// TestGraduationYearOneClaimButTheYear edits GVA 616948 (a calibration
// story): "The three teenagers, as well as Kramer, graduated from Kamiak
// High School in 2015" moved to 2018, against "Ivanov, who graduated from
// Kamiak High School in 2015, even posted a picture of the rifle": one
// claim but for the year (compare.oneValueApart, wave 22). Missed before.
func TestGraduationYearOneClaimButTheYear(t *testing.T) {
	arts := gvaStory(t, "616948").Articles
	cs := editedConflicts(t, arts, "as well as Kramer, graduated from Kamiak High School in 2015", "as well as Kramer, graduated from Kamiak High School in 2018", news.ConflictDate)
	wantSides(t, cs, "2018", "2015")
}

// TestShortSentencesOfTwoMornings reads GVA 563091 (a calibration story) as
// published: "They appeared in court Monday morning" and "... released the
// name of the victim Saturday morning" share a part of the day and nothing
// of their facts; each day weighs enough to make the two one claim but for
// the day, and the rule of one value apart listed them until it asked that
// the sentences without their values tell one fact (align.FactSimilarity).
func TestShortSentencesOfTwoMornings(t *testing.T) {
	if c, ok := dateOf(gvaStory(t, "563091").Articles, "Monday", "Saturday"); ok {
		t.Errorf("date difference %q %v: a court appearance and a victim's name are two facts", c.Topic, c.Sides)
	}
}

// TestTwoBeginningsOrderedInTime reads ECB+ 4ecb (a calibration story) as
// published: "... began after she divorced Neal in 1947 when she met a
// police officer" and "She began modeling in 1950 when she met New York
// City ..." are one claim but for the year by their words, but the first
// orders two events ("after"), and the years date two beginnings. The rule
// of one value apart asks, as crossAnchored does, that neither sentence
// order two events.
func TestTwoBeginningsOrderedInTime(t *testing.T) {
	if c, ok := dateOf(ecbStory(t, "4ecb"), "1947", "1950"); ok {
		t.Errorf("date difference %q %v: two beginnings, one of them after a divorce", c.Topic, c.Sides)
	}
}

// dateOf returns the date difference of a published story's brief with a
// side of value x and a side of value y, if it lists one.
func dateOf(arts []*news.Article, x, y string) (news.Conflict, bool) {
	for _, c := range brief.Build(arts, brief.Options{}).Conflicts {
		has := func(v string) bool {
			return slices.ContainsFunc(c.Sides, func(s news.Side) bool { return s.Value == v })
		}
		if c.Kind == news.ConflictDate && has(x) && has(y) {
			return c, true
		}
	}
	return news.Conflict{}, false
}
