package timex_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/timex"
)

// TestClockTimeAfterAStatementsDay reads GVA calibration incidents 353609
// (a murder-suicide in Murray, Utah, 2015) and 380162 (the Lafayette theater
// shooting, 2015). A report of 29 June tells "what happened on June 7", then
// "Murray police detective Jeff Maglish confirmed Monday that ...", then
// "About 11:50 a.m., Murray police were dispatched": the timeline put the
// dispatch on the Monday of the statement, 29 June. A report of Friday tells
// "Craft said earlier Friday", then "She was at the 7 p.m. showing" of the
// Thursday's film (put on Friday). A bare clock time after a day that dates
// a statement is on the day of the last event the text dated.
func TestClockTimeAfterAStatementsDay(t *testing.T) {
	want := map[string]map[string]string{
		"353609": {"About 11:50 a.m., Murray police were dispatched": "2015-06-07"},
		"380162": {"She was at the 7 p.m. showing": "2015-07-23"},
	}
	gvaDays(t, want, func(x timex.Timex, at, n int) bool {
		return x.Gran == timex.GMinute && x.Start >= at && x.End <= at+n
	})
}
