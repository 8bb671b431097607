package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestDayPartOfOneAct edits GVA 535999 (a calibration story): "An
// 11-year-old boy accidentally shot himself in southwest Detroit early
// Thursday morning" against another report's "An 11-year-old boy is in the
// hospital after accidentally shooting himself Thursday morning". The
// alignment puts the two in different claims (cosine without dates 0.39,
// sharing no plain word beside the dates), but both dates are a morning of
// the verb "shoot": one moment of one act (compare.nearPair). With the first
// moved to Saturday the brief lists the date difference; before wave 16 it
// did not.
func TestDayPartOfOneAct(t *testing.T) {
	arts := gvaStory(t, "535999").Articles
	old := "shot himself in southwest Detroit early Thursday morning"
	if cs := editedConflicts(t, arts, old, "shot himself in southwest Detroit early Saturday morning", news.ConflictDate); len(cs) == 0 {
		t.Fatal("shot early Saturday morning against shooting Thursday morning: no date difference")
	}
}

// TestDayPartAloneIsNoFact reads GVA 138282 (a calibration story) as
// published: "the Friday night shooting in the town of Isla Vista" and
// "... in a Saturday night press conference" share the part of the day but
// date two things. A first version of compare.nearPair that asked a shared
// part of the day alone listed them as a date difference.
func TestDayPartAloneIsNoFact(t *testing.T) {
	noConflict(t, publishedConflicts(gvaStory(t, "138282").Articles), news.ConflictDate, "night")
}
