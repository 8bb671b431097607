package timex

import (
	"strconv"
	"time"
)

// Rules of the family: quarters.

// quarter reads "the third quarter", "third-quarter", "the fiscal first
// quarter", "the first quarter of 1990", "the first half".
func (s *scanner) quarter(k int) (cand, bool) {
	j := k
	if s.low(j) == "the" {
		j++
	}
	year := 0
	if y, ok := s.yearAt(j); ok && (s.low(j+1) == "first" || s.low(j+1) == "second" || s.low(j+1) == "third" || s.low(j+1) == "fourth") {
		year = y
		j++
	}
	yearOff, hasYearOff := 0, false
	if w := s.low(j); (w == "this" || w == "last" || w == "next") && s.low(j+1) == "year's" {
		yearOff, hasYearOff = map[string]int{"this": 0, "last": -1, "next": 1}[w], true
		j += 2
	}
	if s.low(j) == "fiscal" {
		j++
	}
	n, ok := ordinals.Int(s.low(j))
	if !ok || n < 1 {
		return cand{}, false
	}
	j++
	code := ""
	switch s.low(j) {
	case "quarter":
		if n > 4 {
			return cand{}, false
		}
		code = "Q" + strconv.Itoa(n)
	case "half":
		if n > 2 {
			return cand{}, false
		}
		code = "H" + strconv.Itoa(n)
	default:
		return cand{}, false
	}
	j++
	c := cand{i: k, j: j, typ: Date, p: point{hh: -1, mm: -1, code: code, gran: GQuarter}}
	if code[0] == 'H' {
		c.p.gran = GHalf
	}
	if year == 0 && s.low(j) == "of" {
		yj := j + 1
		if s.low(yj) == "fiscal" {
			yj++
		}
		if y, ok := s.yearAt(yj); ok {
			year, c.j = y, yj+1
		}
	}
	if year == 0 && s.low(j) == "," {
		if y, ok := s.yearAt(j + 1); ok {
			year, c.j = y, j+2
		}
	}
	if year != 0 {
		c.p.y = year
		return c, true
	}
	c.rel = true
	if s.ref.Time.IsZero() {
		return c, true
	}
	if hasYearOff {
		c.p.y = s.ref.Time.Year() + yearOff
		return c, true
	}
	r := s.ref.Time
	y := r.Year()
	cur := (int(r.Month())-1)/3 + 1
	if code[0] == 'H' {
		cur = (int(r.Month())-1)/6 + 1
	}
	// A quarter later in the year than the reference is last year's in
	// past-tense text; earlier ones are this year's.
	c.fut = s.future(k, j)
	if !c.fut && n > cur {
		y--
	}
	c.p.y = y
	return c, true
}

// period reads the reporting periods of business news: "the quarter",
// "the latest quarter", "the year-earlier period", "year-ago", and "the
// weekend".
func (s *scanner) period(k int) (cand, bool) {
	j := k
	if s.low(j) == "the" || s.low(j) == "a" {
		j++
	}
	latest, yearAgo, current := false, false, false
	whole := false // "the fiscal year", "the full year"
	yi := -1       // the "year" of "year-ago"
	pyear := 0     // "the 1988 period"
	if y, ok := s.yearAt(j); ok && j > k && (s.low(j+1) == "period" || s.low(j+1) == "quarter") {
		pyear = y
		j++
	}
	for {
		switch w := s.low(j); {
		case w == "latest" || w == "recent" || w == "most" && s.low(j+1) == "recent":
			latest = true
		case w == "comparable" || w == "corresponding" || w == "same":
		case w == "year" && j+1 < len(s.toks) && s.tk(j+1).hyph && (s.low(j+1) == "earlier" || s.low(j+1) == "ago"):
			yearAgo = true
			yi = j
			j++
		case w == "current":
			current = true
		case w == "fiscal" || w == "full":
			whole = true
		default:
			goto head
		}
		j++
	}
head:
	c := cand{i: k, j: j, typ: Date, rel: true, p: point{hh: -1, mm: -1}}
	if j+1 < len(s.toks) && s.tk(j+1).hyph || j < len(s.toks) && s.tk(j).hyph {
		// "the quarter-to-quarter comparison", "a quarter-century"
		return cand{}, false
	}
	switch s.low(j) {
	case "quarter", "period":
		c.j = j + 1
		if s.low(j) == "period" && !yearAgo && !latest && pyear == 0 {
			return cand{}, false
		}
	case "year":
		// "the current fiscal year", "the full year": the year the
		// report is about, the reference's year
		if !(whole || current) || s.low(k) != "the" || latest || yearAgo {
			return cand{}, false
		}
		c.j = j + 1
		base, ok := s.base(false)
		if !ok {
			c.value = "XXXX"
			return c, true
		}
		c.p = fromTime(base, GYear)
		return c, true
	case "weekend":
		if k == j || s.low(k) != "the" {
			return cand{}, false
		}
		c.j = j + 1
		if s.ref.Time.IsZero() {
			c.value = "XXXX-WXX-WE"
			return c, true
		}
		r := s.ref.Time
		ref := time.Date(r.Year(), r.Month(), r.Day(), 12, 0, 0, 0, time.UTC)
		c.fut = s.future(k, c.j)
		back := (int(ref.Weekday()) + 1) % 7 // days since Saturday
		sat := ref.AddDate(0, 0, -back)
		if c.fut && back > 1 {
			sat = sat.AddDate(0, 0, 7)
		}
		c.p = fromTime(sat, GWeekend)
		return c, true
	default:
		if !yearAgo {
			return cand{}, false
		}
		// "the year-ago third quarter", "the year-earlier nine months":
		// one expression with its time noun
		if q, ok := s.quarter(j); ok && !s.tk(j).brk {
			c.j = q.j
			if a := s.anchor; q.p.gran >= GQuarter {
				q.p.y = 0
				if a.known() {
					q.p.y = a.y - 1
				} else if !s.ref.Time.IsZero() {
					q.p.y = s.ref.Time.Year() - 1
				}
				if q.p.y != 0 {
					c.p, c.ana = q.p, true
					return c, true
				}
			}
		}
		if d, ok := s.duration(j); ok && d.typ == Duration && !s.tk(j).brk {
			c.j = d.j
			base, ok := s.base(false)
			if !ok {
				c.value = "XXXX"
				return c, true
			}
			c.p = fromTime(base.AddDate(-1, 0, 0), GYear)
			c.ana = true
			return c, true
		}
		// "the year-ago results", "a year-earlier loss": the expression
		// is the modifier, not the noun phrase it modifies
		c.i = yi
	}
	if yearAgo && j == k+1 && s.low(k) == "a" {
		return cand{}, false
	}
	a := s.anchor
	if pyear != 0 {
		// "the 1988 period": the period the text reports on, in that year
		c.rel = false
		if pyear != 0 && s.report.known() {
			c.p = s.report
			c.p.y = pyear
			c.ana = true
			return c, true
		}
		if s.low(j) == "quarter" {
			return cand{}, false
		}
		c.p = point{y: pyear, hh: -1, mm: -1, gran: GYear}
		c.ana = true
		return c, true
	}
	switch {
	case yearAgo && a.known() && (a.gran == GQuarter || a.gran == GHalf):
		if s.report.known() {
			a = s.report
		}
		c.p = shiftBy(a.begin(), yearUnit, -1, a.gran)
		c.ana = true
	case yearAgo:
		base, ok := s.base(false)
		if !ok {
			c.value = "XXXX"
			return c, true
		}
		c.p = fromTime(base.AddDate(-1, 0, 0), GYear)
	case current:
		base, ok := s.base(false)
		if !ok {
			c.value = "XXXX-QX"
			return c, true
		}
		c.p = fromTime(base, GQuarter)
	case latest && s.report.known():
		// "the latest quarter": the one the report is about, not one it
		// looks ahead to
		c.p = s.report
		c.ana = true
	case latest:
		base, ok := s.base(false)
		if !ok {
			c.value = "XXXX-QX"
			return c, true
		}
		c.p = shift(base, "Q", -1)
	case a.known() && a.gran == GQuarter:
		c.p = a
		c.ana = true
	default:
		if s.low(j) == "period" {
			return cand{}, false
		}
		base, ok := s.base(false)
		if !ok {
			c.value = "XXXX-QX"
			return c, true
		}
		// the last full quarter before the reference
		c.p = shift(base, "Q", -1)
	}
	return c, true
}
