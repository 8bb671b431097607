package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestNameSlotTitleAndPossessive puts another person in one report of ECB+
// 13ecb: "after Ms. Palin was named Senator Barack Obama's running mate"
// against another report's "after Mrs Palin was named John McCain's
// Republican Party running mate". A title one source gives ("Senator")
// stands before the name in the stretch that differs, and a possessive
// closes the name ("McCain's Republican Party"): both were read as no name
// run (compare.afterTitles, compare.possessiveAt).
func TestNameSlotTitleAndPossessive(t *testing.T) {
	cs := editedConflicts(t, ecbStory(t, "13ecb"), "named Senator John McCain's running mate", "named Senator Barack Obama's running mate", news.ConflictName)
	wantSides(t, cs, "Barack Obama", "John McCain")
}
