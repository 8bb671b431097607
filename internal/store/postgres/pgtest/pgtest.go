// Package pgtest gives tests an isolated PostgreSQL schema: the server is
// the one at CROSSCHECK_TEST_POSTGRES (default: postgres@127.0.0.1:5432,
// database test, trust auth). Outside CI a missing server skips the test
// with a message saying what to start; in CI (CI=true) it fails.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// DefaultDSN is the server the tests use unless CROSSCHECK_TEST_POSTGRES says otherwise.
const DefaultDSN = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// DSN returns the test server's DSN, or skips (fails in CI) if it cannot be reached.
func DSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("CROSSCHECK_TEST_POSTGRES")
	if dsn == "" {
		dsn = DefaultDSN
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	db, err := sql.Open("pgx", dsn)
	if err == nil {
		err = db.PingContext(ctx)
		db.Close()
	}
	if err != nil {
		msg := "PostgreSQL is not reachable at " + dsn + " (" + err.Error() + "): start it (for example `pg_ctlcluster 15 main start`, trust auth, with a database named test) or set CROSSCHECK_TEST_POSTGRES"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return dsn
}

// Schema creates a fresh schema on the server at base, drops it when the
// test ends, and returns a DSN whose search_path is that schema.
func Schema(t testing.TB, base string) string {
	t.Helper()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "cc_test_" + hex.EncodeToString(b)
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE SCHEMA ` + name); err != nil {
		db.Close()
		t.Fatalf("create schema %s: %v", name, err)
	}
	t.Cleanup(func() {
		defer db.Close()
		if _, err := db.Exec(`DROP SCHEMA ` + name + ` CASCADE`); err != nil {
			t.Logf("drop schema %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}
