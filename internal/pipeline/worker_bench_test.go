package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/queue/nats/natstest"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/postgres/pgtest"
)

// BenchmarkWorkers10k stores 10,000 articles (the stream of
// BenchmarkIngest10k) through 1, 2 and 4 workers sharing one JetStream
// stream and one PostgreSQL schema, and, for comparison, through one
// in-process Ingest on PostgreSQL under the same load. The jobs are queued
// first (publishing is timed apart); a run ends when every article is
// stored and no brief is stale. Beside articles/s it reports where the CPU
// went during the run, in cores: this process (the workers), the
// PostgreSQL server's processes and nats-server.
//
//	go test -run '^$' -bench Workers10k -benchtime 1x -timeout 90m ./internal/pipeline
//
// CROSSCHECK_BENCH_ARTICLES sets another count, for a quick look. The
// workers rebuild briefs every DefaultBriefEvery while the backlog drains,
// as the one process does, so both build each brief about as often; CPU
// per article (cpu_ms/article, this process) is the figure to compare on a
// shared machine.
func BenchmarkWorkers10k(b *testing.B) {
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("CROSSCHECK_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	url := natstest.URL(b)
	dsn := pgtest.DSN(b)
	real := realArticles(b)
	ctx := context.Background()

	b.Run("one-process", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			arts := stream(real, n)
			st := openPostgres(b, pgtest.Schema(b, dsn))
			cpu := startCPU()
			b.StartTimer()
			start := time.Now()
			p, err := pipeline.New(ctx, st, pipeline.Options{})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := p.Ingest(ctx, arts); err != nil {
				b.Fatal(err)
			}
			el := time.Since(start)
			b.StopTimer()
			report(b, st, n, el, cpu)
			b.Logf("briefs made: %d", p.BriefsBuilt())
			b.ReportMetric(float64(p.BriefsBuilt()), "briefs")
			b.StartTimer()
		}
	})
	for _, workers := range []int{1, 2, 4} {
		b.Run("workers-"+strconv.Itoa(workers), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				schema := pgtest.Schema(b, dsn)
				st := openPostgres(b, schema)
				arts := stream(real, n)
				name := natstest.Stream(b, url)
				q := openNATS(b, url, name)
				pub := time.Now()
				publishAll(b, q, arts)
				b.Logf("queued %d jobs in %v (%.0f/s)", n, time.Since(pub).Round(time.Millisecond), float64(n)/time.Since(pub).Seconds())
				wctx, cancel := context.WithCancel(ctx)
				var wg sync.WaitGroup
				ws := make([]*pipeline.Worker, workers)
				for i := range ws {
					w, err := pipeline.NewWorker(ctx, openPostgres(b, schema), openNATS(b, url, name), pipeline.WorkerOptions{StaleEvery: 5 * time.Second, Options: pipeline.Options{BriefEvery: pipeline.DefaultBriefEvery}})
					if err != nil {
						b.Fatal(err)
					}
					ws[i] = w
				}
				cpu := startCPU()
				b.StartTimer()
				start := time.Now()
				for _, w := range ws {
					wg.Go(func() { _ = w.Run(wctx) })
				}
				waitDone(b, q, st, n, 80*time.Minute)
				el := time.Since(start)
				b.StopTimer()
				cancel()
				wg.Wait()
				report(b, st, n, el, cpu)
				var made, skipped int64
				for _, w := range ws {
					m, s := w.Built()
					made, skipped = made+m, skipped+s
				}
				b.Logf("briefs made: %d; stories of a round found built by another worker: %d", made, skipped)
				b.ReportMetric(float64(made), "briefs")
				b.StartTimer()
			}
		})
	}
}

func report(b *testing.B, st store.Store, n int, el time.Duration, cpu func() map[string]float64) {
	use := cpu()
	ss, _ := st.Stories(context.Background(), store.StoryQuery{})
	b.Logf("%d articles, %d stories in %v; CPU cores busy: crosscheck %.2f, postgres %.2f, nats-server %.2f (of %d)",
		n, len(ss), el.Round(time.Second), use["self"], use["postgres"], use["nats-server"], runtime.NumCPU())
	b.ReportMetric(float64(n)/el.Seconds(), "articles/s")
	b.ReportMetric(use["self"], "cores_crosscheck")
	b.ReportMetric(1000*use["self"]*el.Seconds()/float64(n), "cpu_ms/article")
	b.ReportMetric(use["postgres"], "cores_postgres")
	b.ReportMetric(use["nats-server"], "cores_nats")
}

// startCPU samples the CPU time of this process, of every postgres
// process and of nats-server, and returns a function that gives the
// cores each used on average since.
func startCPU() func() map[string]float64 {
	t0, a := time.Now(), cpuTimes()
	return func() map[string]float64 {
		el := time.Since(t0).Seconds()
		z := cpuTimes()
		out := map[string]float64{}
		for k, v := range z {
			out[k] = (v - a[k]) / el
		}
		return out
	}
}

// cpuTimes reads user+system seconds from /proc: "self", and the sum over
// processes named postgres and nats-server. A process that started or
// ended between samples counts only in part, which is fine for a
// where-does-it-saturate figure.
func cpuTimes() map[string]float64 {
	out := map[string]float64{}
	const hz = 100 // USER_HZ on Linux
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	self := strconv.Itoa(os.Getpid())
	for _, d := range dirs {
		raw, err := os.ReadFile(filepath.Join(d, "stat"))
		if err != nil {
			continue
		}
		s := string(raw)
		open, close := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || close < open {
			continue
		}
		name := s[open+1 : close]
		f := strings.Fields(s[close+1:])
		if len(f) < 13 {
			continue
		}
		ut, _ := strconv.ParseFloat(f[11], 64)
		st, _ := strconv.ParseFloat(f[12], 64)
		sec := (ut + st) / hz
		switch {
		case filepath.Base(d) == self:
			out["self"] += sec
		case name == "postgres" || strings.HasPrefix(name, "postgres"):
			out["postgres"] += sec
		case name == "nats-server":
			out["nats-server"] += sec
		}
	}
	return out
}
