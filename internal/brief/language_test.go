package brief

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// TestForeignReportsNotAnnotated: in a stream that mixes languages (one
// MultiLing 2011 topic in all seven), the brief reads every English report
// with the English tagger and no report in another language: the
// annotation is a reading of English, and every stage that reads it skips
// the others (Doc.English).
func TestForeignReportsNotAnnotated(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedData(t, "multiling2011"), "SourceTexts", "M000*"))
	if len(files) < 60 {
		t.Fatalf("want the 70 reports of topic M000 in seven languages, got %d", len(files))
	}
	docs, ids := Analyze(readPlain(t, files))
	FromCorpus(text.NewCorpus(docs, ids), Options{SummaryWords: 100})
	foreign := 0
	for i, d := range docs {
		switch {
		case d.English() && !d.Annotated():
			t.Errorf("%s (%q): English report left unannotated", filepath.Base(files[i]), d.Language)
		case !d.English():
			foreign++
			if d.Annotated() {
				t.Errorf("%s (%q): read with the English tagger", filepath.Base(files[i]), d.Language)
			}
		}
	}
	if foreign < 50 {
		t.Errorf("only %d reports detected as not English, want the 60 translations", foreign)
	}
}
