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
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
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
	seen := 0
	for _, d := range docs {
		w, ok := want[d.Article.ID]
		if !ok {
			continue
		}
		seen++
		a := *d.Article
		a.Published = feed
		got, days := leadTimes(text.Analyze(&a))
		if got.Format("2006-01-02") != w {
			t.Errorf("%s: event %s, want %s", a.ID, got.Format("2006-01-02"), w)
		}
		// The weekdays its lead names are of the page's week too.
		for _, day := range days {
			if w < "2020" && day.Year() >= 2019 {
				t.Errorf("%s: names %s, of the feed's days", a.ID, day.Format("2006-01-02"))
			}
		}
	}
	if seen != len(want) {
		t.Fatalf("found %d of %d documents", seen, len(want))
	}
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
