package timex

import (
	"strings"
	"time"
)

// Rules of the family: relative calendar units.

// relative reads "last week", "this year", "next month", "the past year",
// "last summer", "last May", "earlier this month", "the coming weeks".
func (s *scanner) relative(k int) (cand, bool) {
	j := k
	if s.low(j) == "the" {
		j++
	}
	dir, j, ok := s.direction(j)
	if !ok {
		return cand{}, false
	}
	j++
	if s.low(j) == "fiscal" && s.word(j+1) == "year" {
		j++ // "last fiscal year"
	}
	w := s.word(j)
	if j >= len(s.toks) {
		return cand{}, false
	}
	anaphoric := j-1 > k && (s.low(j-1) == "following" || s.low(j-1) == "previous")
	if s.low(j-1) == "next" && j-1 > k {
		anaphoric = true // "the next day"
	}
	c := cand{i: k, j: j + 1, typ: Date, rel: true, fut: dir > 0}
	c.p = point{hh: -1, mm: -1}
	base, ok := s.base(anaphoric)
	if !ok {
		c.value = ""
	}
	if m, isMonth := monthOf(w); isMonth && s.tk(j).cap && dir != 0 {
		return relativeMonth(c, m, dir, base, ok), true
	}
	if code, isSeason := seasons.Value(w); isSeason {
		return relativeSeason(c, code, dir, base, ok), true
	}
	u, isUnit := unitOf(w)
	if !isUnit || u.time && u.code != "H" {
		return cand{}, false
	}
	if s.lastOfPeriod(k, j) {
		return cand{}, false
	}
	if strings.HasSuffix(w, "s") && w != "hours" {
		return s.vaguePeriod(c, k, j, dir, u), true
	}
	if !ok {
		c.value = "XXXX"
		return c, true
	}
	c.ana = anaphoric
	c.p = shift(base, u.code, dir)
	if s.yearAnchor(anaphoric, unitGran(u)) {
		c.p = s.anchor
	}
	if dir < 0 && j-1 > k && u.code == "D" && !anaphoric {
		// "the past day": a duration
		return cand{}, false
	}
	if u.code == "Y" && dir < 0 && k == j-1 && s.report.known() && (s.anchor.gran == GQuarter || s.anchor.gran == GHalf) && s.comparison(k, j+1) {
		// "up from $10 million last year", "last year's $1.55 billion"
		// in a quarterly report: the same quarter a year before
		c.p = shiftBy(s.report.begin(), yearUnit, -1, s.report.gran)
		c.ana = true
	}
	return c, true
}

// lastOfPeriod reports "the last" and the unit at j followed by the period
// it is the last of ("the last weekend in the summer", "the last week of
// the trial", "the last day before school"): an ordinal within that
// period, not the one before the report's day.
func (s *scanner) lastOfPeriod(k, j int) bool {
	li := j - 1 // "last"
	if li < 1 || li < k || s.low(li) != "last" {
		return false
	}
	the := li - 1
	if the > 0 && s.tk(the).punct && strings.ContainsAny(s.low(the), "\"“‘'") {
		the-- // the "last weekend in the summer"
	}
	if s.low(the) != "the" {
		return false
	}
	switch s.low(j + 1) {
	case "in", "of", "before":
		return true
	}
	return false
}

// comparison reports whether tokens [i, j) are the base of a comparison of
// figures: "last year's $1.55 billion", "compared with a loss of $3
// million last year", "from 90 cents last year".
func (s *scanner) comparison(i, j int) bool {
	if w := s.low(j - 1); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return s.low(j) == "$" || s.tk(min(j, len(s.toks)-1)).num && j < len(s.toks)
	}
	if !endOfClause(s, j) {
		return false
	}
	figure := false
	for b := i - 1; b >= 0 && b >= i-10; b-- {
		if s.tk(b + 1).brk {
			return false
		}
		switch w := s.low(b); {
		case s.tk(b).num || w == "$" || w == "%" || w == "cents" || w == "percent":
			figure = true
		case w == "from" || w == "with" || w == "versus" || w == "vs" || w == "against" || w == "than":
			return figure
		}
	}
	return false
}

func seasonIndex(code string) int {
	return map[string]int{"WI": 0, "SP": 1, "SU": 2, "FA": 3}[code]
}

func seasonOf(t time.Time) string {
	switch t.Month() {
	case 3, 4, 5:
		return "SP"
	case 6, 7, 8:
		return "SU"
	case 9, 10, 11:
		return "FA"
	}
	return "WI"
}

// base is the time a relative expression counts from: the reference time,
// or for anaphora the last point the text mentioned.
func (s *scanner) base(anaphoric bool) (time.Time, bool) {
	if anaphoric && s.anchor.known() {
		t := s.anchor.begin()
		return t, true
	}
	if s.ref.Time.IsZero() {
		return time.Time{}, false
	}
	r := s.ref.Time
	return time.Date(r.Year(), r.Month(), r.Day(), 12, 0, 0, 0, time.UTC), true
}

// shift moves t by n calendar units and returns the unit's period.
func shift(t time.Time, code string, n int) point {
	switch code {
	case "Y":
		return fromTime(t.AddDate(n, 0, 0), GYear)
	case "M":
		t = time.Date(t.Year(), t.Month(), 1, 12, 0, 0, 0, time.UTC)
		return fromTime(t.AddDate(0, n, 0), GMonth)
	case "W", "FN":
		return fromTime(t.AddDate(0, 0, 7*n), GWeek)
	case "WE":
		// the weekend: Saturday of the week
		d := t.AddDate(0, 0, 7*n)
		return fromTime(d, GWeekend)
	case "D":
		return fromTime(t.AddDate(0, 0, n), GDay)
	case "Q":
		t = time.Date(t.Year(), t.Month(), 1, 12, 0, 0, 0, time.UTC)
		return fromTime(t.AddDate(0, 3*n, 0), GQuarter)
	case "DE":
		p := fromTime(t.AddDate(10*n, 0, 0), GDecade)
		p.y -= p.y % 10
		return p
	case "CE":
		p := fromTime(t.AddDate(100*n, 0, 0), GCentury)
		p.y -= p.y % 100
		return p
	case "H":
		p := fromTime(t.Add(time.Duration(n)*time.Hour), GHour)
		p.mm = 0
		return p
	}
	return point{}
}

// direction reads the word at j that points a relative expression back
// (-1: "last", "past", "previous"), ahead (1: "next", "coming",
// "following") or at the present (0: "this", "current"; "this past
// spring" and "this coming week" point back and ahead). It returns the
// index of the last word it read.
func (s *scanner) direction(j int) (int, int, bool) {
	switch s.low(j) {
	case "last", "past", "previous":
		return -1, j, true
	case "next", "coming", "following":
		return 1, j, true
	case "this", "current":
		if s.low(j) == "this" && s.low(j+1) == "past" {
			return -1, j + 1, true
		}
		if s.low(j) == "this" && s.low(j+1) == "coming" {
			return 1, j + 1, true
		}
		return 0, j, true
	}
	return 0, j, false
}

// relativeMonth dates "last May", "next March": the nearest such month
// before or after the base.
func relativeMonth(c cand, m, dir int, base time.Time, known bool) cand {
	c.p.m = m
	c.p.gran = GMonth
	if known {
		y := base.Year()
		if dir < 0 && m >= int(base.Month()) {
			y--
		}
		if dir > 0 && m <= int(base.Month()) {
			y++
		}
		c.p.y = y
	}
	return c
}

// relativeSeason dates "last summer", "next spring", "this winter".
func relativeSeason(c cand, code string, dir int, base time.Time, known bool) cand {
	c.p.gran, c.p.code = GSeason, code
	if !known {
		c.value = "XXXX-" + code
		return c
	}
	y := base.Year()
	if dir < 0 && (code != "WI" && seasonIndex(code) >= seasonIndex(seasonOf(base)) || code == "WI") {
		y--
	}
	if dir > 0 && seasonIndex(code) <= seasonIndex(seasonOf(base)) {
		y++
	}
	if dir == 0 && code == "WI" && base.Month() <= 2 {
		y--
	}
	c.p.y = y
	return c
}

// vaguePeriod reads "the past weeks", "the coming months": a vague period,
// or a duration after "past" and "last".
func (s *scanner) vaguePeriod(c cand, k, j, dir int, u unit) cand {
	switch {
	case dir < 0:
		c.value = "PAST_REF"
	case dir > 0:
		c.value = "FUTURE_REF"
	default:
		c.value = "PRESENT_REF"
	}
	c.typ = Date
	if j-1 > k && (s.low(j-1) == "past" || s.low(j-1) == "last") {
		c.typ = Duration
		c.value = "PX" + durCode(u)
	}
	return c
}
