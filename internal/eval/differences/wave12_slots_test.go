package differences

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
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

// TestNameSlotUneditedTitles reads ECB+ 13ecb and 8ecbplus as published:
// their reports write one person with and without a title or a possessive
// ("Senator John McCain's running mate" / "John McCain's Republican Party
// running mate"; "Prime Minister George Papandreou's Socialists" /
// "Papandreou's Socialists"), and no name slot may read those as two
// people. A name the reports spell two ways (8ecbplus: "Giannis" /
// "Yiannis Panagopoulos", romanised two ways) is a listing of its own, one
// person's two spellings (compare.spellings, judged in
// internal/compare/testdata/corpus-judgments.tsv), not two people.
func TestNameSlotUneditedTitles(t *testing.T) {
	for _, id := range []string{"13ecb", "8ecbplus"} {
		docs, ids := brief.Analyze(ecbStory(t, id))
		for _, c := range brief.FromCorpus(text.NewCorpus(docs, ids), brief.Options{}).Conflicts {
			if (c.Kind == news.ConflictName || c.Kind == news.ConflictSpeaker) && !strings.HasPrefix(c.Topic, "spelled ") {
				t.Errorf("%s: %s difference %q: %v", id, c.Kind, c.Topic, c.Sides)
			}
		}
	}
}
