package timex

import (
	"strconv"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Rules of the family: sets.

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
