package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestClockNotOnAnotherEventsDay reads MultiLing 2011 calibration topic
// M005 (aftershocks in Chile). M0054, of Thursday 15 July 2010, tells
// "Another large aftershock of the February 27 8.8 earthquake ... rocked
// Chile earlier on Wednesday", quotes "This seism is of the same type as
// February 27th", then "took place at 20:36:08 local time (Thursday
// 00:36:08 UTC)": the clock time was on the 27 February of the quotation;
// its bracketed equivalent puts it on Wednesday 14 July. M0057, of Sunday 28
// November 2010, ends "after the February 27 earthquake ... A further
// aftershock occurred at 06:57 local time": the clock time was on 27
// February, the day that names the earthquake, not the day told. A clock
// time after a day the text tells still hangs on it, and so it does after a
// day naming the event when the text has told no day before: M0011, of 14
// July 2005, opens "Profiles of the suspects in the July 7, 2005 bombings"
// (after its dateline alone on its line), and "at 08:30 BST" is of 7 July.
// M0038 (6 July 2007): "The Prologue will be on Saturday, the 7th of July
// ... Stage One will be on the following day, starting in Greenwich at
// 11:00 BST": a bare clock time is on the day an anaphor set in its
// sentence, Sunday 8 July.
func TestClockNotOnAnotherEventsDay(t *testing.T) {
	dir := filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts")
	for _, c := range []struct {
		file string
		ref  time.Time
		ctx  string
		want string
	}{
		{"M0054.english", time.Date(2010, 7, 15, 0, 0, 0, 0, time.UTC), "took place at 20:36:08 local time", "2010-07-14T20:36"},
		{"M0054.english", time.Date(2010, 7, 15, 0, 0, 0, 0, time.UTC), "The aftershock occurred at 08:32:22 UTC", "2010-07-14T08:32"},
		{"M0055.english", time.Date(2010, 10, 22, 0, 0, 0, 0, time.UTC), "It took place at 23:49:56 local time", "2010-10-20T23:49"},
		{"M0057.english", time.Date(2010, 11, 28, 0, 0, 0, 0, time.UTC), "A further aftershock occurred at 06:57 local time", "2010-11-28T06:57"},
		{"M0057.english", time.Date(2010, 11, 28, 0, 0, 0, 0, time.UTC), "The first shaking took place at 00:37 local time", "2010-11-28T00:37"},
		{"M0011.english", time.Date(2005, 7, 14, 0, 0, 0, 0, time.UTC), "arriving at Kings Cross station at 08:30 BST", "2005-07-07T08:30"},
		{"M0038.english", time.Date(2007, 7, 6, 0, 0, 0, 0, time.UTC), "Stage One will be on the following day, starting in Greenwich at 11:00 BST", "2007-07-08T11:00"},
	} {
		b, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		at := strings.Index(text, c.ctx)
		if at < 0 {
			t.Fatalf("%s: %q not found", c.file, c.ctx)
		}
		found := false
		for _, x := range Find(text, Ref{Time: c.ref}) {
			if x.Gran != GMinute || x.Start < at || x.End > at+len(c.ctx) {
				continue
			}
			found = true
			if !strings.HasPrefix(x.Value, c.want) {
				t.Errorf("%s: %q is %s, want %s", c.file, c.ctx, x.Value, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no clock time in %q", c.file, c.ctx)
		}
	}
}
