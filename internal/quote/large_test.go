package quote

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// storyOf analyses articles as one story with ids r1, r2, ...
func storyOf(arts []*news.Article) *text.Corpus {
	docs := make([]*text.Doc, len(arts))
	ids := make([]string, len(arts))
	for i, a := range arts {
		a.ID = "r" + strconv.Itoa(i+1)
		docs[i], ids[i] = text.Analyze(a), a.ID
	}
	return text.NewCorpus(docs, ids)
}

// multiLingTopic reads the ten English reports of MultiLing 2011 topic t
// (files M00t0 to M00t9), or all hundred when t is -1.
func multiLingTopic(tb testing.TB, t int) []*news.Article {
	pat := "M00*.english"
	if t >= 0 {
		pat = "M00" + strconv.Itoa(t) + "?.english"
	}
	files, _ := filepath.Glob(filepath.Join(testenv.SharedData(tb, "multiling2011"), "SourceTexts", pat))
	if want := map[bool]int{true: 100, false: 10}[t < 0]; len(files) != want {
		tb.Fatalf("%s: want %d MultiLing reports, found %d", pat, want, len(files))
	}
	return testenv.PlainArticles(tb, files...)
}

// largeStory is a story of many reports as the store's ingest meets it:
// the hundred MultiLing English reports and the first n PolNeAR train
// articles, each PolNeAR article also as copies trimmed by one and two
// paragraphs (outlets trim wire copy), so the same quotes recur across
// reports as they do in a large real story.
func largeStory(tb testing.TB, n int) []*news.Article {
	arts := multiLingTopic(tb, -1)
	files, _ := filepath.Glob(filepath.Join(testenv.SharedData(tb, "polnear"), "data", "train", "text", "*.txt"))
	if len(files) < n {
		tb.Fatalf("want %d PolNeAR train articles, found %d", n, len(files))
	}
	for _, a := range testenv.PlainArticles(tb, files[:n]...) {
		arts = append(arts, a)
		paras := strings.Split(a.Text, "\n\n")
		for cut := 1; cut <= 2 && len(paras)-cut >= 2; cut++ {
			arts = append(arts, &news.Article{File: a.File, Text: strings.Join(paras[:len(paras)-cut], "\n\n")})
		}
	}
	return arts
}

// BenchmarkLargeStory times Analyze on one story of many reports (text
// analysis excluded), with the indexed grouping and with the pairwise
// reference it replaced, which dominated the stage in a large story.
func BenchmarkLargeStory(b *testing.B) {
	for _, n := range []int{0, 100, 300} {
		c := storyOf(largeStory(b, n))
		for _, m := range []struct {
			name  string
			group func([]item) [][]item
		}{{"indexed", group}, {"pairwise", groupPairwise}} {
			b.Run(fmt.Sprintf("reports=%d/%s", len(c.Docs), m.name), func(b *testing.B) {
				for b.Loop() {
					r := entity.Resolve(c)
					res := analyzeWith(c, r, m.group)
					res.Entities = r.Entities(res.Quotes)
				}
			})
		}
	}
}
