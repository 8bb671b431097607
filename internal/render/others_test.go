package render_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/render"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// gvaMarkdown builds the brief of a GVA incident and its Markdown; with
// reports > 0 the incident must have that many.
func gvaMarkdown(t *testing.T, id string, reports int) (*news.Brief, string) {
	t.Helper()
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), id)
	if err != nil {
		t.Fatal(err)
	}
	if reports > 0 && len(story) != reports {
		t.Fatalf("incident %s: %d reports, want %d", id, len(story), reports)
	}
	b := brief.Build(story, brief.Options{})
	var md bytes.Buffer
	if err := render.Markdown(&md, b); err != nil {
		t.Fatal(err)
	}
	return b, md.String()
}

// TestSummaryShowsOtherValues reads GVA incident 577157 (the Pulse
// nightclub): its summary states the toll as the latest reports give it,
// 49 killed, and two earlier reports say 50. The summary line must say so
// in Markdown and on the page, not only the Differences section.
func TestSummaryShowsOtherValues(t *testing.T) {
	b, md := gvaMarkdown(t, "577157", 0)
	found := false
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "Officially, 49 people were killed") {
			found = true
			if !strings.Contains(l, "(other reports: **50 people** [") {
				t.Errorf("the summary line does not give the other value: %s", l)
			}
		}
	}
	if !found {
		t.Errorf("no summary line states the toll:\n%s", md)
	}
	var page bytes.Buffer
	if err := render.HTML(&page, b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), `<span class="others">other reports: <b>50 people</b>`) {
		t.Error("the page's summary does not give the other value")
	}
}
