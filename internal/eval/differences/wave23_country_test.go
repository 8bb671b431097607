package differences

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// summEditsPair is the SummEdits news pair of that id, read from the shared
// data (skipped without it, failing under CI).
func summEditsPair(t *testing.T, id string) SummEdit {
	t.Helper()
	recs, err := LoadSummEdits(filepath.Join(testenv.SharedData(t, "summedits-news"), "summedits_news_evaluation.json"))
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(recs, func(r SummEdit) bool { return r.ID == id })
	if i < 0 {
		t.Fatalf("no SummEdits pair %s", id)
	}
	return recs[i]
}

// TestCountryInFrame is SummEdits document ...fb84 (calibration half): the
// document writes "the one-year anniversary of Russia's invasion of
// Ukraine." and "in front of the Russian embassy"; edited summaries write
// "... of Russia's invasion of Syria, U.K. activists", "... of Poland" and
// "in front of the London Mexican embassy". Two countries, or two
// nationalities, in one frame place one fact two ways (compare's
// countryClass); other names in a frame stay no slot. The pair's original
// summary, which keeps the document's countries, is listed with nothing.
func TestCountryInFrame(t *testing.T) {
	for id, want := range map[string]string{
		"63f9455b8d931ba6e664fb84_24": "Syria",
		"63f9455b8d931ba6e664fb84_27": "Poland",
		"63f9455b8d931ba6e664fb84_30": "Mexican",
	} {
		r := summEditsPair(t, id)
		if r.Label != 0 || SummEditsHalf(r) != Calibration {
			t.Fatalf("%s: want an inconsistent pair of the calibration half", id)
		}
		arts := []*news.Article{{ID: "doc", Text: r.Doc, Language: "en"}, {ID: "summary", Text: r.Summary, Language: "en"}}
		b := brief.Build(arts, brief.Options{})
		found := slices.ContainsFunc(b.Conflicts, func(c news.Conflict) bool {
			return c.Kind == news.ConflictName && slices.ContainsFunc(c.Sides, func(s news.Side) bool { return s.Value == want })
		})
		if !found {
			t.Errorf("%s: no name difference giving %q: %v", id, want, b.Conflicts)
		}
	}
	if v := Judge(summEditsPair(t, "63f9455b8d931ba6e664fb84_og")); v.Flagged {
		t.Errorf("the original summary flagged: %v", v.Reasons)
	}
}

// TestListedCountriesAreNoNameDifference holds the guard of the country
// slot: ECB 30ecb writes "... United Arab Emirates, Saudi Arabia, Egypt,
// Italy and France" in two reports and "Singapore, Malaysia, Saudi Arabia,
// Egypt, Taiwan and Pakistan are severely affected" in two others (a
// listing of the judged corpus set, TestCorpusConflicts, read there and
// judged wrong; the story is of the reporting half of the planted
// differences). Lists of countries name several places, each its own.
func TestListedCountriesAreNoNameDifference(t *testing.T) {
	b := brief.Build(ecbStory(t, "30ecb"), brief.Options{})
	for _, c := range b.Conflicts {
		if c.Kind != news.ConflictName {
			continue
		}
		for _, s := range c.Sides {
			if strings.EqualFold(s.Value, "Taiwan") || strings.EqualFold(s.Value, "Italy") {
				t.Errorf("a name difference of a list of countries: %q %v", c.Topic, c.Sides)
			}
		}
	}
}
