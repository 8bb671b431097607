package timex

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
