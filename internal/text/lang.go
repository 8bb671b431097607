package text

import (
	"github.com/crosscheck/crosscheck/internal/text/english"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// DetectLanguage returns the ISO 639-1 code of the language of s, or "" when
// the text is too short or the guess is unreliable.
func DetectLanguage(s string) string {
	if len(s) < 20 {
		return ""
	}
	if isEnglish(Tokenize(prefix(s, 4000), 0)) {
		return "en"
	}
	return detectTrigrams(s)
}

// detectTrigrams asks whatlanggo, on the first kilobyte only: its trigram
// counting sorts every trigram, which on a whole article costs more than all
// the rest of the analysis, and a kilobyte of prose is plenty to tell
// languages apart.
func detectTrigrams(s string) string {
	info := whatlanggo.Detect(prefix(s, 1000))
	if info.Confidence < 0.2 && !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}

// prefix cuts s to at most n bytes, at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// englishMarkers are function words frequent in any English prose and rare
// as words of other languages written in Latin script. Their share of the
// words is a classic, cheap language test (Grefenstette 1995): in English
// news they are about a fifth of all words; in French, German or Spanish
// text almost none.
var englishMarkers = english.List("text/english-markers")

// isEnglish reports whether the words are clearly English: at least 40 of
// them, and English function words at least 12% of them.
func isEnglish(toks []Token) bool {
	words, markers := 0, 0
	for _, t := range toks {
		if t.Kind != Word {
			continue
		}
		words++
		if englishMarkers.Has(t.Lower) {
			markers++
		}
	}
	return words >= 40 && markers*100 >= words*12
}
