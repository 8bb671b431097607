package cli

import (
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkBriefStories500 runs `crosscheck brief --stories all --format
// json` in process on 500 real reports (the 100 English MultiLing 2011
// reports and the first 400 PolNeAR training reports, by name): reading,
// clustering and one brief per story. It reports articles a second.
//
//	go test ./internal/cli -run '^$' -bench BriefStories500 -benchtime 3x
func BenchmarkBriefStories500(b *testing.B) {
	ml, _ := filepath.Glob(filepath.Join(sharedData(b, "multiling2011"), "SourceTexts", "*.english"))
	pol, _ := filepath.Glob(filepath.Join(sharedData(b, "polnear"), "data", "train", "text", "*.txt"))
	if len(ml) != 100 || len(pol) < 400 {
		b.Fatalf("found %d MultiLing and %d PolNeAR reports", len(ml), len(pol))
	}
	inputs := append(ml, pol[:400]...)
	out := filepath.Join(b.TempDir(), "briefs.json")
	args := append([]string{"brief", "--stories", "all", "--format", "json", "-o", out}, inputs...)
	var total time.Duration
	for b.Loop() {
		t := time.Now()
		if code, _, stderr := runB(b, args...); code != ExitOK {
			b.Fatalf("exit %d: %s", code, stderr)
		}
		total += time.Since(t)
	}
	b.ReportMetric(float64(len(inputs)*b.N)/total.Seconds(), "articles/s")
}
