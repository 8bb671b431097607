package compare_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/compare"
	"github.com/crosscheck/crosscheck/internal/eval/differences"
	"github.com/crosscheck/crosscheck/internal/news"
)

// TestGalleryCounterNoFigure reads GVA 156670: two Houston Chronicle pages
// whose photo galleries print the same caption behind a frame counter
// ("Image 12 of 33 Law enforcement officers surround a shooting suspect
// ..." / "Image 7 of 32 Law enforcement officers ..."), which the brief
// showed as a number difference, 33 against 32 law enforcement officers.
// The counter is no figure, and a sentence of its own (text.SplitSentences
// cuts it off); the captions, which tell the story, stay claims: the
// agreement on the shooting's toll and the single-source captions are
// kept (the agreement now worded by a sentence with no counter before it),
// and the caption's own figures are still read.
func TestGalleryCounterNoFigure(t *testing.T) {
	arts := gvaArticles(t, "156670")
	b := brief.Build(arts, brief.Options{})
	for _, c := range b.Conflicts {
		for _, s := range c.Sides {
			if strings.Contains(s.Text, " of 33 ") || strings.Contains(s.Text, " of 32 ") {
				t.Errorf("difference read from a gallery counter: %s %v", c.Kind, c.Sides)
				break
			}
		}
	}
	if !slices.ContainsFunc(b.Agreements, func(a news.Agreement) bool {
		return strings.HasPrefix(a.Text, "Seven people") && len(a.Sources) == 2
	}) {
		t.Error("the caption agreed by both reports is no longer an agreement")
	}
	if !slices.ContainsFunc(b.SingleSource, func(s news.SingleSource) bool {
		return strings.HasPrefix(s.Text, "A man suspected in Wednesday's deadly shootings")
	}) {
		t.Error("a caption told by one report is no longer a single-source claim")
	}
	docs, _ := brief.Analyze(arts)
	for _, d := range docs {
		for s, sent := range d.Sentences {
			caption, counter := strings.HasPrefix(sent.Text, "Seven people have been shot"), strings.HasPrefix(sent.Text, "Image 23 of 33")
			if !caption && !counter {
				continue
			}
			var got []string
			for _, q := range compare.Quantities(d, s) {
				got = append(got, sent.Text[q.Start-sent.Start:q.End-sent.Start])
			}
			if caption && !slices.Contains(got, "Seven people") || counter && len(got) > 0 {
				t.Errorf("quantities of %q: %q, want the caption's (Seven people) and none of the counter's", sent.Text, got)
			}
		}
	}
}

// gvaArticles are the reports of one GVA incident, as `crosscheck eval
// differences` reads them.
func gvaArticles(t *testing.T, id string) []*news.Article {
	all, err := differences.LoadGVA(filepath.Join(dataDir(t), "gva-2013-2016"), 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range all {
		if st.ID == "gva/"+id {
			return st.Articles
		}
	}
	t.Fatalf("no GVA incident %s", id)
	return nil
}
