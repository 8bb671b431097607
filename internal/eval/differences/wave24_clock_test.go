package differences

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestOneClockOfTwoDays edits GVA 377047 (a calibration story): "Witnesses
// said a man, dressed in all white, entered Cole's Place around 3 a.m.
// Sunday and started shooting" moved to Wednesday, against another
// report's "LMPD responded to a shooting at Cole's Place around 3 a.m.
// Sunday". The two share no word at the day and date different verbs; the
// same clock time to the minute tells one moment (compare.oneClock). Missed
// before.
func TestOneClockOfTwoDays(t *testing.T) {
	arts := gvaStory(t, "377047").Articles
	cs := editedConflicts(t, arts, "Cole's Place around 3 a.m. Sunday and started", "Cole's Place around 3 a.m. Wednesday and started", news.ConflictDate)
	wantSides(t, cs, "Wednesday", "Sunday")
}

// TestOneClockSpacedMeridiem edits ECB+ 19ecbplus (a calibration story),
// whose tokenised text writes "11: 30 p. m.": "Police say that on Saturday
// around 11: 30 p. m. Kimani Gray was standing outside his home" moved to
// Tuesday, against "two plainclothes officers fatally shot the teenager,
// Kimani Gray, just before 11: 30 p. m. on Saturday". Missed before.
func TestOneClockSpacedMeridiem(t *testing.T) {
	arts := ecbStory(t, "19ecbplus")
	cs := editedConflicts(t, arts, "on Saturday around 11: 30 p. m. Kimani", "on Tuesday around 11: 30 p. m. Kimani", news.ConflictDate)
	wantSides(t, cs, "Tuesday", "Saturday")
}

// TestClockBeforeAndAfter reads GVA 344302 (a calibration story) as
// published: "It started just before 4 p.m. Wednesday" tells the
// quintuple shooting, "police said that just after 4 p.m. Friday, a
// 21-year-old man was shot" another shooting of the same city. One clock
// time put before and after is two moments; no date difference.
func TestClockBeforeAndAfter(t *testing.T) {
	if c, ok := dateOf(gvaStory(t, "344302").Articles, "Wednesday", "Friday"); ok {
		t.Errorf("date difference %q %v: two shootings of two days", c.Topic, c.Sides)
	}
}
