package clustereval

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// gvaLine is one line of the GVA stream's articles.jsonl.gz.
type gvaLine struct {
	Incident  string `json:"incident"`
	ID        string `json:"id"`
	Published string `json:"published"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Text      string `json:"text"`
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
		pub, err := time.Parse("2006-01-02", l.Published)
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: published %q: %w", path, n, l.Published, err)
		}
		a := &news.Article{ID: l.ID, URL: l.URL, Outlet: ingest.Host(l.URL), Title: l.Title, Published: pub, Text: l.Text}
		out = append(out, GVAArticle{Incident: l.Incident, Article: a})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no article", path)
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
