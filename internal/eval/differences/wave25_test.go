package differences

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestListOfAgedPeopleOneToOne is GVA 289146 and 566168 (calibration):
// two reports list the people of one fact with their ages, and one name of
// a list is changed. Each person of one list names one person of the
// other at most (compare.oddPersons): "Aaron Ladson, 32" no longer counts
// as named because the other list holds "Brandon White Ladson", nor
// "Cleveland Smelley, 30" because it holds "Antoine Lamar Smelley"; the
// odd persons are then paired by their ages (agePair), and the brothers'
// shared surname, a word of a person both lists name, does not make the
// two people of the age 30 one (compare.beside). The stories as published
// list no name difference of these people.
func TestListOfAgedPeopleOneToOne(t *testing.T) {
	cases := []struct{ id, old, repl, a, b string }{
		{"289146", "and William Gonzalez, 32, of Garfield Heights died", "and Aaron Ladson, 32, of Garfield Heights died", "Aaron Ladson", "William Gonzalez"},
		{"566168", "Three Detroit men, Cleveland Tyvon Smelley, 30;", "Three Detroit men, Marlon Benson, 30;", "Marlon Benson", "Cleveland Smelley"},
	}
	for _, c := range cases {
		arts := gvaStory(t, c.id).Articles
		cs := editedConflicts(t, arts, c.old, c.repl, news.ConflictName)
		if len(cs) == 0 {
			t.Errorf("GVA %s: %s / %s: no name difference", c.id, c.a, c.b)
		}
		for _, cf := range publishedConflicts(arts) {
			if cf.Kind == news.ConflictName && strings.Contains(cf.Topic+cf.Sides[0].Value+cf.Sides[1].Value, strings.Fields(c.b)[1]) {
				t.Errorf("GVA %s as published: a name difference of %s: %q %v", c.id, c.b, cf.Topic, cf.Sides)
			}
		}
	}
}

// TestCounterpart: an anchor that tells the plant's fact in like words is
// a counterpart; a headline that names the person beside a sentence of
// other facts is not, and the shared name itself does not count.
func TestCounterpart(t *testing.T) {
	doc := func(s string) *text.Doc { return text.Analyze(&news.Article{ID: s[:8], Text: s}) }
	docs := []*text.Doc{
		doc("John Smith, 34, of Garfield Heights was shot on Elm Street late Friday."),
		doc("John Smith, 34, of Garfield Heights was shot Friday on Elm Street."),
		doc("Governor John Smith encouraged his Twitter followers to pray for the victims."),
	}
	pl := Plant{Doc: 0, Sent: 0, Anchor: 1, AnchorSent: 0, Old: "John Smith"}
	if !Counterpart(docs, pl) {
		t.Error("the same fact in like words: no counterpart")
	}
	pl.Anchor = 2
	if Counterpart(docs, pl) {
		t.Error("another fact of the same person: a counterpart")
	}
}
