package summarize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// hebrewBigrams are the concept bigrams (term pairs, not both stop words) of
// the first line of a MultiLing 2011 Hebrew source text that holds phrase.
func hebrewBigrams(t *testing.T, file, phrase string) map[[2]string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", file))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.Contains(line, phrase) {
			continue
		}
		d := text.Analyze(&news.Article{Text: line, Language: "he"})
		toks := contentTokens(nil, d.Tokens)
		conceptTokens("he", toks)
		out := map[[2]string]bool{}
		for i := 1; i < len(toks); i++ {
			if !(toks[i].Stop && toks[i-1].Stop) {
				out[[2]string{toks[i-1].Stem, toks[i].Stem}] = true
			}
		}
		return out
	}
	t.Fatalf("%s holds no %q", file, phrase)
	return nil
}

// TestHebrewPrefixes: "the earthquake" written with the preposition "in"
// ("ברעידת האדמה", M0053) and "an earthquake" ("רעידת אדמה", M0050), in two
// reports of one story, share a concept.
func TestHebrewPrefixes(t *testing.T) {
	a := hebrewBigrams(t, "M0053.hebrew", "ברעידת האדמה")
	b := hebrewBigrams(t, "M0050.hebrew", "רעידת אדמה בעוצמה")
	quake := [2]string{"רעידת", "אדמה"}
	if !a[quake] || !b[quake] {
		t.Errorf("no shared concept %v: %v / %v", quake, a[quake], b[quake])
	}
	for _, tc := range []struct{ in, want string }{
		{"והממשלה", "ממשלה"}, // and-the-government: "ו", then "ה"
		{"ברעידת", "רעידת"},
		{"האדמה", "אדמה"},
		{"אדמה", "אדמה"}, // no prefix
		{"של", "של"},     // too short to strip
		{"ולא", "ולא"},
	} {
		if got := hebrewStem(tc.in); got != tc.want {
			t.Errorf("hebrewStem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// English is untouched.
	toks := contentTokens(nil, text.Analyze(&news.Article{Text: "The government fell.", Language: "en"}).Tokens)
	before := append([]text.Token(nil), toks...)
	conceptTokens("en", toks)
	for i := range toks {
		if toks[i] != before[i] {
			t.Errorf("English token %q changed", toks[i].Text)
		}
	}
}
