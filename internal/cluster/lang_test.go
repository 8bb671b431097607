package cluster

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// TestWordStem: French words get the Snowball stem after their elided
// article, French function words are stop words, and words of languages
// without a stemmer are cut to their first five letters, Greek ones after
// their accents are dropped, Arabic ones after their article; Hindi's
// function words are stop words.
func TestWordStem(t *testing.T) {
	for _, tc := range []struct {
		lang, word, want string
		stop             bool
	}{
		{"fr", "l'ambassade", "ambassad", false},
		{"fr", "ambassades", "ambassad", false},
		{"fr", "dans", "", true},
		{"cs", "prezidenta", "prezi", false},
		{"cs", "prezidentem", "prezi", false},
		{"el", "κυβέρνηση", "κυβερ", false},
		// Greek moves its accent as a word inflects: one stem.
		{"el", "κυβερνήσεις", "κυβερ", false},
		{"el", "άνθρωπος", "ανθρω", false},
		{"el", "ανθρώπου", "ανθρω", false},
		{"el", "νόμος", "νομοσ", false},
		{"he", "של", "של", false},
		// Arabic: "and", the article and the prepositions written onto
		// it are stripped (light2) before the cut.
		{"ar", "الحكومة", "حكومة", false},
		{"ar", "والحكومة", "حكومة", false},
		{"ar", "بالحكومة", "حكومة", false},
		{"ar", "والرئيس", "رئيس", false},
		// Of three letters or fewer, "و" is the word's own ("ولد").
		{"ar", "ولد", "ولد", false},
		// Hindi's function words (stopwords-iso) are stop words; those
		// of the other languages are left to IDF.
		{"ar", "وقال", "قال", false},
		{"cs", "který", "který", false},
		{"hi", "लिए", "", true},
		{"hi", "हैं", "", true},
		{"hi", "सरकार", "सरकार", false},
	} {
		t.Run(tc.lang+"/"+tc.word, func(t *testing.T) {
			tk := text.Tokenize(tc.word, 0)[0]
			stem, stop := wordStem(tc.lang, tk.Lower, &tk)
			if stem != tc.want || stop != tc.stop {
				t.Errorf("wordStem(%s, %q) = %q, %v; want %q, %v", tc.lang, tc.word, stem, stop, tc.want, tc.stop)
			}
		})
	}
}

// TestNumberTerm: in a language the time tagger cannot read, numbers of
// one or two digits (days of the month, clock times) are no terms; years
// and other numbers are, and in English every number is.
func TestNumberTerm(t *testing.T) {
	for _, tc := range []struct {
		lang, w string
		want    bool
	}{
		{"hi", "30", false},
		{"hi", "१०", false},
		{"hi", "2007", true},
		{"hi", "8.8", true},
		{"cs", "15", false},
		{"en", "15", true},
		{"", "30", true},
	} {
		if got := numberTerm(tc.lang, tc.w); got != tc.want {
			t.Errorf("numberTerm(%s, %q) = %v, want %v", tc.lang, tc.w, got, tc.want)
		}
	}
}
