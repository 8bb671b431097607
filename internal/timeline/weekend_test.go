package timeline_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/timeline"
)

// TestWeekendIsItsOwnMonth reads GVA calibration incident 387194 (a drive-by
// shooting in Red Hook, Brooklyn, on Monday 3 August 2015): two reports of
// Tuesday 4 August count the people shot "over the weekend", 1 and 2 August.
// The timeline put both in July, the month of that week's Thursday; a
// weekend is in the month of its Saturday.
func TestWeekendIsItsOwnMonth(t *testing.T) {
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "387194")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*text.Doc
	var ids []string
	for i, a := range story {
		docs, ids = append(docs, text.Analyze(a)), append(ids, fmt.Sprintf("s%d", i+1))
	}
	events, _ := timeline.Build(text.NewCorpus(docs, ids))
	found := 0
	for _, e := range events {
		if !strings.Contains(e.Expression, "weekend") {
			continue
		}
		found++
		if e.When == nil || *e.When != "2015-08" {
			t.Errorf("%q on %v, want 2015-08", e.Text, e.When)
		}
	}
	if found == 0 {
		t.Error("no weekend on the timeline")
	}
}
