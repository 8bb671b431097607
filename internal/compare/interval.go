package compare

import (
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// twoEvents reports a date difference whose sides are two events that a
// side itself tells apart: its sentence puts its event a number of days
// after or before another ("shot Friday night, just two days after a
// 3-year-old was shot"), and the sides' dates are that many days apart.
// The other side's date is then the other event's, which the sentence
// confirms rather than contradicts.
func twoEvents(c *text.Corpus, cf news.Conflict) bool {
	if len(cf.Sides) != 2 {
		return false
	}
	gap, week, ok := daysApart(cf.Sides[0].Value, cf.Sides[1].Value)
	if !ok {
		return false
	}
	for _, s := range cf.Sides {
		for _, r := range sideSentences(c, s) {
			n, ok := toldInterval(c.Docs[r[0]].SentenceTokens(r[1]))
			if ok && (n == gap || week && (n%7 == gap || n%7 == 7-gap)) {
				return true
			}
		}
	}
	return false
}

// daysApart is the number of days between two date values: two calendar
// days ("2015-07-29", "2015-07-31"), or two weekdays (week set), whose gap
// is known only modulo a week and either way round (Wednesday and Friday:
// 2, or 5).
func daysApart(a, b string) (gap int, week, ok bool) {
	ta, ea := time.Parse("2006-01-02", a)
	tb, eb := time.Parse("2006-01-02", b)
	if ea == nil && eb == nil {
		d := int(tb.Sub(ta).Hours() / 24)
		return max(d, -d), false, d != 0
	}
	wa, oka := weekdayIndex(a)
	wb, okb := weekdayIndex(b)
	if !oka || !okb || wa == wb {
		return 0, false, false
	}
	return (wb - wa + 7) % 7, true, true
}

// weekdayIndex is the number of a weekday's name, "Monday", as Go's
// time.Weekday numbers it.
func weekdayIndex(s string) (int, bool) {
	return english.Weekdays.Int(strings.ToLower(s))
}

// toldInterval reads "<number> days after" or "a day before" (also
// "earlier", "later") in a sentence: the number of days it puts between
// two events.
func toldInterval(toks []text.Token) (int, bool) {
	for k := 1; k+1 < len(toks); k++ {
		unit := toks[k].Lower
		if unit != "day" && unit != "days" {
			continue
		}
		switch toks[k+1].Lower {
		case "after", "before", "earlier", "later":
		default:
			continue
		}
		prev := toks[k-1].Lower
		if prev == "a" || prev == "one" {
			return 1, true
		}
		if v, _, ok := numberOf(prev); ok && v >= 1 && v < 60 && v == float64(int(v)) {
			return int(v), true
		}
	}
	return 0, false
}
