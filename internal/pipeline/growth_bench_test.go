package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/queue"
	"github.com/crosscheck/crosscheck/internal/queue/nats/natstest"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/postgres/pgtest"
)

// BenchmarkWorkerStoryGrowth measures a worker's CPU per article as its
// stories grow: the store holds the 100 MultiLing English reports (10
// stories of 10), and copies of them (each with a line of its own, under
// its own URL, as the load test of `serve --nats` posts them) are queued
// at a steady rate, so the stories grow by one article each every few
// articles. One worker (in this process) stores them; every fifth of the
// articles stored the benchmark logs the CPU this process used per
// article and the stories' mean size. The cost per article should stay
// about flat as the stories grow: a brief is made whole from every
// article of its story, so rebuilding a big story once per handful of
// new articles makes the cost per article grow with the story.
//
//	go test -run '^$' -bench WorkerStoryGrowth -benchtime 1x -timeout 60m ./internal/pipeline
//
// CROSSCHECK_BENCH_ARTICLES sets how many copies are queued (2,000),
// CROSSCHECK_BENCH_RATE how many a second (40),
// CROSSCHECK_BENCH_ROUND_PAUSE the worker's RoundPause (0: none, the
// rounds back to back as before it). It reports the first and the last
// fifth's CPU per article (cpu_ms/article_first, _last), the CPU per
// article until every article is stored (cpu_ms/article_stored) and
// until every brief is current too (cpu_ms/article), with the time each
// took (stored_s, done_s).
func BenchmarkWorkerStoryGrowth(b *testing.B) {
	n, rate := 2000, 40
	if v, err := strconv.Atoi(os.Getenv("CROSSCHECK_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	if v, err := strconv.Atoi(os.Getenv("CROSSCHECK_BENCH_RATE")); err == nil && v > 0 {
		rate = v
	}
	var pause float64 // the worker's default
	if v, err := strconv.ParseFloat(os.Getenv("CROSSCHECK_BENCH_ROUND_PAUSE"), 64); err == nil {
		pause = v
		if v == 0 {
			pause = -1 // none: rounds back to back, as before RoundPause
		}
	}
	window := max(n/5, 1)
	url := natstest.URL(b)
	dsn := pgtest.DSN(b)
	base := multiling(b)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		schema := pgtest.Schema(b, dsn)
		st := openPostgres(b, schema)
		p, err := pipeline.New(ctx, st, pipeline.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := p.Ingest(ctx, base); err != nil {
			b.Fatal(err)
		}
		name := natstest.Stream(b, url)
		q := openNATS(b, url, name)
		w, err := pipeline.NewWorker(ctx, openPostgres(b, schema), openNATS(b, url, name), pipeline.WorkerOptions{RoundPause: pause})
		if err != nil {
			b.Fatal(err)
		}
		wctx, cancel := context.WithCancel(ctx)
		var wg sync.WaitGroup
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime(b)
		wg.Go(func() { _ = w.Run(wctx) })
		wg.Go(func() {
			tick := time.NewTicker(time.Second / time.Duration(rate))
			defer tick.Stop()
			for i := range n {
				src := base[i%len(base)]
				a := &news.Article{URL: fmt.Sprintf("https://growth.example/%d", i), Title: src.Title, Text: src.Text + fmt.Sprintf("\n\nUpdate %d.", i), Published: src.Published, Outlet: src.Outlet}
				a.ID = store.IDFor(store.Key(a))
				if err := q.Publish(ctx, queue.Job{ID: a.ID, Article: a}); err != nil {
					b.Error(err)
					return
				}
				<-tick.C
			}
		})
		var first, last float64
		at, cpuAt := 0, cpu0
		for end := time.Now().Add(50 * time.Minute); time.Now().Before(end); time.Sleep(500 * time.Millisecond) {
			stored := storedCount(b, st) - len(base)
			if stored-at < window && stored < n {
				continue
			}
			if stored > at {
				c := cpuTime(b)
				per := float64((c - cpuAt).Microseconds()) / 1000 / float64(stored-at)
				ss, _ := st.Stories(ctx, store.StoryQuery{})
				b.Logf("articles %5d to %5d: %.1f ms of CPU per article; stories of %.0f articles on average (%d stories), %v",
					at, stored, per, float64(stored+len(base))/float64(max(len(ss), 1)), len(ss), time.Since(start).Round(time.Second))
				if at == 0 {
					first = per
				}
				last = per
				at, cpuAt = stored, c
			}
			if stored >= n {
				break
			}
		}
		storedIn, storedCPU := time.Since(start), cpuTime(b)-cpu0
		waitDone(b, q, st, n+len(base), 20*time.Minute)
		el, cpu := time.Since(start), cpuTime(b)-cpu0
		b.StopTimer()
		cancel()
		wg.Wait()
		made, _ := w.Built()
		b.Logf("%d articles stored in %v (%.1f ms of CPU per article), every brief current in %v (%.1f ms of CPU per article), %d briefs made",
			n, storedIn.Round(time.Second), float64(storedCPU.Microseconds())/1000/float64(n), el.Round(time.Second), float64(cpu.Microseconds())/1000/float64(n), made)
		b.ReportMetric(float64(storedCPU.Microseconds())/1000/float64(n), "cpu_ms/article_stored")
		b.ReportMetric(storedIn.Seconds(), "stored_s")
		b.ReportMetric(el.Seconds(), "done_s")
		b.ReportMetric(first, "cpu_ms/article_first")
		b.ReportMetric(last, "cpu_ms/article_last")
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(n), "cpu_ms/article")
		b.ReportMetric(float64(made), "briefs")
		b.StartTimer()
	}
}
