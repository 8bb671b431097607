package citations

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
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
	gva  []clustereval.Item
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
		arts, err = p.loadGVA(name)
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

// loadGVA reads the articles of one incident through clustereval's reader
// of the stream (read once per loader).
func (p *Loader) loadGVA(incident string) ([]*news.Article, error) {
	if p.gva == nil {
		items, err := clustereval.GVA(filepath.Join(p.Data, "gva-2013-2016"))
		if err != nil {
			return nil, err
		}
		p.gva = items
	}
	var out []*news.Article
	for _, it := range p.gva {
		if it.Gold == "gva:"+incident {
			a := *it.Doc.Article
			a.ID = a.ID[:min(8, len(a.ID))]
			a.Language = "en"
			out = append(out, &a)
		}
	}
	return out, nil
}
