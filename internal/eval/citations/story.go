package citations

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/eval/multiling"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
)

// Loader reads the stories of the labels from the data sets.
type Loader struct {
	Data string // ../shared/data
	Repo string // the repository root (for examples/)
	ecb  []ecbplus.Doc
}

// Story reads the reports of a story named as in a label file:
//
//	multiling:M003           the English texts of a MultiLing 2011 topic
//	example:iran-sailors-2007 a folder of examples/, read as `crosscheck brief` reads it
//	ecbplus:1ecb             the ecb (or ecbplus) documents of an ECB+ topic
//	gva:460726               the articles of a Gun Violence Archive incident
//
// Every report gets a stable id that the labels use: the file's base name
// (M0030, 1_10ecb) or, for GVA, the first 8 characters of its id.
func (p *Loader) Story(spec string) ([]*news.Article, error) {
	kind, name, ok := strings.Cut(spec, ":")
	if !ok || name == "" {
		return nil, fmt.Errorf("story %q: want kind:name (multiling:M003, example:NAME, ecbplus:1ecb, gva:ID)", spec)
	}
	var arts []*news.Article
	var err error
	switch kind {
	case "multiling":
		arts, err = loadMultiling(filepath.Join(p.Data, "multiling2011"), name)
	case "example":
		arts, err = loadExample(filepath.Join(p.Repo, "examples", name))
	case "ecbplus":
		arts, err = p.loadECB(name)
	case "gva":
		arts, err = loadGVA(filepath.Join(p.Data, "gva-2013-2016", "articles.jsonl.gz"), name)
	default:
		return nil, fmt.Errorf("story %q: unknown kind %q", spec, kind)
	}
	if err != nil {
		return nil, fmt.Errorf("story %q: %w", spec, err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("story %q: no reports found", spec)
	}
	return arts, nil
}

func loadMultiling(dir, topic string) ([]*news.Article, error) {
	files, err := filepath.Glob(filepath.Join(dir, "SourceTexts", topic+"[0-9].english"))
	if err != nil {
		return nil, err
	}
	var out []*news.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		a := multiling.ParseSource(string(b))
		a.ID = strings.TrimSuffix(filepath.Base(f), ".english")
		a.File = f
		a.Outlet, a.OutletFrom = "Wikinews", news.OutletFromMetadata
		a.Language = "en"
		out = append(out, a)
	}
	return out, nil
}

func loadExample(dir string) ([]*news.Article, error) {
	arts, errs := ingest.Read(context.Background(), []string{dir}, ingest.Options{})
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for _, a := range arts {
		a.ID = strings.TrimSuffix(filepath.Base(a.File), filepath.Ext(a.File))
	}
	return arts, nil
}

func (p *Loader) loadECB(story string) ([]*news.Article, error) {
	if p.ecb == nil {
		docs, err := ecbplus.Load(filepath.Join(p.Data, "ecbplus", "ECB+"))
		if err != nil {
			return nil, err
		}
		p.ecb = docs
	}
	var out []*news.Article
	for _, d := range p.ecb {
		if d.Story == story {
			out = append(out, d.Article)
		}
	}
	return out, nil
}

// gvaArticle is one line of the GVA articles file.
type gvaArticle struct {
	Incident  string `json:"incident"`
	ID        string `json:"id"`
	Published string `json:"published"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Text      string `json:"text"`
}

func loadGVA(path, incident string) ([]*news.Article, error) {
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
	var out []*news.Article
	for line := 1; sc.Scan(); line++ {
		var g gvaArticle
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		if g.Incident != incident {
			continue
		}
		a := &news.Article{ID: g.ID[:min(8, len(g.ID))], URL: g.URL, Title: g.Title, Text: g.Text, Language: "en"}
		if t, err := time.Parse("2006-01-02", g.Published); err == nil {
			a.Published = t
		}
		out = append(out, a)
	}
	return out, sc.Err()
}
