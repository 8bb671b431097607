package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestBriefStoriesParallel checks that `brief --stories all` gives the same
// bytes whether the stories' briefs (and the articles' analyses) are built
// one at a time or on several goroutines at once: 30 MultiLing reports of
// three topics, JSON with the texts and Markdown.
func TestBriefStoriesParallel(t *testing.T) {
	var files []string
	for _, topic := range []string{"M000", "M001", "M002"} {
		f, _ := filepath.Glob(filepath.Join(sharedData(t, "multiling2011"), "SourceTexts", topic+"*.english"))
		files = append(files, f...)
	}
	if len(files) != 30 {
		t.Fatalf("want 30 reports, got %d", len(files))
	}
	defer func(w int) { briefWorkers = w }(briefWorkers)
	for _, format := range []string{"json", "md"} {
		args := append([]string{"brief", "--stories", "all", "--include-text", "--format", format}, files...)
		briefWorkers = 1
		code, seq, stderr := run(t, args...)
		if code != ExitOK {
			t.Fatalf("sequential: exit %d: %s", code, stderr)
		}
		if strings.Count(seq, "\n") < 100 {
			t.Fatalf("sequential %s output too short:\n%s", format, seq)
		}
		briefWorkers = 4
		for range 2 {
			code, par, stderr := run(t, args...)
			if code != ExitOK {
				t.Fatalf("parallel: exit %d: %s", code, stderr)
			}
			if par != seq {
				t.Fatalf("%s: parallel output differs from sequential (%d vs %d bytes)", format, len(par), len(seq))
			}
		}
	}
}
