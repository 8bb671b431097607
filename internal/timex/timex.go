// Package timex finds time expressions in English news text and resolves them
// against a reference time (the report's publication time): dates, times of
// day with their zones, weekdays, parts of days, relative expressions
// ("yesterday", "last week", "two days ago", "earlier in the day"), months
// and years, quarters and seasons, durations and sets. Values are written as
// TimeML TIMEX3 values (ISO 8601 with TimeML's extensions), so the tagger can
// be scored on TimeBank, and each resolved point also carries its start as a
// time.Time for ordering.
//
// The rules are hand-written and compiled once (maps and a token scanner, no
// regular expressions), because an article must be tagged in well under a
// millisecond; see docs/timeline.md for why go-dateparser and olebedev/when
// are not used on running text.
package timex

import (
	"strconv"
	"time"
)

// TimeML TIMEX3 types.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Gran is the granularity of a resolved point.
type Gran int

// Granularities, coarse to fine.
const (
	GNone Gran = iota
	GCentury
	GDecade
	GYear
	GHalf
	GSeason
	GQuarter
	GMonth
	GWeek
	GWeekend
	GDay
	GPartOfDay
	GHour
	GMinute
)

// Timex is one time expression found in a text.
type Timex struct {
	Start, End int    // byte offsets into the text
	Text       string // the expression exactly as written
	Type       string // Date, Time, Duration or Set
	// Value is the TimeML value: "2023-09-13", "2023-09-13T14:30",
	// "2023-W36", "2023-Q3", "1998-01-08TNI", "P5H", "PRESENT_REF", or with
	// X for what the text and reference do not give ("XXXX-09-30").
	Value string
	Mod   string // TimeML mod: APPROX, START, END, MID, MORE_THAN ...

	// Begin is the start of the resolved point in its zone (UTC when the
	// text gives no zone); zero for durations, sets, PAST_REF and
	// unresolved values. Gran says how precise it is.
	Begin time.Time
	Gran  Gran
	// Zoned is true when the text gives the clock time's zone (an
	// abbreviation, or "local time" with a known place).
	Zoned bool
	// Relative is true when the value depends on the reference time or on
	// another expression of the text (not written out in full).
	Relative bool
	// Anaphoric is true when the value is resolved against the last time
	// the text mentioned ("earlier in the day", "a year earlier") rather
	// than the reference time.
	Anaphoric bool
	// Future is true when the tense around a weekday or month places it
	// after the reference time ("is due on Thursday").
	Future bool
	// NoYear is true for a month and day written without a year ("Jul. 7
	// 5:59 PM EDT", "April 27"), whose year the reference time chose.
	NoYear bool
}

// IsPoint reports whether the expression names a point or period on the
// calendar that a timeline can place (not a duration, set or vague
// reference like "recently").
func (t *Timex) IsPoint() bool {
	return (t.Type == Date || t.Type == Time) && !t.Begin.IsZero()
}

// Ref is what expressions are resolved against.
type Ref struct {
	// Time is the reference (publication or creation) time; zero when
	// unknown, and then relative values keep X's.
	Time time.Time
	// Zone is the story's zone for "local time" when neither the sentence,
	// the one before nor the dateline names a place (see StoryZone); nil
	// leaves such clock times without an offset.
	Zone *time.Location
}

// Find returns the time expressions of text in order, resolved against ref.
// It is safe for concurrent use.
func Find(text string, ref Ref) []Timex { return Prepare(text).Find(ref) }

// Text is a text tokenized for Find once, to be resolved against several
// references (a report without a publication time is read once without one,
// to guess its weekday, then against the guess).
type Text struct {
	text string
	toks []tok
	// starts are the tokens that may begin an expression (starter), in
	// order: found once, for every reference the text is resolved against.
	starts []int32
}

// Prepare tokenizes text for Find.
func Prepare(text string) *Text {
	t := &Text{text: text, toks: tokenize(text)}
	st := starters()
	for i, tk := range t.toks {
		if st.starter(tk) {
			t.starts = append(t.starts, int32(i))
		}
	}
	return t
}

// Find returns the time expressions of the text in order, resolved against
// ref: the same as the package's Find. It is safe for concurrent use.
func (t *Text) Find(ref Ref) []Timex {
	text, toks := t.text, t.toks
	s := &scanner{text: text, toks: toks, starts: t.starts, ref: ref}
	if !ref.Time.IsZero() {
		r := ref.Time
		s.anchor = point{y: r.Year(), m: int(r.Month()), d: r.Day(), hh: -1, mm: -1, gran: GDay}
		s.day = s.anchor
		s.pastDay = s.anchor
	}
	return s.run()
}

// point is a calendar value under construction.
type point struct {
	y, m, d int // 0 when unknown
	hh, mm  int // -1 when unknown
	gran    Gran
	code    string // quarter "Q3", half "H1", season "SU", part of day "MO"
	off     int    // zone offset in seconds when zoned
	zoned   bool
	loc     *time.Location
}

func (p point) known() bool { return p.y != 0 && p.gran != GNone }

// value writes p as a TimeML value.
func (p point) value() string {
	y := "XXXX"
	if p.y != 0 {
		y = pad(p.y, 4)
	}
	switch p.gran {
	case GCentury:
		return y[:2]
	case GDecade:
		return y[:3]
	case GYear:
		return y
	case GHalf, GSeason, GQuarter:
		return y + "-" + p.code
	case GMonth:
		return y + "-" + padX(p.m)
	case GWeek, GWeekend:
		if p.y == 0 || p.m == 0 || p.d == 0 {
			return y + "-WXX"
		}
		wy, w := time.Date(p.y, time.Month(p.m), p.d, 12, 0, 0, 0, time.UTC).ISOWeek()
		v := pad(wy, 4) + "-W" + pad(w, 2)
		if p.gran == GWeekend {
			v += "-WE"
		}
		return v
	case GDay:
		return y + "-" + padX(p.m) + "-" + padX(p.d)
	case GPartOfDay:
		return y + "-" + padX(p.m) + "-" + padX(p.d) + "T" + p.code
	case GHour, GMinute:
		v := y + "-" + padX(p.m) + "-" + padX(p.d) + "T" + pad(p.hh, 2) + ":" + pad(max(p.mm, 0), 2)
		return v
	}
	return ""
}

// begin is the start of p as a time, zero when p is not known to the year.
func (p point) begin() time.Time {
	if p.y == 0 || p.gran == GNone {
		return time.Time{}
	}
	m, d, hh, mm := 1, 1, 0, 0
	switch p.gran {
	case GQuarter:
		if q := int(p.code[1] - '0'); q >= 1 && q <= 4 {
			m = 3*q - 2
		}
	case GHalf:
		if p.code == "H2" {
			m = 7
		}
	case GSeason:
		m = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[p.code]
	}
	if p.m > 0 {
		m = p.m
	}
	if p.d > 0 {
		d = p.d
	}
	if p.gran == GPartOfDay {
		hh = map[string]int{"MO": 6, "AF": 12, "EV": 18, "NI": 21}[p.code]
	}
	if p.hh >= 0 {
		hh = p.hh
	}
	if p.mm > 0 {
		mm = p.mm
	}
	loc := time.UTC
	if p.zoned {
		if p.loc != nil {
			loc = p.loc
		} else {
			loc = time.FixedZone("", p.off)
		}
	}
	return time.Date(p.y, time.Month(m), d, hh, mm, 0, 0, loc)
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func padX(n int) string {
	if n == 0 {
		return "XX"
	}
	return pad(n, 2)
}

// fromTime makes a point of t at granularity g.
func fromTime(t time.Time, g Gran) point {
	p := point{y: t.Year(), hh: -1, mm: -1, gran: g}
	if g >= GMonth {
		p.m = int(t.Month())
	}
	if g >= GWeek {
		p.d = t.Day()
	}
	if g >= GHour {
		p.hh = t.Hour()
		p.mm = t.Minute()
	}
	switch g {
	case GQuarter:
		p.code = "Q" + strconv.Itoa((int(t.Month())-1)/3+1)
	case GHalf:
		p.code = "H" + strconv.Itoa((int(t.Month())-1)/6+1)
	}
	return p
}

// day returns p's day as a UTC midnight time; ok is false when p has no day.
func (p point) day() (time.Time, bool) {
	if p.y == 0 || p.m == 0 || p.d == 0 || p.gran < GDay {
		return time.Time{}, false
	}
	return time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC), true
}
