package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestDatesOfOneShootingInOtherWords edits GVA 591218 (a calibration
// story): "A 14-year-old girl was fatally wounded and the suspected shooter
// was arrested in a shooting late Tuesday night" against another report's
// "A teenage girl was killed when she was shot in the head ... late Tuesday
// night". The two sentences are in different claims and the first date's
// clause is the arrest's, but the date stands right after "a shooting" and
// the other dates "was shot": both date the act itself (compare.incidentAt).
// With the first moved to Friday the brief lists the date difference;
// before wave 17 it did not.
func TestDatesOfOneShootingInOtherWords(t *testing.T) {
	arts := gvaStory(t, "591218").Articles
	old := "arrested in a shooting late Tuesday night"
	if cs := editedConflicts(t, arts, old, "arrested in a shooting late Friday night", news.ConflictDate); len(cs) == 0 {
		t.Fatal("a shooting late Friday night against shot late Tuesday night: no date difference")
	}
}

// TestArrestIsNoIncidentDate edits GVA 631297 (a calibration story):
// "Alexander Lozano was arrested in San Jose late Monday" moved to Tuesday
// tells another day of the arrest, not of the shooting that other reports
// date Monday: an arrest is a later act than the shooting, and no report
// dates the arrest otherwise.
func TestArrestIsNoIncidentDate(t *testing.T) {
	arts := gvaStory(t, "631297").Articles
	old := "Alexander Lozano was arrested in San Jose late Monday"
	if cs := editedConflicts(t, arts, old, "Alexander Lozano was arrested in San Jose late Tuesday", news.ConflictDate); len(cs) != 0 {
		t.Fatalf("an arrest late Tuesday read as the shooting's day: %v", cs[0].Sides)
	}
}

// TestFireAcrossMidnightIsNoDifference reads ECB+ topic 13 (a calibration
// story) as published: "... was badly damaged by fire Friday night" and
// "... destroyed the Wasilla Bible Church early Saturday" tell one fire that
// ran past midnight. A version of compare.sameIncident that did not ask the
// dates to be attached to a shared word listed them as a date difference.
func TestFireAcrossMidnightIsNoDifference(t *testing.T) {
	noConflict(t, publishedConflicts(ecbStory(t, "13ecb")), news.ConflictDate, "Saturday")
}
