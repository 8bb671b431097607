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

// TestOnePersonGivenByAge swaps the one person of a sentence whose
// counterpart in another report names nobody the sentence names, but sets
// the same age beside its one person: GVA 547639 (calibration) "One
// victim, 18-year-old Javious Chatman, remains hospitalized in stable
// condition" against "Metro Police spokesman Don Aaron said 18-year-old
// Javious Chatman, the only victim with serious injuries, is now in stable
// condition", and GVA 349976 (calibration) "•Hector Martinez, 30, graze
// wound in the upper back" against "A gunshot grazed 30-year-old Hector
// Martinez's upper back". No name slot frames the names and no list of
// people shares one (compare.listFinding needed a person both name); the
// age tells whom each report puts there (compare.oneAged).
func TestOnePersonGivenByAge(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "547639").Articles, "One victim, 18-year-old Javious Chatman, remains",
		"One victim, 18-year-old Chad Dermyer, remains", news.ConflictName)
	wantSides(t, cs, "Chad Dermyer", "Javious Chatman")
	cs = editedConflicts(t, gvaStory(t, "349976").Articles, "•Hector Martinez, 30, graze",
		"•Fayzon Reboyras, 30, graze", news.ConflictName)
	wantSides(t, cs, "Fayzon Reboyras", "Hector Martinez")
}

// TestNamePlantsNoArticledPersons: a name plant swaps a person for a
// person. ECB+ 24ecb (calibration) writes "the Harry Winston boutique", "a
// Harry Winston boutique", "at Harry Winston jewellers": a shop the entity
// layer types a person by its words; English writes a person's name with
// no article, and a shop's after one in most of its mentions. ECB 35ecb
// writes "the Steelers", "the Pittsburgh Steelers": a team. Neither is
// planted or planted in, nor is a name that a report writes as a part of a
// hyphenated word ("just off the Champs-Elysees" names "Champs Elysees").
// Before, 24ecb had three plants "Harry Winston" -> "Champs Elysees" and
// 35ecb three of "Steelers".
func TestNamePlantsNoArticledPersons(t *testing.T) {
	for _, id := range []string{"24ecb", "35ecb"} {
		docs, ids := brief.Analyze(ecbStory(t, id))
		c := text.NewCorpus(docs, ids)
		c.SetCopies(dedup.Copies(docs))
		es, ms := entityMentions(c)
		// Since wave 22 the entity layer types "the Pittsburgh Steelers" a
		// team, so 35ecb has none to keep out even without the rule.
		if bad := nonPersonPlants(c, es, ms, nil, id); bad == 0 && id == "24ecb" {
			t.Errorf("%s: no name plant of a shop even without the article rule", id)
		}
		if bad := nonPersonPlants(c, es, ms, articledPersons(c, es), id); bad > 0 {
			t.Errorf("%s: %d name plants of a shop or a team", id, bad)
		}
	}
}

// nonPersonPlants counts the name plants of a story that plant "Harry
// Winston", "Steelers" or "Champs Elysees" or plant in them.
func nonPersonPlants(c *text.Corpus, es []news.Entity, ms [][]mention, articled map[string]bool, id string) int {
	p := &planter{docs: c.Docs, entities: es, mentions: ms, articled: articled, r: storyRand(1, id), lower: lowerWords(c.Docs)}
	p.rs = map[string]*rand.Rand{}
	for _, k := range Kinds {
		p.rs[k] = storyRand(1, id+k)
	}
	n := 0
	for _, pl := range p.candidates(c.Group)[KindName] {
		for _, w := range []string{"Harry Winston", "Steelers", "Champs Elysees"} {
			if strings.Contains(pl.Old, w) || strings.Contains(pl.New, w) {
				n++
			}
		}
	}
	return n
}

// TestAntonymOfOneNoun makes "in critical condition" "in noncritical
// condition" in one report of GVA 275064 (calibration): "Marcell
// Christopher, 18, of Chattanooga was taken to the hospital in critical
// condition" against "... and Marcell Christopher, 18, who is said to be
// in critical condition". The slot's frame is two words ("in",
// "condition"), under the three a slot needs; the noun the adjective
// qualifies and the person both sentences name tell one state of one
// person (compare.headFrame).
func TestAntonymOfOneNoun(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "275064").Articles, "of Chattanooga was taken to the hospital in critical condition",
		"of Chattanooga was taken to the hospital in noncritical condition", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("critical / noncritical condition of Marcell Christopher: no contradiction")
	}
}

// TestPlainVerbDenied denies a plain verb of the news, which weighs under
// 1 in the story: "McCray was [not] taken to Stroger Hospital" (GVA 626998,
// calibration) against "McCray was taken to Stroger Hospital with a
// gunshot wound to the chest". The predicate's weight test refused
// "taken" (compare.minPredicateWeight, 1 -> 0.5).
func TestPlainVerbDenied(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "626998").Articles, "McCray was taken to Stroger Hospital where",
		"McCray was not taken to Stroger Hospital where", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Fatal("McCray was not taken to Stroger Hospital: no contradiction")
	}
}
