package differences

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// A sentence of another story planted after a line that no full stop ends
// starts a line of its own, as a report would print it: glued to the line,
// the two were one sentence no report prints, and another report's copy of
// the line lent the whole support. GVA 377047 (calibration half) prints a
// related story's headline, "RECALL: Night club shooting sends seven to
// hospital", on a line of its own; the plant after it must come out of the
// analysis as a sentence of its own. After a sentence that a full stop ends
// (the look-alike) the plant is written after a space, as before.
func TestInsertedAfterHeadlineIsItsOwnSentence(t *testing.T) {
	st := gvaStory(t, "377047")
	const ins = "Inspector Dave Gaskin said the man fell around 2000ft (609 metres) near the Mount Sefton Bivvy, above the Mueller Glacier."
	p := &planter{inserts: []string{ins}, r: rand.New(rand.NewPCG(1, 2))}
	for _, want := range []struct {
		line string
		sep  string
	}{
		{"Night club shooting sends seven to hospital", "\n"},
		{"", " "}, // the first sentence that ends on a full stop
	} {
		var art *news.Article
		var doc *text.Doc
		s := -1
		for _, a := range st.Articles {
			d := text.Analyze(a)
			for k, sent := range d.Sentences {
				if want.line != "" && strings.HasSuffix(sent.Text, want.line) || want.line == "" && strings.HasSuffix(sent.Text, ".") {
					art, doc, s = a, d, k
					break
				}
			}
			if s >= 0 {
				break
			}
		}
		if s < 0 {
			t.Fatalf("no sentence ends with %q", want.line)
		}
		pl, ok := p.plantInserted(Plant{Kind: KindInserted}, doc, site{doc: 0, sent: s})
		if !ok || !strings.HasPrefix(pl.New, want.sep) {
			t.Fatalf("plant after %q: %q, want it to open with %q", doc.Sentences[s].Text, pl.New, want.sep)
		}
		edited := *art
		edited.Text = art.Text[:pl.Start] + pl.New + art.Text[pl.End:]
		found := false
		for _, sent := range text.Analyze(&edited).Sentences {
			found = found || sent.Text == ins
		}
		if !found {
			t.Errorf("plant after %q: the planted sentence is not a sentence of its own", doc.Sentences[s].Text)
		}
	}
}

// A sentence of another story inserted into a report is what that report
// alone says: another report's sentence that lies inside it by weight but
// shares fewer than three of its words does not take it off the
// single-source list (align's liesInside floor). GVA 546760 (calibration
// half), a plant of `crosscheck eval differences` that main missed: "The
// start of the campaign for this election will be announced on October 5,
// 2013, in Turkmenistan." after "Geller says four people were injured in
// the initial shooting, not five as first reported."
func TestInsertedNotCorroboratedByTwoWords(t *testing.T) {
	st := gvaStory(t, "546760")
	const site = "Geller says four people were injured in the initial shooting, not five as first reported."
	const ins = "The start of the campaign for this election will be announced on October 5, 2013, in Turkmenistan."
	edited := slices.Clone(st.Articles)
	at := slices.IndexFunc(edited, func(a *news.Article) bool { return strings.Contains(a.Text, site) })
	if at < 0 {
		t.Fatalf("no report holds %q", site)
	}
	c := *edited[at]
	c.Text = strings.Replace(c.Text, site, site+" "+ins, 1)
	edited[at] = &c
	docs, ids := brief.Analyze(edited)
	b := brief.FromCorpus(text.NewCorpus(docs, ids), brief.Options{})
	for _, s := range b.SingleSource {
		if len(s.Sources) == 1 && s.Sources[0] == c.ID && strings.Contains(s.Text, "start of the campaign") {
			return
		}
	}
	t.Errorf("%s: the inserted %q is not on the single-source list", c.ID, ins)
}
