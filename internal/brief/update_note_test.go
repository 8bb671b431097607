package brief

import (
	"strings"
	"testing"
)

// TestSummaryNotOpenedByUpdateNote: a report topped by an editor's note
// ("UPDATE: Cortez Sims, the 17-year-old charged with shooting four people
// ... made his first appearance", GVA incident 275064; "Updated at 4:45
// p.m. ET: ...", 478948) is the earliest, so its first sentence was the
// summary's lead: the story opened on a later update instead of the event.
// The note is no summary sentence; the event is still told.
func TestSummaryNotOpenedByUpdateNote(t *testing.T) {
	for _, id := range []string{"275064", "478948", "375022"} {
		b := Build(gvaIncident(t, id), Options{})
		if len(b.Summary) == 0 {
			t.Fatalf("incident %s: no summary", id)
		}
		for _, s := range b.Summary {
			if l := strings.ToLower(s.Text); strings.HasPrefix(l, "update") {
				t.Errorf("incident %s: summary sentence is an update note: %q", id, s.Text)
			}
		}
		t.Logf("incident %s opens: %q", id, b.Summary[0].Text)
	}
}
