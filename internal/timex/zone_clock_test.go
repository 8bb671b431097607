package timex

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestZoneClockNotYear: four digits before a zone's abbreviation are a
// clock time, not a year (MultiLing M0015: "at noon BST (1100 UTC)" was
// the year 1100 on the timeline; M0052: "(1852 UTC)" the year 1852).
func TestZoneClockNotYear(t *testing.T) {
	dir := filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts")
	for _, c := range []struct {
		file, digits string
		ref          time.Time
	}{
		{"M0015.english", "1100", time.Date(2006, 7, 7, 0, 0, 0, 0, time.UTC)},
		{"M0052.english", "1852", time.Date(2010, 5, 21, 0, 0, 0, 0, time.UTC)},
	} {
		b, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, x := range Find(string(b), Ref{Time: c.ref}) {
			if x.Text == c.digits {
				t.Errorf("%s: %q read as %s %s", c.file, x.Text, x.Type, x.Value)
			}
			found = found || x.Type == Time
		}
		if !found {
			t.Errorf("%s: no clock time found at all", c.file)
		}
	}
}

// TestMonthDayTakesTheTextsYear: MultiLing M0017, written on 1 May 2008,
// names "the July 7 bombers" and "the July 7 bombings ... on the morning
// of July 7, 2005": the month-days alone are that day of 2005, not last
// July (the timeline of topic M001 put them on 7 July 2007).
func TestMonthDayTakesTheTextsYear(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "M0017.english"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, x := range Find(string(b), Ref{Time: time.Date(2008, 5, 1, 0, 0, 0, 0, time.UTC)}) {
		if x.Text == "July 7" {
			n++
			if x.Value != "2005-07-07" {
				t.Errorf("%q at %d: %s, want 2005-07-07", x.Text, x.Start, x.Value)
			}
		}
	}
	if n == 0 {
		t.Error("no \"July 7\" found")
	}
}
