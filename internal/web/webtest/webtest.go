// Package webtest starts crosscheck's server on loopback over a temporary
// store filled with real reports, for the API, browser and load tests.
package webtest

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/api"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/server"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/surface"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// SharedData returns ../shared/data/<name> beside the repository root. It
// skips the test when the data is missing, and fails it in CI.
func SharedData(tb testing.TB, name string) string { return testenv.SharedData(tb, name) }

// Env is a running server and the store behind it.
type Env struct {
	URL      string       // http://127.0.0.1:PORT
	Store    *pipeline.DB // read it; it is written through Pipeline
	Pipeline *pipeline.Pipeline
	Server   *httptest.Server
}

// Options shape a test server.
type Options struct {
	Auth    surface.Auth
	Inputs  []string // paths or globs under ../shared/data to ingest first ("summit-2023", "multiling2011/SourceTexts/*.english")
	NoWrite bool     // give the server no pipeline
}

// Start opens a temporary SQLite store, ingests the inputs through the
// pipeline, and serves it on loopback until the test ends.
func Start(tb testing.TB, opt Options) *Env {
	tb.Helper()
	ctx := context.Background()
	st, err := pipeline.Open(ctx, filepath.Join(tb.TempDir(), "crosscheck.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	pl, err := st.Pipeline(ctx, pipeline.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	for _, in := range opt.Inputs {
		set, rest, _ := strings.Cut(in, "/")
		paths, err := filepath.Glob(filepath.Join(SharedData(tb, set), rest))
		if err != nil || len(paths) == 0 {
			tb.Fatalf("%s: no such input under the shared data (%v)", in, err)
		}
		arts, errs := ingest.Read(ctx, paths, ingest.Options{})
		if len(errs) > 0 {
			tb.Fatalf("reading %s: %v", in, errs)
		}
		if _, err := pl.Ingest(ctx, arts); err != nil {
			tb.Fatalf("ingesting %s: %v", in, err)
		}
	}
	cfg := server.Config{Store: st, Auth: opt.Auth, Parse: ingest.ParseArticleJSON}
	if !opt.NoWrite {
		cfg.Ingest = func(ctx context.Context, arts []*news.Article) (api.IngestResult, error) {
			r, err := pl.Ingest(ctx, arts)
			return api.IngestResult{Added: r.Added, Skipped: r.Skipped, Stories: r.Stories}, err
		}
	}
	srv := httptest.NewServer(server.Handler(cfg))
	tb.Cleanup(srv.Close)
	return &Env{URL: srv.URL, Store: st, Pipeline: pl, Server: srv}
}

// Largest is the story with the most articles.
func (e *Env) Largest(tb testing.TB) *store.Story {
	tb.Helper()
	list, err := e.Store.Stories(context.Background(), store.StoryQuery{})
	if err != nil {
		tb.Fatal(err)
	}
	if len(list) == 0 {
		tb.Fatal("the store holds no story")
	}
	best := slices.MaxFunc(list, func(a, b store.StoryInfo) int { return a.Sources - b.Sources })
	s, err := e.Store.Story(context.Background(), best.ID)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}
