package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/lazyre"
)

// dateline matches a dateline at the start of a sentence: a place in
// capitals, perhaps a state or country after a comma and the agency in
// brackets, then a dash and the sentence, which opens on a capital, a digit
// or a quotation mark ("TEXAS, US – A court martial ...", "OCEANSIDE (CBS
// 8) – Two teenagers ...", "WASHINGTON (AP) -- The Senate ...").
var dateline = lazyre.New(`^\s*[A-Z][A-Z.'’\- ]*[A-Z.](?:, [A-Z][A-Za-z.'’\- ]{1,30})?(?: ?\([^()]{1,30}\))? ?(?:--|[-–—]) ?[A-Z0-9"“‘']`)

// DatelineEnd is where the sentence proper starts after a dateline that
// opens s (where the report was filed, page furniture to a reader of the
// sentence), or 0. Among the capitals there must be a word of three letters
// or more: "A -" and "U.S. -" name no place.
func DatelineEnd(s string) int {
	// Cheap test first: most sentences do not open on two capitals.
	t := strings.TrimLeft(s, " \t")
	if len(t) < 2 || t[0] < 'A' || t[0] > 'Z' || t[1] < 'A' || t[1] > 'Z' {
		return 0
	}
	m := dateline.FindStringSubmatchIndex(s)
	if m == nil {
		return 0
	}
	caps := strings.FieldsFunc(s[:m[1]], func(r rune) bool { return !unicode.IsUpper(r) })
	if !slices.ContainsFunc(caps, func(w string) bool { return utf8.RuneCountInString(w) >= 3 }) {
		return 0
	}
	_, last := utf8.DecodeLastRuneInString(s[:m[1]])
	return m[1] - last
}
