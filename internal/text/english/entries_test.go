package english

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
)

// entriesBySplit is entries as it was before issue 15's wave 26: the lines
// from strings.SplitSeq, each trimmed and asked of strings.TrimSpace.
func entriesBySplit(text string) []string {
	var out []string
	for line := range strings.SplitSeq(text, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if line = strings.TrimRight(line, " \r"); strings.TrimSpace(line) != "" {
			out = append(out, line)
		}
	}
	return out
}

// TestEntriesMatchSplit reads every embedded data file, and a few texts
// of blank and odd lines, with entries and with the form it replaced.
func TestEntriesMatchSplit(t *testing.T) {
	texts := []string{"", "\n", "a", "a\n", "\n\na\n\n", " \t\n\u00a0\nx \r\n#c\n #d\n\x01\n\x01x\n\u00a0y\n \r \n", "\r\n\r\n"}
	n := 0
	err := fs.WalkDir(data, "data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		texts = append(texts, dataText(strings.TrimPrefix(path, "data/")))
		n++
		return nil
	})
	if err != nil || n < 100 {
		t.Fatalf("read %d data files: %v", n, err)
	}
	for i, text := range texts {
		if got, want := slices.Collect(entries(text)), entriesBySplit(text); !slices.Equal(got, want) {
			t.Fatalf("text %d: %d entries, want %d", i, len(got), len(want))
		}
	}
}
