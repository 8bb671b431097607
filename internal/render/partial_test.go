package render_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/render"
)

// TestAgreementNotCitedTwice reads GVA incident 600398 (ten reports of a
// courthouse shooting in Michigan). An agreement gathers every report
// that carries its fact, from all the claims that state it, while "in
// part" came from its own claim alone: one line cited s2 and s7 in full
// and again "in part". No report may be both on one line, in Markdown or
// on the page.
func TestAgreementNotCitedTwice(t *testing.T) {
	b, md := gvaMarkdown(t, "600398", 10)
	line := regexp.MustCompile(`^\d+\. .* \[([^\]]+)\] \(\d+ independent sources?\)(?: \(in part: ([^)]*)\))?$`)
	lines := 0
	for _, l := range strings.Split(md, "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		lines++
		for _, s := range strings.Split(m[2], ", ") {
			if s != "" && strings.Contains(", "+m[1]+", ", ", "+s+", ") {
				t.Errorf("%s is cited in full and in part: %s", s, l)
			}
		}
	}
	if lines < 5 {
		t.Fatalf("%d agreement lines read, want the story's agreements", lines)
	}
	v := render.NewView(b, render.InPage(""))
	for _, a := range b.Agreements {
		for _, id := range v.ClaimPartial(a.Claim, a.Sources) {
			for _, s := range a.Sources {
				if s == id {
					t.Errorf("page: %s cited in full and in part on %q", id, a.Text)
				}
			}
		}
	}
}
