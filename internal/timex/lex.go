package timex

import (
	"github.com/crosscheck/crosscheck/internal/text/english"

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
			if e, ok := meridiem(s, i); ok {
				out = append(out, tok{s: i, e: e, low: string(c|0x20) + "m", word: true, hyph: hyph, brk: brk})
				i, brk, hyph = e, false, false
				continue
			}
			j := wordEnd(s, i)
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
			if (c == '.' || c == '!' || c == '?') && sentenceEnds(s, i, out) {
				brk = true
				hyph = false
				continue
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

// meridiem reads "a.m." or "p.m." (with or without the last dot) at i and
// returns its end.
func meridiem(s string, i int) (int, bool) {
	c := s[i] | 0x20
	if (c != 'a' && c != 'p') || i+3 >= len(s) || s[i+1] != '.' || s[i+2]|0x20 != 'm' {
		return 0, false
	}
	if s[i+3] == '.' {
		return i + 4, true
	}
	return i + 3, true
}

// sentenceEnds reports a sentence boundary after the mark that ends at i:
// space follows, and the word before is not a one-letter or month or title
// abbreviation; cheap and good enough for tense windows.
func sentenceEnds(s string, i int, out []tok) bool {
	if i >= len(s) || (s[i] != ' ' && s[i] != '\n') || len(out) < 2 {
		return false
	}
	prev := out[len(out)-2]
	return !(prev.word && (len(prev.low) <= 2 || abbreviatedBefore(prev.low)))
}

// wordEnd returns the end of the word of letters starting at i; an
// apostrophe between letters stays in it ("o'clock").
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r2, s2 := utf8.DecodeRuneInString(s[j:])
		if isLetter(r2) || (r2 == '\'' || r2 == '’') && j+s2 < len(s) && isASCIILetter(s[j+s2]) && j > i {
			j += s2
			continue
		}
		break
	}
	return j
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

// partsOfDay maps a word to its TimeML part-of-day code.
var partsOfDay = english.List("timex/parts-of-day")

var numberWords = english.List("timex/number-words")

// vagueNumbers stand for an unknown count: TimeML writes X ("PXY").
var vagueNumbers = english.List("timex/vague-numbers")

var ordinals = english.List("timex/ordinals")

// unit is a calendar unit: its TimeML duration letter and whether it is a
// time (PT...) unit.
type unit struct {
	code string // Y, M, W, D, H (after T), M (after T), S, Q (quarter: P3M), DE, CE
	time bool
}

// units maps calendar unit words to their TimeML codes ("H time" for a
// time unit).
var units = english.List("timex/units")

// unitOf returns the calendar unit a word names.
func unitOf(w string) (unit, bool) {
	v, ok := units.Value(w)
	if !ok {
		return unit{}, false
	}
	code, time := strings.CutSuffix(v, " time")
	return unit{code: code, time: time}, true
}

// yearUnit is the unit of "year".
var yearUnit = unit{code: "Y"}

// monthOf returns the number of a month's name or abbreviation.
func monthOf(w string) (int, bool) { return english.IsMonth(w) }

// weekdayOf returns the time.Weekday number of a weekday's name.
func weekdayOf(w string) (int, bool) { return english.Weekdays.Int(w) }

// abbreviatedBefore reports a word that takes a dot without ending a
// sentence: a month's or a title's abbreviation ("Jan.", "Gen.").
func abbreviatedBefore(w string) bool {
	return english.MonthAbbreviations.Has(w) || english.Abbreviations.Kind(w) == "title"
}

var seasons = english.List("timex/seasons")

// zoneAbbrev holds the fixed-offset zone abbreviations news uses, in minutes
// east of UTC.
var zoneAbbrev = english.List("timex/zone-abbrev")
