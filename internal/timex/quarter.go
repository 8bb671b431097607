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
	pyear := 0 // "the 1988 period"
	if y, ok := s.yearAt(j); ok && j > k && (s.low(j+1) == "period" || s.low(j+1) == "quarter") {
		pyear = y
		j++
	}
	h, j := s.periodHead(j)
	c := cand{i: k, j: j, typ: Date, rel: true, p: point{hh: -1, mm: -1}}
	if j+1 < len(s.toks) && s.tk(j+1).hyph || j < len(s.toks) && s.tk(j).hyph {
		// "the quarter-to-quarter comparison", "a quarter-century"
		return cand{}, false
	}
	switch s.low(j) {
	case "quarter", "period":
		c.j = j + 1
		if s.low(j) == "period" && !h.yearAgo && !h.latest && pyear == 0 {
			return cand{}, false
		}
	case "year":
		// "the current fiscal year", "the full year": the year the
		// report is about, the reference's year
		if !(h.whole || h.current) || s.low(k) != "the" || h.latest || h.yearAgo {
			return cand{}, false
		}
		c.j = j + 1
		return s.baseValue(c, GYear, "XXXX", 0), true
	case "weekend":
		if k == j || s.low(k) != "the" {
			return cand{}, false
		}
		return s.weekendPeriod(c, k, j), true
	default:
		if !h.yearAgo {
			return cand{}, false
		}
		if y, ok := s.yearAgoNoun(c, j); ok {
			return y, true
		}
		// "the year-ago results", "a year-earlier loss": the expression
		// is the modifier, not the noun phrase it modifies
		c.i = h.yi
	}
	if h.yearAgo && j == k+1 && s.low(k) == "a" {
		return cand{}, false
	}
	if pyear != 0 {
		return s.periodOfYear(c, j, pyear)
	}
	return s.periodValue(c, h, j)
}

// periodHeadWords are what a reporting period's noun may follow: "the
// latest", "the year-ago", "the current", "the fiscal".
type periodHeadWords struct {
	latest, yearAgo, current bool
	whole                    bool // "the fiscal year", "the full year"
	yi                       int  // the "year" of "year-ago", or -1
}

// periodHead reads the words before a period's noun, from j; it returns
// them and the index of the noun.
func (s *scanner) periodHead(j int) (periodHeadWords, int) {
	h := periodHeadWords{yi: -1}
	for {
		switch w := s.low(j); {
		case w == "latest" || w == "recent" || w == "most" && s.low(j+1) == "recent":
			h.latest = true
		case w == "comparable" || w == "corresponding" || w == "same":
		case w == "year" && j+1 < len(s.toks) && s.tk(j+1).hyph && (s.low(j+1) == "earlier" || s.low(j+1) == "ago"):
			h.yearAgo = true
			h.yi = j
			j++
		case w == "current":
			h.current = true
		case w == "fiscal" || w == "full":
			h.whole = true
		default:
			return h, j
		}
		j++
	}
}

// baseValue sets c to the reference's time at granularity g, shifted by
// years, or to the value unknown when there is no reference.
func (s *scanner) baseValue(c cand, g Gran, unknown string, years int) cand {
	base, ok := s.base(false)
	if !ok {
		c.value = unknown
		return c
	}
	c.p = fromTime(base.AddDate(years, 0, 0), g)
	return c
}

// weekendPeriod reads "the weekend" at j: the last weekend before the
// reference, or the next one in a future tense.
func (s *scanner) weekendPeriod(c cand, k, j int) cand {
	c.j = j + 1
	if s.ref.Time.IsZero() {
		c.value = "XXXX-WXX-WE"
		return c
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
	return c
}

// yearAgoNoun reads "the year-ago third quarter", "the year-earlier nine
// months": one expression with its time noun at j.
func (s *scanner) yearAgoNoun(c cand, j int) (cand, bool) {
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
		c = s.baseValue(c, GYear, "XXXX", -1)
		c.ana = c.value == ""
		return c, true
	}
	return cand{}, false
}

// periodOfYear reads "the 1988 period": the period the text reports on, in
// that year.
func (s *scanner) periodOfYear(c cand, j, pyear int) (cand, bool) {
	c.rel = false
	if s.report.known() {
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

// periodValue gives a reporting period its value from the words before
// its noun (at j), the text's anchor and the reference.
func (s *scanner) periodValue(c cand, h periodHeadWords, j int) (cand, bool) {
	a := s.anchor
	switch {
	case h.yearAgo && a.known() && (a.gran == GQuarter || a.gran == GHalf):
		if s.report.known() {
			a = s.report
		}
		c.p = shiftBy(a.begin(), yearUnit, -1, a.gran)
		c.ana = true
	case h.yearAgo:
		c = s.baseValue(c, GYear, "XXXX", -1)
	case h.current:
		c = s.baseValue(c, GQuarter, "XXXX-QX", 0)
	case h.latest && s.report.known():
		// "the latest quarter": the one the report is about, not one it
		// looks ahead to
		c.p = s.report
		c.ana = true
	case a.known() && a.gran == GQuarter && !h.latest:
		c.p = a
		c.ana = true
	default:
		if !h.latest && s.low(j) == "period" {
			return cand{}, false
		}
		// the last full quarter before the reference
		base, ok := s.base(false)
		if !ok {
			c.value = "XXXX-QX"
			return c, true
		}
		c.p = shift(base, "Q", -1)
	}
	return c, true
}
