package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestIncidentDayInOtherWords edits GVA 625854 (a calibration story): "Bill
// Cooper of the Sebastian County Sheriff's Office was killed by an Arkansas
// gunman Wednesday" moved to Friday, against another report's "A standoff
// at an Arkansas home Wednesday morning has killed one police officer". The
// two weekdays stand beside no shared word ("gunman" / "home", "morning"),
// but both date the violent act (compare.incidentAt): one weekday of the
// act needs no shared word (compare.incidentDays). Missed before wave 19.
func TestIncidentDayInOtherWords(t *testing.T) {
	arts := gvaStory(t, "625854").Articles
	old := "was killed by an Arkansas gunman Wednesday."
	if cs := editedConflicts(t, arts, old, "was killed by an Arkansas gunman Friday.", news.ConflictDate); len(cs) == 0 {
		t.Fatal("killed by a gunman Friday against a standoff Wednesday morning that killed an officer: no date difference")
	}
}

// TestIncidentDayAmongTwo edits GVA 571210 (a calibration story): "Police
// announced charges Sunday for a boy who allegedly killed 16-year-old
// Christian Bandemer in Bridgeport Friday morning", the killing moved to
// Saturday, against another report's "A 16-year-old boy was killed ... in
// the Bridgeport neighborhood Friday morning". A sentence of two weekdays
// gave no date to compare; of the two, the one that dates the violent act
// is the date of the fact. Missed before wave 19.
func TestIncidentDayAmongTwo(t *testing.T) {
	arts := gvaStory(t, "571210").Articles
	old := "in Bridgeport Friday morning."
	if cs := editedConflicts(t, arts, old, "in Bridgeport Saturday morning.", news.ConflictDate); len(cs) == 0 {
		t.Fatal("charges Sunday for a killing Saturday morning against a killing Friday morning: no date difference")
	}
}

// TestIncidentDayNamedAgain edits GVA 359830 (a calibration story): "Nine
// people were shot to death during a prayer meeting ... Wednesday night"
// moved to Thursday, against "Roof opened fire during a prayer meeting ...
// on Wednesday night". The edited report names Wednesday elsewhere, which
// refused the pair before wave 19 ("a report of two shootings on two days");
// it now refuses only a report that dates the violent act itself with the
// other's day (compare.datesIncident), which the edited report does not.
func TestIncidentDayNamedAgain(t *testing.T) {
	arts := gvaStory(t, "359830").Articles
	old := "black churches Wednesday night"
	if cs := editedConflicts(t, arts, old, "black churches Thursday night", news.ConflictDate); len(cs) == 0 {
		t.Fatal("shot to death Thursday night against opened fire Wednesday night: no date difference")
	}
}

// TestPageStampIsNoIncidentDay reads GVA 480981 (a calibration story) as
// published: "... where four people were shot and killed (Published
// Thursday, Oct. 10, 2013)" dates the page, not the killing, which another
// report dates "late Wednesday night". Without compare.StampBefore the
// weekday rule of wave 19 listed them as a date difference.
func TestPageStampIsNoIncidentDay(t *testing.T) {
	noConflict(t, publishedConflicts(gvaStory(t, "480981").Articles), news.ConflictDate, "Thursday")
}

// TestDismissalIsNoIncidentDay reads ECB+ 18ecbplus (the judged corpus set)
// as published: "LaCalamita had been fired last Thursday as a general
// accountant" tells a lost job, not the shooting another report dates
// Monday ("killed a woman and wounded two men Monday"). "fire" said of a
// person is no violent act (compare.dismissal); without it the weekday
// rule of wave 19 listed the two days.
func TestDismissalIsNoIncidentDay(t *testing.T) {
	noConflict(t, publishedConflicts(ecbStory(t, "18ecbplus")), news.ConflictDate, "Thursday")
}
