package cluster

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestLeadDetails reads the identifying details of leads written as ECB+'s
// reports write them (topics 22, 34 and 2).
func TestLeadDetails(t *testing.T) {
	c := New(Options{Explain: true})
	cases := []struct{ lead, want string }{
		{"A magnitude 4.4 earthquake struck The Geysers area on Tuesday, the USGS said.", "magnitude 4.4"},
		{"A 4.6-magnitude quake shook Sonoma County early on Thursday.", "magnitude 4.6"},
		{"Research In Motion unveiled the BlackBerry Curve 8900 on Monday in Orlando.", "product or model blackberry curve 8900"},
		{"Police said Tony Thompson was hurt on Monday.", "person tony thompson"},
		{"By John Smith. A fire destroyed a church in Atlanta on Friday.", "town atlanta"},
	}
	for _, tc := range cases {
		d := text.Analyze(&news.Article{Text: tc.lead, Language: "en"})
		c.casing.count(d)
		var got []string
		for _, dt := range c.leadDetails(d) {
			got = append(got, string(dt.slot)+" "+dt.label)
		}
		if !strings.Contains(strings.Join(got, "; "), tc.want) {
			t.Errorf("%q: details %q, want %q", tc.lead, got, tc.want)
		}
		if tc.want == "town atlanta" && strings.Contains(strings.Join(got, ";"), "john smith") {
			t.Errorf("%q: the byline's author read as a person of the event: %q", tc.lead, got)
		}
	}
}
