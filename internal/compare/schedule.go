package compare

import (
	"fmt"
	"time"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// scheduleCues mark a date as an appointment still to come (the data list
// names its source).
var scheduleCues = english.List("compare/schedule-cues")

// maxScheduleGap is the farthest a schedule cue stands before its date
// ("is expected to appear at Danielson Superior Court on Sept. 11").
const maxScheduleGap = 9

// scheduled reports whether the date at token k of a sentence is an
// appointment still to come: a schedule cue (scheduleCues) before it in
// its clause, no punctuation between ("are due in court Thursday morning",
// "was due to appear in court Wednesday").
func scheduled(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-maxScheduleGap; j-- {
		t := toks[j]
		if t.Kind != text.Word {
			return false
		}
		if !scheduleCues.Has(t.Lower) {
			continue
		}
		if t.Lower != "set" {
			return true
		}
		if j+1 < len(toks) && (toks[j+1].Lower == "to" || toks[j+1].Lower == "for") {
			return true
		}
	}
	return false
}

// appointments reports whether two dates are appointments told by reports
// of different days, the first appointment come by the day of the later
// report ("The three men charged ... are due in court Thursday morning",
// written on a Wednesday; "Stokes is due in court on Friday morning",
// written eight days later, GVA 321156): the later report gives the
// appointment it knew that day, a hearing put off or the next one, so the
// two dates are different times, not one fact told two ways. Two reports
// of one appointment still to come for both ("due in court Friday" /
// "Thursday", written on Monday and Tuesday) stay a difference.
func (cp *comparer) appointments(ra align.SentRef, da DateExpr, rb align.SentRef, db DateExpr) bool {
	pa, pb := cp.published(ra.Doc), cp.published(rb.Doc)
	if pa.IsZero() || pb.IsZero() || sameDay(pa, pb) {
		return false
	}
	if !scheduled(cp.c.Docs[ra.Doc].SentenceTokens(ra.Sent), da.Tok) || !scheduled(cp.c.Docs[rb.Doc].SentenceTokens(rb.Sent), db.Tok) {
		return false
	}
	if pb.Before(pa) {
		pa, pb, da = pb, pa, db
	}
	first, ok := appointmentDay(pa, da)
	return ok && !first.After(civilDay(pb))
}

// appointmentDay is the day an appointment told in a report published at
// pub falls on: a weekday is the first such day from the day of writing
// on, a month and day that of the report's year (or the next), a full
// date itself. False for a month or a year alone.
func appointmentDay(pub time.Time, d DateExpr) (time.Time, bool) {
	day := civilDay(pub)
	switch d.Kind {
	case "weekday":
		for i := range 7 {
			if t := day.AddDate(0, 0, i); t.Weekday().String() == d.Value {
				return t, true
			}
		}
	case "fulldate":
		t, err := time.Parse("2006-01-02", d.Value)
		return t, err == nil
	case "date":
		t, err := time.Parse("2006-01-02", fmt.Sprintf("%04d-%s", day.Year(), d.Value))
		if err != nil {
			return time.Time{}, false
		}
		if t.Before(day.AddDate(0, -6, 0)) {
			t = t.AddDate(1, 0, 0)
		}
		return t, true
	}
	return time.Time{}, false
}

// civilDay is the calendar day of a moment, at midnight UTC.
func civilDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// sameDay reports whether two moments fall on one calendar day.
func sameDay(a, b time.Time) bool {
	ya, ma, da := a.Date()
	yb, mb, db := b.Date()
	return ya == yb && ma == mb && da == db
}

// appointmentSentences reports whether every date of two sentences is an
// appointment, the two told by reports of different days: the words
// compared around a date (substitutions) hold no date of a fact.
func (cp *comparer) appointmentSentences(x, y align.SentRef) bool {
	dx, dy := cp.datesOf(x), cp.datesOf(y)
	if len(dx) == 0 || len(dy) == 0 {
		return false
	}
	for _, a := range dx {
		for _, b := range dy {
			if !cp.appointments(x, a, y, b) {
				return false
			}
		}
	}
	return true
}
