package align_test

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// multiLingStory aligns the ten English reports of MultiLing 2011 topic t
// (M00t0 to M00t9, ids M00t0 ...) as one story, as the brief reads them.
func multiLingStory(t *testing.T, topic int) (*text.Corpus, *align.Result) {
	t.Helper()
	pat := filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", "M00"+strconv.Itoa(topic)+"?.english")
	files, _ := filepath.Glob(pat)
	if len(files) != 10 {
		t.Fatalf("%s: want 10 reports, found %d", pat, len(files))
	}
	var docs []*text.Doc
	var ids []string
	for _, a := range testenv.PlainArticles(t, files...) {
		a.ID = strings.TrimSuffix(filepath.Base(a.File), ".english")
		docs = append(docs, text.Analyze(a))
		ids = append(ids, a.ID)
	}
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(c.Docs))
	return c, align.Align(c)
}

// Three reports of MultiLing 2011 topic 5 (the Chile earthquakes of 2010)
// give three aftershocks' magnitudes: M0054 "measured the aftershock's
// magnitude as 6.6" (July), M0055 "had a magnitude of 5.8" (October),
// M0057 "had a 4.7 magnitude" (November, the first of four). Figures of one
// thing that differ tell different events: the three sentences were one
// claim, an agreement of three reports, and must be three, none citing the
// others. (Known limit: a report whose whole text holds the words of an
// aftershock, "University of Chile", "magnitude", "depth", "kilometers",
// is still shown in part by the text test, whatever its figures.)
func TestFiguresOfOtherEventsApart(t *testing.T) {
	c, r := multiLingStory(t, 5)
	sents := []align.SentRef{
		sentenceWith(t, c, "M0054", "measured the aftershock's magnitude as 6.6"),
		sentenceWith(t, c, "M0055", "had a magnitude of 5.8"),
		sentenceWith(t, c, "M0057", "had a 4.7 magnitude"),
	}
	for i, a := range sents {
		k := r.Of[a.Doc][a.Sent]
		if k < 0 {
			continue
		}
		cl := r.Claims[k]
		for j, b := range sents {
			if i == j {
				continue
			}
			other := c.IDs[b.Doc]
			if slices.Contains(r.Members[k], b) || slices.Contains(cl.Sources, other) {
				t.Errorf("claim %q cites %v: %s tells another aftershock (%q)",
					cl.Text, cl.Sources, other, c.Docs[b.Doc].Sentences[b.Sent].Text)
			}
		}
	}
}

// A figure that dates a fact counts nothing: MultiLing 2011 topic 1 (the
// London bombings of 7 July 2005), M0017's "The July 7 bombings were a
// series of coordinated bombings which struck London on the morning of
// July 7, 2005" and M0015's "a series of coordinated suicide bombings
// struck London's public transport system during the morning rush hour,
// with three bombs exploded within 50 seconds" tell one fact; the "7" of
// "July 7 bombings" is no count of bombs against "three bombs".
func TestDateIsNoCount(t *testing.T) {
	c, r := multiLingStory(t, 1)
	a := sentenceWith(t, c, "M0017", "The July 7 bombings were a series of coordinated bombings")
	b := sentenceWith(t, c, "M0015", "a series of coordinated suicide bombings struck London")
	if k := r.Of[a.Doc][a.Sent]; k < 0 || r.Of[b.Doc][b.Sent] != k {
		t.Errorf("%q and %q are not one claim", c.Docs[a.Doc].Sentences[a.Sent].Text, c.Docs[b.Doc].Sentences[b.Sent].Text)
	}
}
