package differences

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestNameSlotVictim puts another person of GVA incident 558796 in the
// victim's place of one report: "Detective Cooper stated that Rico Richie,
// 32 of Dunbar, was killed inside the bar" against another report's
// "Jamaine Sutton, 32, of Dunbar was killed in the shooting". The edited
// report's copy keeps Sutton, so the difference is with a paraphrase whose
// words before the name differ: the name closes both stretches before the
// shared "32 of Dunbar was killed" (compare/nameslot.go).
func TestNameSlotVictim(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "558796").Articles, "stated that Jamaine Sutton, 32", "stated that Rico Richie, 32", news.ConflictName)
	wantSides(t, cs, "Rico Richie", "Jamaine Sutton")
}

// TestNameSlotAfterAge swaps the child of GVA incident 541769 in one
// report: "a single gunshot was heard and Monique Braxton fell to the
// floor" against "After a single gunshot, Tahirah Phillips, 4, fell to the
// floor": the age after the name is no word of the frame (ageless).
func TestNameSlotAfterAge(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "541769").Articles, "heard and Tahirah Phillips fell", "heard and Monique Braxton fell", news.ConflictName)
	wantSides(t, cs, "Monique Braxton", "Tahirah Phillips")
}

// TestNameSlotInList swaps one of two victims of GVA incident 398361 named
// in a list, after the shared "and 19-year-old": the name opens both
// stretches (WKBW's "Perry Duckles, according to family members" against
// another report's list). The plant was first put in the Daily
// Mail's "Named: Families have identified ... 19-year-old Raekwon
// Manigault (right)", a tabloid's labelled caption, page furniture since
// wave 19 (align.labelledCaption).
func TestNameSlotInList(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "398361").Articles, "19-year-old Raekwon Manigault, according to", "19-year-old Perry Duckles, according to", news.ConflictName)
	wantSides(t, cs, "Perry Duckles", "Raekwon Manigault")
}

// TestNameSlotOneName reads GVA incident 724139 as published: "it
// discharged, fatally striking Emarjae in the back" / "it discharged and
// fatally struck Watkins in the back" name one boy, Emarjae Watkins, by
// his first name and by his surname. A first version of the name slots
// gave them as two people (the one difference it added to the
// calibration half's unedited stories); the story writes the two words as
// one name, so they are one person (oneName).
func TestNameSlotOneName(t *testing.T) {
	docs, ids := brief.Analyze(gvaStory(t, "724139").Articles)
	for _, c := range brief.FromCorpus(text.NewCorpus(docs, ids), brief.Options{}).Conflicts {
		if c.Kind != news.ConflictName {
			continue
		}
		for _, s := range c.Sides {
			if s.Value == "Emarjae" || s.Value == "Watkins" {
				t.Errorf("name difference %q: %v", c.Topic, c.Sides)
			}
		}
	}
}

// TestNamePlantsAreNoSpeakers reads the name plants of ECB+ 19ecb and
// 37ecbplus, whose quotes are given to a speaker a few words from the verb
// of speech (a quote, then "said 32-year-old protester Paris Kyriakides"; "'A child
// died when a wall collapsed,' said Ema Suryani"): a name that gives a
// quotation in the edited sentence or in its anchor is the speaker kind's,
// and the brief reports its change as a speaker difference.
func TestNamePlantsAreNoSpeakers(t *testing.T) {
	for _, id := range []string{"19ecb", "37ecbplus"} {
		p, group := storyPlanter(t, id, ecbStory(t, id))
		n := 0
		for _, pl := range p.candidates(group)[KindName] {
			n++
			for _, who := range []string{"Kyriakides", "Ema Suryani", "Bensu Elianita"} {
				if strings.Contains(pl.Old, who) {
					t.Errorf("%s: name plant of the speaker %q -> %q", id, pl.Old, pl.New)
				}
			}
		}
		if n == 0 && id == "19ecb" {
			t.Errorf("%s: no name plant", id) // "Alexandros Grigoropoulos" is one
		}
	}
}
