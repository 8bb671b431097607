package brief

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestNoClockWordEntities: MultiLing topic M005 (the Chilean earthquake,
// clock times "05:19 local time (08:19 UTC)" throughout) listed "UTC" as
// its most mentioned organisation, and M001 (London, "8:50 a.m. BST")
// "BST"; a time zone's abbreviation or "P.M." alone is no entity of the
// brief. The story's real organisations stay.
func TestNoClockWordEntities(t *testing.T) {
	for _, c := range []struct{ topic, keep string }{{"M005", "United States Geological Survey"}, {"M001", "Metropolitan Police"}} {
		files, _ := filepath.Glob(filepath.Join(sharedData(t, "multiling2011"), "SourceTexts", c.topic+"*.english"))
		if len(files) != 10 {
			t.Fatalf("want the 10 English reports of %s, got %d", c.topic, len(files))
		}
		b := Build(readPlain(t, files), Options{SummaryWords: 100})
		kept := false
		for _, e := range b.Entities {
			switch strings.ReplaceAll(e.Name, ".", "") {
			case "UTC", "BST", "PM", "AM":
				t.Errorf("%s: entity %q (%s, %d mentions)", c.topic, e.Name, e.Type, e.Mentions)
			case c.keep:
				kept = true
			}
		}
		if !kept {
			t.Errorf("%s: %q no longer listed", c.topic, c.keep)
		}
	}
}
