package differences

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
)

// TestAnchoredDates reads GVA 616102 as published: one report tells of
// "the July 17 killings of three officers in Baton Rouge, Louisiana, and
// a July 7 attack in Dallas", another of officers killed "on July 7 in
// Dallas and three more July 18 in Baton Rouge". July 7 is given by both;
// the Baton Rouge killings are told on two days, a date difference.
func TestAnchoredDates(t *testing.T) {
	st := gvaStory(t, "616102")
	b := brief.Build(st.Articles, brief.Options{})
	for _, c := range b.Conflicts {
		if c.Kind != news.ConflictDate || len(c.Sides) != 2 {
			continue
		}
		vals := c.Sides[0].Value + " " + c.Sides[1].Value
		t.Logf("%q %v", c.Topic, vals)
		if strings.Contains(vals, "07-17") && strings.Contains(vals, "07-18") {
			return
		}
	}
	t.Fatal("July 17 / July 18 in Baton Rouge is not shown as a date difference")
}

// TestAnchoredWeekdayPlant changes the day of a press conference in GVA
// 678144 (a calibration story): "Vallejo police on Monday released more
// details on ... two officers who were on a coffee break Sunday night"
// becomes "on Wednesday", against "... said at a press conference Monday
// the officers were on a coffee break Sunday". Both sentences give two
// weekdays and agree on Sunday, so Monday / Wednesday is one day told two
// ways (missed on main: no sentence gives one weekday).
func TestAnchoredWeekdayPlant(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "678144").Articles, "Vallejo police on Monday released",
		"Vallejo police on Wednesday released", news.ConflictDate)
	wantSides(t, cs, "Wednesday", "Monday")
}

// TestFuneralDaysAreNoDifference reads GVA 563091 as published:
// "VISITATION: 4 to 7 p.m. Tuesday, May 24" and "visitation will be from
// 4 to 7 p.m. on Tuesday, May 24th with funeral services at 11 a.m. on
// Wednesday, May 25th". The sentences agree on Tuesday; the funeral's
// Wednesday has no counterpart in the first sentence, so no date is told
// two ways.
func TestFuneralDaysAreNoDifference(t *testing.T) {
	st := gvaStory(t, "563091")
	for _, c := range brief.Build(st.Articles, brief.Options{}).Conflicts {
		if c.Kind != news.ConflictDate {
			continue
		}
		for _, s := range c.Sides {
			if s.Value == "Wednesday" || s.Value == "05-25" {
				t.Errorf("%q %v", c.Topic, c.Sides)
			}
		}
	}
}
