package compare

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// clockJoins may stand between a day and its clock time.
var clockJoins = english.List("compare/clock-joins")

// clockOfDay is the clock time told with the date at tok ("around 3 a.m.
// Sunday", "Monday afternoon about 1:15 p.m.", "just before 11: 30 p. m. on
// Saturday"), in minutes after midnight: the nearest clock time with an
// a.m. or p.m. on either side, with only parts of the day, hedges and the
// joining words of clockJoins between them. A clock time alone ("at 10")
// is no clock time: it is as often a count or a score. side is the side of
// the clock time the moment is put on ("before", "after", "at").
func clockOfDay(toks []text.Token, tok int) (minutes int, side string, ok bool) {
	for _, dir := range []int{1, -1} {
		var span []int
		for k, n := tok+dir, 0; k >= 0 && k < len(toks) && n < 8; k, n = k+dir, n+1 {
			if !clockPiece(toks[k]) {
				break
			}
			span = append(span, k)
		}
		if dir < 0 {
			for x, y := 0, len(span)-1; x < y; x, y = x+1, y-1 {
				span[x], span[y] = span[y], span[x]
			}
		}
		side := "at"
		for x, k := range span {
			if m, ok := clockAt(toks, span[x:], k); ok {
				return m, side, true
			}
			if s := clockJoins.Kind(toks[k].Lower); s != "" && s != "at" {
				side = s
			}
		}
	}
	return 0, "", false
}

// clockPiece reports a token that may be part of a clock time or stand
// between it and its day.
func clockPiece(t text.Token) bool {
	w := t.Lower
	switch {
	case t.Kind == text.Number, w == ":", w == ".", w == ",":
		return true
	case w == "a", w == "p", w == "m", w == "am", w == "pm":
		return true
	}
	return dayParts.Has(w) || hedges.Kind(w) != "" || clockJoins.Has(w)
}

// clockAt reads a clock time that starts at k, the first token of span:
// an hour of 1 to 12, then ":" and two digits of minutes, then a.m. or p.m.
// ("3 a.m.", "11: 30 p. m.", "2 AM", "1:15pm").
func clockAt(toks []text.Token, span []int, k int) (int, bool) {
	if toks[k].Kind != text.Number {
		return 0, false
	}
	word := func(i int) string {
		if i < len(span) {
			return toks[span[i]].Lower
		}
		return ""
	}
	digits, suffix := splitDigits(toks[k].Lower)
	h, err := strconv.Atoi(digits)
	if err != nil || h < 1 || h > 12 || len(digits) > 2 {
		return 0, false
	}
	m, i := 0, 1
	if suffix == "" && word(i) == ":" {
		mm, rest := splitDigits(word(i + 1))
		v, err := strconv.Atoi(mm)
		if err != nil || len(mm) != 2 || v > 59 {
			return 0, false
		}
		m, suffix, i = v, rest, i+2
	}
	if suffix == "" {
		switch {
		case word(i) == "am" || word(i) == "pm":
			suffix = word(i)
		case (word(i) == "a" || word(i) == "p") && word(i+1) == "." && word(i+2) == "m":
			suffix = word(i) + "m"
		}
	}
	switch suffix {
	case "am":
		return h%12*60 + m, true
	case "pm":
		return (h%12+12)*60 + m, true
	}
	return 0, false
}

// splitDigits splits a token into its leading digits and the rest ("15pm").
func splitDigits(w string) (string, string) {
	i := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' })
	if i < 0 {
		return w, ""
	}
	return w[:i], w[i:]
}

// oneClock reports two weekdays of independent sources told with the same
// clock time to the minute ("entered Cole's Place around 3 a.m. Sunday" /
// "LMPD responded to a shooting at Cole's Place around 3 a.m. Sunday", with
// the day of one changed): one moment dated two ways, whatever the words
// around it. A clock time is a rarer coincidence of two facts than a word
// they share; two facts of one story at one hour of two days (a vigil each
// evening) are told with a part of the day more often than to the minute,
// and the pair must still be one claim or neighbours as alike as the
// caller asks (nearDates). Weekdays only: a calendar date or a year with a
// clock time is as often a stamp or another occasion told as background.
func (cp *comparer) oneClock(a, b dItem) ([]string, bool) {
	if a.d.Kind != "weekday" || !cp.twoDates(a, b) {
		return nil, false
	}
	ca, sa, oka := clockOfDay(cp.c.Docs[a.ref.Doc].SentenceTokens(a.ref.Sent), a.d.Tok)
	cb, sb, okb := clockOfDay(cp.c.Docs[b.ref.Doc].SentenceTokens(b.ref.Sent), b.d.Tok)
	if !oka || !okb || ca != cb || sa != sb && sa != "at" && sb != "at" {
		return nil, false
	}
	return []string{clockText(ca)}, true
}

// clockText writes minutes after midnight as a reader reads them ("3:00 a.m.").
func clockText(m int) string {
	h, half := m/60, "a.m."
	if h >= 12 {
		h, half = h-12, "p.m."
	}
	if h == 0 {
		h = 12
	}
	return fmt.Sprintf("%d:%02d %s", h, m%60, half)
}
