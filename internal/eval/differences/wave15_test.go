package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestNameListInAnotherOrder changes one of four people in GVA 336622's
// "Clark, Price, Kinchen, and Robinson are in custody", which another
// report writes "Robinson, Clark, Price and Kinchen are in custody": the
// same list in another order, so no hunk of the two sentences is the
// name alone (compare.listFinding).
func TestNameListInAnotherOrder(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "336622").Articles, "Clark, Price, Kinchen, and Robinson are in custody",
		"Clark, Price, Tibbs, and Robinson are in custody", news.ConflictName)
	wantSides(t, cs, "Tibbs", "Kinchen")
}

// TestTwoNamesAreNoList reads ECB+ 22ecbplus as published: "Kenneth Dorsey
// says the woman accused of ..." and "a Muslim woman named Yvonne Hiller
// shot and killed two co-workers" share one person of the sentences'
// names, which is no list told of two people (a first version that took
// one shared person found this as a speaker difference).
func TestTwoNamesAreNoList(t *testing.T) {
	for _, c := range publishedConflicts(ecbStory(t, "22ecbplus")) {
		for _, s := range c.Sides {
			if s.Value == "Kenneth Dorsey" {
				t.Errorf("%s %q %v", c.Kind, c.Topic, c.Sides)
			}
		}
	}
}
