package timex

import (
	"github.com/crosscheck/crosscheck/internal/text/english"
	"strconv"
	"strings"
	"time"
)

// scanner walks the tokens once, trying every rule at each token and keeping
// the longest match.
type scanner struct {
	text   string
	toks   []tok
	ref    Ref
	anchor point // the last point the text set: "a year earlier" hangs on it
	day    point // the last day the text set: "earlier in the day" and bare clock times hang on it
	// report is the first quarter or half the text reports on (not one it
	// forecasts): the period an earnings report is about, which "the
	// latest quarter", "the 1988 period", "the year-earlier period" and
	// "last year" in comparisons hang on, whatever other quarters the
	// text mentions on the way.
	report    point
	anchorFut bool // the anchor is a forecast ("fourth-quarter earnings will ...")
	out       []Timex
}

// cand is a match under construction: tokens [i, j).
type cand struct {
	i, j  int
	typ   string
	p     point  // for Date and Time
	value string // for Duration, Set and the *_REF values
	mod   string
	rel   bool
	ana   bool
	fut   bool
}

// tk returns token k, or a zero token past either end.
func (s *scanner) tk(k int) tok {
	if k < 0 || k >= len(s.toks) {
		return tok{brk: true}
	}
	return s.toks[k]
}

func (s *scanner) low(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.tk(k).low
}

// word returns the token's lower case without a possessive "'s".
func (s *scanner) word(k int) string {
	w := s.low(k)
	if n := len(w); n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
		if w[n-2] == '\'' {
			return w[:n-2]
		}
		return strings.TrimSuffix(w, "’s")
	}
	return w
}

func (s *scanner) run() []Timex {
	for i := 0; i < len(s.toks); {
		if !starter(s.toks[i]) {
			i++
			continue
		}
		c, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		s.emit(c)
		i = c.j
	}
	return s.out
}

// starter is a cheap filter: most tokens cannot begin an expression.
func starter(t tok) bool {
	if t.num {
		return true
	}
	if !t.word {
		return false
	}
	ok := startWords.Has(t.low)
	if ok {
		return true
	}
	w := t.low
	if n := len(w); n > 2 && (w[n-2] == '\'' || strings.HasSuffix(w, "’s")) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	if startWords.Has(w) {
		return true // "today's", "tomorrow's"
	}
	if _, ok := weekdayOf(w); ok {
		return true
	}
	if _, ok := monthOf(w); ok {
		return true
	}
	if _, ok := numberWords.Int(w); ok {
		return true
	}
	if _, ok := unitOf(w); ok {
		return true
	}
	_, ok = ordinals.Int(w)
	return ok
}

// startWords are the words a time expression may start with, besides
// numbers and the names of months, weekdays and units.
var startWords = english.List("timex/start-words")

func (s *scanner) emit(c cand) {
	t := Timex{
		Start: s.tk(c.i).s, End: s.tk(c.j - 1).e, Type: c.typ, Mod: c.mod,
		Relative: c.rel, Anaphoric: c.ana, Future: c.fut,
	}
	// a possessive is not part of the expression: "Friday's meeting"
	if tx := s.text[t.Start:t.End]; strings.HasSuffix(tx, "'s") {
		t.End -= 2
	} else if strings.HasSuffix(tx, "’s") {
		t.End -= len("’s")
	}
	t.Text = s.text[t.Start:t.End]
	switch c.typ {
	case Date, Time:
		if c.value != "" {
			t.Value = c.value
			break
		}
		t.Value = c.p.value()
		t.Gran = c.p.gran
		t.Zoned = c.p.zoned
		if c.p.known() {
			t.Begin = c.p.begin()
			// Later anaphora ("earlier in the day", "a year earlier")
			// hang on the last point the text itself set, not on one
			// derived from it, so "a year earlier" twice is the same year.
			if !c.ana {
				if (c.p.gran == GQuarter || c.p.gran == GHalf) && !c.fut && !s.report.known() {
					s.report = c.p
				}
				s.anchor = c.p
				s.anchorFut = c.fut
				if c.p.gran >= GDay {
					s.day = point{y: c.p.y, m: c.p.m, d: c.p.d, hh: -1, mm: -1, gran: GDay}
				}
			}
		}
	default:
		t.Value = c.value
	}
	s.out = append(s.out, t)
}

// match tries every rule at token i, with an optional modifier in front.
func (s *scanner) match(i int) (cand, bool) {
	mod, kind, k := s.prefix(i)
	if k > i {
		if c, ok := s.core(k); ok && modFits(kind, c) {
			c.i = i
			c.mod = mod
			return c, true
		}
	}
	return s.core(i)
}

// approximators make an amount approximate ("about two weeks").
var approximators = english.List("timex/approximators")

// prefix reads a modifier: its TimeML mod, whether it fits a period ("pos")
// or an amount ("amt"), and the token after it.
func (s *scanner) prefix(i int) (string, string, int) {
	w, w1, w2 := s.low(i), s.low(i+1), s.low(i+2)
	if approximators.Has(w) {
		return "APPROX", "amt", i + 1
	}
	switch w {
	case "nearly", "almost":
		return "LESS_THAN", "amt", i + 1
	case "over", "under":
		// as prepositions ("over the past two years") they stay out; so
		// does "within" always ("within a week": TimeBank tags "a week")
		if w1 == "the" {
			break
		}
		if w == "over" {
			return "MORE_THAN", "amt", i + 1
		}
		return "LESS_THAN", "amt", i + 1
	case "more", "less", "fewer":
		if w1 == "than" {
			if w == "more" {
				return "MORE_THAN", "amt", i + 2
			}
			return "LESS_THAN", "amt", i + 2
		}
	case "at":
		if w1 == "least" {
			return "EQUAL_OR_MORE", "amt", i + 2
		}
	case "up":
		if w1 == "to" {
			return "EQUAL_OR_LESS", "amt", i + 2
		}
	case "no":
		if w1 == "more" && w2 == "than" {
			return "EQUAL_OR_LESS", "amt", i + 3
		}
	case "early", "earlier":
		return "START", "pos", i + 1
	case "late", "later":
		return "END", "pos", i + 1
	case "mid":
		return "MID", "pos", i + 1
	case "the":
		if s.low(i+2) == "of" {
			switch w1 {
			case "end", "close":
				return "END", "pos", i + 3
			case "beginning", "start":
				return "START", "pos", i + 3
			case "middle":
				return "MID", "pos", i + 3
			}
		}
	}
	return "", "", i
}

func modFits(kind string, c cand) bool {
	if kind == "amt" {
		return c.typ == Duration || c.typ == Time || c.typ == Date && c.rel && c.value == "" && c.p.gran != GNone && !c.fut && !c.ana && c.mod == "ago"
	}
	return c.typ == Date || c.typ == Time
}

// core tries each rule at k and keeps the longest match.
func (s *scanner) core(k int) (cand, bool) {
	if k >= len(s.toks) {
		return cand{}, false
	}
	best := cand{}
	found := false
	try := func(c cand, ok bool) {
		if ok && c.j > k && c.j <= len(s.toks) && (!found || c.j > best.j) {
			best, found = c, true
		}
	}
	t := s.tk(k)
	if t.num {
		try(s.clock(k))
		try(s.numericDate(k))
		try(s.dayMonth(k))
		try(s.year(k))
		try(s.duration(k))
		try(s.quarter(k))
		try(s.century(k))
	} else {
		try(s.clock(k))
		try(s.monthDate(k))
		try(s.weekday(k))
		try(s.deictic(k))
		try(s.relative(k))
		try(s.quarter(k))
		try(s.duration(k))
		try(s.refWord(k))
		try(s.set(k))
		try(s.anaphoric(k))
		try(s.period(k))
		try(s.dayMonth(k))
		try(s.theYear(k))
		try(s.spokenYear(k))
		try(s.seasonYear(k))
	}
	if !found {
		return best, false
	}
	if best.mod == "ago" {
		best.mod = ""
	}
	return s.extend(best), true
}

// extend joins a day and a clock time written next to each other:
// "Wednesday at 2:30 p.m.", "Sept. 13, 10 a.m.".
func (s *scanner) extend(c cand) cand {
	if c.typ != Date || c.p.gran != GDay || c.value != "" {
		return c
	}
	k := c.j
	if w := s.low(k); w == "at" || w == "," {
		k++
	}
	if k >= len(s.toks) || s.tk(k).brk {
		return c
	}
	t, ok := s.clockOnly(k)
	if !ok {
		return c
	}
	p := c.p
	p.hh, p.mm, p.gran = t.p.hh, t.p.mm, t.p.gran
	p.zoned, p.off, p.loc = t.p.zoned, t.p.off, t.p.loc
	c.p = p
	c.typ = Time
	c.j = t.j
	return c
}

// ---- clock times -------------------------------------------------------

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
			if mm < 0 || h > 23 {
				return cand{}, false
			}
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
	// on the anchor day
	if day, ok := s.day.day(); ok {
		c.p.y, c.p.m, c.p.d = day.Year(), int(day.Month()), day.Day()
		c.rel, c.ana = true, true
	}
	return c, true
}

// ---- absolute dates ----------------------------------------------------

// monthAt reads a capitalised month name at k, also as a possessive
// ("December's figures").
func (s *scanner) monthAt(k int) (int, bool) {
	t := s.tk(k)
	m, ok := monthOf(s.word(k))
	if !ok || !t.cap {
		return 0, false
	}
	return m, true
}

// monthDate reads "Sept. 30", "Sept. 30, 1989", "September 2023",
// "September", and "September 30th".
func (s *scanner) monthDate(k int) (cand, bool) {
	m, ok := s.monthAt(k)
	if !ok {
		return cand{}, false
	}
	j := k + 1
	abbr := len(s.low(k)) <= 4 && s.low(k) != "june" && s.low(k) != "july" && s.low(k) != "may"
	if s.low(j) == "." && abbr && j+1 < len(s.toks) && s.tk(j+1).num {
		j++
	}
	day := 0
	if j < len(s.toks) && s.tk(j).num && len(s.low(j)) <= 2 {
		d, _ := strconv.Atoi(s.low(j))
		if d >= 1 && d <= 31 {
			day = d
			j++
			switch s.low(j) {
			case "st", "nd", "rd", "th":
				j++
			}
		}
	}
	year := 0
	yj := j
	if s.low(yj) == "," {
		yj++
	}
	if y, ok := s.yearAt(yj); ok {
		year = y
		j = yj + 1
	} else if y, e, ok := s.spokenYearAt(yj, true); ok && !s.tk(yj).brk {
		year, j = y, e
	} else if off, e, ok := s.yearWord(j); ok && day == 0 && !s.ref.Time.IsZero() {
		// "June last year", "January of this year", "March next year"
		year, j = s.ref.Time.Year()+off, e
	}
	if day == 0 && year == 0 {
		// a month alone: guard the words that are also verbs or names
		if abbr {
			return cand{}, false
		}
		w := s.low(k)
		prev := s.low(k - 1)
		if w == "may" || w == "march" || w == "august" {
			if !monthPreps.Has(prev) {
				return cand{}, false
			}
		}
		if w == "may" && s.tk(k).brk {
			return cand{}, false
		}
	}
	c := cand{i: k, j: j, typ: Date, p: point{y: year, m: m, d: day, hh: -1, mm: -1}}
	if day > 0 {
		c.p.gran = GDay
	} else {
		c.p.gran = GMonth
	}
	if year == 0 {
		s.resolveYear(&c, k, j)
	}
	return c, true
}

// yearWord reads "last year", "this year", "next year", "of last year" at
// k: the offset from the reference year and the token after.
func (s *scanner) yearWord(k int) (int, int, bool) {
	j := k
	if s.low(j) == "of" {
		j++
	}
	if s.word(j+1) != "year" || j >= len(s.toks) || s.tk(j).brk {
		return 0, k, false
	}
	switch s.low(j) {
	case "last", "previous":
		return -1, j + 2, true
	case "this":
		return 0, j + 2, true
	case "next":
		return 1, j + 2, true
	}
	return 0, k, false
}

var monthPreps = english.List("timex/month-preps")

// dayMonth reads "13 September 2023" and "the 13th of September".
func (s *scanner) dayMonth(k int) (cand, bool) {
	j := k
	if s.low(j) == "the" {
		j++
	}
	if j >= len(s.toks) || !s.tk(j).num || len(s.low(j)) > 2 {
		return cand{}, false
	}
	d, _ := strconv.Atoi(s.low(j))
	if d < 1 || d > 31 {
		return cand{}, false
	}
	j++
	switch s.low(j) {
	case "st", "nd", "rd", "th":
		j++
	}
	if s.low(j) == "of" {
		j++
	}
	if j >= len(s.toks) {
		return cand{}, false
	}
	m, ok := s.monthAt(j)
	if !ok {
		return cand{}, false
	}
	j++
	if s.low(j) == "." {
		j++
	}
	c := cand{i: k, j: j, typ: Date, p: point{m: m, d: d, hh: -1, mm: -1, gran: GDay}}
	yj := j
	if s.low(yj) == "," {
		yj++
	}
	if y, ok := s.yearAt(yj); ok {
		c.p.y, c.j = y, yj+1
	} else {
		s.resolveYear(&c, k, j)
	}
	return c, true
}

// resolveYear gives a month or month-day without a year its year: the next
// such date in future-tense text, else the one nearest the reference, before
// or after. A past-tense verb does not push it back a year: writers add the
// year to dates that far back, and "payable Dec. 15" in November is ahead.
func (s *scanner) resolveYear(c *cand, i, j int) {
	c.rel = true
	if s.ref.Time.IsZero() {
		return
	}
	r := s.ref.Time
	ref := time.Date(r.Year(), r.Month(), r.Day(), 0, 0, 0, 0, time.UTC)
	tense := s.tense(i, j)
	d := max(c.p.d, 1)
	past := r.Year()
	if time.Date(past, time.Month(c.p.m), d, 0, 0, 0, 0, time.UTC).After(ref) && !(c.p.d == 0 && c.p.m == int(r.Month())) {
		past--
	}
	next := past + 1
	if c.p.d == 0 && c.p.m == int(r.Month()) {
		next = past
	}
	pd := ref.Sub(time.Date(past, time.Month(c.p.m), d, 0, 0, 0, 0, time.UTC))
	nd := time.Date(next, time.Month(c.p.m), d, 0, 0, 0, 0, time.UTC).Sub(ref)
	switch {
	case tense > 0:
		c.p.y, c.fut = next, true
	case nd < pd:
		c.p.y = next // nearer, not said to be ahead: Future stays false
	default:
		c.p.y = past
	}
}

// yearAt reads a four-digit year from 1000 to 2099 at k.
func (s *scanner) yearAt(k int) (int, bool) {
	if k >= len(s.toks) || !s.tk(k).num || len(s.low(k)) != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(s.low(k))
	if y < 1000 || y > 2099 {
		return 0, false
	}
	// not part of a bigger number: "1,500", "2023.5", "$2000"
	if k+2 < len(s.toks) && (s.low(k+1) == "," || s.low(k+1) == ".") && s.tk(k+2).num && s.tk(k+1).s == s.tk(k).e && s.tk(k+2).s == s.tk(k+1).e {
		return 0, false
	}
	if k > 0 && (s.low(k-1) == "$" || s.low(k-1) == "," && s.tk(k-1).e == s.tk(k).s || s.low(k-1) == "." && s.tk(k-1).e == s.tk(k).s) {
		return 0, false
	}
	return y, true
}

// year reads a year standing alone ("in 2019", "fiscal 1989"), a decade
// ("the 1990s") and ISO-looking numeric dates.
func (s *scanner) year(k int) (cand, bool) {
	y, ok := s.yearAt(k)
	if !ok {
		return cand{}, false
	}
	j := k + 1
	// decade: "1990s"
	if j < len(s.toks) && s.low(j) == "s" && s.tk(j).s == s.tk(k).e && y%10 == 0 {
		return cand{i: k, j: j + 1, typ: Date, p: point{y: y, hh: -1, mm: -1, gran: GDecade}}, true
	}
	next := s.low(j)
	if j < len(s.toks) && s.tk(j).s == s.tk(k).e && s.tk(j).word {
		return cand{}, false // "2000m", "1500s" handled above
	}
	if countNouns.Has(next) || next == "%" || next == "percent" {
		return cand{}, false
	}
	prev := s.low(k - 1)
	if numberedThings.Has(prev) {
		return cand{}, false // "Resolution 1723", "Flight 1549": a label, not a year
	}
	if prev == "than" || prev == "of" && s.low(k-2) != "end" && s.low(k-2) != "spring" && s.low(k-2) != "summer" && s.low(k-2) != "quarter" && s.low(k-2) != "half" && !months2(s.low(k-2)) && s.low(k-2) != "beginning" && s.low(k-2) != "start" && s.low(k-2) != "middle" && s.low(k-2) != "fall" && s.low(k-2) != "winter" && s.low(k-2) != "autumn" {
		return cand{}, false
	}
	if next == "-" || next == "–" {
		// "1990-95" ranges: the first year alone
	}
	c := cand{i: k, j: j, typ: Date, p: point{y: y, hh: -1, mm: -1, gran: GYear}}
	return c, true
}

// numberedThings are nouns followed by a number that names one of them, so
// a four-digit number after them is no year.
var numberedThings = english.List("timex/numbered-things")

func months2(w string) bool { _, ok := monthOf(w); return ok }

// theYear reads "fiscal 1989", "the 1990s", "the year 2000", "the 20th century".
func (s *scanner) theYear(k int) (cand, bool) {
	j := k
	switch s.low(j) {
	case "fiscal":
		j++
		if s.low(j) == "year" {
			j++
		}
		if y, ok := s.yearAt(j); ok {
			return cand{i: k, j: j + 1, typ: Date, p: point{y: y, hh: -1, mm: -1, gran: GYear}}, true
		}
		return cand{}, false
	case "the":
		j++
		if s.low(j) == "year" {
			if y, ok := s.yearAt(j + 1); ok {
				return cand{i: k, j: j + 2, typ: Date, p: point{y: y, hh: -1, mm: -1, gran: GYear}}, true
			}
		}
		if c, ok := s.year(j); ok && c.p.gran == GDecade {
			c.i = k
			return c, true
		}
		if s.low(j) == "late" || s.low(j) == "early" || s.low(j) == "mid" {
			if c, ok := s.year(j + 1); ok && c.p.gran == GDecade {
				c.i = k
				c.mod = map[string]string{"late": "END", "early": "START", "mid": "MID"}[s.low(j)]
				return c, true
			}
		}
		if c, ok := s.century(j); ok {
			c.i = k
			return c, true
		}
	}
	return cand{}, false
}

// century reads "20th century", "11th-century": TimeML writes the
// century's first two digits ("19").
func (s *scanner) century(j int) (cand, bool) {
	if s.tk(min(j, len(s.toks)-1)).num && j+1 < len(s.toks) && (s.low(j+1) == "th" || s.low(j+1) == "st" || s.low(j+1) == "nd" || s.low(j+1) == "rd") && s.low(j+2) == "century" {
		n, _ := strconv.Atoi(s.low(j))
		if n >= 1 && n <= 21 {
			return cand{i: j, j: j + 3, typ: Date, p: point{y: (n - 1) * 100, hh: -1, mm: -1, gran: GCentury}}, true
		}
	}
	return cand{}, false
}

// countNouns after a four-digit number make it a count, not a year.
var countNouns = english.List("timex/count-nouns")

// numericDate reads "2023-09-13", "9/13/2023" and "02/13/1998 14:26:00".
func (s *scanner) numericDate(k int) (cand, bool) {
	a := s.low(k)
	if len(a) == 4 && k+4 < len(s.toks) && s.tk(k+2).hyph && s.tk(k+4).hyph && s.tk(k+2).num && s.tk(k+4).num {
		y, _ := strconv.Atoi(a)
		m, _ := strconv.Atoi(s.low(k + 2))
		d, _ := strconv.Atoi(s.low(k + 4))
		if y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return cand{i: k, j: k + 5, typ: Date, p: point{y: y, m: m, d: d, hh: -1, mm: -1, gran: GDay}}, true
		}
	}
	// my tokenizer keeps "-" when it joins numbers: handle both shapes
	if k+4 < len(s.toks) && (s.low(k+1) == "/") && s.low(k+3) == "/" && s.tk(k+2).num && s.tk(k+4).num && len(a) <= 2 {
		m, _ := strconv.Atoi(a)
		d, _ := strconv.Atoi(s.low(k + 2))
		y, _ := strconv.Atoi(s.low(k + 4))
		if len(s.low(k+4)) == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 {
			c := cand{i: k, j: k + 5, typ: Date, p: point{y: y, m: m, d: d, hh: -1, mm: -1, gran: GDay}}
			if t, ok := s.clockOnly(k + 5); ok && k+5 < len(s.toks) && !s.tk(k+5).brk {
				c.typ, c.j = Time, t.j
				c.p.hh, c.p.mm, c.p.gran = t.p.hh, t.p.mm, GMinute
			}
			return c, true
		}
	}
	return cand{}, false
}

// ---- weekdays and days around the reference ---------------------------

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

// ---- relative calendar units -------------------------------------------

// relative reads "last week", "this year", "next month", "the past year",
// "last summer", "last May", "earlier this month", "the coming weeks".
func (s *scanner) relative(k int) (cand, bool) {
	j := k
	if s.low(j) == "the" {
		j++
	}
	dir := 0
	switch s.low(j) {
	case "last", "past", "previous":
		dir = -1
	case "next", "coming", "following":
		dir = 1
	case "this", "current":
		if s.low(j) == "this" && (s.low(j+1) == "past" || s.low(j+1) == "coming") {
			j++ // "this past spring", "this coming week"
			dir = map[string]int{"past": -1, "coming": 1}[s.low(j)]
		}
	default:
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
		c.p.m = m
		c.p.gran = GMonth
		if ok {
			y := base.Year()
			if dir < 0 && m >= int(base.Month()) {
				y--
			}
			if dir > 0 && m <= int(base.Month()) {
				y++
			}
			c.p.y = y
		}
		return c, true
	}
	if code, isSeason := seasons.Value(w); isSeason {
		c.p.gran, c.p.code = GSeason, code
		if ok {
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
		} else {
			c.value = "XXXX-" + code
		}
		return c, true
	}
	u, isUnit := unitOf(w)
	if !isUnit || u.time && u.code != "H" {
		return cand{}, false
	}
	if strings.HasSuffix(w, "s") && w != "hours" {
		// "the past weeks", "the coming months": a vague period
		if dir < 0 {
			c.value = "PAST_REF"
		} else if dir > 0 {
			c.value = "FUTURE_REF"
		} else {
			c.value = "PRESENT_REF"
		}
		c.typ = Date
		if j-1 > k && (s.low(j-1) == "past" || s.low(j-1) == "last") {
			c.typ = Duration
			c.value = "PX" + durCode(u)
		}
		return c, true
	}
	if !ok {
		c.value = "XXXX"
		return c, true
	}
	c.ana = anaphoric
	c.p = shift(base, u.code, dir)
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

// ---- quarters ------------------------------------------------------------

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

// ---- durations -------------------------------------------------------------

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
		// bare plural: "for years", "decades of"
		if j == k {
			if u, isUnit := unitOf(s.low(k)); isUnit && strings.HasSuffix(s.low(k), "s") && (s.low(k-1) == "for" || s.low(k-1) == "over" || s.low(k-1) == "within" || s.low(k-1) == "in" && s.low(k+1) != "of") && u.code != "Q" && u.code != "WE" {
				if s.low(k+1) == "ago" {
					return cand{i: k, j: k + 2, typ: Date, value: "PAST_REF", rel: true}, true
				}
				return cand{i: k, j: k + 1, typ: Duration, value: durValue(-1, u)}, true
			}
		}
		return cand{}, false
	}
	if j > k && lead == "" && s.tk(j).num {
		// "the 1990s" etc. are not durations
		return cand{}, false
	}
	w := s.low(nj)
	if nj < len(s.toks) && s.tk(nj).hyph && nj+1 < len(s.toks) && s.tk(nj+1).hyph {
		// "18-month-old": an age
		if s.low(nj+1) == "old" {
			return cand{}, false
		}
	}
	half := false
	if w == "and" && s.low(nj+1) == "a" && s.low(nj+2) == "half" {
		nj += 3
		w = s.low(nj)
		half = true
	} else if w == "1" && s.low(nj+1) == "/" && s.low(nj+2) == "2" && s.tk(j).num && s.tk(nj+1).s == s.tk(nj).e {
		// "2 1/2 years"
		nj += 3
		w = s.low(nj)
		half = true
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
	if s.low(j) == "-" && s.low(j+1) == "old" || j < len(s.toks) && s.tk(j).hyph && s.low(j) == "old" {
		return cand{}, false
	}
	// "52 years old", "55 years of age": an age, not a stretch of time
	if s.low(j) == "old" || s.low(j) == "of" && s.low(j+1) == "age" {
		return cand{}, false
	}
	// "three-quarters of its food", "a quarter-century": fractions and
	// compounds, not reporting periods
	if u.code == "Q" && (s.tk(nj).hyph || j < len(s.toks) && s.tk(j).hyph) {
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
	case lead == "" && s.low(k-1) != "for" && !((after == "earlier" || after == "later") && laterPhrase(s.low(j+1))) && (after == "ago" || after == "earlier" || after == "later" || after == "before" && endOfClause(s, j+1) || after == "hence" || after == "from" && s.low(j+1) == "now"):
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
			return c, true
		}
		c.value = ""
		if u.time {
			c.typ = Time
		}
		base, ok := s.base(ana)
		if !ok {
			c.value = "XXXX"
			return c, true
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
		c.p = shiftBy(base, u, sign*n, g)
		return c, true
	case lead == "" && n == 1 && (s.low(j-2) == "a" || s.low(j-2) == "per" || s.low(j-2) == "an") && rateBefore(s, k):
		c.typ = Set
		c.value = durValue(1, u)
		return c, true
	}
	return c, true
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

// ---- sets --------------------------------------------------------------

// frequencyWords are the adverbs of a regular frequency and their TimeML
// values ("weekly" P1W).
var frequencyWords = english.List("timex/frequency-words")

// set reads "every week", "each year", "every Monday", "daily", "annually".
func (s *scanner) set(k int) (cand, bool) {
	w := s.low(k)
	if v, ok := frequencyWords.Value(w); ok {
		// as adverbs only: "the daily newspaper" is not a set
		if n := s.low(k + 1); n != "" && n != "." && n != "," && n != ";" && n != "and" && n != "or" && !s.tk(min(k+1, len(s.toks)-1)).brk {
			return cand{}, false
		}
		return cand{i: k, j: k + 1, typ: Set, value: v}, true
	}
	switch w {
	case "every", "each":
		j := k + 1
		n := 1
		if s.low(j) == "other" {
			n, j = 2, j+1
		} else if v, nj, ok := s.number(j); ok && v > 0 && s.low(j) != "a" {
			n, j = v, nj
		}
		if wd, ok := weekdayOf(s.low(j)); ok {
			return cand{i: k, j: j + 1, typ: Set, value: "XXXX-WXX-" + strconv.Itoa((wd+6)%7+1)}, true
		}
		if m, ok := s.monthAt(j); ok && n == 1 {
			return cand{i: k, j: j + 1, typ: Set, value: "XXXX-" + pad(m, 2)}, true
		}
		u, ok := unitOf(s.low(j))
		if !ok {
			return cand{}, false
		}
		return cand{i: k, j: j + 1, typ: Set, value: durValue(n, u)}, true
	}
	return cand{}, false
}

// ---- anaphora --------------------------------------------------------------

// anaphoric reads "earlier in the day", "later in the week", "the same
// day", "that day", "the day before", "the next morning".
func (s *scanner) anaphoric(k int) (cand, bool) {
	w := s.low(k)
	var u string
	j := k
	off := 0
	mod := ""
	switch w {
	case "earlier", "later":
		if s.low(k+1) != "in" || s.low(k+2) != "the" {
			return cand{}, false
		}
		u = s.low(k + 3)
		j = k + 4
		mod = map[string]string{"earlier": "START", "later": "END"}[w]
		// "earlier in the day" sits before the anchor, but on its day.
	case "the", "that":
		j = k + 1
		if w == "the" && s.low(j) == "same" {
			j++
		}
		if w == "the" && j == k+1 {
			return cand{}, false
		}
		u = s.low(j)
		j++
		if u != "day" && u != "week" && u != "month" && u != "year" && u != "morning" && u != "night" && u != "evening" && u != "afternoon" {
			return cand{}, false
		}
		if s.low(j) == "before" && endOfClause(s, j+1) {
			off = -1
			j++
		}
	default:
		return cand{}, false
	}
	c := cand{i: k, j: j, typ: Date, rel: true, ana: true, mod: mod}
	a := s.anchor
	if u == "day" || partsOfDay.Kind(u) != "" {
		a = s.day
	}
	if !a.known() {
		c.value = "XXXX-XX-XX"
		return c, true
	}
	switch u {
	case "day":
		if a.gran < GDay {
			return cand{}, false
		}
		t := a.begin()
		c.p = fromTime(t.AddDate(0, 0, off), GDay)
	case "morning", "afternoon", "evening", "night":
		if a.gran < GDay {
			return cand{}, false
		}
		c.p = fromTime(a.begin().AddDate(0, 0, off), GDay)
		c.p.gran, c.p.code, c.typ = GPartOfDay, partsOfDay.Kind(u), Time
	case "week":
		if a.gran < GWeek {
			return cand{}, false
		}
		c.p = shift(a.begin(), "W", off)
	case "month":
		if a.gran < GMonth {
			return cand{}, false
		}
		c.p = shift(a.begin(), "M", off)
	case "year":
		c.p = shift(a.begin(), "Y", off)
	default:
		return cand{}, false
	}
	if a.zoned {
		c.p.zoned, c.p.off, c.p.loc = false, 0, nil
	}
	return c, true
}

// ---- tense -------------------------------------------------------------------

// future reads the tense around tokens [i, j) in their sentence: news is
// past unless a future marker is nearer than any past one.
func (s *scanner) future(i, j int) bool { return s.tense(i, j) > 0 }

// tense is +1 when the nearest tense marker around tokens [i, j) in their
// sentence is a future one ("will", "is due"), -1 when it is a past one
// ("said", "arrived"), and 0 when there is none.
func (s *scanner) tense(i, j int) int {
	bestD, t := 1<<30, 0
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if s.tk(k + 1).brk {
			break // the sentence begins after k
		}
		if s.low(k) == "set" && s.low(k+1) == "to" {
			// "talks set to resume Monday"
			bestD, t = i-k, 1
			break
		}
		if f, ok := tenseOf(s.low(k)); ok {
			bestD, t = i-k, sign(f)
			break
		}
		if s.tk(k).brk {
			break
		}
	}
	for k := j; k < len(s.toks) && k < j+6; k++ {
		if s.tk(k).brk {
			break
		}
		if f, ok := tenseOf(s.low(k)); ok {
			if k-j+1 < bestD {
				t = sign(f)
			}
			break
		}
	}
	return t
}

func sign(fut bool) int {
	if fut {
		return 1
	}
	return -1
}

var futureWords = english.List("timex/future-words")

var pastWords = english.List("timex/past-words")

func tenseOf(w string) (fut bool, ok bool) {
	if futureWords.Has(w) {
		return true, true
	}
	if strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
		return true, true
	}
	if pastWords.Has(w) {
		return false, true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && w != "need" && w != "feed" && w != "speed" && w != "united" && w != "red" && w != "based" && w != "armed" && w != "related" {
		return false, true
	}
	return false, false
}
