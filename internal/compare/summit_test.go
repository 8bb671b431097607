package compare_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// dataDir finds ../shared/data from the repository root, or skips (fails
// in CI) when it is missing.
func dataDir(t testing.TB) string { return testenv.SharedData(t, "") }

// readText reads a plain-text report simply: each non-empty line a
// paragraph, paragraphs joined by a blank line.
func readText(t testing.TB, path string) *news.Article {
	a := testenv.PlainArticles(t, path)[0]
	a.File = filepath.Base(path)
	return a
}

func summitBrief(t testing.TB) *news.Brief {
	files, _ := filepath.Glob(filepath.Join(dataDir(t), "summit-2023", "*.txt"))
	if len(files) != 5 {
		t.Fatalf("want the 5 summit reports, found %d", len(files))
	}
	var arts []*news.Article
	for _, f := range files {
		arts = append(arts, readText(t, f))
	}
	return brief.Build(arts, brief.Options{IncludeText: true})
}

func TestDumpSummitBrief(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("DUMP not set")
	}
	b := summitBrief(t)
	out, _ := json.MarshalIndent(map[string]any{"agreements": b.Agreements, "conflicts": b.Conflicts, "single_source": b.SingleSource}, "", " ")
	t.Log(string(out))
}
