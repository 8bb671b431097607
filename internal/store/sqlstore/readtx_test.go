package sqlstore

import (
	"context"
	"database/sql"
	"testing"

	"github.com/crosscheck/crosscheck/internal/store/postgres/pgtest"
)

// TestReadTxIsOneSnapshotOnPostgreSQL checks what StoryArticles relies on:
// a row committed by another connection between two queries of one read
// transaction is not seen by the second. PostgreSQL's default isolation
// (READ COMMITTED) would show it.
func TestReadTxIsOneSnapshotOnPostgreSQL(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("pgx", pgtest.Schema(t, pgtest.DSN(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `CREATE TABLE snap (n integer)`); err != nil {
		t.Fatal(err)
	}
	s := New(db, Dialect{Name: "postgres", Dollar: true})
	count := func(tx *sql.Tx) (n int) {
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM snap`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	err = s.readTx(ctx, func(tx *sql.Tx) error {
		before := count(tx)
		if _, err := db.ExecContext(ctx, `INSERT INTO snap VALUES (1)`); err != nil {
			return err
		}
		if after := count(tx); after != before {
			t.Errorf("a read transaction saw a row committed after its first query: %d rows, then %d", before, after)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
