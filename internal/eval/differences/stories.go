// Package differences measures how well the brief reports differences
// between sources: it plants one known change in one report of a real
// story (a number, a date, a name, a speaker, a negation or antonym, an
// inserted fact) and checks that the brief reports exactly that change, and
// it scores two-report stories made of a news document and an edited
// summary of it (SummEdits).
package differences

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/eval/multiling"
	"github.com/crosscheck/crosscheck/internal/news"
)

// Story is one real story: its reports, and the half it belongs to.
type Story struct {
	ID       string // "multiling/M001", "ecb/12ecbplus", "gva/123456", "summit"
	Articles []*news.Article
}

// Halves of the stories. The half of a story is fixed by a hash of its id
// (Half), decided before any rule was tuned: rules and thresholds are set on
// the calibration half, figures are reported on the reporting half.
const (
	Calibration = "calibration"
	Reporting   = "reporting"
)

// Half returns the half a story belongs to: FNV-1a of its id, even is
// calibration.
func Half(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if h.Sum32()%2 == 0 {
		return Calibration
	}
	return Reporting
}

// MinGVAArticles is the fewest articles a GVA incident needs to be a story
// here: with two, a planted change has one report to differ from, and
// SemEval's incidents with three or more are the ones the data set's
// README proposes for briefs.
const MinGVAArticles = 3

// LoadStories reads the stories of the shared data folder: the MultiLing
// 2011 English topics, the ECB+ topics split into their two events, the GVA
// incidents with MinGVAArticles articles or more, and the summit. A missing
// data set is an error naming it.
func LoadStories(data string) ([]Story, error) {
	var out []Story
	ml, err := multiling.Load(filepath.Join(data, "multiling2011"))
	if err != nil {
		return nil, err
	}
	for _, t := range ml.Topics {
		out = append(out, Story{ID: "multiling/" + t.ID, Articles: t.Articles})
	}
	docs, err := ecbplus.Load(filepath.Join(data, "ecbplus", "ECB+"))
	if err != nil {
		return nil, err
	}
	byStory := map[string][]*news.Article{}
	var order []string
	for _, d := range docs {
		if byStory[d.Story] == nil {
			order = append(order, d.Story)
		}
		byStory[d.Story] = append(byStory[d.Story], d.Article)
	}
	for _, s := range order {
		out = append(out, Story{ID: "ecb/" + s, Articles: byStory[s]})
	}
	gva, err := LoadGVA(filepath.Join(data, "gva-2013-2016"), MinGVAArticles)
	if err != nil {
		return nil, err
	}
	out = append(out, gva...)
	summit, err := loadSummit(filepath.Join(data, "summit-2023"))
	if err != nil {
		return nil, err
	}
	return append(out, summit), nil
}

// LoadGVA reads the GVA stream under dir (clustereval.ReadGVA) and returns
// the incidents with at least min articles as stories, in incident order.
func LoadGVA(dir string, min int) ([]Story, error) {
	arts, err := clustereval.ReadGVA(dir)
	if err != nil {
		return nil, fmt.Errorf("gva: %w", err)
	}
	byIncident := map[string][]*news.Article{}
	for _, g := range arts {
		a := g.Article
		a.ID, a.Language, a.OutletFrom = "gva"+a.ID, "en", news.OutletFromSite
		byIncident[g.Incident] = append(byIncident[g.Incident], a)
	}
	var ids []string
	for id, arts := range byIncident {
		if len(arts) >= min {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	out := make([]Story, 0, len(ids))
	for _, id := range ids {
		out = append(out, Story{ID: "gva/" + id, Articles: byIncident[id]})
	}
	return out, nil
}

// loadSummit reads the five summit reports as plain articles.
func loadSummit(dir string) (Story, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		return Story{}, fmt.Errorf("summit: no reports under %s", dir)
	}
	sort.Strings(files)
	st := Story{ID: "summit"}
	for i, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			return Story{}, fmt.Errorf("summit: %w", err)
		}
		var paras []string
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				paras = append(paras, l)
			}
		}
		st.Articles = append(st.Articles, &news.Article{ID: fmt.Sprintf("s%d", i+1), File: p, Language: "en", Text: strings.Join(paras, "\n\n")})
	}
	return st, nil
}
