package citations

import (
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// alignQuestion aligns the statements of one NAnCo question as GroupNAnCo
// does, and returns each statement's answer by source id.
func alignQuestion(t *testing.T, qi int) (*align.Result, map[string]string) {
	t.Helper()
	qs, err := LoadNAnCo(filepath.Join(testenv.SharedData(t, "nanco"), "nanco_dataset.json"))
	if err != nil {
		t.Fatal(err)
	}
	q := qs[qi]
	docs := make([]*text.Doc, len(q.Answers))
	ids := make([]string, len(q.Answers))
	answer := map[string]string{}
	for i, a := range q.Answers {
		ids[i] = "a" + strconv.Itoa(i+1)
		docs[i] = text.Analyze(&news.Article{ID: ids[i], Language: "en", Text: Statement(q.Question, a.Answer)})
		answer[ids[i]] = a.Answer
	}
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(c.Docs))
	return align.Align(c), answer
}

// A statement that says the claim and more besides carries it in full
// (align.SupportContainment): in NAnCo question 5 (calibration), "single
// largest shareholder" and "largest individual shareholder" carry "largest
// shareholder" (cosine 0.33, under the pair threshold: the added word is
// the rarest). "largest stakeholder" holds only part of it ("largest") and
// is partial support, not a source.
func TestNAnCoContainment(t *testing.T) {
	r, answer := alignQuestion(t, 4)
	var claim *news.Claim
	for i := range r.Claims {
		if answer[r.Claims[i].Sources[0]] == "largest shareholder" && len(r.Claims[i].Sources) > 1 {
			claim = &r.Claims[i]
			break
		}
	}
	if claim == nil {
		t.Fatal(`no claim of several statements holds "largest shareholder"`)
	}
	cites := func(ids []string, a string) bool {
		return slices.ContainsFunc(ids, func(id string) bool { return answer[id] == a })
	}
	for _, a := range []string{"single largest shareholder", "largest individual shareholder"} {
		if !cites(claim.Sources, a) {
			t.Errorf("claim %q does not cite %q in full", claim.Text, a)
		}
	}
	if cites(claim.Sources, "largest stakeholder") || !cites(claim.Partial, "largest stakeholder") {
		t.Errorf("claim %q: want \"largest stakeholder\" as partial support only", claim.Text)
	}
}

// "Biggest" and "largest" are one term (the superlatives' class of
// align's lexicon): in NAnCo question 5 (calibration), the claim "largest
// shareholder" cites the three statements "biggest shareholder" in full,
// which word overlap joined and the weights could not (before: calibration
// B-cubed 0.642, under word overlap's 0.644). The look-alike that shares
// only the superlative, "largest stakeholder", is still partial support,
// not a source; "biggest" alone is no fact either.
func TestNAnCoSuperlatives(t *testing.T) {
	r, answer := alignQuestion(t, 4)
	var claim *news.Claim
	for i := range r.Claims {
		if slices.ContainsFunc(r.Claims[i].Sources, func(id string) bool { return answer[id] == "largest shareholder" }) {
			claim = &r.Claims[i]
			break
		}
	}
	if claim == nil {
		t.Fatal(`no claim holds "largest shareholder"`)
	}
	n := 0
	for _, id := range claim.Sources {
		if answer[id] == "biggest shareholder" {
			n++
		}
		if answer[id] == "largest stakeholder" || answer[id] == "stakeholder" {
			t.Errorf("claim %q cites %q in full", claim.Text, answer[id])
		}
	}
	if n != 3 {
		t.Errorf("claim %q cites %d of the 3 \"biggest shareholder\" statements, want 3", claim.Text, n)
	}
	if !slices.ContainsFunc(claim.Partial, func(id string) bool { return answer[id] == "largest stakeholder" }) {
		t.Errorf("claim %q: want \"largest stakeholder\" as partial support", claim.Text)
	}
}
