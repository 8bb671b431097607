package align_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestFragmentsAreNoClaims reads GVA incident 683142 (six reports of an
// Oklahoma manhunt). Its brief listed "Sunday, 6:30 p.m." and "Monday, 2:38
// a.m." (subheadings of a timeline) and "was wanted on multiple charges,
// ..." (a sentence cut by the page's markup) as agreements. They must
// belong to no claim, while the statements with the same facts still do.
func TestFragmentsAreNoClaims(t *testing.T) {
	arts, err := clustereval.ReadGVA(testenv.SharedData(t, "gva-2013-2016"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []*text.Doc
	var ids []string
	for _, g := range arts {
		if g.Incident == "683142" {
			docs = append(docs, text.Analyze(g.Article))
			ids = append(ids, g.Article.ID)
		}
	}
	if len(docs) < 3 {
		t.Fatalf("incident 683142: %d reports, want 6", len(docs))
	}
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(c.Docs))
	r := align.Align(c)
	claimOf := func(prefix string) (found, inClaim int) {
		for d, doc := range c.Docs {
			for s, sent := range doc.Sentences {
				if strings.HasPrefix(sent.Text, prefix) {
					found++
					if r.Of[d][s] >= 0 {
						inClaim++
					}
				}
			}
		}
		return found, inClaim
	}
	for _, frag := range []string{"Sunday, 6:30 p.m.", "Monday, 2:38 a.m.", "was wanted on multiple charges"} {
		found, in := claimOf(frag)
		if found == 0 {
			t.Fatalf("no sentence opens with %q: the data changed", frag)
		}
		if in > 0 {
			t.Errorf("%q: %d of %d sentences belong to a claim; a fragment is no claim", frag, in, found)
		}
	}
	// the statements that give the time and the charges whole stay claims
	for _, stmt := range []string{"Around 6:30 p.m. Sunday, officers were called", "Michael Vance, 38, wounded two Wellston officers"} {
		if found, in := claimOf(stmt); found == 0 || in == 0 {
			t.Errorf("%q: %d sentences, %d in a claim; want a claim", stmt, found, in)
		}
	}
}

// TestFragmentLookAlikes: sentences that look like fragments but state
// something stay claims (units of alignment): a headline whose verb the
// tagger misses, a statement opening on a time, a sentence without a
// tagged verb. Real sentences of ECB+ 37ecbplus, 7ecb and the GVA data.
func TestFragmentLookAlikes(t *testing.T) {
	for _, s := range []string{
		"Strong earthquake hits Indonesia's Aceh province",
		"Around 6:30 p.m. Sunday, officers were called to reports of shots fired in the Wellston area in Lincoln County.",
		"He's an extremely competitive guy.",
		// 38ecbplus: the end of "a magnitude 4.6", cut at its decimal point
		"6 was recorded in the North Bay this morning, according to the U. S. Geological Survey.",
		"Monday afternoon, the Oklahoma Highway Patrol said authorities believe Vance is driving a silver 2007 Mitsubishi Eclipse.",
	} {
		doc := text.Analyze(testArticle(s))
		if align.Trivia(doc, 0) {
			t.Errorf("%q is taken for a fragment", s)
		}
	}
}

func testArticle(s string) *news.Article { return &news.Article{ID: "t", Text: s} }
