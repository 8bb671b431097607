package htmlpage

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/eval/ecbplus"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestNoDateFromBodyText: a page without date metadata gets no publication
// date, whatever years and weekdays its text mentions. The pages are ECB+
// articles (real news text full of dates) set in bare HTML; before go-htmldate
// ran in fast mode two of them were "published" on a date their text named
// (1_1ecbplus: 2013-06-13, 12_12ecb: 2008-09-15); others, with their
// page's own title, on 1 January of a year the text mentions.
func TestNoDateFromBodyText(t *testing.T) {
	dir := testenv.SharedData(t, "ecbplus/ECB+")
	for _, name := range []string{"11/11_5ecb.xml", "16/16_10ecbplus.xml", "1/1_1ecbplus.xml", "12/12_12ecb.xml"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		text, err := ecbplus.Text(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var page strings.Builder
		page.WriteString("<!DOCTYPE html><html><head><title>Report</title></head><body><article>")
		for _, para := range strings.Split(text, "\n") {
			if para = strings.TrimSpace(para); para != "" {
				page.WriteString("<p>" + html.EscapeString(para) + "</p>\n")
			}
		}
		page.WriteString("</article></body></html>")
		doc, _ := Parse(page.String())
		p, err := Extract(doc, "", Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !p.Published.IsZero() {
			t.Errorf("%s: published %s, but the page has no date metadata", name, p.Published.Format("2006-01-02"))
		}
	}
}
