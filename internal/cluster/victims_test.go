package cluster

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestLeadToll reads the victims of leads written as GVA's reports are
// (wave 25): the total of a headline's counts, a count in words, the
// persons of a passive, ages in both forms, and what is no count.
func TestLeadToll(t *testing.T) {
	for _, c := range []struct {
		title, text string
		hit         int
		ages        []int
	}{
		{"4 shot, 1 dead in Pine Bluff shooting", "A late night shooting in Pine Bluff has left one man dead and three others injured.", 4, nil},
		{"One Killed, Two Hurt in South LA Shooting", "One person was killed and two others badly hurt Monday. No one else was hurt.", 3, nil},
		{"Man Killed, 3 Wounded At NYE Party", "Police said 5 cars were hit.", 4, nil},
		{"Five people were shot", "A 23-year-old man and a 17-month-old girl were among them, two fatally.", 5, []int{23, 0}},
		{"Boy shot", "Allen Troyer, 21, of Smicksburg, said his sister, 3, was playing at 11:30 p.m.", 1, []int{21, 3}},
	} {
		d := text.Analyze(&news.Article{Title: c.title, Text: c.text, Language: "en"})
		tl := leadToll(d)
		if tl.hit != c.hit || !slices.Equal(tl.ages, c.ages) {
			t.Errorf("%q: hit %d, ages %v; want %d, %v", c.title, tl.hit, tl.ages, c.hit, c.ages)
		}
	}
}

// TestTollClash: one more victim is an update, two more another event;
// ages clash only when none is shared.
func TestTollClash(t *testing.T) {
	var st storyToll
	st.add(toll{hit: 4, ages: []int{18}})
	for _, c := range []struct {
		tl   toll
		want string
	}{
		{toll{hit: 5}, ""},
		{toll{hit: 1}, "people hit: 1 / 4"},
		{toll{hit: 6}, "people hit: 6 / 4"},
		{toll{ages: []int{18, 30}}, ""},
		{toll{ages: []int{17}}, "ages: 17 / 18"},
		{toll{}, ""},
	} {
		if got := st.clash(c.tl); got != c.want {
			t.Errorf("%+v: %q, want %q", c.tl, got, c.want)
		}
	}
}
