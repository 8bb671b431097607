package summarize

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// conceptTokens gives the tokens of a sentence of a report in language
// lang the terms and stop words of the concepts. English keeps the text
// stage's stems and stop words. Hebrew writes its conjunction, article and
// prepositions onto the word ("והממשלה", "and the government"), so a word
// is counted without them (hebrewStem), and its stop words are those of a
// published list: otherwise few bigrams of a story repeat across its
// reports. The same for Arabic (light10 or light2 and a stop list) and
// Greek (a stop list) lost on their calibration topics (docs/summary.md).
func conceptTokens(lang string, toks []text.Token) {
	if lang != "he" {
		return
	}
	stops := hebrewStops()
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Word {
			continue
		}
		t.Stop = stops.Has(t.Lower)
		t.Stem = hebrewStem(t.Lower)
	}
}

// hebrewStops are Hebrew's stop words (stopwords-iso).
var hebrewStops = sync.OnceValue(func() *english.Set { return english.List("text/stopwords-he") })

// hebrewPrefixes are the letters Hebrew writes onto a word: "ו" (and)
// first, then the article and the prepositions.
var hebrewPrefixes = sync.OnceValue(func() []string { return english.Phrases("summarize/hebrew-prefixes") })

// hebrewStem strips a Hebrew word's conjunction "ו", then one article or
// preposition letter, each when three letters remain, as Larkey,
// Ballesteros and Connell's light stemmers (2002) strip Arabic's: "והממשלה"
// and "הממשלה" are "ממשלה".
func hebrewStem(w string) string {
	prefixes := hebrewPrefixes()
	n := utf8.RuneCountInString(w)
	if n > 3 && strings.HasPrefix(w, prefixes[0]) {
		w, n = w[len(prefixes[0]):], n-1
	}
	for _, p := range prefixes[1:] {
		if n > 3 && strings.HasPrefix(w, p) {
			return w[len(p):]
		}
	}
	return w
}
