package cluster

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/text"
)

// TestJoinMarks: Devanagari vowel signs (Unicode Mc) split words in the text
// stage's tokens; the clusterer glues them back, and leaves other scripts'
// tokens and punctuation alone.
func TestJoinMarks(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"hindi", "भारत सरकार ने कहा।", []string{"भारत", "सरकार", "ने", "कहा", "।"}},
		{"english", "The U.S. said, again.", []string{"The", "U.S.", "said", ",", "again", "."}},
		{"arabic", "قالت الحكومة", []string{"قالت", "الحكومة"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tk := range joinMarks(text.Tokenize(tc.in, 0)) {
				got = append(got, tk.Text)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("joinMarks(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}

// TestWordStem: French words get the Snowball stem after their elided
// article, French function words are stop words, and words of languages
// without a stemmer are cut to their first five letters.
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
		{"el", "κυβέρνηση", "κυβέρ", false},
		{"he", "של", "של", false},
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
