package timex

import (
	"strconv"
	"strings"
	"time"
)

// Rules of the family: weekdays and days around the reference.

// weekday reads "Wednesday", "Sunday night", "Wednesday, Sept. 13",
// "last Friday", "next Tuesday".
func (s *scanner) weekday(k int) (cand, bool) {
	j := k
	dir := 0
	switch s.low(j) {
	case "last", "past", "previous":
		dir, j = -1, j+1
	case "next", "coming":
		dir, j = 1, j+1
	case "this":
		j++
		if s.low(j) == "coming" {
			dir, j = 1, j+1
		} else if s.low(j) == "past" {
			dir, j = -1, j+1
		}
	}
	wd, ok := weekdayOf(s.word(j))
	if !ok || !s.tk(j).cap {
		return cand{}, false
	}
	j++
	c := cand{i: k, j: j, typ: Date, rel: true}
	// "Wednesday, Sept. 13, 2023" / "Wednesday 13 September": the date rules
	dj := j
	if s.low(dj) == "," {
		dj++
	}
	if dj < len(s.toks) {
		if d, ok := s.monthDate(dj); ok && d.p.gran == GDay {
			d.i = k
			return d, true
		}
		if d, ok := s.dayMonth(dj); ok {
			d.i = k
			return d, true
		}
	}
	var fut bool
	switch dir {
	case -1:
		fut = false
	case 1:
		fut = true
	default:
		fut = s.future(k, j)
	}
	c.fut = fut
	c.p = point{hh: -1, mm: -1, gran: GDay}
	if !s.ref.Time.IsZero() {
		r := s.ref.Time
		ref := time.Date(r.Year(), r.Month(), r.Day(), 0, 0, 0, 0, time.UTC)
		var delta int
		rw := int(ref.Weekday())
		switch {
		case dir == -1:
			delta = -((rw-wd+6)%7 + 1) // strictly before
		case dir == 1:
			delta = (wd-rw+6)%7 + 1 // strictly after
		case s.futureInPast(k):
			// the nearest such day, before or after the reference
			delta = (wd - rw + 7) % 7
			if back := (rw - wd + 7) % 7; back < delta {
				delta = -back
			}
		case fut:
			delta = (wd - rw + 7) % 7
		default:
			delta = -((rw - wd + 7) % 7)
		}
		d := ref.AddDate(0, 0, delta)
		c.p.y, c.p.m, c.p.d = d.Year(), int(d.Month()), d.Day()
	} else {
		c.value = "XXXX-WXX-" + strconv.Itoa((wd+6)%7+1)
	}
	s.partOfDay(&c)
	return c, true
}

// partOfDay extends a day with "night", "morning" ... after it.
func (s *scanner) partOfDay(c *cand) {
	if code, ok := partsOfDay.Value(s.low(c.j)); ok && c.j < len(s.toks) && !s.tk(c.j).brk {
		c.j++
		c.typ = Time
		c.p.gran = GPartOfDay
		c.p.code = code
		if c.value != "" {
			c.value += "T" + code
		}
	}
}

// deictic reads today, yesterday, tomorrow, tonight, last night, this
// morning, yesterday afternoon.
func (s *scanner) deictic(k int) (cand, bool) {
	w := s.word(k)
	off, j, code := 0, k+1, ""
	switch w {
	case "today":
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	case "tonight":
		code = "NI"
	case "last":
		if s.low(k+1) != "night" {
			return cand{}, false
		}
		off, code, j = -1, "NI", k+2
	case "this":
		c, ok := partsOfDay.Value(s.low(k + 1))
		if !ok {
			return cand{}, false
		}
		code, j = c, k+2
	case "morning", "afternoon", "evening", "night":
		// "mid-afternoon yesterday", "Tuesday morning" is in weekday
		if d := s.word(k + 1); d == "yesterday" || d == "today" || d == "tomorrow" {
			c, ok := s.deictic(k + 1)
			if ok {
				c.i = k
				c.typ = Time
				c.p.gran = GPartOfDay
				c.p.code = partsOfDay.Kind(w)
				return c, true
			}
		}
		return cand{}, false
	default:
		return cand{}, false
	}
	c := cand{i: k, j: j, typ: Date, rel: true, fut: off > 0}
	c.p = point{hh: -1, mm: -1, gran: GDay}
	if !s.ref.Time.IsZero() {
		r := s.ref.Time
		d := time.Date(r.Year(), r.Month(), r.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, off)
		c.p.y, c.p.m, c.p.d = d.Year(), int(d.Month()), d.Day()
	} else {
		c.value = "XXXX-XX-XX"
	}
	if code != "" {
		c.typ = Time
		c.p.gran = GPartOfDay
		c.p.code = code
		if c.value != "" {
			c.value += "T" + code
		}
	} else {
		s.partOfDay(&c)
	}
	return c, true
}

// refWord reads now, currently, recently, soon, the past, the future.
func (s *scanner) refWord(k int) (cand, bool) {
	v := ""
	j := k + 1
	switch s.low(k) {
	case "now", "currently", "nowadays", "presently":
		if s.low(k) == "now" && s.low(k+1) == "that" {
			return cand{}, false
		}
		v = "PRESENT_REF"
	case "recently", "lately":
		v = "PAST_REF"
	case "soon":
		if s.low(k+1) == "as" || s.low(k+1) == "after" {
			return cand{}, false
		}
		v = "FUTURE_REF"
	case "these":
		if s.low(k+1) == "days" {
			v, j = "PRESENT_REF", k+2
		}
	case "the":
		switch s.low(k + 1) {
		case "past":
			if s.tk(min(k+2, len(s.toks)-1)).word && !s.tk(min(k+2, len(s.toks)-1)).brk && k+2 < len(s.toks) {
				if _, isUnit := unitOf(s.low(k + 2)); isUnit {
					return cand{}, false
				}
				if _, isNum := numberWords.Int(s.low(k + 2)); isNum {
					return cand{}, false
				}
			}
			v, j = "PAST_REF", k+2
		case "future":
			v, j = "FUTURE_REF", k+2
		case "near", "distant", "immediate":
			if s.low(k+2) == "future" {
				v, j = "FUTURE_REF", k+3
			}
		}
	case "recent":
		// "recent months" spans a vague stretch up to now: TimeML writes
		// it as a duration of unknown length, like "the past few months".
		if u, ok := unitOf(s.low(k + 1)); ok && strings.HasSuffix(s.low(k+1), "s") && !u.time {
			v := durValue(-1, u)
			if u.code == "WE" {
				v = "PXW"
			}
			return cand{i: k, j: k + 2, typ: Duration, value: v}, true
		}
	}
	if v == "" {
		return cand{}, false
	}
	return cand{i: k, j: j, typ: Date, value: v, rel: true}, true
}
