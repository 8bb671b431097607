// Package postgres is the store for more than one machine: PostgreSQL
// through pgx (its database/sql adapter, so the queries are shared with the
// SQLite store in sqlstore).
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver

	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is the PostgreSQL store.
type DB struct{ *sqlstore.DB }

var _ store.Store = (*DB)(nil)

var dialect = sqlstore.Dialect{
	Name:   "postgres",
	Dollar: true,
	// Any fixed key: it serialises migrations across processes.
	LockMigrations: `SELECT pg_advisory_xact_lock(7262531)`,
	Retry:          retry,
}

// retry reports serialisation failures, deadlocks and unique violations
// from two writers inserting the same story at once: running the
// transaction again sees the other's work.
func retry(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01", "23505":
			return true
		}
	}
	return false
}

// Open connects to the database at dsn (postgres://...) and brings its
// schema up to date. A search_path parameter in the DSN selects a schema.
func Open(ctx context.Context, dsn string) (*DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	// A bounded pool that stays open: unbounded, 200 concurrent readers of
	// `serve` would open 200 connections, past the server's default limit
	// of 100, and database/sql keeps only 2 idle by default, so the rest
	// would connect and disconnect on every request.
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store: cannot reach PostgreSQL: %w", err)
	}
	sub, _ := fs.Sub(migrations, "migrations")
	if err := sqlstore.Migrate(ctx, db, dialect, sub); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	return &DB{sqlstore.New(db, dialect)}, nil
}

// Size is the bytes the store's tables and indexes take on disk.
func (d *DB) Size(ctx context.Context) (int64, error) {
	var n sql.NullInt64
	err := d.SQL().QueryRowContext(ctx, `SELECT SUM(pg_total_relation_size(c.oid))
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind = 'r'`).Scan(&n)
	return n.Int64, err
}
