package polnear

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestDevScores scores the direct quotes of PolNeAR's dev split and fails
// below floors a real regression would break: the figures in docs/quotes.md
// are content overlap F1 0.882, source exact F1 0.725 and speaker accuracy
// on named sources 0.810 exact, 0.895 overlap.
func TestDevScores(t *testing.T) {
	dir := testenv.SharedData(t, "polnear")
	arts, err := Load(dir, "dev")
	if err != nil {
		t.Fatalf("load %s: %v", filepath.Join(dir, "dev"), err)
	}
	if len(arts) < 50 {
		t.Fatalf("only %d dev articles loaded", len(arts))
	}
	s := Score(arts)
	if s.Gold < 500 {
		t.Fatalf("only %d gold direct quotes: the loader lost some", s.Gold)
	}
	floors := []struct {
		name string
		got  float64
		min  float64
	}{
		{"content overlap F1", s.ContentOverlap.F, 0.875},
		{"content exact F1", s.ContentExact.F, 0.65},
		{"source overlap F1", s.SourceOverlap.F, 0.77},
		{"source exact F1", s.SourceExact.F, 0.71},
		{"speaker accuracy on named sources, overlap", s.SpeakerAccOverlap, 0.885},
	}
	for _, f := range floors {
		if f.got < f.min {
			t.Errorf("%s = %.3f, below the floor %.3f", f.name, f.got, f.min)
		}
	}
	t.Logf("dev: %d articles, %d gold, %d predicted; content overlap F1 %.3f, source exact F1 %.3f",
		s.Articles, s.Gold, s.Predicted, s.ContentOverlap.F, s.SourceExact.F)
}
