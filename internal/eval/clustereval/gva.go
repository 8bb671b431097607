package clustereval

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// gvaLine is what the GVA stream's articles.jsonl.gz adds to an article
// line of the product's .jsonl format: the gold incident.
type gvaLine struct {
	Incident string `json:"incident"`
}

// GVAArticle is one article of the GVA stream with its gold story, the GVA
// incident id.
type GVAArticle struct {
	Incident string
	Article  *news.Article
}

// ReadGVA reads the Gun Violence Archive stream under dir (the
// gva-2013-2016 folder): local US news articles about shootings, in file
// order (sorted by publication date), each with its publication date, its
// outlet (the host of the archived address) and its incident. The one
// reader of the file, for every scorer that uses it.
func ReadGVA(dir string) ([]GVAArticle, error) {
	path := filepath.Join(dir, "articles.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []GVAArticle
	for n := 1; sc.Scan(); n++ {
		var l gvaLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", path, n, err)
		}
		// The article as `crosscheck cluster` reads a .jsonl line of it.
		arts, err := ingest.ParseArticleJSON(sc.Bytes())
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", path, n, err)
		}
		out = append(out, GVAArticle{Incident: l.Incident, Article: arts[0]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no article", path)
	}
	return out, nil
}

// GVAIncident reads the reports of one incident of the GVA stream
// (ReadGVA), in file order: a real story of several outlets.
func GVAIncident(dir, incident string) ([]*news.Article, error) {
	all, err := ReadGVA(dir)
	if err != nil {
		return nil, err
	}
	var out []*news.Article
	for _, g := range all {
		if g.Incident == incident {
			out = append(out, g.Article)
		}
	}
	return out, nil
}

// GVA loads the GVA stream (ReadGVA) as items to cluster, each analysed and
// with its incident as gold story.
func GVA(dir string) ([]Item, error) {
	arts, err := ReadGVA(dir)
	if err != nil {
		return nil, err
	}
	items := make([]Item, len(arts))
	for i, g := range arts {
		items[i] = Item{Doc: text.Analyze(g.Article), Gold: "gva:" + g.Incident, Lang: "english"}
	}
	return items, nil
}

// SplitYears divides dated items at the start of the year given: the items
// published before it (the calibration part) and the others (the reporting
// part).
func SplitYears(items []Item, year int) (before, from []Item) {
	for _, it := range items {
		if it.Doc.Article.Published.Year() < year {
			before = append(before, it)
		} else {
			from = append(from, it)
		}
	}
	return before, from
}
