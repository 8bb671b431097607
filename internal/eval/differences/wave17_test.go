package differences

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestSurnameAgainstAnotherFullName swaps a full name for another person's
// in a sentence whose counterpart gives the surname alone: ECB+ 8ecbplus
// (calibration) "Prime Minister George Papandreou's Socialists hold a
// comfortable majority" against "Papandreou's Socialists hold ...", GVA
// 616102 (calibration) "On Friday evening, Zimmerman identified Jesse
// Michael Gomez" against "SDPD Chief Shelley Zimmerman named ...". One
// word that is no piece of the other full name is another person in one
// slot (compare.twoPeople); before, SamePerson's "a lone word is too
// little to tell" refused both.
func TestSurnameAgainstAnotherFullName(t *testing.T) {
	cs := editedConflicts(t, ecbStory(t, "8ecbplus"), "Prime Minister George Papandreou's Socialists",
		"Prime Minister Apostolos Kolokythopoulos's Socialists", news.ConflictName)
	wantSides(t, cs, "Apostolos Kolokythopoulos", "Papandreou")
	// GVA 616102 (calibration) was read here too, "Zimmerman identified"
	// made "Repard identified": Repard was a person of the story only by
	// the credit line "(Staff writer Pauline Repard contributed to this
	// story.)", which since wave 19 names no entity (align.PageLine), and
	// the harness plants only the story's people.
}

// TestListOfPeopleByAge changes one of two victims in GVA 611479
// (calibration): "18-year-old Stef'an Strawder and 14-year-old Sean
// Archilles" becomes "... 14-year-old Felicia Rodriguez", against
// "Stef'An Strawder, an 18-year-old high school basketball star, and Sean
// Archilles, 14, were killed". Two people each, one shared: no list of
// three (compare.listFinding), but the age tells whom Rodriguez stands for.
func TestListOfPeopleByAge(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "611479").Articles, "and 14-year-old Sean Archilles.",
		"and 14-year-old Felicia Rodriguez.", news.ConflictName)
	wantSides(t, cs, "Felicia Rodriguez", "Sean Archilles")
}

// TestAgesOfTwoPeopleSwapped reads GVA 441724 (calibration) as published:
// KSAT gives "Norris Greenhouse Jr., 32, and Derrick Stafford, 23", KSLA
// and Time "Norris Greenhouse Jr., 23" and "Derrick Stafford, 32". Each
// report gives both figures, so the comparison of figures read them as two
// facts; per person, each man has two ages (compare.personAgeConflicts).
func TestAgesOfTwoPeopleSwapped(t *testing.T) {
	var topics []string
	for _, c := range publishedConflicts(gvaStory(t, "441724").Articles) {
		if c.Kind != news.ConflictNumber {
			continue
		}
		var vals []string
		for _, s := range c.Sides {
			vals = append(vals, s.Value)
		}
		if slices.Contains(vals, "23 years old") && slices.Contains(vals, "32 years old") {
			topics = append(topics, c.Topic)
		}
	}
	for _, want := range []string{"years old: Norris Greenhouse Jr", "years old: Derrick Stafford"} {
		if !slices.Contains(topics, want) {
			t.Errorf("no difference %q: 23 / 32 years old (got %q)", want, topics)
		}
	}
}

// TestTitleIsNoSlotOfAPerson reads ECB+ 2ecb (calibration) as published:
// "... as a vampire hunter in “ Van Helsing" and "While it's certainly
// clear that Jackman has come into his own as ..." put a film's title and
// a surname in one short slot of two unlike sentences. A lone word against
// another full name needs sentences as alike as the pairs substitutions
// compares (a first version without that listed this).
func TestTitleIsNoSlotOfAPerson(t *testing.T) {
	noConflict(t, publishedConflicts(ecbStory(t, "2ecb")), news.ConflictName, "Van Helsing")
}
