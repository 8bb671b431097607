package align_test

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
)

// corroborating returns, by id, the reports that carry part of the claim
// whose members hold words in report (align.Result.Corroborating: what
// takes a claim off the brief's single-source list).
func corroborating(t *testing.T, c *text.Corpus, r *align.Result, report, words string) (string, []string) {
	t.Helper()
	cl := claimWith(t, c, r, report, words)
	for i := range r.Claims {
		if r.Claims[i].ID == cl.ID {
			var out []string
			for _, d := range r.Corroborating[i] {
				out = append(out, c.IDs[d])
			}
			return cl.Text, out
		}
	}
	t.Fatalf("claim %s not found", cl.ID)
	return "", nil
}

// A long sentence is not one source's when another report says one of its
// facts in a sentence that lies inside it. The index looks a sentence up by
// its rarest terms, a long sentence's details, so the long sentence does not
// retrieve the short one; the short one, whose rarest terms are the shared
// fact's, retrieves the long one, and the support tests read the search both
// ways (retrievers). ECB+ 10_8ecb (calibration half): "With
// last night's news from Los Angeles Angels GM Tony Reagins that the team
// has made an eight-year contract offer (dollars undisclosed) to 1B Mark
// Teixeira, the trade rumor ... is likely caput" holds 52% of 10_4ecb's "The
// Angels have offered an eight-year contract to Mark Teixeira, general
// manager Tony Reagins said Friday night"; 20_1ecb (reporting half): "A
// powerful quake with a magnitude of 6.1 struck southern Iran in September
// ..." holds 78% of 20_4ecb's "The same island was hit by a 6.1 quake in
// September".
func TestCorroboratedInsideLongSentence(t *testing.T) {
	for _, tc := range []struct{ story, report, words, carrier string }{
		{"10ecb", "10_8ecb", "With last night's news from Los Angeles Angels GM", "10_4ecb"},
		{"20ecb", "20_1ecb", "A powerful quake with a magnitude of 6.1", "20_4ecb"},
	} {
		c, r := ecbStory(t, tc.story)
		if text, got := corroborating(t, c, r, tc.report, tc.words); !slices.Contains(got, tc.carrier) {
			t.Errorf("%s %q: corroborated by %v, want %s", tc.report, text, got, tc.carrier)
		}
	}
}

// A short sentence that lies inside a long one by its weight but shares
// fewer than MinTerms of its words with it tells none of its facts: 10_5ecb's
// "The Angels apparently are good with that." holds 82% of its weight in
// 10_1ecb's "This, obviously, changes the landscape of the Teixeira
// sweepstakes, as the Nationals' best chance for landing him was to blow
// everyone else out of the water with their offer -- which, apparently, has
// not happened" (cosine 0.21), on "apparently" and the team's name. The
// word floor of liesInside keeps it out: the short sentence retrieves the
// long one, so without the floor the search both ways let it corroborate.
func TestCorroborationLookAlike(t *testing.T) {
	c, r := ecbStory(t, "10ecb")
	if text, got := corroborating(t, c, r, "10_1ecb", "changes the landscape of the Teixeira sweepstakes"); slices.Contains(got, "10_5ecb") {
		t.Errorf("10_1ecb %q: corroborated by %v; 10_5ecb (\"The Angels apparently are good with that.\") tells none of its facts", text, got)
	}
}
