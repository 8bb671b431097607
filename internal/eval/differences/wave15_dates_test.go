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
