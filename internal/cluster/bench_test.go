package cluster_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/text"
)

// dataDir returns ../shared/data next to the module root, or skips (fails
// in CI) when it is missing.
func dataDir(tb testing.TB) string { return testenv.SharedData(tb, "") }

// para is one analysed paragraph of a real article.
type para struct {
	text  string
	sents []text.Sentence
	toks  []text.Token
}

// streamGen makes synthetic articles from real ones: each synthetic story
// draws on one gold story's articles, and each of its articles is a new
// combination of 3 to 8 of their paragraphs. Paragraphs are analysed once,
// so the benchmark times the clusterer, not text analysis.
type streamGen struct {
	groups [][]para
}

func newStreamGen(tb testing.TB) *streamGen {
	dir := dataDir(tb)
	ecb, err := clustereval.ECBPlus(filepath.Join(dir, "ecbplus"))
	if err != nil {
		tb.Fatal(err)
	}
	en, err := clustereval.MultiLing(filepath.Join(dir, "multiling2011"), "english")
	if err != nil {
		tb.Fatal(err)
	}
	by := map[string][]para{}
	var order []string
	for _, it := range append(ecb, en...) {
		d := it.Doc
		if _, ok := by[it.Gold]; !ok {
			order = append(order, it.Gold)
		}
		for p := 0; ; p++ {
			var pr para
			first := -1
			for i, s := range d.Sentences {
				if s.Para == p {
					if first < 0 {
						first = i
					}
					pr.sents = append(pr.sents, s)
				}
			}
			if first < 0 {
				break
			}
			start, end := pr.sents[0].Start, pr.sents[len(pr.sents)-1].End
			pr.text = d.Article.Text[start:end]
			pr.toks = d.Tokens[pr.sents[0].TokStart:pr.sents[len(pr.sents)-1].TokEnd]
			by[it.Gold] = append(by[it.Gold], pr)
		}
	}
	g := &streamGen{}
	for _, k := range order {
		g.groups = append(g.groups, by[k])
	}
	return g
}

// doc composes a document from paragraphs, shifting their offsets.
func compose(id string, ps []para, when time.Time) *text.Doc {
	a := &news.Article{ID: id, Published: when, Language: "en"}
	d := &text.Doc{Article: a, Language: "en"}
	var b strings.Builder
	for k, p := range ps {
		if k > 0 {
			b.WriteString("\n\n")
		}
		base := b.Len() - p.sents[0].Start
		tokBase := len(d.Tokens) - p.sents[0].TokStart
		for _, t := range p.toks {
			t.Start += base
			t.End += base
			d.Tokens = append(d.Tokens, t)
		}
		for _, s := range p.sents {
			s.Start += base
			s.End += base
			s.Para = k
			s.TokStart += tokBase
			s.TokEnd += tokBase
			d.Sentences = append(d.Sentences, s)
		}
		b.WriteString(p.text)
	}
	a.Text = b.String()
	return d
}

// stream returns n synthetic articles in order of publication: n/10
// stories spread over n/1000 days, each story's articles within two days of
// its start.
func (g *streamGen) stream(n int, seed uint64) func(i int) *text.Doc {
	r := rand.New(rand.NewPCG(seed, 7))
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	span := time.Duration(max(1, n/1000)) * 24 * time.Hour
	type item struct {
		story int
		when  time.Time
	}
	stories := max(1, n/10)
	group := make([]int, stories)
	starts := make([]time.Time, stories)
	for s := range group {
		group[s] = r.IntN(len(g.groups))
		starts[s] = t0.Add(time.Duration(r.Int64N(int64(span))))
	}
	items := make([]item, n)
	for i := range items {
		s := r.IntN(stories)
		items[i] = item{s, starts[s].Add(time.Duration(r.Int64N(int64(48 * time.Hour))))}
	}
	// Order by time with a counting pass per hour: a sort of 100k items
	// would do too, but this keeps the generator linear like the clusterer.
	byHour := map[int64][]item{}
	var maxH int64
	for _, it := range items {
		h := int64(it.when.Sub(t0) / time.Hour)
		byHour[h] = append(byHour[h], it)
		maxH = max(maxH, h)
	}
	items = items[:0]
	for h := int64(0); h <= maxH; h++ {
		items = append(items, byHour[h]...)
	}
	return func(i int) *text.Doc {
		it := items[i]
		ps := g.groups[group[it.story]]
		k := 3 + r.IntN(6)
		pick := make([]para, k)
		for j := range pick {
			pick[j] = ps[r.IntN(len(ps))]
		}
		return compose(fmt.Sprintf("s%d-a%d", it.story, i), pick, it.when)
	}
}

// BenchmarkStream clusters streams of 10k, 30k and 100k synthetic articles.
// Run: go test ./internal/cluster -run '^$' -bench Stream -benchtime 1x
func BenchmarkStream(b *testing.B) {
	g := newStreamGen(b)
	for _, n := range []int{10_000, 30_000, 100_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for range b.N {
				next := g.stream(n, 1)
				runtime.GC()
				c := cluster.New(cluster.Options{})
				var in time.Duration
				copies := 0
				cpu0 := cpuTime()
				for i := range n {
					d := next(i)
					t := time.Now()
					if a := c.Add(d); a.CopyOf != "" {
						copies++
					}
					in += time.Since(t)
				}
				cpu := cpuTime() - cpu0
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				b.ReportMetric(in.Seconds(), "s_in_Add")
				b.ReportMetric(cpu.Seconds(), "cpu_s")
				b.ReportMetric(float64(in.Microseconds())/float64(n), "µs/article")
				b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "MB_heap_after")
				b.ReportMetric(float64(c.Stories()), "stories")
				b.ReportMetric(float64(copies), "copies")
				runtime.KeepAlive(c)
			}
		})
	}
}

// cpuTime is the CPU time the process has used (user and system, all
// threads): on a shared, loaded machine the wall time in Add measures the
// load as much as the clusterer, the CPU time does not (it includes the
// stream generator's work and the garbage collector's).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
