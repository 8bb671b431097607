package postgres

import (
	"context"
	"database/sql/driver"
	"fmt"
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

// StoryCount is the number of stories stored.
func (d *DB) StoryCount(ctx context.Context) (int, error) {
	var n int
	err := d.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM stories`).Scan(&n)
	return n, err
}

// Ping checks that the server answers.
func (d *DB) Ping(ctx context.Context) error { return d.SQL().PingContext(ctx) }
