package timex_test

import (
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/timex"
)

// TestNumericDates reads the numeric date lines of ECB+ pages that the
// tagger read as a bare year (helper 178, wave 25): ISO 8601's
// "2013-09-26" (the tokenizer drops the hyphens between numbers), a year
// first with full stops ("2012.08.08"), a day first with full stops
// ("08.07.2012", as Europe writes it), and a slash date whose first number
// is no month ("14 / 09 / 2013"). A slash date that can be a month first
// stays one ("9/26/2013").
func TestNumericDates(t *testing.T) {
	ref := timex.Ref{Time: time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC)}
	for text, want := range map[string]string{
		"Posted 2013-09-26 by the desk": "2013-09-26",
		"2012.08.08":                    "2012-08-08",
		"Updated 08.07.2012":            "2012-07-08",
		"14 / 09 / 2013":                "2013-09-14",
		"on 9/26/2013 police said":      "2013-09-26",
		"on 05/06/2013 police said":     "2013-05-06",
	} {
		got := ""
		for _, x := range timex.Find(text, ref) {
			if x.Type == timex.Date {
				got = x.Value
			}
		}
		if got != want {
			t.Errorf("%q: date %q, want %q", text, got, want)
		}
	}
}
