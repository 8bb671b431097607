package pipeline_test

import (
	"context"
	"net/url"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/queue/nats/natstest"
	"github.com/crosscheck/crosscheck/internal/store/postgres/pgtest"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestWorkersRideOutOutages runs two workers whose connections to
// PostgreSQL and to NATS go through proxies, and cuts each server away for
// a few seconds in the middle of the stream, dropping every connection, as
// a restart does. The workers must wait and retry: every article stored
// once, every brief current, nothing in the dead letters.
func TestWorkersRideOutOutages(t *testing.T) {
	natsURL := natstest.URL(t)
	dsn := pgtest.Schema(t, pgtest.DSN(t))
	stream := natstest.Stream(t, natsURL)

	pgu, _ := url.Parse(dsn)
	pgProxy := testenv.NewProxy(t, pgu.Host)
	pgu.Host = pgProxy.Addr
	nu, _ := url.Parse(natsURL)
	natsProxy := testenv.NewProxy(t, nu.Host)

	direct := openNATS(t, natsURL, stream)
	arts := multiling(t)[:60]
	publishAll(t, direct, arts)
	runWorkers(t, 2, pgu.String(), "nats://"+natsProxy.Addr, stream)

	st := openPostgres(t, dsn)
	waitStored := func(n int) {
		for end := time.Now().Add(3 * time.Minute); storedCount(t, st) < n; time.Sleep(100 * time.Millisecond) {
			if time.Now().After(end) {
				t.Fatalf("fewer than %d articles stored after 3 minutes", n)
			}
		}
	}
	waitStored(10)
	pgProxy.Cut()
	t.Logf("PostgreSQL cut with %d articles stored", storedCount(t, st))
	time.Sleep(4 * time.Second)
	pgProxy.Restore()
	waitStored(30)
	natsProxy.Cut()
	t.Logf("NATS cut with %d articles stored", storedCount(t, st))
	time.Sleep(4 * time.Second)
	natsProxy.Restore()

	waitDone(t, direct, st, len(arts), 5*time.Minute)
	dead, err := direct.DeadLetters(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) > 0 {
		t.Errorf("%d jobs in the dead letters after outages, e.g. %s: %s", len(dead), dead[0].Job.ID, dead[0].Error)
	}
	var keys int
	if err := st.SQL().QueryRow(`SELECT COUNT(DISTINCT key) FROM articles`).Scan(&keys); err != nil || keys != len(arts) {
		t.Errorf("%d distinct keys stored (%v), want %d", keys, err, len(arts))
	}
	checkBriefs(t, st)
}
