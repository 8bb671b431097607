package pipeline

import (
	"context"
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/queue"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/postgres"
	"github.com/crosscheck/crosscheck/internal/store/sqlite"
)

// DB is an open store as the surfaces (cli, server, api, web, watch) hold
// it: its read side, store.Reader, and writes only through the pipeline's
// steps (Pipeline, Worker, RebuildBriefs, the feeds). The writing
// interface, store.Store, never leaves this package, so the compiler keeps
// every write here.
type DB struct {
	store.Reader
	st store.Store
}

// Open opens the store at loc: PostgreSQL for a postgres:// or
// postgresql:// URL, else a SQLite file (an optional sqlite:// prefix is
// dropped). It is the only place that picks a store's backend.
func Open(ctx context.Context, loc string) (*DB, error) {
	var st store.Store
	var err error
	if IsPostgres(loc) {
		st, err = postgres.Open(ctx, loc)
	} else {
		st, err = sqlite.Open(ctx, strings.TrimPrefix(loc, "sqlite://"))
	}
	if err != nil {
		return nil, err
	}
	return &DB{Reader: st, st: st}, nil
}

// IsPostgres reports whether loc names a PostgreSQL store.
func IsPostgres(loc string) bool {
	return strings.HasPrefix(loc, "postgres://") || strings.HasPrefix(loc, "postgresql://")
}

// Close releases the store.
func (d *DB) Close() error { return d.st.Close() }

// Pipeline returns the pipeline that writes to this store (see New).
func (d *DB) Pipeline(ctx context.Context, opt Options) (*Pipeline, error) {
	return New(ctx, d.st, opt)
}

// Worker returns a worker that takes articles from q and writes them to
// this store (see NewWorker). Only a store shared by processes
// (PostgreSQL) has workers.
func (d *DB) Worker(ctx context.Context, q queue.Queue, opt WorkerOptions) (*Worker, error) {
	sh, ok := d.st.(SharedStore)
	if !ok {
		return nil, fmt.Errorf("workers need a store shared by processes (PostgreSQL), not %T", d.st)
	}
	return NewWorker(ctx, sh, q, opt)
}

// RebuildBriefs makes and stores the briefs of the stories given (see the
// function RebuildBriefs).
func (d *DB) RebuildBriefs(ctx context.Context, opt Options, ids ...string) error {
	return RebuildBriefs(ctx, d.st, opt, ids...)
}

// AddFeed keeps a feed to watch; adding one already kept is no error.
func (d *DB) AddFeed(ctx context.Context, url string) error { return d.st.AddFeed(ctx, url) }

// RemoveFeed stops keeping a feed; store.ErrNotFound if it was not kept.
func (d *DB) RemoveFeed(ctx context.Context, url string) error { return d.st.RemoveFeed(ctx, url) }
