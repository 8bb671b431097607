package dedupset

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestHeldOut builds the copy test set from the shared data and scores the
// detector at its default threshold on the held-out half: docs/clustering.md
// reports precision 0.983 and recall 0.997 there.
func TestHeldOut(t *testing.T) {
	srcs, err := Load(testenv.SharedData(t, ""), 12)
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) < 300 {
		t.Fatalf("only %d source articles loaded", len(srcs))
	}
	pairs := Build(srcs, 1)
	r := Score(Half(pairs, false), dedup.Options{})
	if r.TP+r.FN == 0 || r.FP+r.TN == 0 {
		t.Fatalf("held-out half has %d copies and %d non-copies", r.TP+r.FN, r.FP+r.TN)
	}
	if p, rec := r.Precision(), r.Recall(); p < 0.96 || rec < 0.98 {
		t.Errorf("held out: precision %.4f, recall %.4f; want at least 0.96 and 0.98", p, rec)
	}
}
