package brief_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestOtherNewsKeptOut reads GVA incident 143951 (a Larose teenager shot),
// whose first report is a FOX 8 page that prints eighteen paragraphs of the
// station's other news before the report: teasers each printed twice (the
// St. Charles Avenue streetcar, a boy rescued from a pool in Houma,
// marijuana found in Tangipahoa Parish), and the weather. The summary
// opened on the streetcar and a dozen of them were single-source claims.
// None is shown now, and the summary opens on the shooting.
func TestOtherNewsKeptOut(t *testing.T) {
	story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), "143951")
	if err != nil {
		t.Fatal(err)
	}
	b := brief.Build(story, brief.Options{})
	for _, s := range shownTexts(b) {
		for _, other := range []string{"streetcar", "Showers and storms", "Houma", "Tangipahoa", "tropical disturbances", "ransacked his home"} {
			if strings.Contains(s, other) {
				t.Errorf("shown: %q", s)
			}
		}
	}
	for _, c := range b.Claims {
		if strings.Contains(c.Text, "streetcar") || strings.Contains(c.Text, "Lower Ninth Ward") {
			t.Errorf("claim: %q", c.Text)
		}
	}
	if len(b.Summary) == 0 || !strings.Contains(b.Summary[0].Text, "Galliano man") {
		t.Errorf("the summary does not open on the shooting: %+v", b.Summary)
	}
}

// TestOwnTeasersStay reads GVA incident 483765 (a college student killed
// in a Kansas City home invasion), whose KCTV5 page prints, twice each,
// teasers of its own story before the report ("Those who knew UMKC
// student Aaron Markarian ...", a memorial service for him), and incident
// 482771, whose Washington report prints its own dek twice. They tell this
// story: they stay claims.
func TestOwnTeasersStay(t *testing.T) {
	for _, c := range []struct{ incident, want string }{
		{"483765", "Those who knew UMKC student Aaron Markarian"},
		{"483765", "A memorial service was held Saturday in Lee's Summit"},
		{"482771", "The Metropolitan Police Department has released surveillance video"},
	} {
		story, err := clustereval.GVAIncident(testenv.SharedData(t, "gva-2013-2016"), c.incident)
		if err != nil {
			t.Fatal(err)
		}
		b := brief.Build(story, brief.Options{})
		found := false
		for _, cl := range b.Claims {
			found = found || strings.HasPrefix(cl.Text, c.want)
		}
		if !found {
			t.Errorf("%s: no claim opens %q", c.incident, c.want)
		}
	}
}
