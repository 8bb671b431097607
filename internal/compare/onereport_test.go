package compare

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestOneReport checks what CompareWith's path for a story of one report
// rests on: on each of 150 real reports alone (the first 100 PolNeAR
// training reports and the 50 English MultiLing reports of topics M000 to
// M004), every finder of differences together finds what numberConflicts
// alone finds.
func TestOneReport(t *testing.T) {
	dir := testenv.SharedData(t, "")
	pol, _ := filepath.Glob(filepath.Join(dir, "polnear", "data", "train", "text", "*.txt"))
	ml, _ := filepath.Glob(filepath.Join(dir, "multiling2011", "SourceTexts", "M00[0-4]?.english"))
	if len(pol) < 100 || len(ml) != 50 {
		t.Fatalf("found %d PolNeAR and %d MultiLing reports", len(pol), len(ml))
	}
	files := append(pol[:100], ml...)
	numbers := 0
	for _, f := range files {
		c := text.NewCorpus([]*text.Doc{text.Analyze(testenv.PlainArticles(t, f)[0])}, []string{"s1"})
		a := align.Align(c)
		all := (&comparer{c: c, a: a}).conflicts()
		own := (&comparer{c: c, a: a}).numberConflicts()
		if !reflect.DeepEqual(all, own) {
			t.Errorf("%s alone: every finder finds %+v, numberConflicts %+v", filepath.Base(f), all, own)
		}
		numbers += len(own)
	}
	t.Logf("%d reports, %d differences within one", len(files), numbers)
}
