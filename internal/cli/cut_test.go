package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

func briefJSON(t *testing.T, inputs ...string) news.Brief {
	t.Helper()
	code, out, stderr := run(t, append([]string{"brief", "--format", "json"}, inputs...)...)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var b news.Brief
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	return b
}

// TestNoSentenceCutInTheMiddle: statements of the bundled example's brief
// are whole. Before, the timeline gave `In a press release March 25,
// Foreign Office Minister Lord Triesman stated` without what he stated
// (timeline's clause cut at the comma before the quotation), and a
// sentence `It is simply not true that they went into Iranian territorial
// waters," Blair claimed ...` without its opening mark (the splitter broke
// a quotation that closes on a comma before its speaker).
func TestNoSentenceCutInTheMiddle(t *testing.T) {
	b := briefJSON(t, filepath.Join(testenv.RepoRoot(t), "examples", "iran-sailors-2007"))
	var texts []string
	for _, e := range b.Timeline {
		texts = append(texts, e.Text)
	}
	for _, c := range b.Claims {
		texts = append(texts, c.Text)
	}
	for _, s := range b.Summary {
		texts = append(texts, s.Text)
	}
	found := false
	for _, s := range texts {
		if strings.HasSuffix(s, "stated") || strings.HasSuffix(s, "stated,") {
			t.Errorf("cut before its quotation: %q", s)
		}
		if strings.HasPrefix(s, "It is simply not true") {
			t.Errorf("starts inside a quotation: %q", s)
		}
		found = found || strings.Contains(s, "Lord Triesman stated, \"We've been insisting")
	}
	if !found {
		t.Error("the March 25 statement is not in the brief whole")
	}
}

// TestSummaryHasNoPointerSentences: the MultiLing Tour de France topic's
// summary had "The official website provides detailed information.", a
// sentence that says where to look, not what happened.
func TestSummaryHasNoPointerSentences(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedData(t, "multiling2011"), "SourceTexts", "M003*.english"))
	b := briefJSON(t, files...)
	if len(b.Summary) == 0 {
		t.Fatal("no summary")
	}
	for _, s := range b.Summary {
		if strings.Contains(s.Text, "website provides") {
			t.Errorf("summary line %q", s.Text)
		}
	}
}
