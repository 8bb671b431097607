package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestMonthAgainstFullDate edits ECB+ 6ecbplus (a calibration story): "why
// Catching Fire might not make its November 22, 2013 release date" moved
// to December 22, against other reports' "a November 2013 release". A
// calendar date and a month of a year are two kinds of date, compared
// since wave 26 on the parts both give (timex's values: 2013-12 against
// 2013-11). Missed before (kinds differ).
func TestMonthAgainstFullDate(t *testing.T) {
	arts := ecbStory(t, "6ecbplus")
	cs := editedConflicts(t, arts, "might not make its November 22, 2013 release date", "might not make its December 22, 2013 release date", news.ConflictDate)
	wantSides(t, cs, "2013-12-22", "2013-11")
}

// TestYearAgainstFullDate edits ECB+ 28ecbplus (a calibration story): "he
// was present at a key meeting in 1972" moved to 1974, against another
// report's meeting of March 30, 1972. Missed before (a year against a
// calendar date: kinds differ).
func TestYearAgainstFullDate(t *testing.T) {
	arts := ecbStory(t, "28ecbplus")
	cs := editedConflicts(t, arts, "at a key meeting in 1972", "at a key meeting in 1974", news.ConflictDate)
	wantSides(t, cs, "1974", "1972-03-30")
}

// TestDayNamedBeside reads GVA 121031 (a calibration story) as
// published: "the handgun Lopez used in the shooting was purchased on
// March 1 at Guns Galore ..., the same gun shop where Army psychiatrist
// Nidal Hasan purchased weapons used in the Nov. 5 2009 shooting rampage"
// against "Nidal M. Hasan also used a weapon purchased from Gun Galore in
// the Nov. 5, 2009, Fort Hood shooting". The first sentence names the
// other's day itself, as a date of another kind ("Nov. 5" beside "2009"
// with no comma): no difference (namesDay asks every date of the
// sentence, of whatever kind).
func TestDayNamedBeside(t *testing.T) {
	if c, ok := dateOf(gvaStory(t, "121031").Articles, "03-01", "2009-11-05"); ok {
		t.Errorf("date difference %q %v: two purchases of two years", c.Topic, c.Sides)
	}
}

// TestWeekdayFarFromDate reads GVA 441724 (a calibration story) as
// published: officers "indicted Thursday" and the death of the boy on Nov.
// 3 share the charge's words. News names the weekday of a day of the past
// week and the date of one before, so a weekday that timex resolves more
// than six days from a date tells another fact.
func TestWeekdayFarFromDate(t *testing.T) {
	if c, ok := dateOf(gvaStory(t, "441724").Articles, "11-03", "Thursday"); ok {
		t.Errorf("date difference %q %v: an indictment and a death", c.Topic, c.Sides)
	}
}
