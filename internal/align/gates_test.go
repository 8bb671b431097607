package align_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
)

// sentenceWith returns the sentence of a report that holds the words.
func sentenceWith(t *testing.T, c *text.Corpus, report, words string) align.SentRef {
	t.Helper()
	d := c.IndexOf(report)
	for s, sent := range c.Docs[d].Sentences {
		if strings.Contains(sent.Text, words) {
			return align.SentRef{Doc: d, Sent: s}
		}
	}
	t.Fatalf("%s has no sentence with %q", report, words)
	return align.SentRef{}
}

// The gates say which support test lets a sentence in and which keeps one
// out, on the pairs of TestSupportParaphrase and TestSupportPieceLookAlike.
func TestSupportGates(t *testing.T) {
	c, r := ecbStory(t, "14ecb")
	// The paraphrase is cited in full: a candidate whose cosine passes
	// the alignment's pair threshold (it joined the claim), though it holds
	// under half of the claim's weight.
	g := r.SupportGates(sentenceWith(t, c, "14_1ecb", "The alarm was raised after a CCTV operator"),
		sentenceWith(t, c, "14_8ecb", "The fire was spotted by a CCTV operator"))
	if !g.Active || !g.Candidate || g.Cosine < align.Pair || g.Coverage >= align.SupportCoverage || !slices.Contains(g.Terms, "cctv") {
		t.Errorf("CCTV paraphrase: gates %s; want a candidate at cosine >= %.2f and coverage under %.2f, sharing \"cctv\"", g, align.Pair, align.SupportCoverage)
	}

	c, r = ecbStory(t, "10ecb")
	// Two teams' $160 million: kept out by the piece word floor.
	g = r.SupportGates(sentenceWith(t, c, "10_4ecb", "The Nationals reportedly have bid $160 million"),
		sentenceWith(t, c, "10_1ecb", "was believed to have offered at least $160 million"))
	if !g.Active || g.PieceWords >= align.MinTerms || !slices.Contains(g.Terms, "#160") {
		t.Errorf("$160 million look-alike: gates %s; want the figure shared and fewer than %d piece words", g, align.MinTerms)
	}
	if s := g.String(); !strings.Contains(s, "best piece cosine") {
		t.Errorf("gates written %q", s)
	}
	if s := (align.Gates{}).String(); !strings.Contains(s, "not aligned") {
		t.Errorf("gates of a sentence out of the alignment written %q", s)
	}
}
