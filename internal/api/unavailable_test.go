package api_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/server"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/postgres"
	"github.com/crosscheck/crosscheck/internal/store/postgres/pgtest"
	"github.com/crosscheck/crosscheck/internal/store/sqlite"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

func serveStore(t *testing.T, st store.Store) string {
	t.Helper()
	ctx := context.Background()
	pl, err := pipeline.New(ctx, st, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(testenv.SharedData(t, "summit-2023"), "*.txt"))
	arts, errs := ingest.Read(ctx, files, ingest.Options{})
	if len(errs) > 0 || len(arts) == 0 {
		t.Fatalf("reading the summit reports: %v", errs)
	}
	if _, err := pl.Ingest(ctx, arts); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.Handler(server.Config{Store: st}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// get returns the status and Retry-After of GET base+path.
func get(t *testing.T, base, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, resp.Header.Get("Retry-After")
}

// TestDatabaseRestart: while PostgreSQL cannot be reached, reads answer 503
// with Retry-After (before: 500), and once it is back, 200 again. The real
// server on 127.0.0.1:5432 is reached through a proxy that the test cuts
// (every connection closed, new ones refused) and restores: a restart as
// the clients see it, without stopping a server other tests share.
func TestDatabaseRestart(t *testing.T) {
	dsn := pgtest.Schema(t, pgtest.DSN(t))
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	px := testenv.NewProxy(t, u.Host)
	u.Host = px.Addr
	ctx := context.Background()
	st, err := postgres.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	base := serveStore(t, st)
	list, err := st.Stories(ctx, store.StoryQuery{})
	if err != nil || len(list) == 0 {
		t.Fatalf("no story: %v", err)
	}
	arts, _, err := st.StoryArticles(ctx, list[0].ID)
	if err != nil || len(arts) == 0 {
		t.Fatalf("no article: %v", err)
	}
	paths := []string{"/api/articles/" + arts[0].ID, "/articles/" + arts[1].ID, "/api/stories/" + list[0].ID, "/api/stories?q=kim"}
	for _, p := range paths {
		if code, _ := get(t, base, p); code != 200 {
			t.Fatalf("GET %s: %d before the restart", p, code)
		}
	}
	px.Cut()
	time.Sleep(1100 * time.Millisecond) // past the kept responses' revalidation
	for _, p := range paths {
		code, after := get(t, base, p)
		if code != http.StatusServiceUnavailable || after != "5" {
			t.Errorf("GET %s with the database down: %d, Retry-After %q; want 503 and 5", p, code, after)
		}
	}
	px.Restore()
	for _, p := range paths {
		if code, _ := get(t, base, p); code != 200 {
			t.Errorf("GET %s after the restart: %d", p, code)
		}
	}
}

// TestStoreClosed: a store whose pool is closed (a server shutting down)
// answers 503 with Retry-After, not 500.
func TestStoreClosed(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "cc.db"))
	if err != nil {
		t.Fatal(err)
	}
	base := serveStore(t, st)
	st.Close()
	code, after := get(t, base, "/api/articles/a0000000000000000")
	if code != http.StatusServiceUnavailable || after == "" {
		t.Errorf("closed store: %d, Retry-After %q; want 503 with Retry-After", code, after)
	}
}
