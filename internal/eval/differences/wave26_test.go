package differences

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestListOfPeopleBeyondNeighbours: GVA 616948 (calibration) names its three
// victims as one list in two reports whose sentences tell other things
// around the list ("At a vigil Saturday evening, friends ... shared
// memories of their lost classmates, Anna Bui, Jake Long and Jordan Ebner"
// / "Anna Bui, Jordan Ebner and Jake Long have been identified as the
// victims"): the names make most of what the two sentences share, so a
// changed name leaves them no near neighbours, and only the lists compared
// as lists (listMates) find the person told two ways. As published, the
// story lists no name difference of Anna Bui.
func TestListOfPeopleBeyondNeighbours(t *testing.T) {
	arts := gvaStory(t, "616948").Articles
	cs := editedConflicts(t, arts, "lost classmates, Anna Bui,", "lost classmates, Jay Inslee,", news.ConflictName)
	found := false
	for _, c := range cs {
		v := c.Sides[0].Value + "|" + c.Sides[1].Value
		found = found || strings.Contains(v, "Inslee") && strings.Contains(v, "Bui")
	}
	if !found {
		t.Errorf("GVA 616948: Jay Inslee / Anna Bui in one list: no name difference of the two (%d others)", len(cs))
	}
	// (Its reports do spell Jordan Ebner two ways, "Jordon": a real
	// difference of spelling, listed, of no list.)
	noConflict(t, publishedConflicts(arts), news.ConflictName, "Bui")
}

// TestPeopleNamedInSeveralPlacesNoList: a sentence that names three people
// of the story in several of its clauses tells several facts of them, not
// one list. ECB+ 6ecb (calibration) as published: "Days after Catherine
// Hardwicke was ousted, ..." and a sentence naming Stephenie Meyer's series
// share two of their people; a first version of listMates that read every
// sentence of three people as a list paired the odd two ("Catherine
// Hardwicke" / "Stephenie Meyer"). The story lists no such difference.
func TestPeopleNamedInSeveralPlacesNoList(t *testing.T) {
	cs := publishedConflicts(ecbStory(t, "6ecb"))
	noConflict(t, cs, news.ConflictName, "Hardwicke")
	noConflict(t, cs, news.ConflictName, "Meyer")
}
