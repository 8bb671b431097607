package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
)

// TestOneFigureOneListing reads GVA incident 451495 (the Bunny Friend
// playground shooting, New Orleans, 2015; calibration half): WDSU's "a
// shooting that left 16 people injured" against FOX 8's "left 17 people
// injured" and its later "left 17 people wounded". The brief listed two
// differences, 16 against each 17; it is one, the 17 side citing both
// reports, in the time order of the updated figure.
func TestOneFigureOneListing(t *testing.T) {
	var found []news.Conflict
	for _, c := range brief.Build(gvaStory(t, "451495").Articles, brief.Options{}).Conflicts {
		if c.Kind != news.ConflictNumber {
			continue
		}
		for _, s := range c.Sides {
			if s.Value == "16 people" {
				found = append(found, c)
			}
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d differences hold the 16 people, want 1: %+v", len(found), found)
	}
	for _, s := range found[0].Sides {
		if s.Value == "17 people" && len(s.Sources) != 2 {
			t.Errorf("17 people cited by %d reports, want 2", len(s.Sources))
		}
		if s.Published == "" {
			t.Errorf("side %s has no time: the figure updated over time is no longer ordered", s.Value)
		}
	}
}
