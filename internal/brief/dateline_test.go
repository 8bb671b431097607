package brief_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestNoDatelineInTheBrief reads GVA incident 482801, whose reports open
// "OCEANSIDE (CBS 8) – Two teenagers are dead ...", "OCEANSIDE (CNS) - A
// search was under way ..." and "OCEANSIDE, Calif. — Four people were
// arrested ...": the brief shows those sentences without the place of
// filing, and a summary sentence's own evidence is its text.
func TestNoDatelineInTheBrief(t *testing.T) {
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "482801")
	if err != nil {
		t.Fatal(err)
	}
	b := brief.Build(story, brief.Options{IncludeText: true})
	texts := map[string]string{}
	for _, s := range b.Sources {
		texts[s.ID] = s.Text
	}
	for _, s := range b.Summary {
		ev := s.Evidence[0]
		if got := texts[ev.Source][ev.Start:ev.End]; got != s.Text {
			t.Errorf("summary sentence %q, its evidence %q", s.Text, got)
		}
	}
	found := 0
	for _, s := range shownTexts(b) {
		if strings.HasPrefix(s, "OCEANSIDE") {
			t.Errorf("shown with its dateline: %q", s)
		}
		if strings.HasPrefix(s, "A search was under way") || strings.HasPrefix(s, "Four people were arrested") {
			found++
		}
	}
	if found == 0 {
		t.Error("no sentence that opened on a dateline is shown: the test proves nothing")
	}
}

// shownTexts returns the sentences a brief shows a reader: the summary's,
// the agreements', the single-source claims' and the timeline's.
func shownTexts(b *news.Brief) []string {
	var shown []string
	for _, s := range b.Summary {
		shown = append(shown, s.Text)
	}
	for _, a := range b.Agreements {
		shown = append(shown, a.Text)
	}
	for _, s := range b.SingleSource {
		shown = append(shown, s.Text)
	}
	for _, e := range b.Timeline {
		shown = append(shown, e.Text)
	}
	return shown
}
