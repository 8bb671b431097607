package pipeline_test

import (
	"context"
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/queue/nats/natstest"
	"github.com/crosscheck/crosscheck/internal/store/postgres/pgtest"
)

// proxy forwards TCP connections to a server; cut closes every connection
// and refuses new ones, as a server that restarts does, until restore.
type proxy struct {
	t      *testing.T
	target string
	addr   string

	mu    sync.Mutex
	ln    net.Listener
	conns []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	p := &proxy{t: t, target: target}
	p.listen("127.0.0.1:0")
	p.addr = p.ln.Addr().String()
	t.Cleanup(p.cut)
	return p
}

func (p *proxy) listen(addr string) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		p.t.Fatal(err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, s)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(s, c); s.Close() }()
			go func() { _, _ = io.Copy(c, s); c.Close() }()
		}
	}()
}

func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func (p *proxy) restore() { p.listen(p.addr) }

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
	pgProxy := newProxy(t, pgu.Host)
	pgu.Host = pgProxy.addr
	nu, _ := url.Parse(natsURL)
	natsProxy := newProxy(t, nu.Host)

	direct := openNATS(t, natsURL, stream)
	arts := multiling(t)[:60]
	publishAll(t, direct, arts)
	runWorkers(t, 2, pgu.String(), "nats://"+natsProxy.addr, stream)

	st := openPostgres(t, dsn)
	waitStored := func(n int) {
		for end := time.Now().Add(3 * time.Minute); storedCount(t, st) < n; time.Sleep(100 * time.Millisecond) {
			if time.Now().After(end) {
				t.Fatalf("fewer than %d articles stored after 3 minutes", n)
			}
		}
	}
	waitStored(10)
	pgProxy.cut()
	t.Logf("PostgreSQL cut with %d articles stored", storedCount(t, st))
	time.Sleep(4 * time.Second)
	pgProxy.restore()
	waitStored(30)
	natsProxy.cut()
	t.Logf("NATS cut with %d articles stored", storedCount(t, st))
	time.Sleep(4 * time.Second)
	natsProxy.restore()

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
