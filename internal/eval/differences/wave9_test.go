package differences

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestEditedNameOfOneFact swaps the name of a murdered husband in one
// report of GVA incident 377047, whose other report tells the fact in
// other words ("... when her husband, Michael Teasley, was murdered at a
// nightclub" / "... who said her husband, Michael Teasley, was murdered at
// Club 502 in 2005"): the word alignment frames the name by two shared
// words only, and the fact is aligned by the annotation (factname.go:
// the same predicate, the name in apposition to the same head).
func TestEditedNameOfOneFact(t *testing.T) {
	arts := gvaStory(t, "377047").Articles
	cs := editedConflicts(t, arts, "her husband, Michael Teasley, was murdered at a nightclub",
		"her husband, Maira Ansari, was murdered at a nightclub", news.ConflictName)
	wantSides(t, cs, "Maira Ansari", "Michael Teasley")
}

// TestUneditedNoFiguresOfTwoPeople reads GVA incidents as published, where
// two reports give the age of two different people in one frame ("The baby
// sitter, Brooke Nelson, 18, of Mt. Pleasant" / "Joshua Hudec, 31, of Mt.
// Pleasant"; "Jaquarius Nagee Watson, 22, of Sebring" / "Jackson, 17, of
// Sebring"): no number difference.
func TestUneditedNoFiguresOfTwoPeople(t *testing.T) {
	for id, vals := range map[string][2]string{"525767": {"18", "31"}, "559237": {"22", "17"}} {
		noNumberDifference(t, id, vals, strings.HasSuffix)
	}
}

// TestNamePlantsArePersons: a name plant swaps a person for a person. ECB+
// 22ecbplus types "Kraft Foods" and "Trial Begins" (a headline) as persons;
// GVA 414436 "Rainbow Babies" (a hospital): none is planted or planted in.
func TestNamePlantsArePersons(t *testing.T) {
	for id, arts := range map[string][]*news.Article{"22ecbplus": ecbStory(t, "22ecbplus"), "414436": gvaStory(t, "414436").Articles} {
		docs, ids := brief.Analyze(arts)
		c := text.NewCorpus(docs, ids)
		c.SetCopies(dedup.Copies(docs))
		es, ms := entityMentions(c)
		p := &planter{docs: docs, entities: es, mentions: ms, r: storyRand(1, id), lower: lowerWords(docs)}
		p.rs = map[string]*rand.Rand{}
		for _, k := range Kinds {
			p.rs[k] = storyRand(1, id+k)
		}
		n := 0
		for _, pl := range p.candidates(c.Group)[KindName] {
			n++
			for _, w := range []string{"Kraft Foods", "Trial Begins", "Babies"} {
				if strings.Contains(pl.Old, w) || strings.Contains(pl.New, w) {
					t.Errorf("%s: name plant %q -> %q", id, pl.Old, pl.New)
				}
			}
		}
		if n == 0 && id == "22ecbplus" {
			t.Errorf("%s: no name plant", id) // "Yvonne Hiller" is one
		}
	}
}
