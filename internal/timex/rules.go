package timex

import (
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// scanner walks the tokens once, trying every rule at each token and keeping
// the longest match.
type scanner struct {
	text   string
	toks   []tok
	starts []int32 // the tokens starter takes, in order
	ref    Ref
	anchor point // the last point the text set: "a year earlier" hangs on it
	day    point // the last day the text set: "earlier in the day" and bare clock times hang on it
	event  point // the last day the text set that is not the day of a statement ("said Monday"): "that night" hangs on it
	// pastDay is the last day the text set that is not ahead
	// ("scheduled for Monday"), and dayFut whether day is ahead: a bare
	// clock time in a sentence of the past hangs on pastDay.
	pastDay point
	dayFut  bool
	// stated: the text has set a day, and only of statements
	stated bool
	// dayStated: the last day the text set dates a statement ("confirmed
	// Monday"): a bare clock time after it is of the event told, not of
	// the statement about it.
	dayStated bool
	// dayTold: the text has set a day of its own, not only the
	// reference day or a dateline alone on its line ("Thursday, July 14,
	// 2005")
	dayTold bool
	// anaDay is the last day an anaphor set ("the following day"), and
	// anaEnd the token after it: a bare clock time later in its sentence
	// is on it.
	anaDay point
	anaEnd int
	// report is the first quarter or half the text reports on (not one it
	// forecasts): the period an earnings report is about, which "the
	// latest quarter", "the 1988 period", "the year-earlier period" and
	// "last year" in comparisons hang on, whatever other quarters the
	// text mentions on the way.
	report    point
	anchorFut bool // the anchor is a forecast ("fourth-quarter earnings will ...")
	out       []Timex
	// guessed holds the indices in out of the month-days whose year
	// resolveYear guessed from the reference time.
	guessed []int
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
	// guess: a month and day whose year resolveYear chose, the text
	// giving none
	guess bool
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
	next := 0 // no expression begins before token next
	for _, i := range s.starts {
		if int(i) < next {
			continue
		}
		c, ok := s.match(int(i))
		if !ok {
			continue
		}
		s.emit(c)
		next = c.j
	}
	s.yearsFromText()
	return s.out
}

// yearsFromText gives a month-day without a year the year the same text
// gives that month and day, before the time of writing: a report of
// 1 May 2008 that names "the July 7 bombers" and "July 7, 2005" means the
// one day (MultiLing M0017), not last July. The date of a past event is
// named again by its month and day alone, as the event's name.
func (s *scanner) yearsFromText() {
	for _, g := range s.guessed {
		t := &s.out[g]
		for _, o := range s.out {
			if o.Relative || o.Gran != GDay || o.Begin.IsZero() || o.Begin.Year() == t.Begin.Year() ||
				o.Begin.Month() != t.Begin.Month() || o.Begin.Day() != t.Begin.Day() || !o.Begin.Before(s.ref.Time) {
				continue
			}
			t.Begin = o.Begin
			t.Value = o.Value
			t.NoYear = false
			break
		}
	}
}

// starter is a cheap filter: most tokens cannot begin an expression.
func (st *startSet) starter(t tok) bool {
	if t.num {
		return true
	}
	if !t.word {
		return false
	}
	if startWords.Has(t.low) {
		return true
	}
	w := t.low
	if n := len(w); n > 2 && (w[n-2] == '\'' || strings.HasSuffix(w, "’s")) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	// the filter in line turns most words away before the map
	if w != "" && !st.filter.MayHold(w) {
		return false
	}
	_, ok := st.words[w] // "today's", "tomorrow's" too
	return ok
}

// startSet holds every word that may begin an expression, so that the
// filter, asked of every word of every text, is one lookup instead of
// one per word list, and a bit filter of them in front of the map.
type startSet struct {
	words  map[string]struct{}
	filter english.WordFilter
}

// starters is the startSet, built on first use from the lists, each word
// kept only if its list's own test takes it (a month, weekday or number
// word needs a value).
var starters = sync.OnceValue(func() *startSet {
	m := map[string]struct{}{}
	take := func(words []string, ok func(string) bool) {
		for _, w := range words {
			if ok(w) {
				m[w] = struct{}{}
			}
		}
	}
	take(startWords.Words(), startWords.Has)
	weekday := func(w string) bool { _, ok := weekdayOf(w); return ok }
	month := func(w string) bool { _, ok := monthOf(w); return ok }
	number := func(w string) bool { _, ok := numberWords.Int(w); return ok }
	unit := func(w string) bool { _, ok := unitOf(w); return ok }
	ordinal := func(w string) bool { _, ok := ordinals.Int(w); return ok }
	take(english.Weekdays.Words(), weekday)
	take(english.Months.Words(), month)
	take(english.MonthAbbreviations.Words(), month)
	take(numberWords.Words(), number)
	take(units.Words(), unit)
	take(ordinals.Words(), ordinal)
	st := &startSet{words: m}
	for w := range m {
		if w != "" {
			st.filter.Add(w)
		}
	}
	return st
})

// startWords are the words a time expression may start with, besides
// numbers and the names of months, weekdays and units.
var startWords = english.List("timex/start-words")

func (s *scanner) emit(c cand) {
	t := Timex{
		Start: s.tk(c.i).s, End: s.tk(c.j - 1).e, Type: c.typ, Mod: c.mod,
		Relative: c.rel, Anaphoric: c.ana, Future: c.fut, NoYear: c.guess,
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
			if c.ana && c.p.gran == GDay {
				s.anaDay, s.anaEnd = c.p, c.j
			}
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
					s.setDay(c)
				}
			}
		}
	default:
		t.Value = c.value
	}
	if c.guess && t.Gran == GDay && !t.Begin.IsZero() {
		s.guessed = append(s.guessed, len(s.out))
	}
	s.out = append(s.out, t)
}

// setDay makes the day of c, a day the text sets, the one later anaphora
// and bare clock times hang on. A day named as a noun's modifier ("the
// February 27 earthquake") after a day the text told names another event:
// "that night" may be its night ("the man charged in the July 4 shooting
// ... had three knives on him that night", GVA 490351), but the bare clock
// times after it are of the day told (MultiLing M0057). Before any day told
// it is the event's own ("Profiles of the suspects in the July 7, 2005
// bombings", M0011).
func (s *scanner) setDay(c cand) {
	day := point{y: c.p.y, m: c.p.m, d: c.p.d, hh: -1, mm: -1, gran: GDay}
	if s.dayTold && s.nounModifier(c.i, c.j) {
		s.event = day
		return
	}
	s.dayTold = s.dayTold || !s.tk(c.i).brk || !s.tk(c.j).brk
	s.day = day
	if s.dayFut = c.fut; !c.fut {
		s.pastDay = s.day
	}
	s.dayStated = s.statementDate(c.i, c.j)
	if !s.dayStated {
		s.event = s.day
	} else if !s.event.known() {
		s.stated = true
	}
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
