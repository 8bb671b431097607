package brief

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// summaryWith returns the summary sentence that opens with prefix.
func summaryWith(t *testing.T, b *news.Brief, prefix string) news.SummarySentence {
	t.Helper()
	for _, s := range b.Summary {
		if strings.HasPrefix(s.Text, prefix) {
			return s
		}
	}
	for _, s := range b.Summary {
		t.Logf("summary: %q %v partial %v", s.Text, s.Sources, s.Partial)
	}
	t.Fatalf("no summary sentence opens with %q", prefix)
	return news.SummarySentence{}
}

// short gives the first eight letters of each source id, as the labels
// name GVA reports.
func short(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id[:min(8, len(id))]
	}
	return out
}

// TestSummarySentenceSaysMoreThanItsClaim: a summary sentence that says more
// than the sentences of the other reports in its claim cites them as partial
// support only. GVA 491819 (calibration): "All four have been released from
// the hospital and are expected to survive." joined the claim "Police say the
// victims are expected to survive."; two reports say the victims will
// survive, only one that they left the hospital.
func TestSummarySentenceSaysMoreThanItsClaim(t *testing.T) {
	b := Build(gvaIncident(t, "491819"), Options{})
	s := summaryWith(t, b, "All four have been released from the hospital")
	if got := short(s.Sources); !slices.Equal(got, []string{"d0aca9d1"}) {
		t.Errorf("%q cites %v, want only d0aca9d1", s.Text, got)
	}
	for _, id := range []string{"b675cc88", "fde8fc23"} {
		if !slices.Contains(short(s.Partial), id) {
			t.Errorf("%q: %s (expected to survive, no word of the hospital) not shown as partial support: %v", s.Text, id, short(s.Partial))
		}
	}
	for _, ev := range s.Evidence {
		if !slices.Contains(s.Sources, ev.Source) {
			t.Errorf("%q: evidence of %s, which it does not cite", s.Text, ev.Source)
		}
	}
	// The claim itself, which says only what all three say, cites all three.
	for _, a := range b.Agreements {
		if strings.Contains(a.Text, "expected to survive") && len(a.Sources) != 3 {
			t.Errorf("agreement %q cites %v, want the three reports", a.Text, short(a.Sources))
		}
	}
}

// TestSummaryLookAlikeNotCited: ECB+ topic 10 (calibration). The summary's
// "Team spokesman Tim Mead confirmed Sunday the Angels have withdrawn their
// offer ..." joined a claim with reports that tell the offer, not its
// withdrawal (10_4ecb, 10_7ecb): they are partial support, not sources. A
// paraphrase that holds the picked sentence's weight stays cited in full:
// 10_3ecb's "hit 13 home runs and 43 RBIs in 54 games" for 10_2ecb's "After
// being acquired from the Braves ..., Teixeira hit .358 with 13 homers and
// 43 RBIs in 54 games with the Angels."
func TestSummaryLookAlikeNotCited(t *testing.T) {
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	b := Build(ecbplus.Articles(docs, "10ecb"), Options{})
	s := summaryWith(t, b, "Team spokesman Tim Mead confirmed Sunday the Angels have withdrawn their offer")
	for _, id := range []string{"10_4ecb", "10_7ecb"} {
		if slices.Contains(s.Sources, id) {
			t.Errorf("%q cites %s, which tells the offer, not its withdrawal", s.Text, id)
		}
		if !slices.Contains(s.Partial, id) {
			t.Errorf("%q: %s not shown as partial support (%v)", s.Text, id, s.Partial)
		}
	}
	s = summaryWith(t, b, "After being acquired from the Braves")
	if !slices.Contains(s.Sources, "10_3ecb") {
		t.Errorf("%q does not cite 10_3ecb (hit 13 home runs and 43 RBIs in 54 games): %v, partial %v", s.Text, s.Sources, s.Partial)
	}
}

// TestSummaryPartialInReportOrder: GVA 412069 (calibration), "A 15-year-old
// girl was shot in the head inside her Queens apartment Friday afternoon"
// took its partial carriers from the claim's list and from the pick's, and
// printed them "(in part: s4, s2, s3)"; they are in the order of the
// reports, as the full citations are.
func TestSummaryPartialInReportOrder(t *testing.T) {
	b := Build(gvaIncident(t, "412069"), Options{})
	order := map[string]int{}
	for i, src := range b.Sources {
		order[src.ID] = i
	}
	for _, s := range b.Summary {
		if !slices.IsSortedFunc(s.Partial, func(x, y string) int { return order[x] - order[y] }) {
			t.Errorf("%q: partial carriers out of the reports' order: %v", s.Text, s.Partial)
		}
	}
	if s := summaryWith(t, b, "A 15-year-old girl was shot in the head"); len(s.Partial) < 2 {
		t.Errorf("%q: partial carriers %v, want two or more, to have an order", s.Text, s.Partial)
	}
}
