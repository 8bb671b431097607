package timex

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestYearInsideIdentifier reads ECB+ topic 27's second event (a zero-day
// flaw in Internet Explorer, a calibration topic): "the vulnerability
// (CVE-2013-3893)" names the flaw by its catalogue number, and the brief's
// timeline dated an event "2013" from it. The date beside the number,
// "since early December 2012", is still read. (One report spaces the
// hyphen, "CVE - 2013-3893", as a dash; that one stays a year.)
func TestYearInsideIdentifier(t *testing.T) {
	docs, err := ecbplus.Load(filepath.Join(testenv.SharedData(t, "ecbplus"), "ECB+"))
	if err != nil {
		t.Fatal(err)
	}
	seen, dated := 0, 0
	for _, a := range ecbplus.Articles(docs, "27ecbplus") {
		for _, x := range Find(a.Text, Ref{}) {
			if strings.HasSuffix(a.Text[:x.Start], "CVE-") {
				t.Errorf("ECB+ %s: %q (%s) read as a time in %q", a.ID, x.Text, x.Value, a.Text[max(0, x.Start-20):min(len(a.Text), x.End+20)])
			}
			if x.Text == "early December 2012" {
				dated++
			}
		}
		seen += strings.Count(a.Text, "CVE-2013-3893")
	}
	if seen == 0 || dated == 0 {
		t.Fatalf("ECB+ 27ecbplus: %d mentions of CVE-2013-3893, %d of early December 2012", seen, dated)
	}
}
