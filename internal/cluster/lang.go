package cluster

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"

	"github.com/kljensen/snowball/french"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// prefixRunes is the length to which words of a language without a stemmer
// here are cut: truncation to a word's first few letters is a
// language-independent stand-in for stemming that does about as well as
// a rule stemmer for retrieval in inflected European languages (McNamee
// and Mayfield 2009, "Character N-Gram Tokenization for European Language
// Text Retrieval": prefixes of 4-5 characters), and it folds the case
// endings of Czech and Greek and the suffixes of Arabic, Hebrew and Hindi.
const prefixRunes = 5

// wordStem returns the form under which a word of a text in language lang
// is counted, and whether it is a stop word of that language. English
// words keep the text stage's Snowball stem and stop list; French ones get
// Snowball's French stemmer and stop list; words of other languages are
// cut to their first prefixRunes letters (Greek ones after fold, Arabic
// ones after light2); Hindi's function words are those of a published
// list (isStop), other languages' are left to IDF within the language.
func wordStem(lang, lower string, tk *text.Token) (stem string, stop bool) {
	switch lang {
	case "en", "":
		return tk.Stem, tk.Stop
	case "fr":
		lower = elision(lower)
		if french.IsStopWord(lower) {
			return "", true
		}
		return french.Stem(lower, true), false
	}
	lower = fold(lang, lower)
	if isStop(lang, lower) {
		return "", true
	}
	if lang == "ar" {
		lower = light2(lower)
	}
	n := 0
	for i := range lower {
		if n == prefixRunes {
			return lower[:i], false
		}
		n++
	}
	return lower, false
}

// stopLists are the stop words of the languages that have neither an
// English nor a Snowball list and whose list helped (docs/clustering.md,
// wave 15): Hindi. Every two Hindi texts share its function words
// whatever their topics, and over a language's first few articles IDF is
// almost flat and cannot weigh them down, so Hindi's first stories joined
// and merged on them. The same lists for Arabic, Czech, Greek and Hebrew
// did not help their calibration streams once short numbers were no
// terms (numberTerm), or lost on a reporting stream.
var stopLists = sync.OnceValue(func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, lang := range []string{"hi"} {
		set := map[string]bool{}
		for _, w := range english.List("text/stopwords-" + lang).Words() {
			set[fold(lang, w)] = true
		}
		m[lang] = set
	}
	return m
})

// isStop reports whether a lower-case (and folded) word is a stop word of
// the language lang; a language without a list here has none.
func isStop(lang, w string) bool { return stopLists()[lang][w] }

// fold gives a Greek word the letters its inflected forms share, as
// Lucene's GreekLowerCaseFilter does before stemming: Greek moves its
// accent as a word inflects ("άνθρωπος", "ανθρώπου"), so accents and
// diaeresis are dropped, and a final ς is σ. Words of other languages are
// returned as they are. Also tried on the MultiLing calibration part
// (docs/clustering.md, wave 9): Arabic's optional hamza and vowel marks,
// ة and ى, and Czech accents changed nothing there; Hebrew's final letters
// changed nothing there and lost on the reporting part.
func fold(lang, w string) string {
	if lang != "el" {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range unorm.NFD.String(w) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ς':
			b.WriteRune('σ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// arabicArticles are the definite article and the prepositions written
// onto it that light2 strips (Larkey, Ballesteros and Connell 2002,
// "Improving Stemming for Arabic Information Retrieval: Light Stemming
// and Co-occurrence Analysis"): three letters or two.
var arabicArticles = english.List("cluster/arabic-articles")

// light2 strips an Arabic word's conjunction "و" and definite article, as
// Larkey's light2 stemmer does, so that "والحكومة" ("and the government")
// and "حكومة" are cut to one prefix. Its suffixes are left to the
// truncation: stripping light10's suffixes as well (ها ان ات ون ين يه ية
// ه ة ي) merged topics in the 700-file stream (docs/clustering.md, wave 9).
func light2(w string) string {
	n := utf8.RuneCountInString(w)
	if n > 3 && strings.HasPrefix(w, "و") {
		w, n = w[len("و"):], n-1
	}
	// The longest article first: "وال" before "ال".
	for k := 3; k >= 2; k-- {
		if n-k <= 1 {
			continue
		}
		if p := runePrefix(w, k); arabicArticles.Has(p) {
			return w[len(p):]
		}
	}
	return w
}

// runePrefix is the first k runes of w.
func runePrefix(w string, k int) string {
	for i := range w {
		if k == 0 {
			return w[:i]
		}
		k--
	}
	return w
}

// frenchElisions are the elided words elision drops.
var frenchElisions = english.List("cluster/french-elisions")

// elision drops a French elided article or pronoun (l', d', qu', j' ...):
// "l'ambassade" is "ambassade".
func elision(w string) string {
	for _, sep := range []string{"'", "’"} {
		if i := strings.Index(w, sep); i > 0 && i <= 3 {
			if frenchElisions.Has(w[:i]) {
				return w[i+len(sep):]
			}
		}
	}
	return w
}

// hasTimeTagger reports whether the time tagger (internal/timex) reads
// dates in a language's text: English, and a text whose language could not
// be told (it may be English; the tagger is tried on every text).
func hasTimeTagger(lang string) bool { return lang == "en" || lang == "" }
