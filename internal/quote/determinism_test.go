package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestSpeakersSameEveryRun reads a story of 95 PolNeAR training texts (the
// 2016 primaries), whose brief gave "take our fight" and "broken …
// political revolution" to Bernie Sanders in one run and to "Super PAC" in
// the next: the entity stage settled a tie between two entities, and
// answered a name shared by two, in the order of a Go map. The speakers
// must be the same in every run.
func TestSpeakersSameEveryRun(t *testing.T) {
	dir := filepath.Join(testenv.SharedData(t, "polnear"), "data", "train", "text")
	list, err := os.ReadFile("testdata/polnear-train-story.txt")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*text.Doc
	var ids []string
	for _, name := range strings.Fields(string(list)) {
		if strings.HasPrefix(name, "#") || !strings.HasSuffix(name, ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, text.Analyze(&news.Article{ID: name, Text: string(b), Language: "en"}))
		ids = append(ids, name)
	}
	c := text.NewCorpus(docs, ids)
	speakers := func() string {
		r := entity.Resolve(c)
		var b strings.Builder
		for di, d := range docs {
			for _, a := range Find(d, di, r) {
				b.WriteString(a.Speaker + "\n")
			}
		}
		return b.String()
	}
	first := speakers()
	for run := 2; run <= 4; run++ {
		if speakers() != first {
			t.Fatalf("run %d gives other speakers than run 1", run)
		}
	}
}
