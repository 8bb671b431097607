package postgres

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"time"

	"github.com/crosscheck/crosscheck/internal/store"
)

// assignLock is the advisory lock key of story assignment: one per schema,
// so stores in separate schemas of one database (tests) do not wait for
// each other.
const assignLock = `hashtext(current_schema() || '.crosscheck.assign')`

// LockAssign takes the lock that serialises story assignment among every
// process writing to this store, waiting for it as long as ctx allows. It
// is a session lock held on one connection of the pool until unlock: if the
// process dies, PostgreSQL ends the session and the lock with it.
func (d *DB) LockAssign(ctx context.Context) (unlock func(), err error) {
	conn, err := d.SQL().Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("lock story assignment: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(`+assignLock+`)`); err != nil {
		conn.Close()
		return nil, fmt.Errorf("lock story assignment: %w", err)
	}
	return func() {
		if _, err := conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(`+assignLock+`)`); err != nil {
			// The connection may still hold the lock: it must not go
			// back to the pool, where the lock would outlive us.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}, nil
}

// TryLockBrief takes, if no other process holds it, the lock of rebuilding
// one story's brief, so that two workers that both touched a story do not
// both build its brief at once; ok is false if another holds it. Like
// LockAssign it is a session lock on one connection, released by unlock
// or by the server when the process dies.
func (d *DB) TryLockBrief(ctx context.Context, storyID string) (unlock func(), ok bool, err error) {
	conn, err := d.SQL().Conn(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("lock brief: %w", err)
	}
	const key = `hashtext(current_schema() || '.crosscheck.brief.' || $1)`
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock(`+key+`)`, storyID).Scan(&ok); err != nil || !ok {
		conn.Close()
		if err != nil {
			err = fmt.Errorf("lock brief: %w", err)
		}
		return nil, false, err
	}
	return func() {
		if _, err := conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(`+key+`)`, storyID); err != nil {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}, true, nil
}

// StoryCount is the number of stories stored.
func (d *DB) StoryCount(ctx context.Context) (int, error) {
	var n int
	err := d.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM stories`).Scan(&n)
	return n, err
}

// StaleVersions maps every story whose brief is stale to its version:
// what a brief must be made from to cover the story's articles now.
func (d *DB) StaleVersions(ctx context.Context) (map[string]int64, error) {
	rows, err := d.SQL().QueryContext(ctx, `SELECT id, version FROM stories WHERE brief_version <> version`)
	if err != nil {
		return nil, fmt.Errorf("list stale briefs: %w", err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var id string
		var v int64
		if err := rows.Scan(&id, &v); err != nil {
			return nil, err
		}
		out[id] = v
	}
	return out, rows.Err()
}

// BriefVersion is the version of its story that a story's stored brief
// was made from (-1 if none was); store.ErrNotFound if there is no such
// story (merged away).
func (d *DB) BriefVersion(ctx context.Context, storyID string) (int64, error) {
	var v int64
	err := d.SQL().QueryRowContext(ctx, `SELECT brief_version FROM stories WHERE id = $1`, storyID).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, store.ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("brief version of story %s: %w", storyID, err)
	}
	return v, nil
}

// StaleSince lists the stories whose brief is stale and that no article
// has joined since before: a worker's round rebuilds what it touched
// lately, so these are the ones a worker that died left behind.
func (d *DB) StaleSince(ctx context.Context, before time.Time) ([]string, error) {
	rows, err := d.SQL().QueryContext(ctx, `SELECT id FROM stories WHERE brief_version <> version AND updated_at < $1 ORDER BY id`, before.UnixNano())
	if err != nil {
		return nil, fmt.Errorf("list stale briefs: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// Ping checks that the server answers.
func (d *DB) Ping(ctx context.Context) error { return d.SQL().PingContext(ctx) }

// mergeLog is the table of story merges made by workers, in order, so that
// every other worker can make the same merges in its clusterer. It is
// created on first use rather than by a numbered migration: only workers
// need it, and it holds nothing the store cannot lose (a worker that misses
// a merge notices the story count differ and reloads from the store).
const mergeLog = `CREATE TABLE IF NOT EXISTS worker_merges (
	seq BIGSERIAL PRIMARY KEY,
	from_id TEXT NOT NULL,
	into_id TEXT NOT NULL)`

// LogMerges records merges of stories a worker has just stored.
func (d *DB) LogMerges(ctx context.Context, ms []store.Merge) error {
	if len(ms) == 0 {
		return nil
	}
	if _, err := d.SQL().ExecContext(ctx, mergeLog); err != nil {
		return fmt.Errorf("log merges: %w", err)
	}
	for _, m := range ms {
		if _, err := d.SQL().ExecContext(ctx, `INSERT INTO worker_merges (from_id, into_id) VALUES ($1, $2)`, m.From, m.Into); err != nil {
			return fmt.Errorf("log merges: %w", err)
		}
	}
	return nil
}

// MergesSince returns the merges logged after sequence number after, in
// order, and the last sequence number seen.
func (d *DB) MergesSince(ctx context.Context, after int64) ([]store.Merge, int64, error) {
	if _, err := d.SQL().ExecContext(ctx, mergeLog); err != nil {
		return nil, after, fmt.Errorf("read merges: %w", err)
	}
	rows, err := d.SQL().QueryContext(ctx, `SELECT seq, from_id, into_id FROM worker_merges WHERE seq > $1 ORDER BY seq`, after)
	if err != nil {
		return nil, after, fmt.Errorf("read merges: %w", err)
	}
	defer rows.Close()
	var out []store.Merge
	for rows.Next() {
		var m store.Merge
		if err := rows.Scan(&after, &m.From, &m.Into); err != nil {
			return nil, after, err
		}
		out = append(out, m)
	}
	return out, after, rows.Err()
}
