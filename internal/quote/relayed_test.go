package quote

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestRelayedQuoteIsNoSpeakerDifference reads GVA calibration incident
// 480358 (a shooting spree in Orange County in 2013): "“Mr. Syed said, 'I
// don't want to hurt you. ...,'” said Jordan" relays the gunman's words,
// which two other reports give to Ali Syed. Once the lieutenant's surname
// was no longer the country Jordan, the two speakers made a speaker
// difference; a quote that names the other speaker makes none.
func TestRelayedQuoteIsNoSpeakerDifference(t *testing.T) {
	docs, ids := incidentDocs(t, "480358")
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(c.Docs))
	for _, cf := range Analyze(c).Conflicts {
		for _, s := range cf.Sides {
			if strings.Contains(s.Value, "Jordan") {
				t.Errorf("speaker difference %s: %s", cf.Topic, s.Value)
			}
		}
	}
	wantSpeaker(t, "480358", "Mr. Syed said", "Scott Jordan")
}
