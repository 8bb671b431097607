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
// the others (Doc.English). A story with no English report at all (the
// topic in French) is not tagged either.
func TestForeignReportsNotAnnotated(t *testing.T) {
	dir := filepath.Join(sharedData(t, "multiling2011"), "SourceTexts")
	files, _ := filepath.Glob(filepath.Join(dir, "M000*"))
	if len(files) < 60 {
		t.Fatalf("want the 70 reports of topic M000 in seven languages, got %d", len(files))
	}
	french, _ := filepath.Glob(filepath.Join(dir, "M000*.french"))
	if len(french) != 10 {
		t.Fatalf("want the 10 French reports of topic M000, got %d", len(french))
	}
	frDocs, frIDs := Analyze(readPlain(t, french))
	if b := FromCorpus(text.NewCorpus(frDocs, frIDs), Options{SummaryWords: 100}); len(b.Summary) == 0 {
		t.Error("the French story has no summary")
	}
	for i, d := range frDocs {
		if d.Language != "fr" || d.Annotated() {
			t.Errorf("%s: language %q, annotated %v; want fr, not annotated", filepath.Base(french[i]), d.Language, d.Annotated())
		}
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
