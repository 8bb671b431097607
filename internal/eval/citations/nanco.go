package citations

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/eval/bcubed"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Question is one NAnCo question with its answers, each from a different
// article of one story (Laban et al. 2022, Discord Questions).
type Question struct {
	Question string `json:"question"`
	Answers  []struct {
		Paragraph string `json:"Paragraph"`
		Answer    string `json:"Answer"`
		URL       string `json:"Article URL"`
		Gold      any    `json:"cluster_global"`
	} `json:"answers"`
}

// LoadNAnCo reads nanco_dataset.json.
func LoadNAnCo(path string) ([]Question, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var qs []Question
	if err := json.Unmarshal(b, &qs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("%s: no questions", path)
	}
	return qs, nil
}

// NAnCoHalf says which half a question (0-based index) belongs to: even
// indexes (questions 1, 3, 5, 7) calibrate, odd ones report.
func NAnCoHalf(i int) string {
	if i%2 == 0 {
		return Calibration
	}
	return Reporting
}

// Statement is an answer as a report would state it, in one sentence: the
// question's words with the answer ("How long will cocktails to-go be
// around: 2024."). An answer alone is often a fragment ("2024", "Putin")
// with too few words to be a claim; its paragraph holds much besides the
// answer. Written as a question followed by the answer, the statement was
// two sentences, a question (trivia to align: a subheading) and a fragment,
// so a short answer never formed a claim.
func Statement(question, answer string) string {
	answer = strings.TrimSpace(answer)
	if answer == "" {
		return question
	}
	return strings.TrimRight(strings.TrimSpace(question), "? ") + ": " + answer + "."
}

// Grouping is a B-cubed score of a grouping of answers.
type Grouping struct {
	Answers  int
	P, R, F1 float64
}

// GroupNAnCo groups the answers of one question by crosscheck's claim
// alignment (each statement a report of its own; statements in one claim
// are one group, the rest each alone) and, for reference, by word overlap
// (single link over stem sets with a Jaccard of at least 0.3, set a
// priori; the better of the answers alone and the statements), and scores
// both against the gold groups.
func GroupNAnCo(q Question) (crosscheck, naive, singletons Grouping) {
	n := len(q.Answers)
	gold := make([]string, n)
	arts := make([]*news.Article, n)
	for i, a := range q.Answers {
		gold[i] = fmt.Sprint(a.Gold)
		arts[i] = &news.Article{ID: "a" + strconv.Itoa(i+1), URL: a.URL, Language: "en", Text: Statement(q.Question, a.Answer)}
	}
	docs := make([]*text.Doc, n)
	ids := make([]string, n)
	for i, a := range arts {
		docs[i] = text.Analyze(a)
		ids[i] = a.ID
	}
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(c.Docs))
	r := align.Align(c)
	// A claim's group is its members and the reports it cites for carrying
	// its wording (align's support), joined transitively.
	uf := newUnionFind(n)
	for _, cl := range r.Claims {
		first := c.IndexOf(cl.Sources[0])
		for _, id := range cl.Sources[1:] {
			uf.union(first, c.IndexOf(id))
		}
	}
	pred := make([]string, n)
	for i := range pred {
		pred[i] = strconv.Itoa(uf.find(i))
	}
	score := func(p []string) Grouping {
		g := Grouping{Answers: n}
		g.P, g.R, g.F1 = bcubed.Score(p, gold)
		return g
	}
	alone := make([]string, n)
	for i := range alone {
		alone[i] = strconv.Itoa(i)
	}
	answers := make([]*text.Doc, n)
	for i, a := range q.Answers {
		answers[i] = text.Analyze(&news.Article{Language: "en", Text: a.Answer})
	}
	naive = score(overlapGroups(answers, 0.3))
	if alt := score(overlapGroups(docs, 0.3)); alt.F1 > naive.F1 {
		naive = alt
	}
	return score(pred), naive, score(alone)
}

// overlapGroups joins two documents whose content-word stems have a
// Jaccard of at least min, transitively (single link).
func overlapGroups(docs []*text.Doc, min float64) []string {
	sets := make([]map[string]bool, len(docs))
	for i, d := range docs {
		sets[i] = contentWords(d, 0, len(d.Article.Text))
	}
	uf := newUnionFind(len(docs))
	for i := range sets {
		for j := i + 1; j < len(sets); j++ {
			inter := 0
			for w := range sets[i] {
				if sets[j][w] {
					inter++
				}
			}
			union := len(sets[i]) + len(sets[j]) - inter
			if union > 0 && float64(inter)/float64(union) >= min {
				uf.union(i, j)
			}
		}
	}
	out := make([]string, len(docs))
	for i := range out {
		out[i] = strconv.Itoa(uf.find(i))
	}
	return out
}

type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(i, j int) { u[u.find(i)] = u.find(j) }
