package timex

import "github.com/crosscheck/crosscheck/internal/text/english"

// Years and decades in words, as broadcast transcripts write them:
// "nineteen ninety-six", "nineteen seventy-nine", "the year two thousand",
// "the nineties", "the nineteen eighties".

var tensWords = english.List("timex/tens-words")

var teenWords = english.List("timex/teen-words")

var unitWords = english.List("timex/unit-words")

// decadeWords are the plural decade names: "the nineties" is 199.
var decadeWords = english.List("timex/decade-words")

// spokenYearAt reads a year said as two numbers: "nineteen ninety-six",
// "nineteen oh five", "nineteen hundred", "twenty twelve"; with
// thousand true also "two thousand" and "two thousand (and) one", which
// alone are counts more often than years, so callers allow them only where a
// year is expected ("the year two thousand", "January two thousand").
// It returns the year and the token after it.
func (s *scanner) spokenYearAt(k int, thousand bool) (int, int, bool) {
	w := s.word(k)
	if thousand && w == "two" && s.low(k+1) == "thousand" {
		j := k + 2
		if s.low(j) == "and" {
			j++
		}
		if u, ok := unitWords.Int(s.word(j)); ok {
			return 2000 + u, j + 1, true
		}
		if t, ok := teenWords.Int(s.word(j)); ok {
			return 2000 + t, j + 1, true
		}
		return 2000, k + 2, true
	}
	var century int
	switch w {
	case "eighteen":
		century = 1800
	case "nineteen":
		century = 1900
	case "twenty":
		century = 2000
	default:
		return 0, k, false
	}
	if k+1 >= len(s.toks) || s.tk(k+1).brk {
		return 0, k, false
	}
	n := s.word(k + 1)
	j := k + 2
	y := 0
	switch {
	case n == "hundred" && century < 2000:
		y = century
	case n == "oh":
		u, ok := unitWords.Int(s.word(k + 2))
		if !ok {
			return 0, k, false
		}
		y, j = century+u, k+3
	default:
		if t, ok := tensWords.Int(n); ok && !(century == 2000 && t > 30) {
			y = century + t
			if u, ok := unitWords.Int(s.word(j)); ok && j < len(s.toks) && !s.tk(j).brk {
				y += u
				j++
			}
		} else if t, ok := teenWords.Int(n); ok && !(century == 2000 && t < 10) {
			y = century + t
		} else {
			return 0, k, false
		}
	}
	// a count, not a year: "nineteen hundred people", "twenty twenty-five percent"
	if next := s.low(j); countNouns.Has(next) || next == "percent" || next == "%" || next == "dollars" {
		return 0, k, false
	}
	return y, j, true
}

// spokenYear reads a year in words standing alone, and decades in words
// ("the nineties", "the nineteen eighties").
func (s *scanner) spokenYear(k int) (cand, bool) {
	j := k
	if s.low(k) == "the" {
		j++
		if d, ok := decadeWords.Int(s.word(j)); ok {
			return cand{i: k, j: j + 1, typ: Date, p: point{y: 1900 + 10*d, hh: -1, mm: -1, gran: GDecade}}, true
		}
		if s.word(j) == "nineteen" || s.word(j) == "eighteen" {
			if d, ok := decadeWords.Int(s.word(j + 1)); ok {
				c := 1900
				if s.word(j) == "eighteen" {
					c = 1800
				}
				return cand{i: k, j: j + 2, typ: Date, p: point{y: c + 10*d, hh: -1, mm: -1, gran: GDecade}}, true
			}
		}
		if s.low(j) == "year" {
			if y, e, ok := s.spokenYearAt(j+1, true); ok {
				return cand{i: k, j: e, typ: Date, p: point{y: y, hh: -1, mm: -1, gran: GYear}}, true
			}
		}
		return cand{}, false
	}
	// "twenty" alone is a common count: a spoken year standing alone must
	// begin with eighteen or nineteen.
	if w := s.word(k); w != "nineteen" && w != "eighteen" {
		return cand{}, false
	}
	y, e, ok := s.spokenYearAt(k, false)
	if !ok {
		return cand{}, false
	}
	return cand{i: k, j: e, typ: Date, p: point{y: y, hh: -1, mm: -1, gran: GYear}}, true
}

// seasonYear reads a season with its year: "the winter of 1994", "summer
// 1995", "the winter of nineteen ninety-four".
func (s *scanner) seasonYear(k int) (cand, bool) {
	j := k
	if s.low(j) == "the" {
		j++
	}
	code, ok := seasons.Value(s.word(j))
	if !ok {
		return cand{}, false
	}
	j++
	if s.low(j) == "of" {
		j++
	}
	if j >= len(s.toks) || s.tk(j).brk {
		return cand{}, false
	}
	y, e := 0, 0
	if yy, ok := s.yearAt(j); ok {
		y, e = yy, j+1
	} else if yy, ee, ok := s.spokenYearAt(j, true); ok {
		y, e = yy, ee
	} else {
		return cand{}, false
	}
	return cand{i: k, j: e, typ: Date, p: point{y: y, hh: -1, mm: -1, gran: GSeason, code: code}}, true
}
