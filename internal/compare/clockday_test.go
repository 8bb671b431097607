package compare

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// TestClockOfDay reads the clock time told with a weekday in sentences of
// GVA and ECB+ reports (377047, 448419, 479554, 344302, ECB+ 19ecbplus with
// its tokenised "11: 30 p. m."), and refuses a clock time that is not the
// day's.
func TestClockOfDay(t *testing.T) {
	for _, tc := range []struct {
		sent, side string
		minutes    int
		ok         bool
	}{
		{"LMPD responded to a shooting at Cole's Place around 3 a.m. Sunday.", "at", 3 * 60, true},
		{"Then — Monday afternoon about 1:15 p.m. — investigators pulled four more bodies out of a nearby pond.", "at", 13*60 + 15, true},
		{"It happened shortly after 2 a.m. Saturday at the D.C. Soundstage at 2403 Benning Road.", "after", 2 * 60, true},
		{"It started just before 4 p.m. Wednesday, when officers on patrol in the area heard a gunshot.", "before", 16 * 60, true},
		{"Police say that on Saturday around 11: 30 p. m. Kimani Gray was standing outside his home.", "at", 23*60 + 30, true},
		{"The 23-year-old was shot at 2 AM Sunday.", "at", 2 * 60, true},
		// A clock time of another clause, and a figure without a.m. or p.m.
		{"He was arrested Sunday and released at 3 p.m.", "", 0, false},
		{"Police were called Sunday to 10 homes.", "", 0, false},
	} {
		doc := text.Analyze(&news.Article{Text: tc.sent, Language: "en"})
		toks := doc.SentenceTokens(0)
		day := slices.IndexFunc(toks, func(tk text.Token) bool { return english.Weekdays.Has(tk.Lower) })
		m, side, ok := clockOfDay(toks, day)
		if ok != tc.ok || m != tc.minutes || side != tc.side {
			t.Errorf("%q: got %d %q %v, want %d %q %v", tc.sent, m, side, ok, tc.minutes, tc.side, tc.ok)
		}
	}
}
