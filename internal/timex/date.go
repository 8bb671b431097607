package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Rules of the family: absolute dates.

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
	} else if s.low(j) == "." && !abbr && s.maySpelledDate(j+1) {
		// "Fri., May. 3, 2013": a page's date line writing every month
		// with a stop; without the year the stop ends a sentence ("in
		// May. 3 people")
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
	if s.low(yj) == "," || s.low(yj) == "of" && day == 0 {
		// "Sept. 30, 1989", "January of 2009"
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
	if year == 0 {
		// "in March and May 2015", "a September – October 2013 plot":
		// the year after the second month is the first one's too
		if y, ok := s.coordYear(j, m); ok {
			year = y
		}
	}
	if day == 0 && year == 0 && !s.monthAlone(k, abbr) {
		return cand{}, false
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

// monthAlone reports whether the month at k, with no day and no year,
// is a month: the words that are also verbs or names are guarded, and an
// abbreviation alone is one only with its point after a word of time ("in
// late Jan."), since "Jan" and "Sep" are names too.
func (s *scanner) monthAlone(k int, abbr bool) bool {
	w := s.low(k)
	prev := s.low(k - 1)
	if abbr && (s.low(k+1) != "." || !monthPreps.Has(prev)) {
		return false
	}
	if (w == "may" || w == "march" || w == "august") && !monthPreps.Has(prev) {
		return false
	}
	return !(w == "may" && s.tk(k).brk)
}

// maySpelledDate reports a day and its year at k, "3, 2013", after a full
// month name written with a stop.
func (s *scanner) maySpelledDate(k int) bool {
	if k+2 >= len(s.toks) || !s.tk(k).num || len(s.low(k)) > 2 || s.low(k+1) != "," {
		return false
	}
	_, ok := s.yearAt(k + 2)
	return ok
}

// coordYear reads, at j after a month m without a year, a joined second
// month with its year ("and May 2015", "– October 2013", "to March 3,
// 2016") and gives the year of m: the same, or the one before when m comes
// later in the year ("December to January 2016").
func (s *scanner) coordYear(j, m int) (int, bool) {
	if !monthJoins.Has(s.low(j)) || s.tk(j).brk {
		return 0, false
	}
	m2, ok := s.monthAt(j + 1)
	if !ok {
		return 0, false
	}
	k := j + 2
	if s.low(k) == "." {
		k++
	}
	if s.tk(k).num && len(s.low(k)) <= 2 {
		k++
	}
	if s.low(k) == "," {
		k++
	}
	y, ok := s.yearAt(k)
	if !ok {
		return 0, false
	}
	if m > m2 {
		y--
	}
	return y, true
}

var monthJoins = english.List("timex/month-joins")

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
	if j >= len(s.toks) || s.tk(j).brk {
		// a paragraph or a sentence ends between the number and the
		// month: "IE8 and IE9" above a date line "September 17, 2013"
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
// such date in future-tense text, this year's earlier one in past-tense
// text, else the one nearest the reference, before or after. A past-tense
// verb does not push it back a year: writers add the year to dates that far
// back, and "payable Dec. 15" in November is ahead. But a date of the
// reference's own year goes without it (the AP Stylebook: use the year only
// if it is not the current one), so "died after the April 27 shooting",
// written on Oct. 31, is this year's April, though next April is nearer.
func (s *scanner) resolveYear(c *cand, i, j int) {
	c.rel = true
	if s.ref.Time.IsZero() {
		return
	}
	c.guess = true
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
	case s.pastOnly(i):
		c.p.y = past
	case tense > 0:
		c.p.y, c.fut = next, true
	case tense < 0 && (past == r.Year() || nd > eventAhead && s.namesEvent(i, j)):
		// "were charged Tuesday in the May 31 death", written in
		// February: last year's May, not May to come
		c.p.y = past
	case tense == 0 && past == r.Year() && next > past && pd < sameYearBack:
		// "are suspected of shooting four women ... Jan. 7", written in
		// July: the AP leaves out the year of the current one only, so
		// a date without it and without a tense to tell is this year's,
		// though next January is a little nearer (GVA 478948)
		c.p.y = past
	case nd < pd:
		c.p.y = next // nearer, not said to be ahead: Future stays false
	default:
		c.p.y = past
	}
}

// sameYearBack: how far back in the reference's year a date without a
// year and without a tense is still taken as this year's, rather than
// next year's when that is nearer (resolveYear).
const sameYearBack = 240 * 24 * time.Hour

// eventAhead: a named event ("the Nov. 1 deadline") up to a month ahead
// may still be to come in past-tense text; farther ahead it is last year's.
const eventAhead = 31 * 24 * time.Hour

// namesEvent reports a date from i to j used as a modifier after "the"
// ("the May 31 death", "the Jan. 22 drive-by"): it names an event the
// reader knows of, which in past-tense text has happened.
// A month alone after "in" or "during a" places an act in it ("In August,
// he was charged", "During a December hearing").
func (s *scanner) namesEvent(i, j int) bool {
	if s.tk(i).brk {
		return false // nothing before it in the sentence
	}
	if c := s.tk(j); s.low(i-1) == "the" && j < len(s.toks) && c.word && !c.cap && !c.brk {
		return true
	}
	return j == i+1 && eventMonthLeads.Has(s.low(i-1))
}

var eventMonthLeads = english.List("timex/event-month-leads")

// pastOnly reports words before a date at i that place it before the
// time of writing, whatever its distance: "since February", "back in
// February" ("had not spoken to him since February", written in September,
// is this year's February, not next year's, though that is nearer).
func (s *scanner) pastOnly(i int) bool {
	switch s.low(i - 1) {
	case "since":
		return true
	case "in":
		return s.low(i-2) == "back"
	}
	return false
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
	if k > 0 && (s.low(k-1) == "$" || s.low(k-1) == "," && s.tk(k-1).e == s.tk(k).s || s.low(k-1) == "." && s.tk(k-1).e == s.tk(k).s) || s.phoneTail(k) || s.identifierPart(k) {
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
	// "noon BST (1100 UTC)": four digits before a zone's abbreviation are
	// a clock's hours and minutes, not a year.
	if _, zone := zoneAbbrev.Int(next); zone && j < len(s.toks) && s.tk(j).word && strings.ToUpper(s.text[s.tk(j).s:s.tk(j).e]) == s.text[s.tk(j).s:s.tk(j).e] {
		return cand{}, false
	}
	prev := s.low(k - 1)
	if s.modelYear(k) || s.houseNumber(k) {
		return cand{}, false
	}
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

// modelYear reports a year that names a model, not a time: before a
// vehicle's make, or a colour and a make ("a 2007 Mitsubishi Eclipse",
// "a 2007 Gray Mitsubishi"), and not after a preposition ("in 2008 Ford
// cut jobs"). A year before another capitalised word stays a year ("a
// 2015 Cook County sheriff's office booking mug", "a 1971 Convention",
// which TimeBank tags).
func (s *scanner) modelYear(k int) bool {
	if k > 0 && english.Prepositions.Has(s.low(k-1)) {
		return false
	}
	for j := k + 1; j <= k+2 && j < len(s.toks); j++ {
		if t := s.tk(j); t.brk || !t.cap || !t.word {
			return false
		}
		if vehicleMakes.Has(s.low(j)) {
			return true
		}
	}
	return false
}

// houseNumber reports a four-digit number that numbers a house or a block
// of a street, not a year: "the 1000 block of Gibbs Street", "at 2036
// Yorkshire Avenue", "2400 N. Main St.". US local news places events so.
func (s *scanner) houseNumber(k int) bool {
	if s.low(k+1) == text.BlockWord || s.gridAddress(k) {
		return true
	}
	for j := k + 1; j <= k+5 && j < len(s.toks); j++ {
		t := s.tk(j)
		if t.brk {
			return false
		}
		if t.low == "." {
			continue
		}
		if !t.cap || !t.word {
			return false
		}
		if j > k+1 && streetEnds.Has(t.low) {
			return true
		}
	}
	return false
}

// gridAddress reports a four-digit number that a compass direction alone
// follows, then a figure or a mark: "639 N. Sir Phillip Drive (1990
// West)", "1990 West 500 South", the grid addresses of Salt Lake City and
// other towns laid out on a grid. "in 1990 West Germany" goes on to a
// capitalised word and stays a year.
func (s *scanner) gridAddress(k int) bool {
	j := k + 1
	if j >= len(s.toks) || !s.tk(j).cap || !s.tk(j).word || !streetWords.Has(s.low(j)) || streetEnds.Has(s.low(j)) {
		return false
	}
	if j+1 < len(s.toks) && s.low(j+1) == "." {
		j++
	}
	return j+1 >= len(s.toks) || !s.tk(j+1).word
}

// phoneTail reports the last four digits of a telephone number, joined by
// a hyphen to a three-digit exchange ("call 822-1111", "504-822-1111"):
// no year. A year range ("1990-1995") joins four digits.
func (s *scanner) phoneTail(k int) bool {
	if k < 1 || s.tk(k-1).e+1 != s.tk(k).s || s.text[s.tk(k-1).e] != '-' {
		return false
	}
	w := s.low(k - 1)
	return len(w) == 3 && strings.Trim(w, "0123456789") == ""
}

// identifierPart reports four digits inside a hyphenated identifier, a
// letter code before and a serial number after ("CVE-2013-3893", the
// catalogue number of a software flaw): the year it holds dates the
// number, not an event of the story.
func (s *scanner) identifierPart(k int) bool {
	if k < 1 || k+1 >= len(s.toks) || !s.tk(k).hyph || !s.tk(k+1).hyph || !s.tk(k-1).word || !s.tk(k+1).num {
		return false
	}
	return s.tk(k-1).e+1 == s.tk(k).s && s.tk(k).e+1 == s.tk(k+1).s && len(s.low(k+1)) >= 4
}

// streetWords are the words of an address that are not the street's own
// name: its directions, and its street types, which streetEnds holds too.
var streetWords = english.List("text/street-words")

// streetEnds are the words that end a street's name ("Avenue", "St").
var streetEnds = english.List("entity/street-ends")

// vehicleMakes are makes of vehicles.
var vehicleMakes = english.List("timex/vehicle-makes")

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
// dottedDate reads a date of three numbers joined by full stops with no
// space: "2012.08.08" (year first, as ISO 8601 orders it) or "08.07.2012"
// (day first: a dotted date is written day.month.year where it is used,
// in Germany's DIN 5008 and across Europe; the United States writes
// slashes).
func (s *scanner) dottedDate(k int) (cand, bool) {
	if k+4 >= len(s.toks) || s.low(k+1) != "." || s.low(k+3) != "." || !s.tk(k+2).num || !s.tk(k+4).num {
		return cand{}, false
	}
	for i := k; i < k+4; i++ {
		if s.tk(i).e != s.tk(i+1).s {
			return cand{}, false
		}
	}
	f := [3]string{s.low(k), s.low(k + 2), s.low(k + 4)}
	var y, m, d int
	switch {
	case len(f[0]) == 4 && len(f[1]) == 2 && len(f[2]) == 2:
		y, _ = strconv.Atoi(f[0])
		m, _ = strconv.Atoi(f[1])
		d, _ = strconv.Atoi(f[2])
	case len(f[0]) <= 2 && len(f[1]) <= 2 && len(f[2]) == 4:
		d, _ = strconv.Atoi(f[0])
		m, _ = strconv.Atoi(f[1])
		y, _ = strconv.Atoi(f[2])
	default:
		return cand{}, false
	}
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return cand{}, false
	}
	return cand{i: k, j: k + 5, typ: Date, p: point{y: y, m: m, d: d, hh: -1, mm: -1, gran: GDay}}, true
}

func (s *scanner) numericDate(k int) (cand, bool) {
	a := s.low(k)
	// ISO 8601, "2013-09-26": the tokenizer drops a hyphen between
	// numbers and marks the number after it (hyph), so the three fields
	// are three tokens in a row.
	if len(a) == 4 && k+2 < len(s.toks) && s.tk(k+1).hyph && s.tk(k+2).hyph && s.tk(k+1).num && s.tk(k+2).num &&
		len(s.low(k+1)) == 2 && len(s.low(k+2)) == 2 {
		y, _ := strconv.Atoi(a)
		m, _ := strconv.Atoi(s.low(k + 1))
		d, _ := strconv.Atoi(s.low(k + 2))
		if y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return cand{i: k, j: k + 3, typ: Date, p: point{y: y, m: m, d: d, hh: -1, mm: -1, gran: GDay}}, true
		}
	}
	if c, ok := s.dottedDate(k); ok {
		return c, true
	}
	// my tokenizer keeps "-" when it joins numbers: handle both shapes
	if k+4 < len(s.toks) && (s.low(k+1) == "/") && s.low(k+3) == "/" && s.tk(k+2).num && s.tk(k+4).num && len(a) <= 2 {
		m, _ := strconv.Atoi(a)
		d, _ := strconv.Atoi(s.low(k + 2))
		y, _ := strconv.Atoi(s.low(k + 4))
		if m > 12 && d <= 12 {
			// "14 / 09 / 2013": no month is 14, so the day comes
			// first, as outside the United States.
			m, d = d, m
		}
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
