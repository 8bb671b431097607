package differences

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestEditedDateWithDayPart moves the day of Esther Williams's death in one
// report of ECB+ 4ecbplus ("passed away early Thursday in her sleep"),
// whose other report says "died early Thursday in her sleep". The part of
// the day ("early", "night") belongs to the date: the words a date is
// attached to are read past it (compare.dateAnchors).
func TestEditedDateWithDayPart(t *testing.T) {
	arts := ecbStory(t, "4ecbplus")
	cs := editedConflicts(t, arts, "passed away early Thursday in her sleep", "passed away early Friday in her sleep", news.ConflictDate)
	wantSides(t, cs, "Friday", "Thursday")
}

// TestEditedAgeAtDeath changes the age in one headline of ECB+ 4ecbplus
// ("Esther Williams, swimming star, dies at 91"): "at N" after a verb of
// death is an age, compared with the other reports' "dies at 91"
// (compare.ageAt).
func TestEditedAgeAtDeath(t *testing.T) {
	arts := ecbStory(t, "4ecbplus")
	cs := editedConflicts(t, arts, "Esther Williams, swimming star, dies at 91", "Esther Williams, swimming star, dies at 97", news.ConflictNumber)
	if len(cs) == 0 {
		t.Fatal("no age difference")
	}
}

// TestTimeLineIsNoPlant: a line that is only a moment ("THURSDAY, APRIL 11,
// 2013, 12:12 AM", ECB+ 33ecbplus) is the page's own time, and no date
// plant goes there (align.TimeLine); a sentence that dates a fact is one.
func TestTimeLineIsNoPlant(t *testing.T) {
	for _, s := range []string{"THURSDAY, APRIL 11, 2013, 12:12 AM", "June 11, 2012 10:24 AM PDT", "Tue, 02 Jul 2013 12:28 CDT"} {
		if !align.TimeLine(text.Tokenize(s, 0)) {
			t.Errorf("%q: not a time line", s)
		}
	}
	for _, s := range []string{"Williams died early Thursday in her sleep.", "In 2013, 12 people died."} {
		if align.TimeLine(text.Tokenize(s, 0)) {
			t.Errorf("%q: a time line", s)
		}
	}
}

// TestUneditedNoPageTimeDates reads ECB+ 22ecbplus and 19ecbplus as
// published. Their pages' own moments ("Monday, Sep 10, 2012 | Updated
// 9:01 AM EDT" / "Friday, Sep 10, 2010 | Updated 8:52 PM EDT"; "PUBLISHED:
// MONDAY, MARCH 11, 2013, 10:34 PM" / "Sunday, March 17, 2013 | 5:00 PM")
// give a weekday with its calendar date; read one kind at a time, they
// would be a date difference, but they are when each page was posted
// (compare.pageTime).
func TestUneditedNoPageTimeDates(t *testing.T) {
	for _, id := range []string{"22ecbplus", "19ecbplus"} {
		for _, c := range brief.Build(ecbStory(t, id), brief.Options{}).Conflicts {
			if c.Kind != news.ConflictDate {
				continue
			}
			for _, s := range c.Sides {
				if strings.Contains(s.Text, "Updated") || strings.Contains(s.Text, "PUBLISHED") || strings.Contains(s.Text, "5: 00 PM") {
					t.Errorf("%s: date difference of a page's time: %s %v", id, c.Topic, c.Sides)
				}
			}
		}
	}
}
