package differences

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
)

// SummEdit is one document-summary pair of SummEdits (Laban et al. 2023).
type SummEdit struct {
	ID        string   `json:"id"`
	Doc       string   `json:"doc"`
	Summary   string   `json:"summary"`
	Label     int      `json:"label"` // 1 consistent, 0 inconsistent
	EditTypes []string `json:"edit_types"`
}

// LoadSummEdits reads the SummEdits news file (a JSON array).
func LoadSummEdits(path string) ([]SummEdit, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("summedits: %w", err)
	}
	var out []SummEdit
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("summedits %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("summedits %s: no records", path)
	}
	for i, r := range out {
		if r.Doc == "" || r.Summary == "" || r.Label != 0 && r.Label != 1 {
			return nil, fmt.Errorf("summedits %s: record %d (%s): needs doc, summary and a label of 0 or 1", path, i, r.ID)
		}
	}
	return out, nil
}

// Document is the SummEdits document a pair edits: the pair's id without
// its last "_" part ("63f9455b8d931ba6e664fb84_og", "..._3"). The 133 news
// pairs edit 4 documents.
func (r SummEdit) Document() string {
	if i := strings.LastIndexByte(r.ID, '_'); i > 0 {
		return r.ID[:i]
	}
	return r.ID
}

// SummEditsHalf is the half of a pair: the half (Half) of its document,
// as "summedits/<document>", so that all edits of one document fall in one
// half (a split of the pairs one by one would let the calibration half see
// every reporting document). Of the 4 news documents this puts 2 (64
// pairs, 35 inconsistent) in the calibration half and 2 (69 pairs, 47
// inconsistent) in the reporting half. Fixed in wave 11, before any rule
// was read off the pairs of either half.
func SummEditsHalf(r SummEdit) string { return Half("summedits/" + r.Document()) }

// SummEditsScore is the score of the brief on SummEdits pairs: a pair is
// called inconsistent when its brief shows a difference of any kind or a
// single-source claim of the summary.
type SummEditsScore struct {
	Pairs, Inconsistent  int
	TruePos, FalsePos    int
	ByEdit               map[string][2]int // edit type -> found, total (inconsistent pairs)
	ByReason             map[string]int    // what flagged a pair: conflict kind or "single"
	FlaggedConsistentBy  map[string]int
	BalancedAccuracy     float64
	Recall, Specificity  float64
	NaiveBalancedAcc     float64 // the reference: flag every pair whose summary has a word the document lacks
	NaiveRecall, NaiveSp float64
}

// Verdict is what the brief of one pair said.
type Verdict struct {
	Flagged bool
	Reasons []string // conflict kinds, "single" for a single-source claim of the summary
}

// Judge builds the brief of a pair as two reports (the document "doc", the
// summary "summary") and reads whether it finds the summary inconsistent.
func Judge(r SummEdit) Verdict {
	arts := []*news.Article{
		{ID: "doc", Text: r.Doc, Language: "en"},
		{ID: "summary", Text: r.Summary, Language: "en"},
	}
	b := brief.Build(arts, brief.Options{})
	var v Verdict
	for _, c := range b.Conflicts {
		v.Reasons = append(v.Reasons, c.Kind)
	}
	for _, s := range b.SingleSource {
		if slices.Equal(s.Sources, []string{"summary"}) {
			v.Reasons = append(v.Reasons, "single")
		}
	}
	v.Flagged = len(v.Reasons) > 0
	return v
}

// ScoreSummEdits judges every pair; each, when not nil, sees every pair
// with its verdict (to read the misses).
func ScoreSummEdits(recs []SummEdit, each func(SummEdit, Verdict)) SummEditsScore {
	verdicts := make(map[string]Verdict, len(recs))
	for _, r := range recs {
		v := Judge(r)
		if each != nil {
			each(r, v)
		}
		verdicts[r.ID] = v
	}
	return ScoreSummEditsOf(recs, verdicts)
}

// ScoreSummEditsOf scores pairs whose verdicts are known (by pair id).
func ScoreSummEditsOf(recs []SummEdit, verdicts map[string]Verdict) SummEditsScore {
	s := SummEditsScore{ByEdit: map[string][2]int{}, ByReason: map[string]int{}, FlaggedConsistentBy: map[string]int{}}
	var naiveTP, naiveFP int
	for _, r := range recs {
		v := verdicts[r.ID]
		s.Pairs++
		naive := newWords(r.Doc, r.Summary)
		if r.Label == 0 {
			s.Inconsistent++
			if v.Flagged {
				s.TruePos++
			}
			if naive {
				naiveTP++
			}
			for _, e := range editTypes(r) {
				x := s.ByEdit[e]
				x[1]++
				if v.Flagged {
					x[0]++
				}
				s.ByEdit[e] = x
			}
			for _, why := range dedupe(v.Reasons) {
				s.ByReason[why]++
			}
		} else {
			if v.Flagged {
				s.FalsePos++
			}
			if naive {
				naiveFP++
			}
			for _, why := range dedupe(v.Reasons) {
				s.FlaggedConsistentBy[why]++
			}
		}
	}
	cons := s.Pairs - s.Inconsistent
	s.Recall = ratio(s.TruePos, s.Inconsistent)
	s.Specificity = 1 - ratio(s.FalsePos, cons)
	s.BalancedAccuracy = (s.Recall + s.Specificity) / 2
	s.NaiveRecall = ratio(naiveTP, s.Inconsistent)
	s.NaiveSp = 1 - ratio(naiveFP, cons)
	s.NaiveBalancedAcc = (s.NaiveRecall + s.NaiveSp) / 2
	return s
}

func editTypes(r SummEdit) []string {
	if len(r.EditTypes) == 0 {
		return []string{"(none given)"}
	}
	return r.EditTypes
}

func dedupe(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

// newWords is the naive reference: a summary is inconsistent when it holds
// a content word (lower-cased, 4 letters or more) that the document lacks.
func newWords(doc, summary string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		})
	}
	in := map[string]bool{}
	for _, w := range words(doc) {
		in[w] = true
	}
	for _, w := range words(summary) {
		if len(w) >= 4 && !in[w] {
			return true
		}
	}
	return false
}
