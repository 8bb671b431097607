package timex

import (
	"strings"
	"testing"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
)

// BenchmarkWhen600 runs olebedev/when over the same 600 words, the way it
// must be used on running text: it returns the first expression only, so
// the text is parsed again after each match. docs/timeline.md compares it
// with Find.
func BenchmarkWhen600(b *testing.B) {
	text := strings.Join(strings.Fields(summitText(b))[:600], " ")
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	found := 0
	for b.Loop() {
		found = 0
		for rest := text; ; {
			r, err := w.Parse(rest, wed)
			if err != nil || r == nil {
				break
			}
			found++
			rest = rest[r.Index+len(r.Text):]
		}
	}
	b.ReportMetric(float64(found), "found")
}

// BenchmarkDateparserSearch600 runs go-dateparser's search over the same
// 600 words (English only, so no language detection).
func BenchmarkDateparserSearch600(b *testing.B) {
	text := strings.Join(strings.Fields(summitText(b))[:600], " ")
	p := dps.Parser{}
	cfg := &dps.Configuration{CurrentTime: wed, Languages: []string{"en"}}
	found := 0
	for b.Loop() {
		res, err := p.SearchWithLanguage(cfg, "en", text)
		if err != nil {
			b.Fatal(err)
		}
		found = len(res)
	}
	b.ReportMetric(float64(found), "found")
}
