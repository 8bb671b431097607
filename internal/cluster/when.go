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

// eventTime estimates when the event an article reports happened: the first
// date of at least day precision in its headline or lead, resolved against
// the publication time when it is known. Without a publication time only
// dates written out in full count (a weekday alone says nothing then); with
// one, a lead date outside [published-30d, published+2d] is background and
// the publication time stands. Zero when neither the text nor the article
// gives a time.
func eventTime(d *text.Doc) time.Time {
	pub := d.Article.Published
	ref := timex.Ref{Time: pub}
	if t, ok := leadDate(d.Article.Title, ref); ok && fits(t, pub) {
		return t
	}
	end := 0
	for i := range d.Sentences {
		if i >= leadSentences {
			break
		}
		end = d.Sentences[i].End
	}
	if end > len(d.Article.Text) {
		end = len(d.Article.Text)
	}
	if t, ok := leadDate(d.Article.Text[:end], ref); ok && fits(t, pub) {
		return t
	}
	return pub
}

func leadDate(s string, ref timex.Ref) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	for _, x := range timex.Find(s, ref) {
		if !x.IsPoint() || x.Gran < timex.GDay || x.Future {
			continue
		}
		if x.Relative && ref.Time.IsZero() {
			continue
		}
		return x.Begin, true
	}
	return time.Time{}, false
}

func fits(t, pub time.Time) bool {
	if pub.IsZero() {
		return true
	}
	return !t.Before(pub.Add(-maxBefore)) && !t.After(pub.Add(maxAfter))
}
