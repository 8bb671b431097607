package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// TestWordFiltersKeepListWords checks the filter that cueAt asks before
// its lists (Dates had one too, until it took its dates from timex): on every token of 1,500 GVA reports (and every word
// of the lists), a word that one of the lists holds passes the filter, so
// the filter changes no answer; and it turns most other words away.
func TestWordFiltersKeepListWords(t *testing.T) {
	cueLists := []*english.Set{english.Negators, denials}
	words := map[string]bool{}
	for _, l := range cueLists {
		for _, w := range l.Words() {
			words[w] = true
		}
	}
	for _, body := range testenv.GVATexts(t, 1500) {
		doc := text.Analyze(&news.Article{Text: body})
		for _, tk := range doc.Tokens {
			words[tk.Lower] = true
		}
	}
	check := func(name string, f *english.WordFilter, lists []*english.Set) {
		held, passed := 0, 0
		for w := range words {
			in := false
			for _, l := range lists {
				in = in || l.Has(w)
			}
			may := w == "" || f.MayHold(w)
			if in && !may {
				t.Errorf("%s: %q is in a list, and the filter turns it away", name, w)
			}
			if in {
				held++
			} else if may {
				passed++
			}
		}
		t.Logf("%s: %d words, %d in the lists, %d others passed", name, len(words), held, passed)
		if held == 0 || passed*5 > len(words) {
			t.Errorf("%s: %d words in the lists, %d others of %d passed: want some in, at most a fifth passed", name, held, passed, len(words))
		}
	}
	check("cueWords", cueWords(), cueLists)
}
