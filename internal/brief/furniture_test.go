package brief_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestNoCaptionInTheBrief reads GVA incident 598609 (a toddler shot in
// Minneapolis), whose first report opens on a photo's caption ("Jasmine
// Rockymore, left, shares a hug outside of North Memorial Medical Center.
// Rockymore's cousin was involved in the shooting.") and its page stamp
// ("Updated: 6:45 p.m. | Posted: 2:58 p.m."), and whose fourth is headed by
// six "Gallery:" captions. Both captions' sentences led the summary in
// turn, the galleries were single-source claims and timeline entries, and
// the stamp was a claim and two timeline entries. No part of the brief
// shows them now, and the summary opens on the news.
func TestNoCaptionInTheBrief(t *testing.T) {
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "598609")
	if err != nil {
		t.Fatal(err)
	}
	b := brief.Build(story, brief.Options{})
	for _, s := range shownTexts(b) {
		for _, furniture := range []string{"Jasmine Rockymore, left", "Rockymore's cousin", "Gallery:", "Posted: 2:58 p.m."} {
			if strings.Contains(s, furniture) {
				t.Errorf("shown: %q", s)
			}
		}
	}
	if len(b.Summary) == 0 || !strings.Contains(b.Summary[0].Text, "2-year-old") {
		t.Errorf("the summary does not open on the toddler's death: %+v", b.Summary)
	}
}

// TestCaptionBeforeItsCredit reads GVA incident 357164 (four killed in a
// Columbus home, 2015), whose USA TODAY report opens on a photo's caption
// and its credit, "Downtown Columbus, Oh. is viewed from across the Scioto
// River. (Photo: Robert Deutsch, USA TODAY)". Once the credit was made a
// piece of its own, the caption led the summary as news.
func TestCaptionBeforeItsCredit(t *testing.T) {
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "357164")
	if err != nil {
		t.Fatal(err)
	}
	b := brief.Build(story, brief.Options{})
	for _, s := range shownTexts(b) {
		if strings.Contains(s, "Scioto River") {
			t.Errorf("shown: %q", s)
		}
	}
}
