package timex_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// TestLastOfAPeriod reads MultiLing 2011's M0056 (Pichilemu eight months
// after the Chile earthquake, dated Sunday, October 24, 2010), whose
// timeline put "the "last weekend in the summer;" on Saturday, February
// 27" and "the last weekend before the entrance to school" on the weekend
// before the report. "The last weekend in the summer" is the last of that
// period's weekends, an ordinal, not the weekend before the report's day;
// "last weekend" alone still is.
func TestLastOfAPeriod(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "M0056.english"))
	if err != nil {
		t.Fatal(err)
	}
	ref := timex.Ref{Time: time.Date(2010, 10, 24, 0, 0, 0, 0, time.UTC)} // the report's date line
	doc := string(b) + "\n\nResidents left last weekend.\n"
	for _, x := range timex.Find(doc, ref) {
		if strings.Contains(strings.ToLower(x.Text), "weekend") && !strings.HasPrefix(doc[x.Start:], "last weekend.") {
			t.Errorf("%q at %d read as %s", x.Text, x.Start, x.Value)
		}
	}
	found := false
	for _, x := range timex.Find("Residents left last weekend.", ref) {
		found = found || x.Text == "last weekend"
	}
	if !found {
		t.Error("“left last weekend” no longer read")
	}
}
