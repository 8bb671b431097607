package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestQuoteClosedOnCommaStaysWhole: a quotation of several sentences that
// closes on a comma before a named speaker is one sentence with its
// attribution. Before, it was split inside the quote, and the brief showed
// `It is simply not true that they went into Iranian territorial waters,"
// Blair claimed ...` without its opening mark (the bundled example,
// examples/iran-sailors-2007/M0023.txt, Wikinews, CC BY).
func TestQuoteClosedOnCommaStaysWhole(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testenv.RepoRoot(t), "examples", "iran-sailors-2007", "M0023.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, sp := range SplitSentences(s) {
		sent := s[sp.Start:sp.End]
		if strings.HasPrefix(sent, "It is simply not true") {
			t.Errorf("a sentence starts inside the quotation: %q", sent)
		}
		if strings.HasPrefix(sent, `"This is a very serious situation`) && !strings.Contains(sent, "Blair claimed") {
			t.Errorf("the quotation is cut from its attribution: %q", sent)
		}
	}
	// Quotes that close without a comma still end where they end.
	got := sentences(`He said "we won." Then he left.`)
	if len(got) != 2 {
		t.Errorf("closed quote: %q", got)
	}
}
