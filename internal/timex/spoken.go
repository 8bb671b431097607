package timex

// Years and decades in words, as broadcast transcripts write them:
// "nineteen ninety-six", "nineteen seventy-nine", "the year two thousand",
// "the nineties", "the nineteen eighties".

var tensWords = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var teenWords = map[string]int{
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var unitWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}

// decadeWords are the plural decade names: "the nineties" is 199.
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
	"eighties": 8, "nineties": 9,
}

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
		if u, ok := unitWords[s.word(j)]; ok {
			return 2000 + u, j + 1, true
		}
		if t, ok := teenWords[s.word(j)]; ok {
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
		u, ok := unitWords[s.word(k+2)]
		if !ok {
			return 0, k, false
		}
		y, j = century+u, k+3
	default:
		if t, ok := tensWords[n]; ok && !(century == 2000 && t > 30) {
			y = century + t
			if u, ok := unitWords[s.word(j)]; ok && j < len(s.toks) && !s.tk(j).brk {
				y += u
				j++
			}
		} else if t, ok := teenWords[n]; ok && !(century == 2000 && t < 10) {
			y = century + t
		} else {
			return 0, k, false
		}
	}
	// a count, not a year: "nineteen hundred people", "twenty twenty-five percent"
	if next := s.low(j); countNouns[next] || next == "percent" || next == "%" || next == "dollars" {
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
		if d, ok := decadeWords[s.word(j)]; ok {
			return cand{i: k, j: j + 1, typ: Date, p: point{y: 1900 + 10*d, hh: -1, mm: -1, gran: GDecade}}, true
		}
		if s.word(j) == "nineteen" || s.word(j) == "eighteen" {
			if d, ok := decadeWords[s.word(j+1)]; ok {
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
	code, ok := seasons[s.word(j)]
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
