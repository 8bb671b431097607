package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/lazyre"
)

// A dateline is the place a report was filed from, written in capitals at
// the start of a paragraph before a dash or the outlet's name in brackets:
// "HAWTHORNE —", "MCKEESPORT (KDKA) –", "ST. LOUIS, Mo. (KTVI) -",
// "PALM SPRINGS, Fla. -", "TEXAS, US –". Local news names its town there
// (the clusterer compares it); to a reader of the sentence after it, it is
// page furniture.
var datelineRE = lazyre.New(`(?m)^` + datelineHead + `(?:—|–|--|-|•|>>)`)

// datelineHead is a dateline up to its dash: an agency's bracket before it,
// the place in capitals, its state, and the outlet's bracket.
const datelineHead = `[ \t]*(?:\([^)\n]{0,30}\)[ \t]*[0-9:]*[ \t]*[A-Z]{0,4}[ \t]+)?` +
	`([A-Z][A-Z.'’\-]*[A-Z.](?:[ \t]+[A-Z][A-Z.'’\-]*[A-Z.])*)` + // the place, in capitals
	`(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][a-z.]+)?)?` + // its state
	`[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*`

// openingRE is datelineRE at the start of s with two more separators that
// only a report's opening line makes a dateline: a pipe ("GARY | Police
// are reporting", as some papers' templates print it) and an underscore
// ("COMANCHE, Okla._A 10-year-old", where a station's template lost its
// dash). Inside a page the same forms are section labels ("RELATED |",
// "FREE APPS | NOW |"), which the clusterer must not read as towns.
var openingRE = lazyre.New(`^` + datelineHead + `(?:—|–|--|-|•|>>|\||_)`)

// Dateline finds the first dateline at the start of a line of s: the place
// in capitals as written, and the bytes of the whole dateline, its dash
// included.
func Dateline(s string) (place string, start, end int, ok bool) {
	m := datelineRE.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0, 0, false
	}
	return s[m[2]:m[3]], m[0], m[1], true
}

// DatelineEnd is where the sentence proper starts after a dateline that
// opens s, or 0. The sentence after it opens on a capital, a digit or a
// quotation mark, and among the capitals there must be a word of three
// letters or more: "A -" and "U.S. -" name no place.
func DatelineEnd(s string) int {
	_, end := OpeningDateline(s)
	return end
}

// OpeningDateline is DatelineEnd with the dateline's place in capitals as
// written ("TYRONE" of "TYRONE, Mo. (AP) —"); "" and 0 when s opens on
// none.
func OpeningDateline(s string) (place string, end int) {
	// Cheap test first: most sentences do not open on two capitals, or
	// on the agency's bracket before them ("(AP) GREENVILLE, N.C. -").
	t := strings.TrimLeft(s, " \t")
	if len(t) < 2 || t[0] != '(' && (t[0] < 'A' || t[0] > 'Z' || t[1] < 'A' || t[1] > 'Z') {
		return "", 0
	}
	m := openingRE.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0
	}
	place, end = s[m[2]:m[3]], m[1]
	caps := strings.FieldsFunc(place, func(r rune) bool { return !unicode.IsUpper(r) })
	if !slices.ContainsFunc(caps, func(w string) bool { return utf8.RuneCountInString(w) >= 3 }) {
		return "", 0
	}
	// A dateline may stand on a line of its own ("PERRIS, Calif. -", a
	// blank line, then the report): the sentence opens after the break.
	for end < len(s) && strings.IndexByte(" \t\r\n", s[end]) >= 0 {
		end++
	}
	if r, _ := utf8.DecodeRuneInString(s[end:]); end == len(s) || !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'", r)) {
		return "", 0
	}
	return place, end
}
