package summarize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// hebrewParagraph is the paragraph of a MultiLing 2011 Hebrew source text
// that holds phrase, analysed.
func hebrewParagraph(t *testing.T, file, phrase string) *text.Doc {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testenv.SharedData(t, "multiling2011"), "SourceTexts", file))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.Contains(line, phrase) {
			return text.Analyze(&news.Article{Text: strings.TrimSpace(line), Language: "he"})
		}
	}
	t.Fatalf("%s holds no %q", file, phrase)
	return nil
}

// TestHebrewAcronymIsNoQuote: Hebrew writes an acronym with a gershayim
// before its last letter, typed as a straight quote ("האו"ם", the UN). Read
// as a quotation mark it left the sentence with an unclosed quotation and
// every later sentence of its paragraph inside one: none was a candidate.
// A quotation opened after a prefix letter ("ב"טעות"", "by 'mistake'") is
// still one.
func TestHebrewAcronymIsNoQuote(t *testing.T) {
	d := hebrewParagraph(t, "M0001.hebrew", `ראש משרד האו"ם הראשי`)
	if len(d.Sentences) < 2 {
		t.Fatalf("want the paragraph's two sentences, got %d", len(d.Sentences))
	}
	for si, s := range d.Sentences {
		if ok, _ := eligibleCost(d, si); !ok {
			t.Errorf("sentence %d is no candidate: %q", si, s.Text)
		}
	}
	d = hebrewParagraph(t, "M0005.hebrew", `תרמה ב"טעות"`)
	for _, s := range d.Sentences {
		if !strings.Contains(s.Text, `ב"טעות"`) {
			continue
		}
		if !quotesBalanced(s.Text) || align.QuotedShare(s.Text) == 0 {
			t.Errorf("the quotation of %q is not read: balanced %v, quoted share %.2f", s.Text, quotesBalanced(s.Text), align.QuotedShare(s.Text))
		}
		return
	}
	t.Errorf("no sentence holds the quotation")
}
