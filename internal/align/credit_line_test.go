package align

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// TestCaptionBeforeCreditLine: MultiLing M0017 (Wikinews) prints a photo's
// caption on a line of its own, then its credit "Image: Francis Tyers.":
// the caption "Russell Square after the bombings." is page furniture (it
// was an agreement of two reports of topic M001), the report's sentences
// around it are not.
func TestCaptionBeforeCreditLine(t *testing.T) {
	d := text.Analyze(readText(t, filepath.Join(dataDir(t), "multiling2011", "SourceTexts", "M0017.english"), "s1"))
	seen := 0
	for s, sent := range d.Sentences {
		tx := strings.TrimSpace(sent.Text)
		switch {
		case tx == "Russell Square after the bombings.":
			seen++
			if !Furniture(d, s) {
				t.Errorf("caption %q is not furniture", tx)
			}
		case strings.HasPrefix(tx, "The film was taken"), strings.HasPrefix(tx, "The footage, which was shown"):
			seen++
			if Furniture(d, s) {
				t.Errorf("report sentence %q is furniture", tx)
			}
		}
	}
	if seen != 3 {
		t.Errorf("found %d of the 3 sentences", seen)
	}
}
