package cluster

import (
	"strings"
	"time"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// leadSentences is how much of an article is searched for its event's date:
// the dateline and the first sentences, where a report says when its event
// happened ("on Friday, November 11, 2011"). Dates further down are mostly
// background (earlier attacks, the last election), and scanning only the
// lead keeps the time tagger's cost per article small and constant.
const leadSentences = 4

// Bounds on a dated article's event day around its publication time: a
// report tells of what happened in the last weeks (a date long before is
// background: "the July 7, 2005 bombings") and rarely dates its own event
// after its publication.
const (
	maxBefore = 30 * 24 * time.Hour
	maxAfter  = 2 * 24 * time.Hour
)

// mentionSentences is how much of an article is searched for the days it
// names: the days of the event and of what followed it (the arrest, the
// funeral) are written in the first paragraphs.
const mentionSentences = 8

// leadTimes returns when the event an article reports happened, and the
// days named in its headline and first mentionSentences sentences.
//
// The event time is the first date of at least day precision in the
// headline or the first leadSentences sentences, resolved against the
// publication time when it is known. Without a publication time only dates
// written out in full count (a weekday alone says nothing then); with one,
// a lead date outside [published-30d, published+2d] is background and the
// publication time stands, unless it is the page's own date line
// (pageDate): then the page is believed over the feed, and the days its
// lead names relative to a time ("Saturday", "today") are read against
// the page's date, not the feed's. Zero when neither the text nor the
// article gives a time.
//
// The days named include background ones: a follow-up months later names
// the day of its event ("the July 7, 2005 bombings").
func leadTimes(d *text.Doc) (event time.Time, days []time.Time) {
	pub := d.Article.Published
	ref := timex.Ref{Time: pub}
	title := leadDays(d.Article.Title, ref)
	lead, end := 0, 0
	for i := range d.Sentences {
		if i >= mentionSentences {
			break
		}
		end = d.Sentences[i].End
		if i < leadSentences {
			lead = end
		}
	}
	end = min(end, len(d.Article.Text))
	body := leadDays(d.Article.Text[:end], ref)
	event, noYear := pageTime(d, title, body, end)
	if noYear {
		// The page's own day is not the feed's and it gives no year:
		// the event's time is unknown, and only the dates the lead
		// writes out in full are days it names.
		for _, x := range leadDays(d.Article.Title, timex.Ref{}) {
			days = append(days, x.Begin)
		}
		for _, x := range leadDays(d.Article.Text[:end], timex.Ref{}) {
			days = append(days, x.Begin)
		}
		return time.Time{}, days
	}
	if !event.IsZero() {
		// The page's days ("Saturday", "today") are of its own date.
		ref = timex.Ref{Time: event}
		title, body = leadDays(d.Article.Title, ref), leadDays(d.Article.Text[:end], ref)
	}
	if event.IsZero() {
		for _, x := range title {
			if fits(x.Begin, pub) {
				event = x.Begin
				break
			}
		}
	}
	if event.IsZero() {
		for _, x := range body {
			if x.Start < lead && fits(x.Begin, pub) {
				event = x.Begin
				break
			}
		}
	}
	if event.IsZero() {
		event = pub
	}
	for _, xs := range [][]timex.Timex{title, body} {
		for _, x := range xs {
			days = append(days, x.Begin)
		}
	}
	return event, days
}

// leadDays returns the expressions of s that name a past day (or a finer
// point) on the calendar; relative ones only when there is a reference time.
func leadDays(s string, ref timex.Ref) []timex.Timex {
	if s == "" {
		return nil
	}
	var out []timex.Timex
	for _, x := range timex.Find(s, ref) {
		if !x.IsPoint() || x.Gran < timex.GDay || x.Future {
			continue
		}
		if x.Relative && ref.Time.IsZero() {
			continue
		}
		out = append(out, x)
	}
	return out
}

func fits(t, pub time.Time) bool {
	if pub.IsZero() {
		return true
	}
	return !t.Before(pub.Add(-maxBefore)) && !t.After(pub.Add(maxAfter))
}

// A page's date line ("Updated: July 7, 2012, 10:04 PM ET", "Posted: Jul
// 07, 2012 7:40 PM ET", "7 July 2012" on a line of its own) says when the
// page was written, in the page's own words. A feed's time can say
// otherwise: a page re-posted or archived later, a crawl's time taken for
// the publication's, or (ECB+'s dated simulation) a time drawn for a text
// written years before it. When the lead's date line lies before the
// feed's time by more than a report looks back (maxBefore), the page is
// believed: its event is of that day, not of the feed's. A date written
// inside a sentence long before the publication stays background ("born
// June 25, 2001, in Madison", "On January 15, 1947, the remains of ...
// were found"), and a date line after the feed's time is the crawl's
// (a site's header "September 8, 2015" above a report of 2013).
//
// dateLineWords is how many words, besides the date, the date's line may
// hold: "Updated:", "Published", "Last updated", a weekday, a clock's
// "PM ET" (a word is a field with a letter in it). Set before any run.
const dateLineWords = 4

// pageTime returns the day of the first date line of the headline or the
// lead (the body's expressions before lead) that lies outside the window
// of the publication time (fits): the page's own date, believed over the
// feed's. The relative days of such a page ("Saturday") were resolved
// against the feed's time and say nothing then. Zero when there is none.
//
// A date line written without its year ("Jul. 7 5:59 PM EDT", as the AP
// stamps a story of the current year) is of the last such day up to the
// feed's time: when that too lies outside the window, the page says the
// feed's time is not its own and does not say its year, and noYear is
// set: the event's time is unknown.
func pageTime(d *text.Doc, title, body []timex.Timex, lead int) (t time.Time, noYear bool) {
	pub := d.Article.Published
	if pub.IsZero() {
		return time.Time{}, false
	}
	for _, xs := range []struct {
		s  string
		xs []timex.Timex
		n  int
	}{{d.Article.Title, title, len(d.Article.Title)}, {d.Article.Text, body, lead}} {
		for _, x := range xs.xs {
			if x.Start >= xs.n || !pageDate(xs.s, x, xs.xs, pub) {
				continue
			}
			day := x.Begin
			if x.NoYear && day.After(pub.Add(maxAfter)) {
				day = day.AddDate(-1, 0, 0)
			}
			if fits(day, pub) {
				continue
			}
			if x.NoYear {
				return time.Time{}, true
			}
			return day, false
		}
	}
	return time.Time{}, false
}

// pageDate reports whether x, a day the lead of s names, is the page's own
// date line, written out with its year (or with none: NoYear), before the
// publication time pub. The words of the line's other time expressions
// (xs: "Updated on September 14, 2013 11:41am" after the first stamp) are
// not counted.
func pageDate(s string, x timex.Timex, xs []timex.Timex, pub time.Time) bool {
	if x.Relative && !x.NoYear || x.Anaphoric || x.End > len(s) {
		return false
	}
	if !x.NoYear && x.Begin.After(pub.Add(maxAfter)) {
		return false
	}
	begin := strings.LastIndexByte(s[:x.Start], '\n') + 1
	end := len(s)
	if i := strings.IndexByte(s[x.End:], '\n'); i >= 0 {
		end = x.End + i
	}
	line := []byte(s[begin:end])
	for _, o := range xs {
		if o.Start >= begin && o.End <= end {
			for i := o.Start; i < o.End; i++ {
				line[i-begin] = ' '
			}
		}
	}
	n := 0
	for _, f := range strings.Fields(string(line)) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n <= dateLineWords
}
