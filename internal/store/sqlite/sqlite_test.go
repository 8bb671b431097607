package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"

	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/sqlite"
	"github.com/crosscheck/crosscheck/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "cc.db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "cc.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AddFeed(ctx, "https://example.org/feed"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen (migrations run twice?): %v", err)
	}
	defer db.Close()
	fs, err := db.Feeds(ctx)
	if err != nil || len(fs) != 1 {
		t.Errorf("Feeds after reopen = %v, %v; want the one added", fs, err)
	}
	if sqlite.Size(path) == 0 {
		t.Error("Size = 0")
	}
}

// TestReadsDoNotWaitForWriter holds the write lock from another connection
// (as a long ingest in another process does) and checks that every read
// still answers at once, from the last committed state, and that a write
// waits for the lock and then succeeds.
func TestReadsDoNotWaitForWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "cc.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := &news.Article{URL: "https://example.org/a", Title: "Kim meets Putin", Text: "Kim met Putin."}
	k := store.Key(a)
	a.ID = store.IDFor(k)
	if _, err := db.Apply(ctx, store.Change{Articles: []store.NewArticle{{Article: a, Key: k, StoryID: "s1"}}}); err != nil {
		t.Fatal(err)
	}

	other, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, `UPDATE stories SET title = 'uncommitted'`); err != nil {
		t.Fatal(err)
	}

	rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	reads := []struct {
		name string
		read func() error
	}{
		{"Story", func() error {
			s, err := db.Story(rctx, "s1")
			if err == nil && s.Title != "Kim meets Putin" {
				err = fmt.Errorf("title %q, want the committed one", s.Title)
			}
			return err
		}},
		{"Stories", func() error { _, err := db.Stories(rctx, store.StoryQuery{}); return err }},
		{"StoryArticles", func() error { _, _, err := db.StoryArticles(rctx, "s1"); return err }},
		{"Article", func() error { _, err := db.Article(rctx, a.ID); return err }},
		{"Known", func() error { _, err := db.Known(rctx, []string{k}); return err }},
		{"Stale", func() error { _, err := db.Stale(rctx); return err }},
		{"Feeds", func() error { _, err := db.Feeds(rctx); return err }},
	}
	for _, r := range reads {
		t.Run(r.name, func(t *testing.T) {
			start := time.Now()
			if err := r.read(); err != nil {
				t.Fatalf("read while another connection writes: %v", err)
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("read took %v: it waited for the writer", d)
			}
		})
	}

	// A write waits for the lock and gets it once the other commits.
	done := make(chan error, 1)
	go func() { done <- db.AddFeed(ctx, "https://example.org/feed") }()
	select {
	case err := <-done:
		t.Fatalf("AddFeed finished (%v) while another connection held the write lock", err)
	case <-time.After(200 * time.Millisecond):
	}
	if _, err := conn.ExecContext(ctx, `COMMIT`); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("AddFeed after the lock was released: %v", err)
	}
	if s, err := db.Story(ctx, "s1"); err != nil || s.Title != "uncommitted" {
		t.Errorf("after the other commit: %v, %v; want its title", s, err)
	}
}
