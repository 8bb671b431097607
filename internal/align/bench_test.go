package align

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// multilingEnglish reads the 100 English MultiLing 2011 reports (10 topics
// x 10), the first line of each being its headline.
func multilingEnglish(tb testing.TB) []*news.Article {
	files, _ := filepath.Glob(filepath.Join(dataDir(tb), "multiling2011", "SourceTexts", "M*.english"))
	if len(files) == 0 {
		tb.Skip("no MultiLing English texts")
	}
	var out []*news.Article
	for _, f := range files {
		a := readText(tb, f, filepath.Base(f))
		a.Language = "en"
		out = append(out, a)
	}
	return out
}

// story makes a corpus of n reports from the MultiLing texts: the 100
// English reports as they are, and beyond 100, copies with variation (each
// copy drops a different share of paragraphs and swaps the order of two),
// which is realistic for speed only: the copies are near-duplicates.
func story(tb testing.TB, n int) *text.Corpus {
	base := multilingEnglish(tb)
	var docs []*text.Doc
	var ids []string
	for i := 0; i < n; i++ {
		src := base[i%len(base)]
		body := src.Text
		if v := i / len(base); v > 0 {
			paras := strings.Split(body, "\n\n")
			var kept []string
			for p, para := range paras {
				if (p+v)%(v+2) != 0 || p == 0 {
					kept = append(kept, para)
				}
			}
			if len(kept) > 3 {
				kept[1], kept[2] = kept[2], kept[1]
			}
			body = strings.Join(kept, "\n\n")
		}
		a := &news.Article{ID: fmt.Sprintf("r%d", i), Text: body, Language: "en"}
		docs = append(docs, text.Analyze(a))
		ids = append(ids, a.ID)
	}
	return text.NewCorpus(docs, ids)
}

func benchAlign(b *testing.B, n int) {
	c := story(b, n)
	sents := 0
	for _, d := range c.Docs {
		sents += len(d.Sentences)
	}
	for b.Loop() {
		Align(c)
	}
	b.ReportMetric(float64(sents), "sentences")
}

func BenchmarkAlign100(b *testing.B)  { benchAlign(b, 100) }
func BenchmarkAlign1000(b *testing.B) { benchAlign(b, 1000) }
