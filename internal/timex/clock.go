package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Rules of the family: clock times.

// clockOnly reads "2:30 p.m.", "10 a.m. EST", "14:30 GMT", "noon",
// "midnight", with a zone: an abbreviation, or "local time".
func (s *scanner) clockOnly(k int) (cand, bool) {
	hh, mm := -1, -1
	j := k
	switch s.low(k) {
	case "noon", "midday":
		hh, mm, j = 12, 0, k+1
	case "midnight":
		hh, mm, j = 0, 0, k+1
	default:
		if !s.tk(k).num || len(s.low(k)) > 2 {
			return cand{}, false
		}
		h, _ := strconv.Atoi(s.low(k))
		j = k + 1
		if s.low(j) == ":" && j+1 < len(s.toks) && s.tk(j+1).num && len(s.low(j+1)) == 2 && s.tk(j).s == s.tk(k).e {
			mm, _ = strconv.Atoi(s.low(j + 1))
			j += 2
			if s.low(j) == ":" && j+1 < len(s.toks) && s.tk(j+1).num && len(s.low(j+1)) == 2 {
				j += 2
			}
		}
		switch s.low(j) {
		case "am", "pm":
			if h < 1 || h > 12 {
				return cand{}, false
			}
			if s.low(j) == "pm" && h != 12 {
				h += 12
			}
			if s.low(j) == "am" && h == 12 {
				h = 0
			}
			j++
		case "o'clock":
			j++
		default:
			if mm < 0 || h > 23 || s.clipLength(k, j) {
				return cand{}, false
			}
			h = s.afterNoon(k, j, h)
		}
		hh = h
		if mm < 0 {
			mm = 0
		}
	}
	if mm > 59 {
		return cand{}, false
	}
	c := cand{i: k, j: j, typ: Time, p: point{hh: hh, mm: mm, gran: GMinute}}
	// zone
	w := s.low(j)
	if off, ok := zoneAbbrev.Int(w); ok && s.tk(j).word && strings.ToUpper(s.text[s.tk(j).s:s.tk(j).e]) == s.text[s.tk(j).s:s.tk(j).e] {
		c.p.zoned, c.p.off = true, off*60
		c.j = j + 1
	} else if w == "local" && s.low(j+1) == "time" {
		c.j = j + 2
		if loc := localZone(s.text, s.tk(k).s); loc != nil {
			c.p.zoned, c.p.loc = true, loc
		} else if s.ref.Zone != nil {
			c.p.zoned, c.p.loc = true, s.ref.Zone
		}
	} else if w == "(" {
		// "10 a.m. (0700 GMT)": keep the first, skip nothing
	} else if loc, n := s.cityTime(j); n > 0 {
		c.p.zoned, c.p.loc = true, loc
		c.j = j + n
	}
	return c, true
}

// afterNoon gives the hour h of a bare clock time from k to j on the
// 24-hour clock when a part of the day next to it in its sentence places it
// after noon: "Tuesday evening around 7:15" is 19:15 (GVA 414436), "at 9:30
// Sunday night" 21:30; a night's small hours stay ("1:30 Sunday night").
func (s *scanner) afterNoon(k, j, h int) int {
	if h < 1 || h > 11 {
		return h
	}
	code := ""
	for d := 1; d <= 3 && code == ""; d++ {
		if !s.tk(k - d + 1).brk {
			code = partsOfDay.Kind(s.low(k - d))
		}
		if code == "" && j+d-1 < len(s.toks) && !s.tk(j+d-1).brk {
			code = partsOfDay.Kind(s.low(j + d - 1))
		}
	}
	switch {
	case code == "AF" || code == "EV", code == "NI" && h >= 6:
		return h + 12
	}
	return h
}

// clipLength reports a bare "1:22" at k that opens a line and is followed
// by a capitalised title: the length of a video in a list of clips
// ("1:58 Human remains found", GVA 2013-2016 reports), not a time. A zone,
// a weekday or a month after it still makes it a time ("16:58 PDT").
func (s *scanner) clipLength(k, j int) bool {
	if k > 0 && !strings.Contains(s.text[s.tk(k-1).e:s.tk(k).s], "\n") {
		return false
	}
	if j >= len(s.toks) || !s.tk(j).word || !s.tk(j).cap {
		return false
	}
	w := s.low(j)
	_, zone := zoneAbbrev.Int(w)
	return !zone && !english.Weekdays.Has(w) && !months2(w)
}

// cityTime reads "Moscow time", "Beijing time".
func (s *scanner) cityTime(j int) (*time.Location, int) {
	if s.low(j+1) != "time" {
		return nil, 0
	}
	if loc := placeZone(s.low(j)); loc != nil {
		return loc, 2
	}
	return nil, 0
}

// clock reads a clock time with the day it is on, when written next to it
// ("10 p.m. Wednesday", "5 p.m. EST, Nov. 6"); a bare clock time is on the
// last day the text mentioned, else the reference day.
func (s *scanner) clock(k int) (cand, bool) {
	if s.low(k) == "at" {
		return cand{}, false
	}
	c, ok := s.clockOnly(k)
	if !ok {
		return c, false
	}
	j := c.j
	if w := s.low(j); (w == "," || w == "on") && j+1 < len(s.toks) && !s.tk(j+1).brk {
		j++
	}
	if j < len(s.toks) && !s.tk(j).brk {
		var d cand
		var dok bool
		if s.tk(j).word {
			if d, dok = s.weekday(j); !dok {
				if d, dok = s.monthDate(j); !dok {
					d, dok = s.deictic(j)
				}
			}
		}
		if dok && d.p.gran >= GDay && d.value == "" {
			p := d.p
			p.hh, p.mm, p.gran = c.p.hh, c.p.mm, c.p.gran
			p.zoned, p.off, p.loc = c.p.zoned, c.p.off, c.p.loc
			c.p, c.j, c.rel, c.fut = p, d.j, d.rel, d.fut
			return c, true
		}
	}
	// "20:36:08 local time (Thursday 00:36:08 UTC)": the day of the
	// equivalent in brackets, shifted by the difference of the two clocks
	if b, ok := s.bracketDay(c); ok {
		return b, true
	}
	// "11 p.m. in Blytheville, Arkansas, on August 8": the day named
	// after the place of the same event, not the last day before it
	if d, ok := s.dayAfterPlace(c.j); ok {
		p := d.p
		p.hh, p.mm, p.gran = c.p.hh, c.p.mm, c.p.gran
		p.zoned, p.off, p.loc = c.p.zoned, c.p.off, c.p.loc
		c.p, c.rel, c.fut = p, d.rel, d.fut
		return c, true
	}
	// "Stage One will be on the following day, starting in Greenwich at
	// 11:00 BST" (M0038): on the day an anaphor set in its sentence
	if s.anaDay.known() && s.anaEnd <= c.i && s.sameSentence(s.anaEnd, c.i) {
		c.p.y, c.p.m, c.p.d = s.anaDay.y, s.anaDay.m, s.anaDay.d
		c.rel, c.ana = true, true
		return c, true
	}
	// on the anchor day; a sentence of the past after a day ahead ("An
	// autopsy is scheduled for Monday. ... were called to the home at
	// 7:40 a.m.") is on the last day that was not ahead (GVA 447584)
	anchor := s.day
	if s.dayFut && s.tense(c.i, c.j) < 0 {
		anchor = s.pastDay
	} else if s.statedToday() {
		// "Maglish confirmed Monday that ... About 11:50 a.m., police
		// were dispatched" in a Monday's report: the clock time is the
		// event's, on the last day the text gave an event, not the day
		// the report gathered its statements (GVA 353609)
		anchor = s.event
	}
	if day, ok := anchor.day(); ok {
		c.p.y, c.p.m, c.p.d = day.Year(), int(day.Month()), day.Day()
		c.rel, c.ana = true, true
	}
	return c, true
}

// statedToday reports that the last day the text set dates a statement
// made on the day of writing ("police said Friday" in a Friday's report),
// after an event the text dated earlier. A statement of another day
// ("Ahmadinejad on Wednesday announced ...", in a Thursday's report) may be
// the news the clock times after it tell, and keeps them.
func (s *scanner) statedToday() bool {
	if !s.dayStated || !s.event.known() || s.ref.Time.IsZero() {
		return false
	}
	day, ok := s.day.day()
	ev, evOK := s.event.day()
	r := s.ref.Time
	return ok && evOK && ev.Before(day) && day.Equal(time.Date(r.Year(), r.Month(), r.Day(), 0, 0, 0, 0, time.UTC))
}

// dayAfterPlace reads, after a clock time ending at j, a place of
// capitalised words and commas after "in" and the day after it on "on"
// ("in Blytheville, Arkansas, on August 8"): the day of that clock time.
// Any other word between them may start a new event ("and returned on
// Monday"), so it stops the look.
func (s *scanner) dayAfterPlace(j int) (cand, bool) {
	if s.low(j) != "in" {
		return cand{}, false
	}
	k := j + 1
	for k < len(s.toks) && k-j <= 8 && !s.tk(k).brk && (s.tk(k).word && s.tk(k).cap || s.low(k) == ",") {
		k++
	}
	if k == j+1 || s.low(k) != "on" || k+1 >= len(s.toks) || s.tk(k).brk || s.tk(k+1).brk || !s.tk(k+1).word {
		return cand{}, false
	}
	d, ok := s.weekday(k + 1)
	if !ok {
		d, ok = s.monthDate(k + 1)
	}
	return d, ok && d.p.gran >= GDay && d.value == ""
}

// bracketDay reads, after the clock time c, its equivalent in another zone
// in brackets with a day ("20:36:08 local time (Thursday 00:36:08 UTC)",
// MultiLing M0054), and gives c that day, one earlier or later when the
// two clocks lie more than twelve hours apart: 20:36 local is on the
// Wednesday before 00:36 UTC on Thursday. The day the text last read may be
// another event's, named in a quotation or as a noun's modifier.
func (s *scanner) bracketDay(c cand) (cand, bool) {
	j := c.j
	if s.low(j) != "(" || j+1 >= len(s.toks) || s.tk(j+1).brk {
		return cand{}, false
	}
	var b cand
	if s.tk(j + 1).word {
		d, ok := s.weekday(j + 1)
		if !ok {
			d, ok = s.monthDate(j + 1)
		}
		if !ok || d.p.gran != GDay || d.value != "" {
			return cand{}, false
		}
		b = s.extend(d)
	} else {
		var ok bool
		if b, ok = s.clock(j + 1); !ok || b.ana {
			return cand{}, false
		}
	}
	if b.typ != Time || b.p.hh < 0 || c.p.hh < 0 {
		return cand{}, false
	}
	day, ok := b.p.day()
	if !ok {
		return cand{}, false
	}
	switch diff := (c.p.hh*60 + c.p.mm) - (b.p.hh*60 + b.p.mm); {
	case diff > 12*60:
		day = day.AddDate(0, 0, -1)
	case diff < -12*60:
		day = day.AddDate(0, 0, 1)
	}
	c.p.y, c.p.m, c.p.d = day.Year(), int(day.Month()), day.Day()
	c.rel, c.fut = b.rel, b.fut
	return c, true
}

// sameSentence reports that no sentence boundary comes before any token
// from i to k.
func (s *scanner) sameSentence(i, k int) bool {
	for ; i <= k && i < len(s.toks); i++ {
		if s.tk(i).brk {
			return false
		}
	}
	return true
}
