package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

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
