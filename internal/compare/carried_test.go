package compare

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestCarriedElsewhereCoverage checks carriedElsewhere, which reads align's
// TextCoverage, against the share worked out from each report's terms by
// name (as it was before), on every active sentence of a MultiLing topic
// and of the summit.
func TestCarriedElsewhereCoverage(t *testing.T) {
	var carried int
	for _, glob := range []string{"multiling2011/SourceTexts/M002*.english", "summit-2023/*.txt"} {
		files, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, ""), glob))
		c, ids := plainCorpus(t, files)
		a := align.Align(c)
		cp := &comparer{c: c, a: a}
		for d, doc := range c.Docs {
			for s := range doc.Sentences {
				ref := align.SentRef{Doc: d, Sent: s}
				want := coveredByName(c, a, ref)
				if got := cp.carriedElsewhere(ref); got != want {
					t.Errorf("%s #%d: carriedElsewhere %v, by the terms' names %v", ids[d], s+1, got, want)
				}
				if want {
					carried++
				}
			}
		}
	}
	if carried == 0 {
		t.Error("no sentence carried elsewhere: the test proves nothing")
	}
}

// plainCorpus reads text files as one story (testenv.PlainArticles, the
// first article of each), with the files' names as ids.
func plainCorpus(t *testing.T, files []string) (*text.Corpus, []string) {
	var docs []*text.Doc
	var ids []string
	for _, f := range files {
		docs = append(docs, text.Analyze(testenv.PlainArticles(t, f)[0]))
		ids = append(ids, filepath.Base(f))
	}
	return text.NewCorpus(docs, ids), ids
}

// coveredByName is the share of ref's informative weight whose terms occur
// in the text of a report of another copy group, at least DocCovered.
func coveredByName(c *text.Corpus, a *align.Result, ref align.SentRef) bool {
	terms := a.Terms(ref)
	total := 0.0
	for _, w := range terms {
		total += w * w
	}
	if total == 0 {
		return false
	}
	for d, doc := range c.Docs {
		if c.Group[d] == c.Group[ref.Doc] {
			continue
		}
		has := map[string]bool{}
		for s := range doc.Sentences {
			for t := range a.Terms(align.SentRef{Doc: d, Sent: s}) {
				has[t] = true
			}
		}
		cov := 0.0
		for t, w := range terms {
			if has[t] {
				cov += w * w
			}
		}
		if cov/total >= DocCovered {
			return true
		}
	}
	return false
}
