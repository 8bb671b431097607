package timex_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// TestDayNamingTheToldEvent reads GVA calibration incidents where a day
// modifies a noun and names the event the report tells, so that what hangs
// on it stays on it. 370264: "Authorities are investigating a Thursday
// evening homicide. El Dorado Police were called ... just before 7 p.m."
// (after a "Posted: Friday, July 3" line); 441681: "The Tuesday shooting
// ... was possibly sparked by a fight earlier in the day"; 490351, of 21
// August 2013: "the man charged in the July 4 shooting" ... "he had three
// knives on him that night". A weekday so used is the week's news, and a
// month and day after a day told still gives "that night" its night.
func TestDayNamingTheToldEvent(t *testing.T) {
	want := map[string]map[string]string{
		"370264": {"just before 7 p.m.": "2015-07-02"},
		"441681": {"earlier in the day": "2015-11-03"},
		"490351": {"that night": "2013-07-04"},
	}
	gvaDays(t, want, func(x timex.Timex, at, n int) bool { return x.End > at && x.Start < at+n })
}

// gvaDays checks, in each GVA incident of want, that every expression keep
// takes in the text of each sentence given (from at, n bytes) is on the day
// given.
func gvaDays(t *testing.T, want map[string]map[string]string, keep func(x timex.Timex, at, n int) bool) {
	t.Helper()
	for incident, sentences := range want {
		arts, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), incident)
		if err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, a := range arts {
			for _, x := range timex.Find(a.Text, timex.Ref{Time: a.Published}) {
				for ctx, day := range sentences {
					at := strings.Index(a.Text, ctx)
					if at < 0 || !keep(x, at, len(ctx)) {
						continue
					}
					found++
					if got := x.Begin.Format("2006-01-02"); got != day {
						t.Errorf("%s: %q on %s, want %s", incident, ctx, got, day)
					}
				}
			}
		}
		if found < len(sentences) {
			t.Errorf("%s: found %d of %d expressions", incident, found, len(sentences))
		}
	}
}
