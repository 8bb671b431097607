package timex

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestDateLinesECBPlus reads the date lines of real ECB+ pages of the
// calibration part (odd topics) that the tagger misread (wave 26):
//
//   - "Fri., May. 3, 2013 11: 45 AM PDT" (1_6ecbplus): a site writes every
//     month with a stop, "May." too; with the day and the year after it
//     the stop ends no sentence (only "2013" was read);
//   - "... limited to IE8 and IE9" above the line "September 17, 2013
//     03: 16 PM ET" (27_3ecbplus): the day of "9 September" does not
//     reach across a paragraph break (it read 9 September, of the
//     reference's year);
//   - "Jul. 7 5: 59 PM EDT" (7_9ecbplus), the AP's stamp without the
//     year: its year is the reference's choice, and it says so (NoYear).
func TestDateLinesECBPlus(t *testing.T) {
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	ref := Ref{Time: time.Date(2020, 1, 10, 9, 0, 0, 0, time.UTC)}
	want := map[string]struct {
		line, value string
		noYear      bool
	}{
		"1_6ecbplus":  {"Fri., May. 3, 2013", "2013-05-03T11:45", false},
		"27_3ecbplus": {"September 17, 2013", "2013-09-17T15:16", false},
		"7_9ecbplus":  {"Jul. 7", "2020-07-07T17:59", true},
	}
	seen := 0
	for _, d := range docs {
		w, ok := want[d.Article.ID]
		if !ok {
			continue
		}
		seen++
		at := strings.Index(d.Article.Text, w.line)
		if at < 0 {
			t.Fatalf("%s: no line %q", d.Article.ID, w.line)
		}
		found := false
		for _, x := range Find(d.Article.Text, ref) {
			if x.Start < at && x.End > at {
				t.Errorf("%s: %q (%s) reaches into the date line", d.Article.ID, x.Text, x.Value)
			}
			if x.Start >= at && x.Start <= at+len(w.line) && x.Type != Duration {
				found = true
				if x.Value != w.value || x.NoYear != w.noYear {
					t.Errorf("%s: %q read %s (no year %v), want %s (%v)", d.Article.ID, x.Text, x.Value, x.NoYear, w.value, w.noYear)
				}
				break
			}
		}
		if !found {
			t.Errorf("%s: the date line %q not read", d.Article.ID, w.line)
		}
	}
	if seen != len(want) {
		t.Fatalf("found %d of %d documents", seen, len(want))
	}
	// "May." without a day and a year after it still ends a sentence.
	for _, x := range Find("He left in May. 3 people died.", ref) {
		if x.Gran == GDay {
			t.Errorf("%q read as a day", x.Text)
		}
	}
}
