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
	return bigramsOf(t, "he", file, phrase)
}

// bigramsOf are the concept bigrams of the first line of a MultiLing 2011
// source text in language lang that holds phrase.
func bigramsOf(t *testing.T, lang, file, phrase string) map[[2]string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", file))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.Contains(line, phrase) {
			continue
		}
		d := text.Analyze(&news.Article{Text: line, Language: lang})
		toks := contentTokens(nil, d.Tokens)
		conceptTokens(lang, toks)
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

// TestArabicFold: "the United States" written with ta marbuta
// ("الولايات المتحدة", M0000) and with ha ("الولايات المتحده", M0001), in
// two reports of one story, share a concept; so do the alef with and
// without its hamza. Nothing is stripped from a word.
func TestArabicFold(t *testing.T) {
	a := bigramsOf(t, "ar", "M0000.arabic", "المواطنين في الولايات المتحدة")
	b := bigramsOf(t, "ar", "M0001.arabic", "بعد زياده الولايات المتحده")
	us := [2]string{"الولايات", "المتحده"}
	if !a[us] || !b[us] {
		t.Errorf("no shared concept %v: %v / %v", us, a[us], b[us])
	}
	for _, tc := range []struct{ in, want string }{
		{"الأمم", "الامم"},
		{"إلى", "الي"},
		{"المتحدة", "المتحده"},
		{"وفقاً", "وفقا"},        // the tanwin mark dropped
		{"والحكومة", "والحكومه"}, // the conjunction and the article stay
	} {
		if got := arabicFold(tc.in); got != tc.want {
			t.Errorf("arabicFold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFrenchStems: the failed bombings of M001 in the plural ("attentats
// manqués", M0013) and in the singular ("attentat manqué", M0016), in two
// reports of one story, share a concept: French words count as Snowball's
// French stemmer has them. The text stage's English stems left them apart.
func TestFrenchStems(t *testing.T) {
	a := bigramsOf(t, "fr", "M0013.french", "attentats manqués")
	b := bigramsOf(t, "fr", "M0016.french", "attentat manqué")
	failed := [2]string{"attentat", "manqu"}
	if !a[failed] || !b[failed] {
		t.Errorf("no shared concept %v: %v / %v", failed, a, b)
	}
}
