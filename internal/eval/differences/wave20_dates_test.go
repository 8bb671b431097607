package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestOneClaimDateAtAnotherWord edits GVA 704555 (a calibration story):
// "Javon Wilson, 15, ... was shot and killed inside his home in Englewood on
// Friday" moved to Saturday, against another report of the same claim,
// "... was shot to death ... in his Englewood home Friday evening". The
// nearest words of the two dates differ ("Englewood" / "home", "evening"),
// but each is a word of the other sentence: one fact dated at another point
// of its clause (compare.crossAnchored, wave 20). Missed before.
func TestOneClaimDateAtAnotherWord(t *testing.T) {
	arts := gvaStory(t, "704555").Articles
	old := "inside his home in Englewood on Friday."
	if cs := editedConflicts(t, arts, old, "inside his home in Englewood on Saturday.", news.ConflictDate); len(cs) == 0 {
		t.Fatal("killed in his Englewood home Saturday against Friday evening: no date difference")
	}
}

// TestCrossAnchoredNamesAreNoFact reads ECB+ 28ecb (a calibration story) as
// published: "associate director of the FBI in 1972 when he began
// supplying information" and "the resignation of President Richard Nixon
// in 1974" share a claim, and each date's nearest word ("FBI", "Nixon") is
// a name the other sentence holds too: two facts of one story. Without the
// plain-word guard of compare.crossAnchored they were listed.
func TestCrossAnchoredNamesAreNoFact(t *testing.T) {
	noConflict(t, publishedConflicts(ecbStory(t, "28ecb")), news.ConflictDate, "1974")
}
