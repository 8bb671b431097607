// Package sqlite is the embedded store: one SQLite file in WAL mode, through
// the pure-Go driver modernc.org/sqlite, so there is no server to install.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is the SQLite store.
type DB struct{ *sqlstore.DB }

var _ store.Store = (*DB)(nil)

var dialect = sqlstore.Dialect{Name: "sqlite", Retry: busy}

// busy reports SQLite's transient lock errors. The busy timeout already
// waits; this retries a transaction that lost the race to upgrade its lock.
func busy(err error) bool {
	var e *sqlite.Error
	if errors.As(err, &e) {
		c := e.Code() & 0xff
		return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
	}
	return false
}

// Open opens (creating if needed) the store in the file at path and brings
// its schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	// WAL lets readers run beside the one writer. Writes get a pool of one
	// connection whose transactions are IMMEDIATE: they take the write lock
	// up front, so two writers queue rather than deadlock on an upgrade, and
	// the writers of one process queue in Go (woken as soon as the lock is
	// free) rather than in SQLite's busy handler (which sleeps and polls).
	// Reads get a pool of their own, with deferred transactions and
	// query_only: a read is a WAL snapshot that takes no lock a writer or
	// another reader waits for. synchronous=NORMAL is durable in WAL mode
	// against process crashes (kill -9), which is what we promise.
	base := "file:" + escapePath(path) + "?"
	w := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(ON)"} {
		w.Add("_pragma", p)
	}
	w.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", base+w.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	sub, _ := fs.Sub(migrations, "migrations")
	if err := sqlstore.Migrate(ctx, db, dialect, sub); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// The file is now in WAL mode (a setting kept in the file), so the
	// readers need not, and as query_only could not, set it.
	r := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "foreign_keys(ON)", "query_only(1)"} {
		r.Add("_pragma", p)
	}
	rd, err := sql.Open("sqlite", base+r.Encode())
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// Enough connections for the cores to keep busy; they stay open, as
	// opening one costs more than most reads (the default keeps only 2).
	n := max(4, 2*runtime.GOMAXPROCS(0))
	rd.SetMaxOpenConns(n)
	rd.SetMaxIdleConns(n)
	return &DB{sqlstore.NewSplit(db, rd, dialect)}, nil
}

func escapePath(p string) string {
	return strings.NewReplacer("?", "%3f", "#", "%23").Replace(p)
}

// Size is the bytes the store takes on disk: the database file and its WAL.
func Size(path string) int64 {
	var n int64
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if st, err := os.Stat(p); err == nil {
			n += st.Size()
		}
	}
	return n
}
