package timex

import "github.com/crosscheck/crosscheck/internal/text/english"

// Rules of the family: anaphora.

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
		if w == "that" && s.event.known() {
			// "that night" is the night of the event told, not of the
			// statement last dated ("police told a news conference
			// Friday ... he should not have been at the park that night")
			a = s.event
		} else if w == "that" && s.stated {
			a = point{} // the event's day is not told
		}
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

// statementDate reports a date from i to j that dates a statement: the
// nearest verb before it in its sentence, or else the first after it, is
// one of saying ("police said Monday", "On Tuesday, they said").
func (s *scanner) statementDate(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if v, ok := s.verbAt(k); ok {
			return v
		}
		if s.tk(k).brk {
			break
		}
	}
	for k := j; k < len(s.toks) && k < j+6 && !s.tk(k).brk; k++ {
		if v, ok := s.verbAt(k); ok {
			return v
		}
	}
	return false
}

// verbAt reports a verb at k and whether it is one of saying.
func (s *scanner) verbAt(k int) (speech, ok bool) {
	w := s.low(k)
	if english.SpeechVerbs.Has(w) {
		return true, true
	}
	if _, ok := tenseOf(w); ok {
		return false, true
	}
	return false, false
}
