package entity

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// ecbStory finds the entities of one ECB+ event ("13ecb"): its reports
// read as one story.
func ecbStory(t *testing.T, story string) []news.Entity {
	t.Helper()
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	var arts []*news.Article
	for _, d := range docs {
		if d.Story == story {
			arts = append(arts, d.Article)
		}
	}
	return Find(storyOf(arts), nil)
}

// TestTitleOfPlaceAlone reads ECB+ topic 13 (the Wasilla Bible Church
// fire, a calibration topic): "the Governor of Alaska has apologized"
// names no person, and was the person "of Alaska".
func TestTitleOfPlaceAlone(t *testing.T) {
	ents := ecbStory(t, "13ecb")
	for _, e := range ents {
		if strings.HasPrefix(e.Name, "of ") {
			t.Errorf("ECB+ 13ecb: entity %q (%s)", e.Name, e.Type)
		}
	}
	if e, ok := entityNamed(ents, "Alaska"); !ok || e.Type != news.EntityPlace {
		t.Errorf("ECB+ 13ecb: no place Alaska (%+v)", e)
	}
}

// TestMountWithoutDot reads ECB+ topic 23 (a climber's death on Mount
// Cook, a calibration topic), whose Australian and New Zealand reports
// write "Mt Cook" without the dot: a place, as "Mt. Cook" is, not a
// person.
func TestMountWithoutDot(t *testing.T) {
	if e, ok := entityNamed(ecbStory(t, "23ecb"), "Mt Cook"); !ok || e.Type != news.EntityPlace {
		t.Errorf("ECB+ 23ecb: no place Mt Cook (%+v)", e)
	}
}

// TestInfinitiveNotPlace reads ECB+ topic 21 (a hit-and-run outside a
// Bloomington store, a calibration topic): "say they had to Taser him to
// get him out of the car". After "to", one capitalised word with "him"
// after it is a verb; the stun gun was typed a place.
func TestInfinitiveNotPlace(t *testing.T) {
	e, ok := entityNamed(ecbStory(t, "21ecb"), "Taser")
	if !ok {
		t.Fatal("ECB+ 21ecb: no entity Taser")
	}
	if e.Type == news.EntityPlace {
		t.Errorf("ECB+ 21ecb: Taser typed %s", e.Type)
	}
}

// TestHometownAfterAge reads ECB+ topic 21 (calibration): "LuAnn Marie
// Johnson, 66, of Burnsville". News gives a person's age and then where
// they live; Burnsville, named nowhere else as a place, was typed other.
func TestHometownAfterAge(t *testing.T) {
	if e, ok := entityNamed(ecbStory(t, "21ecb"), "Burnsville"); !ok || e.Type != news.EntityPlace {
		t.Errorf("ECB+ 21ecb: no place Burnsville (%+v)", e)
	}
}

// TestSportsTeamIsNoPerson reads ECB+ topic 35 (a San Diego Chargers
// receiver arrested for drunk driving, a calibration topic), whose entity
// table listed the San Diego Chargers, the Pittsburgh Steelers and four
// other teams as people, and gave the team's statement to the person "San
// Diego Chargers": a name that ends in a team's nickname is a team, and the
// nickname alone ("the Chargers") is that team, not the player "Chargers WR
// Jackson".
func TestSportsTeamIsNoPerson(t *testing.T) {
	ents := ecbStory(t, "35ecb")
	for _, name := range []string{"San Diego Chargers", "Pittsburgh Steelers", "Indianapolis Colts", "Buffalo Bills", "New England Patriots"} {
		if e, ok := entityNamed(ents, name); !ok || e.Type != news.EntityOrganization || e.Subtype != "team" {
			t.Errorf("ECB+ 35ecb: %s: %+v, want an organisation (team)", name, e)
		}
	}
	if e, ok := entityNamed(ents, "San Diego Chargers"); ok && !slices.Contains(e.Aliases, "Chargers") {
		t.Errorf("ECB+ 35ecb: San Diego Chargers is not also called Chargers: %v", e.Aliases)
	}
	if e, ok := entityNamed(ents, "Vincent Jackson"); !ok || e.Type != news.EntityPerson {
		t.Errorf("ECB+ 35ecb: no person Vincent Jackson (%+v)", e)
	}
}
