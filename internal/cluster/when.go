package cluster

import (
	"time"

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
// publication time stands. Zero when neither the text nor the article gives
// a time.
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
	for _, x := range title {
		if fits(x.Begin, pub) {
			event = x.Begin
			break
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
