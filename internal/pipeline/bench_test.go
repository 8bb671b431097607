package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/cli"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/postgres"
	"github.com/crosscheck/crosscheck/internal/store/postgres/pgtest"
	"github.com/crosscheck/crosscheck/internal/store/sqlite"
)

// realArticles reads the PolNeAR news articles (924, US politics 2016) and
// the MultiLing 2011 sources (700, seven languages).
func realArticles(tb testing.TB) []*news.Article {
	tb.Helper()
	pol, _ := filepath.Glob(filepath.Join(sharedData(tb, "polnear"), "data", "*", "text", "*.txt"))
	ml, _ := filepath.Glob(filepath.Join(sharedData(tb, "multiling2011"), "SourceTexts", "M*"))
	arts, _ := ingest.Read(context.Background(), append(pol, ml...), ingest.Options{})
	if len(arts) < 1000 {
		tb.Fatalf("only %d real articles read", len(arts))
	}
	return arts
}

// stream makes n articles from the real ones: the first pass as they are,
// later passes as edited copies (the last paragraphs cut, as outlets trim
// wire copy) under their own URLs, so the stream has wire copies as real
// news does and every article is new to the store.
func stream(real []*news.Article, n int) []*news.Article {
	out := make([]*news.Article, 0, n)
	for i := range n {
		base := real[i%len(real)]
		a := *base
		a.ID = ""
		a.URL = fmt.Sprintf("https://bench.example/%d", i)
		if round := i / len(real); round > 0 {
			paras := strings.Split(a.Text, "\n\n")
			if keep := len(paras) - round; keep >= 2 {
				paras = paras[:keep]
			}
			a.Text = strings.Join(paras, "\n\n")
		}
		out = append(out, &a)
	}
	return out
}

// BenchmarkIngest10k ingests 10,000 articles into an empty store: dedup,
// clustering, storing and the briefs of every story. It reports articles a
// second, the CPU time, the briefs built and the store's size on disk.
func BenchmarkIngest10k(b *testing.B) {
	real := realArticles(b)
	backends := []struct {
		name string
		open func(b *testing.B) (store.Store, func() int64)
	}{
		{"sqlite", func(b *testing.B) (store.Store, func() int64) {
			path := filepath.Join(b.TempDir(), "cc.db")
			st, err := sqlite.Open(context.Background(), path)
			if err != nil {
				b.Fatal(err)
			}
			return st, func() int64 { return sqlite.Size(path) }
		}},
		{"postgres", func(b *testing.B) (store.Store, func() int64) {
			st, err := postgres.Open(context.Background(), pgtest.Schema(b, pgtest.DSN(b)))
			if err != nil {
				b.Fatal(err)
			}
			return st, func() int64 {
				n, err := st.Size(context.Background())
				if err != nil {
					b.Fatal(err)
				}
				return n
			}
		}},
	}
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			var total, cpu time.Duration
			var size int64
			var briefs int
			for b.Loop() {
				b.StopTimer()
				arts := stream(real, 10000)
				st, sizeOf := be.open(b)
				b.StartTimer()
				start, cpu0 := time.Now(), cpuTime(b)
				briefs = 0
				// BriefEvery beyond the run: each story's brief is built
				// once, at the end, however slowly the run goes. With the
				// default 2 minutes of wall clock, a run on a loaded machine
				// rebuilt briefs mid-way (1,359 briefs instead of 679) and
				// its CPU time measured the load, not the code.
				p, err := pipeline.New(ctx, st, pipeline.Options{BriefEvery: 24 * time.Hour, Progress: func(stage string, _, _ int) {
					if stage == "brief" {
						briefs++ // called under the rebuild's lock
					}
				}})
				if err != nil {
					b.Fatal(err)
				}
				res, err := p.Ingest(ctx, arts)
				if err != nil {
					b.Fatal(err)
				}
				total += time.Since(start)
				cpu += cpuTime(b) - cpu0
				b.StopTimer()
				if len(res.Added) != len(arts) {
					b.Fatalf("%d of %d articles added", len(res.Added), len(arts))
				}
				size = sizeOf()
				ss, _ := st.Stories(ctx, store.StoryQuery{})
				b.Logf("%s: %d articles, %d stories, %.1f MB, %v", be.name, len(arts), len(ss), float64(size)/1e6, time.Since(start).Round(time.Second))
				st.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(10000*b.N)/total.Seconds(), "articles/s")
			b.ReportMetric(float64(size)/1e6, "MB_on_disk")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu_s")
			b.ReportMetric(float64(briefs), "briefs_built")
		})
	}
}

// cpuTime is the CPU time the process has used, user and system: on a
// shared machine it says more of the work than the wall time does.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkShow100 measures `crosscheck show` of a stored story of 100
// articles, run in-process through the command line (open the store, read
// the story and its brief, print it), in each output format, on SQLite and
// PostgreSQL:
//
//	go test -run XXX -bench BenchmarkShow100 -benchtime 20x ./internal/pipeline
func BenchmarkShow100(b *testing.B) {
	ctx := context.Background()
	real := realArticles(b)
	backends := []struct {
		name string
		db   func(b *testing.B) string
		open func(ctx context.Context, db string) (store.Store, error)
	}{
		{"sqlite", func(b *testing.B) string { return filepath.Join(b.TempDir(), "cc.db") },
			func(ctx context.Context, db string) (store.Store, error) { return sqlite.Open(ctx, db) }},
		{"postgres", func(b *testing.B) string { return pgtest.Schema(b, pgtest.DSN(b)) },
			func(ctx context.Context, db string) (store.Store, error) { return postgres.Open(ctx, db) }},
	}
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			db := be.db(b)
			st, err := be.open(ctx, db)
			if err != nil {
				b.Fatal(err)
			}
			var c store.Change
			for _, a := range real[:100] { // PolNeAR: one long story, the 2016 US election
				k := store.Key(a)
				a.ID = store.IDFor(k)
				c.Articles = append(c.Articles, store.NewArticle{Article: a, Key: k, StoryID: "st-big"})
			}
			if _, err := st.Apply(ctx, c); err != nil {
				b.Fatal(err)
			}
			buildStart := time.Now()
			if _, err := pipeline.New(ctx, st, pipeline.Options{}); err != nil { // builds the stale brief
				b.Fatal(err)
			}
			raw, _, _ := st.BriefJSON(ctx, "st-big")
			b.Logf("brief of 100 articles built in %v, %.1f MB of JSON", time.Since(buildStart).Round(time.Millisecond), float64(len(raw))/1e6)
			st.Close()
			for _, format := range []string{"md", "json", "html"} {
				b.Run(format, func(b *testing.B) {
					var out, errb bytes.Buffer
					for b.Loop() {
						out.Reset()
						errb.Reset()
						if code := cli.Run([]string{"show", "--db", db, "--format", format, "st-big"}, strings.NewReader(""), &out, &errb); code != cli.ExitOK {
							b.Fatalf("show: exit %d: %s", code, errb.String())
						}
					}
					b.ReportMetric(float64(out.Len())/1e6, "MB_out")
				})
			}
		})
	}
}
