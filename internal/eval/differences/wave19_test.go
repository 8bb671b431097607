package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestAgeBesideRelativeSubject denies an act that another report tells in
// a relative clause after a person's age: GVA 488833 (calibration)
// "Donyae Jones, 18, who was shot in the chest, was taken to a hospital"
// and GVA 479709 (calibration) "Vincent Wainwright, 32, who was pronounced
// dead at the scene". The annotation read the age ("18", "32") as the
// subject of the relative clause, so no affirmation said the act of the
// denied person; the age set off by commas stands beside the person, who
// is the subject (text.findSubject, wave 19).
func TestAgeBesideRelativeSubject(t *testing.T) {
	cs := editedConflicts(t, gvaStory(t, "488833").Articles, "Police say Donyae Jones, 18, was shot in the chest",
		"Police say Donyae Jones, 18, was not shot in the chest", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Error("Donyae Jones, 18, was not shot in the chest: no contradiction")
	}
	cs = editedConflicts(t, gvaStory(t, "479709").Articles, "Wainwright was pronounced dead at 5 at the scene.",
		"Wainwright was not pronounced dead at 5 at the scene.", news.ConflictContradiction)
	if len(cs) == 0 {
		t.Error("Wainwright was not pronounced dead: no contradiction")
	}
}
