package summarize

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kljensen/snowball/french"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// conceptTokens gives the tokens of a sentence of a report in language
// lang the terms and stop words of the concepts. English keeps the text
// stage's stems and stop words. French words count as Snowball's French
// stemmer has them ("attentats manqués" and "attentat manqué" are
// "attentat manqu"), as English ones count as Snowball's English stems;
// the text stage gave them English stems (an unaccented word) or none.
// Hebrew writes its conjunction, article and prepositions onto the word
// ("והממשלה", "and the government"), so a word is counted without them
// (hebrewStem), and its stop words are those of a published list:
// otherwise few bigrams of a story repeat across its reports. Arabic's words count in their written letters only
// (arabicFold). Arabic's light stemmers (light10, light2), an Arabic stop
// list and Greek's (stop list, accents folded) lost on their calibration or
// reporting topics (docs/summary.md).
func conceptTokens(lang string, toks []text.Token) {
	if lang == "fr" {
		for i := range toks {
			if t := &toks[i]; t.Kind == text.Word {
				t.Stem = french.Stem(t.Lower, true)
			}
		}
		return
	}
	if lang == "ar" {
		for i := range toks {
			if t := &toks[i]; t.Kind == text.Word {
				t.Stem = arabicFold(t.Lower)
			}
		}
		return
	}
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

// arabicFold writes an Arabic word as Larkey, Ballesteros and Connell's
// light stemmers (2002) normalise it before stemming: without its optional
// vowel marks (harakat, U+064B-U+0652) and tatweel, its hamza-bearing alefs
// (أ إ آ ٱ) as a bare alef, ة as ه and ى as ي. Writers and translators
// choose among these freely ("المتحدة" and "المتحده", "الأمم" and
// "الامم" in one topic), so one word otherwise makes several concepts.
// Nothing is stripped from the word: the stemmers' prefixes and suffixes
// lost (docs/summary.md).
func arabicFold(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ة':
			r = 'ه'
		case r == 'ى':
			r = 'ي'
		case r >= 0x064B && r <= 0x0652 || r == 0x0640:
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
