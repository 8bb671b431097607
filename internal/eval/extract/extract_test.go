package extract

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

func dataDir(t testing.TB) string { return testenv.SharedData(t, "") }

func TestOverlap(t *testing.T) {
	got := Overlap(Tokens("the cat, the hat; a bat"), Tokens("The hat the mat"))
	if got != 3 { // the, the, hat
		t.Errorf("Overlap = %d, want 3", got)
	}
}

// A sample of each set, with floors well under the full sets' scores
// (0.95 token F1, 0.92 snippet F1; on these first 25 pages 0.92 and 0.79)
// that a real regression would cross.
func TestScoresSample(t *testing.T) {
	if testing.Short() {
		t.Skip("extraction scores take a few seconds")
	}
	data := dataDir(t)
	r, err := ReadabilityEval(filepath.Join(data, "readability-test-pages"), Crosscheck, 25)
	if err != nil {
		t.Fatal(err)
	}
	if r.Pages != 25 || r.F1 < 0.85 || r.Empty > 1 {
		t.Errorf("readability sample: %d pages, %d empty, token F1 %.3f; want 25 pages, at most 1 empty, F1 >= 0.85", r.Pages, r.Empty, r.F1)
	}
	s, err := TrafilaturaEval(filepath.Join(data, "trafilatura-eval-en"), Crosscheck, 25)
	if err != nil {
		t.Fatal(err)
	}
	if s.Pages != 25 || s.F1 < 0.72 || s.TP+s.FN == 0 {
		t.Errorf("trafilatura sample: %d pages, F1 %.3f (P %.3f, R %.3f); want 25 pages, F1 >= 0.72", s.Pages, s.F1, s.Precision, s.Recall)
	}
	t.Logf("readability sample F1 %.3f; trafilatura sample F1 %.3f (P %.3f R %.3f)", r.F1, s.F1, s.Precision, s.Recall)
}
