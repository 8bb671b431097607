package clustereval

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestMultiLingReadAsProduct checks that the scorer clusters the articles
// the product reads from MultiLing's files: the English date line is the
// publication date and not body text, and every article equals what
// `crosscheck ingest` reads from the whole folder.
func TestMultiLingReadAsProduct(t *testing.T) {
	dir := filepath.Join(testenv.SharedData(t, "multiling2011"))
	items, err := MultiLing(dir)
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := ingest.Read(context.Background(), []string{filepath.Join(dir, "SourceTexts")}, ingest.Options{})
	if ingest.Failed(errs) > 0 {
		t.Fatal(errs)
	}
	byFile := map[string]int{}
	for i, a := range arts {
		byFile[a.File] = i
	}
	if len(items) != 700 {
		t.Fatalf("%d items, want the 700 source texts", len(items))
	}
	dated := 0
	for _, it := range items {
		a := it.Doc.Article
		i, ok := byFile[a.File]
		if !ok {
			t.Fatalf("%s: not among the articles ingest reads", a.File)
		}
		p := arts[i]
		if a.Title != p.Title || a.Text != p.Text || !a.Published.Equal(p.Published) || a.Outlet != p.Outlet {
			t.Errorf("%s: the scorer's article differs from ingest's (title %q / %q, published %v / %v)", a.File, a.Title, p.Title, a.Published, p.Published)
		}
		if it.Lang == "english" && !a.Published.IsZero() {
			dated++
		}
	}
	// WikiNews prints a date line under every English headline.
	if dated < 95 {
		t.Errorf("%d of 100 English articles dated, want at least 95", dated)
	}
}
