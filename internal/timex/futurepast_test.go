package timex_test

import (
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// TestFutureOfAPastMoment reads GVA calibration incident 480327 (the
// shooting at the New Castle County Courthouse in 2013): a report dated
// Monday says "He also said the courthouse would be closed Tuesday" (the
// timeline put it on the Tuesday before), one dated Tuesday "Matusiewicz
// and Belford were due in court Monday" (put on the Monday after). A day
// ahead of a past moment is the nearest such day, before or after.
func TestFutureOfAPastMoment(t *testing.T) {
	arts, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "480327")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"would be closed Tuesday": "2013-02-12", "were due in court Monday": "2013-02-11"}
	found := 0
	for _, a := range arts {
		for _, x := range timex.Find(a.Text, timex.Ref{Time: a.Published}) {
			for ctx, day := range want {
				if x.End <= len(a.Text) && x.End >= len(ctx) && a.Text[x.End-len(ctx):x.End] == ctx {
					found++
					if got := x.Begin.Format("2006-01-02"); got != day {
						t.Errorf("%q on %s, want %s", ctx, got, day)
					}
				}
			}
		}
	}
	if found < len(want) {
		t.Errorf("found %d of %d sentences", found, len(want))
	}
	monday := time.Date(2013, 2, 11, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"Police said Friday they would release the name Saturday.": "2013-02-09",
		"The hearing is scheduled for Saturday.":                   "2013-02-16",
		"He was arrested Saturday.":                                "2013-02-09",
	} {
		for _, x := range timex.Find(text, timex.Ref{Time: monday}) {
			if text[x.Start:x.End] == "Saturday" {
				if got := x.Begin.Format("2006-01-02"); got != want {
					t.Errorf("%q: Saturday on %s, want %s", text, got, want)
				}
			}
		}
	}
}
