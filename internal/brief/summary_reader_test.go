package brief

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestSummaryReadsAlone: summaries of GVA incidents nobody tuned on, read
// as a reader would (docs/summary.md, wave 11), held a bare quotation, a
// sentence whose "his" names no one in the summary, a photo caption without
// a verb, an app advertisement and a video player's bar; each fails without
// its rule in internal/summarize/reader.go (the player's bar: align's
// boilerplate, which summarize asks too).
func TestSummaryReadsAlone(t *testing.T) {
	for id, bad := range map[string]string{
		"281039": `"I am so hurt," said Willrich.`,
		"440972": "On Wednesday, his bail was set at $1 million.",
		"489581": "Chris Zawahri as a student at Santa Monica High School.",
		"483049": "Download the ABC 27 News App",
		// The USA TODAY network's video player bar before a video's
		// caption (align's boilerplate list).
		"600398": "CLOSE Skip in Skip x Embed x Share",
	} {
		b := Build(gvaIncident(t, id), Options{})
		if len(b.Summary) == 0 {
			t.Errorf("incident %s: empty summary", id)
		}
		for _, s := range b.Summary {
			if strings.HasPrefix(s.Text, bad) {
				t.Errorf("incident %s: the summary holds %q", id, s.Text)
			}
		}
	}
}

// TestSummitSummaryHasNoEllipsis: "Kim's included his sister, Kim Yo Jong."
// says whose delegation only after the sentence before it (Putin's), and the
// summit's summary held it alone.
func TestSummitSummaryHasNoEllipsis(t *testing.T) {
	b := Build(testenv.Summit(t), Options{})
	if len(b.Summary) == 0 {
		t.Fatal("empty summary")
	}
	for _, s := range b.Summary {
		if strings.HasPrefix(s.Text, "Kim's included") {
			t.Errorf("the summary holds %q", s.Text)
		}
	}
}
