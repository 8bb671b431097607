package align

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// fragmentByEveryWord is fragment as it was before it looked words up only
// in a line of figures without a year: every word of every sentence was
// looked up. It stays here as the reference fragment must match exactly.
func fragmentByEveryWord(toks []text.Token) bool {
	first := -1
	figures, other := 0, 0
	for k, t := range toks {
		if first < 0 && t.Kind != text.Punct {
			first = k
		}
		switch t.Kind {
		case text.Number:
			figures++
			if len(t.Text) == 4 {
				other++
			}
		case text.Word:
			if !timeWords()[t.Lower] {
				other++
			}
		}
	}
	if figures > 0 && other == 0 {
		return true
	}
	if first < 0 || toks[first].Kind != text.Word || toks[first].Cap || toks[first].Lower != toks[first].Text {
		return false
	}
	return hasVerb(toks[first : first+1])
}

// TestFragmentMatchesEveryWord compares fragment with the form that looked
// up every word, on every sentence of 1,500 GVA reports (local news, with
// their timelines' subheadings and pages' stamps): the same answer for
// each, and some sentences of each kind.
func TestFragmentMatchesEveryWord(t *testing.T) {
	var lines, cut, sentences int
	for _, body := range testenv.GVATexts(t, 1500) {
		doc := text.Analyze(&news.Article{Text: body})
		for s := range doc.Sentences {
			toks := doc.SentenceTokens(s)
			sentences++
			got, want := fragment(toks), fragmentByEveryWord(toks)
			if got != want {
				t.Errorf("fragment(%q) = %v, the look-up of every word %v", body[doc.Sentences[s].Start:doc.Sentences[s].End], got, want)
			}
			switch {
			case timeFragment(toks):
				lines++
			case got:
				cut++
			}
		}
	}
	t.Logf("%d sentences: %d time lines, %d cut pieces", sentences, lines, cut)
	if lines == 0 || cut == 0 {
		t.Errorf("%d time lines and %d cut pieces: want some of each", lines, cut)
	}
}
