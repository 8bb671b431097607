package cluster

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestPageDateECBPlus checks pageTime on real ECB+ pages of the
// calibration part (odd topics) given a feed time years after them, as
// the dated simulation gives: a page's own date line ("Updated: July 7,
// 2012, 10:04 PM ET", "PUBLISHED: 22:07 GMT, 7 July 2012" after a clock
// time the feed's day resolves, "26 September 2013, 10:00 (GMT+05:00)")
// dates its event, not the feed, and the weekdays its lead names are
// read against that date ("on Saturday": 7 July 2012); a page without one
// keeps the feed's day or the weekday its lead names. Without pageTime
// every one of them is of the feed's days.
func TestPageDateECBPlus(t *testing.T) {
	feed := time.Date(2020, 1, 10, 9, 0, 0, 0, time.UTC)
	want := map[string]string{
		"7_1ecbplus":  "2012-07-07",
		"7_2ecbplus":  "2012-07-07",
		"7_8ecbplus":  "2012-07-07",
		"11_1ecbplus": "2013-09-26",
		"11_4ecbplus": "2013-10-04",
		// No date line: the feed's time, or the Saturday before it.
		"7_1ecb":  "2020-01-04",
		"11_7ecb": "2020-01-10",
	}
	for id, l := range ecbLeadTimes(t, want, func(string) time.Time { return feed }) {
		if g := l.event.Format("2006-01-02"); g != want[id] {
			t.Errorf("%s: event %s, want %s", id, g, want[id])
		}
		// The weekdays its lead names are of the page's week too.
		for _, day := range l.days {
			if want[id] < "2020" && day.Year() >= 2019 {
				t.Errorf("%s: names %s, of the feed's days", id, day.Format("2006-01-02"))
			}
		}
	}
}

// leadTime is what leadTimes returns for one article.
type leadTime struct {
	event time.Time
	days  []time.Time
}

// ecbLeadTimes returns leadTimes of the ECB+ documents named by the keys
// of want, each given the feed time feed gives its id.
func ecbLeadTimes(t *testing.T, want map[string]string, feed func(id string) time.Time) map[string]leadTime {
	t.Helper()
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]leadTime{}
	for _, d := range docs {
		if _, ok := want[d.Article.ID]; !ok {
			continue
		}
		a := *d.Article
		a.Published = feed(a.ID)
		var l leadTime
		l.event, l.days = leadTimes(text.Analyze(&a))
		out[a.ID] = l
	}
	if len(out) != len(want) {
		t.Fatalf("found %d of %d documents", len(out), len(want))
	}
	return out
}

// TestPageDateBackground checks what stays background: a date written
// long before the publication inside a sentence (a birth, a case of 1947
// in a page's side box, from GVA 2013-2015 pages where an earlier form of
// the rule took them), and a site's date line after the feed's time (a
// crawl's header above a report of 2013).
func TestPageDateBackground(t *testing.T) {
	pub := time.Date(2014, 9, 29, 12, 0, 0, 0, time.UTC)
	cases := []struct{ text, want string }{
		{"Jacob David Trotter, born June 25, 2001, in Madison, Wis., died unexpectedly at home on Sept. 26, 2014.", "2014-09-26"},
		{"On January 15, 1947, the remains of a young woman were found in a vacant lot in Los Angeles.\n\nA man was shot on Saturday.", "2014-09-27"},
		{"home : news : greenwood\nSeptember 8, 2015\n\nOne dead, four others wounded in a shooting.", "2014-09-29"},
		{"Posted: Monday, January 6, 2014 8:10 PM EST\n\nA man was shot on Sunday night.", "2014-01-06"},
	}
	for _, c := range cases {
		a := &news.Article{Title: "Man shot", Text: c.text, Published: pub}
		got, _ := leadTimes(text.Analyze(a))
		if got.Format("2006-01-02") != c.want {
			t.Errorf("%.40q: event %s, want %s", c.text, got.Format("2006-01-02"), c.want)
		}
	}
}

// TestPageDateLinesECBPlus checks the date lines of real ECB+ calibration
// pages (odd topics) that pageTime missed before wave 26, given a feed
// time in 2020 as the dated simulation gives:
//
//   - a second stamp on the line does not count as its words ("on
//     September 14, 2013 11: 41am | Updated on September 14, 2013 11:
//     41am", 21_5ecbplus; "First Posted: 10 / 25 / 11 06: 44 PM ET
//     Updated: 12 / 25 / 11 05: 12 AM ET", 33_10ecbplus);
//   - lines the time tagger now reads ("Fri., May. 3, 2013 11: 45 AM
//     PDT", 1_6ecbplus; "September 17, 2013 03: 16 PM ET" below a line
//     ending in "IE9", 27_3ecbplus);
//   - a date line below the headline's bullet points, past the lead's
//     four sentences but within the first eight ("UPDATED: 19: 14 GMT, 12
//     April 2013", 33_3ecbplus; "PUBLISHED: WEDNESDAY, MARCH 13, 2013",
//     19_4ecbplus, after a stray quote taken for a sentence);
//   - a date line without its year far from the feed's time ("Jul. 7 5:
//     59 PM EDT", 7_9ecbplus; "Mar. 8 5: 46 PM EST", 31_6ecbplus): the
//     event's time is unknown, and no weekday of the feed's week is named
//     ("Saturday night" is not 4 January 2020); one within the window
//     stays the event's day ("Dec. 24 4: 33 AM EST", 29_6ecbplus, fed 12
//     January).
func TestPageDateLinesECBPlus(t *testing.T) {
	want := map[string]string{
		"21_5ecbplus":  "2013-09-14",
		"33_10ecbplus": "2011-10-25",
		"1_6ecbplus":   "2013-05-03",
		"27_3ecbplus":  "2013-09-17",
		"33_3ecbplus":  "2013-04-12",
		"19_4ecbplus":  "2013-03-13",
		"7_9ecbplus":   "unknown",
		"31_6ecbplus":  "unknown",
		"29_6ecbplus":  "2019-12-24",
	}
	feed := func(id string) time.Time {
		if id == "29_6ecbplus" {
			return time.Date(2020, 1, 12, 9, 0, 0, 0, time.UTC)
		}
		return time.Date(2020, 1, 10, 9, 0, 0, 0, time.UTC)
	}
	for id, l := range ecbLeadTimes(t, want, feed) {
		g := l.event.Format("2006-01-02")
		if l.event.IsZero() {
			g = "unknown"
		}
		if g != want[id] {
			t.Errorf("%s: event %s, want %s", id, g, want[id])
		}
		for _, day := range l.days {
			if want[id] == "unknown" && day.Year() >= 2019 {
				t.Errorf("%s: names %s, of the feed's days", id, day.Format("2006-01-02"))
			}
		}
	}
}
