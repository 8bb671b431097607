package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of the light tokenizer below. The tagger has its own
// tokenizer, not text.Tokenize, because it needs hyphen parts as separate
// tokens ("third-quarter", "five-hour") and no stems, and because it must be
// cheap enough to run on every article.
type tok struct {
	s, e  int    // byte offsets into the text
	low   string // lower case; "am"/"pm" for "a.m."/"p.m."
	num   bool   // all digits
	word  bool   // letters
	cap   bool   // starts with an upper-case letter
	hyph  bool   // joined to the previous token by a hyphen
	brk   bool   // a sentence or paragraph boundary comes before this token
	punct bool
}

func tokenize(s string) []tok {
	out := make([]tok, 0, len(s)/5)
	brk := true
	hyph := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n':
			brk = true
			hyph = false
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			hyph = false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isLetter(r):
			// a.m. / p.m. as one token
			if (c == 'a' || c == 'p' || c == 'A' || c == 'P') && i+3 < len(s) && s[i+1] == '.' && (s[i+2] == 'm' || s[i+2] == 'M') {
				e := i + 3
				if s[i+3] == '.' {
					e = i + 4
				}
				out = append(out, tok{s: i, e: e, low: string(c|0x20) + "m", word: true, hyph: hyph, brk: brk})
				i, brk, hyph = e, false, false
				continue
			}
			j := i
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if isLetter(r2) || (r2 == '\'' || r2 == '’') && j+s2 < len(s) && isASCIILetter(s[j+s2]) && j > i {
					j += s2
					continue
				}
				break
			}
			w := s[i:j]
			out = append(out, tok{s: i, e: j, low: lower(w), word: true, cap: unicode.IsUpper(r), hyph: hyph, brk: brk})
			i = j
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			out = append(out, tok{s: i, e: j, low: s[i:j], num: true, hyph: hyph, brk: brk})
			i = j
		default:
			out = append(out, tok{s: i, e: i + size, low: s[i : i+size], punct: true, hyph: hyph, brk: brk})
			i += size
			if c == '.' || c == '!' || c == '?' {
				// a boundary if followed by space and not after a one-letter or
				// month abbreviation; cheap and good enough for tense windows.
				if i < len(s) && (s[i] == ' ' || s[i] == '\n') && len(out) >= 2 {
					prev := out[len(out)-2]
					if !(prev.word && (len(prev.low) <= 2 || abbrevMonth[prev.low])) {
						brk = true
						hyph = false
						continue
					}
				}
			}
		}
		brk = false
		hyph = false
		if i < len(s) && s[i] == '-' && i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '-' && i > 0 {
			hyph = true
			i++
		}
	}
	return out
}

func isLetter(r rune) bool {
	return r < utf8.RuneSelf && isASCIILetter(byte(r)) || r >= utf8.RuneSelf && unicode.IsLetter(r)
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var abbrevMonth = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mr": true, "mrs": true,
	"dr": true, "st": true, "gen": true, "sen": true, "gov": true, "rep": true,
}

var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// partsOfDay maps a word to its TimeML part-of-day code.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
	"couple": 2,
}

// vagueNumbers stand for an unknown count: TimeML writes X ("PXY").
var vagueNumbers = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true, "various": true,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
	"last": -1, "final": -1,
}

// unit is a calendar unit: its TimeML duration letter and whether it is a
// time (PT...) unit.
type unit struct {
	code string // Y, M, W, D, H (after T), M (after T), S, Q (quarter: P3M), DE, CE
	time bool
}

var units = map[string]unit{
	"year": {"Y", false}, "years": {"Y", false}, "yr": {"Y", false}, "yrs": {"Y", false},
	"month": {"M", false}, "months": {"M", false},
	"week": {"W", false}, "weeks": {"W", false},
	"day": {"D", false}, "days": {"D", false},
	"hour": {"H", true}, "hours": {"H", true}, "hr": {"H", true}, "hrs": {"H", true},
	"minute": {"M", true}, "minutes": {"M", true}, "min": {"M", true}, "mins": {"M", true},
	"second": {"S", true}, "seconds": {"S", true},
	"quarter": {"Q", false}, "quarters": {"Q", false},
	"decade": {"DE", false}, "decades": {"DE", false},
	"century": {"CE", false}, "centuries": {"CE", false},
	"weekend": {"WE", false}, "weekends": {"WE", false},
	"fortnight": {"FN", false},
}

var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// zoneAbbrev holds the fixed-offset zone abbreviations news uses, in minutes
// east of UTC.
var zoneAbbrev = map[string]int{
	"gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "est": -300, "edt": -240,
	"cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
	"et": -300, "pt": -480, "jst": 540, "kst": 540, "ist": 330, "msk": 180, "aest": 600,
}
