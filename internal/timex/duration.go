package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Rules of the family: durations.

// number reads a count: "5", "five", "twenty four", "twenty-four", "a",
// "a few", "several", "a couple of". n is -1 for a vague count.
func (s *scanner) number(k int) (n, j int, ok bool) {
	w := s.low(k)
	if k >= len(s.toks) {
		return 0, k, false
	}
	if s.tk(k).num {
		if len(w) > 4 {
			return 0, k, false
		}
		n, _ = strconv.Atoi(w)
		j = k + 1
		// "1.5"
		if s.low(j) == "." && j+1 < len(s.toks) && s.tk(j+1).num && s.tk(j).s == s.tk(k).e {
			return 0, k, false
		}
		if s.low(j) == "," && j+1 < len(s.toks) && s.tk(j+1).num && s.tk(j).s == s.tk(k).e {
			return 0, k, false
		}
		return n, j, true
	}
	if vagueNumbers.Has(w) {
		return -1, k + 1, true
	}
	if w == "a" || w == "an" {
		switch s.low(k + 1) {
		case "few":
			return -1, k + 2, true
		case "couple":
			if s.low(k+2) == "of" {
				return 2, k + 3, true
			}
			return 2, k + 2, true
		case "half":
			return 0, k, false
		case "dozen":
			return 12, k + 2, true
		}
		return 1, k + 1, true
	}
	v, ok := numberWords.Int(w)
	if !ok || w == "couple" {
		return 0, k, false
	}
	j = k + 1
	if v >= 20 && v < 100 && v%10 == 0 {
		if u, ok := numberWords.Int(s.low(j)); ok && u < 10 && u > 0 && s.low(j) != "a" && s.low(j) != "an" {
			v += u
			j++
		}
	}
	if s.low(j) == "hundred" && v < 100 {
		v *= 100
		j++
	}
	if s.low(j) == "thousand" {
		v *= 1000
		j++
	}
	return v, j, true
}

// halfValue writes n and a half units ("2 1/2 years": "P2Y6M"), or "" for
// units whose half needs a smaller unit that ISO 8601 cannot mix in.
func halfValue(n int, u unit) string {
	ns := strconv.Itoa(n)
	switch {
	case u.time && u.code == "H":
		return "PT" + ns + "H30M"
	case u.time && u.code == "M":
		return "PT" + ns + "M30S"
	case u.code == "Y":
		return "P" + ns + "Y6M"
	case u.code == "D":
		return "P" + ns + "DT12H"
	case u.code == "DE":
		return "P" + strconv.Itoa(10*n+5) + "Y"
	}
	return ""
}

func durCode(u unit) string {
	switch u.code {
	case "Q":
		return "Q"
	case "DE":
		return "DE"
	case "CE":
		return "CE"
	case "WE":
		return "WE"
	case "FN":
		return "W"
	}
	return u.code
}

// durValue writes n units as an ISO 8601 duration ("P5Y", "PT5H", "PXY").
func durValue(n int, u unit) string {
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n)
	}
	code := durCode(u)
	switch {
	case u.code == "FN" && n >= 0:
		num, code = strconv.Itoa(2*n), "W"
	case u.code == "DE" && n >= 0:
		num, code = strconv.Itoa(10*n), "Y"
	case u.code == "DE":
		code = "E"
	case u.code == "CE" && n >= 0:
		num, code = strconv.Itoa(100*n), "Y"
	case u.code == "CE":
		code = "C"
	}
	if u.time {
		return "PT" + num + code
	}
	return "P" + num + code
}

// duration reads "five hours", "18 months", "a week", "two-year", "several
// years", "the past two months", "the first nine months", and, with what
// follows, "two days ago", "a year earlier" (points) and "$5 a year" (set).
// durationLeads stand between "the" and a duration ("the past two years").
var durationLeads = english.List("timex/duration-leads")

func (s *scanner) duration(k int) (cand, bool) {
	j := k
	lead := ""
	if s.low(j) == "the" {
		j++
		if durationLeads.Has(s.low(j)) {
			lead = s.low(j)
			j++
		}
	}
	n, nj, ok := s.number(j)
	if !ok {
		if j == k {
			return s.bareDuration(k)
		}
		return cand{}, false
	}
	if j > k && lead == "" && s.tk(j).num {
		// "the 1990s" etc. are not durations
		return cand{}, false
	}
	w := s.low(nj)
	if s.hyphenatedAge(nj) {
		return cand{}, false
	}
	half := s.halfAfter(j, nj)
	if half {
		nj += 3
		w = s.low(nj)
	}
	u, isUnit := unitOf(w)
	if !isUnit {
		return cand{}, false
	}
	if !half && n == 1 && s.low(nj+1) == "and" && s.low(nj+2) == "a" && s.low(nj+3) == "half" && halfValue(1, u) != "" {
		// "a minute and a half"
		c := cand{i: k, j: nj + 4, typ: Duration, value: halfValue(1, u)}
		return c, true
	}
	if nj > 0 && s.tk(nj).brk {
		return cand{}, false
	}
	plural := strings.HasSuffix(w, "s") && w != "hours" || w == "hours"
	if n == 1 && plural && !s.tk(j).num {
		return cand{}, false // "a years" is not English; "one days" neither
	}
	j = nj + 1
	if s.ageOrFraction(nj, j, u) {
		return cand{}, false
	}
	c := cand{i: k, j: j, typ: Duration, value: durValue(n, u)}
	if half && n >= 0 {
		if v := halfValue(n, u); v != "" {
			c.value = v
		}
	}
	if s.low(j) == "or" && s.low(j+1) == "so" {
		c.j = j + 2
		j += 2
	}
	// What follows may make it a point.
	switch after := s.low(j); {
	case s.anchoredAfter(k, j, lead):
		return s.anchoredDuration(c, j, n, u, after), true
	case lead == "" && n == 1 && (s.low(j-2) == "a" || s.low(j-2) == "per" || s.low(j-2) == "an") && rateBefore(s, k):
		c.typ = Set
		c.value = durValue(1, u)
		return c, true
	}
	return c, true
}

// anchoredAfter reports a duration that the word after it (at j) makes a
// point: "ago", "earlier", "later", "before" at the end of a clause,
// "hence", "from now"; not after "for" or a lead ("the past two years"),
// nor "earlier in the day" (its own expression).
func (s *scanner) anchoredAfter(k, j int, lead string) bool {
	after := s.low(j)
	return lead == "" && s.low(k-1) != "for" && !((after == "earlier" || after == "later") && laterPhrase(s.low(j+1))) && (after == "ago" || after == "earlier" || after == "later" || after == "before" && endOfClause(s, j+1) || after == "hence" || after == "from" && s.low(j+1) == "now")
}

// bareDuration reads a bare plural unit: "for years", "decades of".
func (s *scanner) bareDuration(k int) (cand, bool) {
	u, isUnit := unitOf(s.low(k))
	prev := s.low(k - 1)
	if !isUnit || !strings.HasSuffix(s.low(k), "s") || u.code == "Q" || u.code == "WE" ||
		!(prev == "for" || prev == "over" || prev == "within" || prev == "in" && s.low(k+1) != "of") {
		return cand{}, false
	}
	if s.low(k+1) == "ago" {
		return cand{i: k, j: k + 2, typ: Date, value: "PAST_REF", rel: true}, true
	}
	return cand{i: k, j: k + 1, typ: Duration, value: durValue(-1, u)}, true
}

// hyphenatedAge reports "18-month-old": an age, with the unit at nj+1.
func (s *scanner) hyphenatedAge(nj int) bool {
	return nj < len(s.toks) && s.tk(nj).hyph && nj+1 < len(s.toks) && s.tk(nj+1).hyph && s.low(nj+1) == "old"
}

// halfAfter reports a half after the number that ends before nj: "two and
// a half", "2 1/2" (the number starting at j).
func (s *scanner) halfAfter(j, nj int) bool {
	w := s.low(nj)
	if w == "and" && s.low(nj+1) == "a" && s.low(nj+2) == "half" {
		return true
	}
	return w == "1" && s.low(nj+1) == "/" && s.low(nj+2) == "2" && s.tk(j).num && s.tk(nj+1).s == s.tk(nj).e
}

// ageOrFraction reports an amount of the unit at nj that is an age ("52
// years old", "55 years of age", "18-month-old") or a fraction or compound
// ("three-quarters of its food", "a quarter-century"), not a stretch of
// time; j is the token after the unit.
func (s *scanner) ageOrFraction(nj, j int, u unit) bool {
	if s.low(j) == "-" && s.low(j+1) == "old" || j < len(s.toks) && s.tk(j).hyph && s.low(j) == "old" {
		return true
	}
	if s.low(j) == "old" || s.low(j) == "of" && s.low(j+1) == "age" {
		return true
	}
	return u.code == "Q" && (s.tk(nj).hyph || j < len(s.toks) && s.tk(j).hyph)
}

// anchoredDuration makes the duration c a point before or after its base:
// "two years ago", "a week earlier", "three days later", "a year hence",
// "a month from now". after is the word after it, at j.
func (s *scanner) anchoredDuration(c cand, j, n int, u unit, after string) cand {
	back := after == "ago" || after == "earlier" || after == "before"
	ana := after == "earlier" || after == "later" || after == "before"
	c.j = j + 1
	if after == "from" {
		c.j = j + 2
	}
	c.typ = Date
	c.rel = true
	c.ana = ana
	c.mod = "ago"
	if n < 0 {
		if back {
			c.value = "PAST_REF"
		} else {
			c.value = "FUTURE_REF"
		}
		return c
	}
	c.value = ""
	if u.time {
		c.typ = Time
	}
	base, ok := s.base(ana)
	if !ok {
		c.value = "XXXX"
		return c
	}
	sign := 1
	if back {
		sign = -1
	}
	g := unitGran(u)
	if u.code == "Y" && s.anchor.known() && (s.anchor.gran == GQuarter || s.anchor.gran == GHalf) {
		// "a year ago" / "a year earlier" after "the third quarter":
		// the same quarter a year before, as financial news means it;
		// after a forecast quarter, the one reported on.
		a := s.anchor
		if s.anchorFut && s.report.known() {
			a = s.report
		}
		g = a.gran
		base = a.begin()
		c.ana = true // a comparison: the text still reports on the anchor
	}
	if s.yearAnchor(ana, g) {
		c.p = s.anchor
		return c
	}
	if u.time && !s.clockKnown(ana) {
		// "an hour later" after "Tuesday": the day is known, the clock
		// is not, and a shift from the day's midnight or noon would
		// invent one.
		c.typ = Date
		c.p = fromTime(base, GDay)
		return c
	}
	c.p = shiftBy(base, u, sign*n, g)
	return c
}

// yearAnchor reports whether an anaphoric shift by a unit of granularity g
// counts from a point known only to the year, the decade or the century:
// "two days later" after "in the 1990s" or "in 1998" is some day of that
// stretch, and a shift from its first day would invent a date. The shift
// then stands for the anchor itself.
func (s *scanner) yearAnchor(anaphoric bool, g Gran) bool {
	return anaphoric && s.anchor.known() && s.anchor.gran <= GYear && g > GYear
}

// clockKnown reports whether the base of a shift (see base) has a time of
// day: an anchor read to the hour or the minute. The report's own date is
// taken at noon, so it has none.
func (s *scanner) clockKnown(anaphoric bool) bool {
	return anaphoric && s.anchor.known() && s.anchor.gran >= GHour
}

// laterPhrase reports the words after "earlier"/"later" that make it its
// own expression ("earlier in the day", "later this year").
func laterPhrase(w string) bool {
	return w == "in" || w == "this" || w == "that" || w == "today" || w == "on" || w == "tonight" || w == "yesterday"
}

func endOfClause(s *scanner, k int) bool {
	w := s.low(k)
	return k >= len(s.toks) || s.tk(k).brk || w == "," || w == "." || w == ";"
}

// rateBefore reports a price or count shortly before "a year": "$5 a year",
// "10 percent a year".
func rateBefore(s *scanner, k int) bool {
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		w := s.low(b)
		if s.tk(b).num || w == "%" || w == "percent" || w == "$" || w == "million" || w == "billion" || w == "times" || w == "once" || w == "twice" {
			return true
		}
		if s.tk(b + 1).brk {
			return false
		}
	}
	return false
}

func unitGran(u unit) Gran {
	switch u.code {
	case "Y":
		return GYear
	case "M":
		if u.time {
			return GMinute
		}
		return GMonth
	case "W", "FN", "WE":
		return GWeek
	case "D":
		return GDay
	case "Q":
		return GQuarter
	case "DE":
		return GDecade
	case "CE":
		return GCentury
	case "H":
		return GHour
	}
	return GMinute
}

// shiftBy moves t by n units and gives the result at granularity g.
func shiftBy(t time.Time, u unit, n int, g Gran) point {
	var d time.Time
	switch {
	case u.time && u.code == "H":
		d = t.Add(time.Duration(n) * time.Hour)
	case u.time && u.code == "M":
		d = t.Add(time.Duration(n) * time.Minute)
	case u.time:
		d = t.Add(time.Duration(n) * time.Second)
	case u.code == "Y":
		d = t.AddDate(n, 0, 0)
	case u.code == "M":
		d = time.Date(t.Year(), t.Month(), 1, 12, 0, 0, 0, time.UTC).AddDate(0, n, 0)
	case u.code == "W" || u.code == "WE":
		d = t.AddDate(0, 0, 7*n)
	case u.code == "FN":
		d = t.AddDate(0, 0, 14*n)
	case u.code == "D":
		d = t.AddDate(0, 0, n)
	case u.code == "Q":
		d = time.Date(t.Year(), t.Month(), 1, 12, 0, 0, 0, time.UTC).AddDate(0, 3*n, 0)
	case u.code == "DE":
		d = t.AddDate(10*n, 0, 0)
	case u.code == "CE":
		d = t.AddDate(100*n, 0, 0)
	}
	p := fromTime(d, g)
	if g == GDecade {
		p.y -= p.y % 10
	}
	if g == GCentury {
		p.y -= p.y % 100
	}
	if g == GHour {
		p.mm = 0
	}
	return p
}
