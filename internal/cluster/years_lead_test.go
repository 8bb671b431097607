package cluster

import (
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestLeadYears: the years of an English lead are its four-digit numbers
// from 1900 to 2099; clock times and other figures are not, and a story
// whose leads name none of the article's years is another occurrence only
// when both sides name some.
func TestLeadYears(t *testing.T) {
	years := func(title, body string) []int {
		d := text.Analyze(&news.Article{Title: title, Text: body})
		d.Language = "en"
		return leadYears(d)
	}
	got := years("Turkmenistan votes in 2012 election", "Voting closed at 1300 GMT. Over 2,000 booths were open, as in 2007.")
	if want := []int{2012, 2007}; !reflect.DeepEqual(got, want) {
		t.Errorf("leadYears = %v, want %v", got, want)
	}
	if got := years("", "A man was shot on the city's west side."); len(got) != 0 {
		t.Errorf("no year: got %v", got)
	}
	st := &story{}
	st.addYears([]int{2007})
	for _, c := range []struct {
		ys   []int
		want bool
	}{{[]int{2012}, true}, {[]int{2012, 2007}, false}, {nil, false}} {
		if got := st.otherYears(c.ys); got != c.want {
			t.Errorf("otherYears(%v) against 2007 = %v, want %v", c.ys, got, c.want)
		}
	}
	if (&story{}).otherYears([]int{2012}) {
		t.Error("a story without years: want no other years")
	}
}
