package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/queue/nats/natstest"
	"github.com/crosscheck/crosscheck/internal/server"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/postgres"
	"github.com/crosscheck/crosscheck/internal/store/postgres/pgtest"
)

// BenchmarkServeNATS200 is the load test of the scale-out form: `serve
// --nats` on loopback with two `crosscheck worker` processes, a store
// holding the 100 MultiLing English reports and the 5 summit reports, and
// 200 concurrent clients making b.N requests in all (never longer than a
// minute), 10 % of them POSTs of one new article (edited copies of the
// MultiLing reports under URLs of their own), the rest reads of the JSON
// API (the story list and story briefs, round robin). It reports the
// reads' p50 and p99, the POSTs' p99, and, once the load ends, how long the
// workers took to store every article answered 202 (all must be stored).
//
// Each response is read once before the clock starts (the steady state
// of a server that has been up a while). The in-process case is the reference: the same load on `serve` without
// --nats, whose POSTs store the articles before they answer (201).
//
//	go test ./internal/cli -run '^$' -bench ServePost200 -benchtime 40000x -timeout 30m
//
// The read-only case is the control: the same readers on `serve` with no
// POST and no worker, what the reads cost on this machine alone.
//
// The clients ask for gzip, as browsers and Go's client do, but keep the
// compressed bytes rather than inflating them: in a real deployment that
// work happens on the readers' machines, here it would take the server's
// CPU (a brief is up to a few hundred kB of JSON). They do not send
// If-None-Match, so every read carries its whole body.
//
// Beside latency it reports the CPU the test process (the server and the
// clients) used per request, from getrusage: on a shared machine a steadier
// measure of the read path's cost than wall time.
func BenchmarkServePost200(b *testing.B) {
	b.Run("nats-2-workers", func(b *testing.B) { loadServe(b, true, true) })
	b.Run("in-process", func(b *testing.B) { loadServe(b, false, true) })
	b.Run("read-only", func(b *testing.B) { loadServe(b, false, false) })
}

// cpuTime is the CPU this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func loadServe(b *testing.B, scaleOut, posts bool) {
	url := natstest.URL(b)
	dsn := pgtest.Schema(b, pgtest.DSN(b))
	stream := natstest.Stream(b, url)
	files, _ := filepath.Glob(filepath.Join(sharedData(b, "multiling2011"), "SourceTexts", "*.english"))
	summit, _ := filepath.Glob(filepath.Join(sharedData(b, "summit-2023"), "*.txt"))
	var out, errb bytes.Buffer
	if code := Run(append([]string{"ingest", "--db", dsn}, append(files, summit...)...), nil, &out, &errb); code != ExitOK {
		b.Fatalf("ingest: %d %s", code, errb.String())
	}
	texts, _ := ingest.Read(context.Background(), files, ingest.Options{})

	nf := natsFlags{}
	var workers []*exec.Cmd
	if scaleOut {
		bin := buildBinary(b)
		// The workers' niceness: the default of `worker`, or
		// CROSSCHECK_LOAD_NICE (e.g. 10: workers that yield the CPU).
		// CROSSCHECK_LOAD_CPUS their --cpus (e.g. 1: one core each).
		var nice []string
		if v := os.Getenv("CROSSCHECK_LOAD_NICE"); v != "" {
			nice = []string{"--nice", v}
		}
		if v := os.Getenv("CROSSCHECK_LOAD_CPUS"); v != "" {
			nice = append(nice, "--cpus", v)
		}
		// CROSSCHECK_LOAD_ROUND_PAUSE their --round-pause (0: rounds of
		// brief rebuilds back to back, as before it existed).
		if v := os.Getenv("CROSSCHECK_LOAD_ROUND_PAUSE"); v != "" {
			nice = append(nice, "--round-pause", v)
		}
		workers = append(workers, startWorker(b, bin, dsn, url, stream, nice...), startWorker(b, bin, dsn, url, stream, nice...))
		nf = natsFlags{url: url, stream: stream}
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() {
		served <- runServe(ctx, &env{stdout: io.Discard, stderr: io.Discard}, serveFlags{addr: addr, db: dsn, token: "s3cret", timeout: server.DefaultTimeout, nats: nf})
	}()
	defer func() { cancel(); <-served }()
	base := "http://" + addr
	for end := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if r, err := http.Get(base + "/api/stories"); err == nil {
			r.Body.Close()
			break
		}
		if time.Now().After(end) {
			b.Fatal("serve did not start")
		}
	}
	st, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	list, err := st.Stories(context.Background(), store.StoryQuery{})
	if err != nil || len(list) == 0 {
		b.Fatalf("no stories: %v", err)
	}
	reads := []string{"/api/stories"}
	for _, s := range list {
		reads = append(reads, "/api/stories/"+s.ID)
	}

	var (
		next               atomic.Int64
		mu                 sync.Mutex
		readLat, postLat   []time.Duration
		accepted           []string
		failures, statuses = 0, map[int]int{}
	)
	post := func(rc *rawClient, i int64) (int, []string, error) {
		src := texts[int(i)%len(texts)]
		a := map[string]any{"url": fmt.Sprintf("https://load.example/%d/%d", time.Now().UnixNano(), i), "title": src.Title, "text": src.Text + fmt.Sprintf("\n\nUpdate %d.", i)}
		body, _ := json.Marshal(a)
		code, resp, err := rc.post("/api/articles", "Content-Type: application/json\r\nAuthorization: Bearer s3cret\r\n", body)
		if err != nil {
			return 0, nil, err
		}
		var res struct {
			Added  []string `json:"added"`
			Queued []string `json:"queued"`
		}
		_ = json.Unmarshal(resp, &res)
		return code, append(res.Queued, res.Added...), nil
	}
	// Warm up: each response read once, as a server that has been up a
	// while has them; the figures are of the steady state.
	warm := &rawClient{addr: addr}
	for _, u := range reads {
		if code, err := warm.get(u); err != nil || code != http.StatusOK {
			b.Fatalf("warm-up GET %s: %d %v", u, code, err)
		}
	}
	warm.close()
	// Each client's connection is open before the clock starts: readers of
	// a server that has been up a while are connected already, and 200
	// handshakes at the first instant would be a start-up burst, not the
	// steady state.
	const clients = 200
	conns := make([]*rawClient, clients)
	for c := range conns {
		conns[c] = &rawClient{addr: addr}
		if err := conns[c].dial(); err != nil {
			b.Fatal(err)
		}
	}
	deadline := time.Now().Add(time.Minute)
	b.ResetTimer()
	// CROSSCHECK_LOAD_PROFILE=FILE: a CPU profile of this process (server
	// and clients) over the load phase only, not the ingest before it.
	if p := os.Getenv("CROSSCHECK_LOAD_PROFILE"); p != "" {
		f, err := os.Create(p + "." + strings.ReplaceAll(b.Name(), "/", "_"))
		if err != nil {
			b.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer f.Close()
	}
	start, cpu0 := time.Now(), cpuTime()
	workerTicks := func() (t float64) {
		for _, w := range workers {
			t += procTicks(w.Process.Pid)
		}
		return t
	}
	wt0 := workerTicks()
	var wg sync.WaitGroup
	for c := range clients {
		rng := rand.New(rand.NewPCG(uint64(c), 16))
		rc := conns[c]
		wg.Go(func() {
			defer rc.close()
			get := rc.get
			for time.Now().Before(deadline) {
				i := next.Add(1)
				if i > int64(b.N) {
					return
				}
				t0 := time.Now()
				var code int
				var err error
				var ids []string
				isPost := posts && rng.IntN(10) == 0
				if isPost {
					code, ids, err = post(rc, i)
				} else {
					code, err = get(reads[int(i)%len(reads)])
				}
				d := time.Since(t0)
				mu.Lock()
				statuses[code]++
				switch {
				case err != nil || code >= 400:
					failures++
				case isPost:
					postLat = append(postLat, d)
					accepted = append(accepted, ids...)
				default:
					readLat = append(readLat, d)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	el, cpu := time.Since(start), cpuTime()-cpu0
	pprof.StopCPUProfile()
	if len(workers) > 0 {
		// What the workers took of the 2 cores while the readers ran.
		b.Logf("workers' CPU during the load: %.2f s in %v (%.2f cores); this process: %.2f cores",
			(workerTicks()-wt0)/100, el.Round(time.Millisecond), (workerTicks()-wt0)/100/el.Seconds(), cpu.Seconds()/el.Seconds())
	}
	b.StopTimer()

	pct := func(ds []time.Duration, p float64) float64 {
		if len(ds) == 0 {
			return 0
		}
		slices.Sort(ds)
		return float64(ds[int(p*float64(len(ds)-1))].Microseconds()) / 1000
	}
	b.Logf("load over (%v): %d reads p50 %.1f ms p99 %.1f ms; %d posts p99 %.1f ms; statuses %v; now waiting for the %d accepted articles to be stored",
		el.Round(time.Millisecond), len(readLat), pct(readLat, .5), pct(readLat, .99), len(postLat), pct(postLat, .99), statuses, len(accepted))
	// Every 202 must end up stored.
	drain := time.Now()
	stored := 0
	for end := time.Now().Add(15 * time.Minute); time.Now().Before(end); time.Sleep(time.Second) {
		stored = 0
		for _, id := range accepted {
			if _, err := st.Article(context.Background(), id); err == nil {
				stored++
			}
		}
		if stored == len(accepted) {
			break
		}
	}
	if stored != len(accepted) {
		b.Errorf("%d of %d articles answered 202 stored after 15 minutes", stored, len(accepted))
	}
	if failures > 0 {
		// Timeouts (504) are how an overloaded server answers: reported,
		// not a failure of the benchmark; a lost 202 is.
		b.Logf("%d requests failed; statuses %v", failures, statuses)
	}
	b.Logf("%d requests in %v: %d reads p50 %.1f ms p99 %.1f ms; %d posts p99 %.1f ms, %d articles accepted (202 or 201), %d stored %v after the load; statuses %v",
		len(readLat)+len(postLat), el.Round(time.Millisecond), len(readLat), pct(readLat, .5), pct(readLat, .99), len(postLat), pct(postLat, .99), len(accepted), stored, time.Since(drain).Round(time.Second), statuses)
	if len(workers) > 0 && len(accepted) > 0 {
		// The workers' CPU, from their start (loading the store: 105
		// articles) to every article stored, per article accepted.
		var ticks float64
		for _, w := range workers {
			ticks += procTicks(w.Process.Pid)
		}
		ms := ticks * 10 / float64(len(accepted)) // USER_HZ 100
		b.Logf("workers' CPU: %.1f s, %.1f ms per article", ticks/100, ms)
		b.ReportMetric(ms, "worker_cpu_ms/article")
	}
	b.ReportMetric(pct(readLat, .5), "read_p50_ms")
	b.ReportMetric(pct(readLat, .99), "read_p99_ms")
	b.ReportMetric(pct(postLat, .99), "post_p99_ms")
	b.ReportMetric(float64(len(readLat)+len(postLat))/el.Seconds(), "req/s")
	b.ReportMetric(float64(len(accepted)), "accepted")
	b.ReportMetric(time.Since(drain).Seconds(), "drain_s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(len(readLat)+len(postLat)), "cpu_us/req")
}

// rawClient is one client of the load test: a kept connection on which it
// writes a request and reads the whole response, in its own goroutine.
// Go's http.Client hands every request to a writing and a reading
// goroutine of the connection; here, where the clients share the server's
// CPU, those hand-offs cost as much as the server's work and wait in the
// same run queue, so the clients would measure themselves. Its GETs ask
// for gzip and drop the compressed bytes (see BenchmarkServePost200); its
// POSTs keep the answer, which the test reads. It checks the framing of
// each response: its length, or its chunks.
type rawClient struct {
	addr     string
	conn     net.Conn
	br       *bufio.Reader
	req      []byte
	body     []byte // the last response's body, when keepBody
	keepBody bool
}

func (c *rawClient) dial() error {
	conn, err := net.Dial("tcp", c.addr)
	if err != nil {
		return err
	}
	c.conn, c.br = conn, bufio.NewReaderSize(conn, 64<<10)
	return nil
}

func (c *rawClient) close() {
	if c.conn != nil {
		c.conn.Close()
		c.conn = nil
	}
}

// get asks for path and returns the status.
func (c *rawClient) get(path string) (int, error) {
	c.keepBody = false
	return c.do("GET", path, "Accept-Encoding: gzip\r\n", nil)
}

// post sends body to path with the header lines hdr (each ending in
// CRLF) and returns the status and the response's body.
func (c *rawClient) post(path, hdr string, body []byte) (int, []byte, error) {
	c.keepBody = true
	code, err := c.do("POST", path, hdr+"Content-Length: "+strconv.Itoa(len(body))+"\r\n", body)
	return code, c.body, err
}

// do makes one request; a kept connection the server closed meanwhile is
// dialled again once (a POST sent again carries the same article URL, which
// the store keeps once).
func (c *rawClient) do(method, path, hdr string, body []byte) (int, error) {
	for attempt := 0; ; attempt++ {
		fresh := c.conn == nil
		if fresh {
			if err := c.dial(); err != nil {
				return 0, err
			}
		}
		code, keep, err := c.roundTrip(method, path, hdr, body)
		if err == nil {
			if !keep {
				c.close()
			}
			return code, nil
		}
		c.close()
		if fresh || attempt > 0 {
			return 0, err
		}
	}
}

func (c *rawClient) roundTrip(method, path, hdr string, body []byte) (code int, keep bool, err error) {
	_ = c.conn.SetDeadline(time.Now().Add(30 * time.Second))
	c.req = append(append(append(append(c.req[:0], method...), ' '), path...), " HTTP/1.1\r\nHost: "...)
	c.req = append(append(append(append(c.req, c.addr...), "\r\n"...), hdr...), "\r\n"...)
	c.req = append(c.req, body...)
	c.body = c.body[:0]
	if _, err := c.conn.Write(c.req); err != nil {
		return 0, false, err
	}
	line, err := c.br.ReadSlice('\n')
	if err != nil {
		return 0, false, err
	}
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.1 ")) {
		return 0, false, fmt.Errorf("bad status line %q", line)
	}
	code, err = strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, false, fmt.Errorf("bad status line %q", line)
	}
	length, chunked, keep := -1, false, true
	for {
		line, err := c.br.ReadSlice('\n')
		if err != nil {
			return 0, false, err
		}
		h := bytes.TrimRight(line, "\r\n")
		if len(h) == 0 {
			break
		}
		name, value, _ := bytes.Cut(h, []byte(":"))
		value = bytes.TrimSpace(value)
		switch {
		case bytes.EqualFold(name, []byte("Content-Length")):
			if length, err = strconv.Atoi(string(value)); err != nil {
				return 0, false, fmt.Errorf("bad Content-Length %q", value)
			}
		case bytes.EqualFold(name, []byte("Transfer-Encoding")):
			chunked = bytes.EqualFold(value, []byte("chunked"))
		case bytes.EqualFold(name, []byte("Connection")):
			keep = !bytes.EqualFold(value, []byte("close"))
		}
	}
	switch {
	case code == http.StatusNotModified || code == http.StatusNoContent:
	case chunked:
		err = c.chunks()
	case length >= 0:
		err = c.take(length)
	default: // ends when the server closes the connection
		var rest []byte
		rest, err = io.ReadAll(c.br)
		if c.keepBody {
			c.body = append(c.body, rest...)
		}
		keep = false
	}
	return code, keep, err
}

// take reads n bytes of the body, kept in c.body when the caller wants it.
func (c *rawClient) take(n int) error {
	if !c.keepBody {
		_, err := c.br.Discard(n)
		return err
	}
	at := len(c.body)
	c.body = slices.Grow(c.body, n)[:at+n]
	_, err := io.ReadFull(c.br, c.body[at:])
	return err
}

// chunks reads a chunked body to its end.
func (c *rawClient) chunks() error {
	for {
		line, err := c.br.ReadSlice('\n')
		if err != nil {
			return err
		}
		size, _, _ := bytes.Cut(bytes.TrimRight(line, "\r\n"), []byte(";"))
		n, err := strconv.ParseInt(string(size), 16, 64)
		if err != nil {
			return fmt.Errorf("bad chunk size %q", line)
		}
		if n == 0 {
			for { // trailers, then the blank line
				line, err := c.br.ReadSlice('\n')
				if err != nil {
					return err
				}
				if len(bytes.TrimRight(line, "\r\n")) == 0 {
					return nil
				}
			}
		}
		if err := c.take(int(n)); err != nil {
			return err
		}
		if _, err := c.br.Discard(2); err != nil {
			return err
		}
	}
}

// procTicks is the CPU a live process has used, user and system, in
// clock ticks (USER_HZ), from /proc; 0 if it cannot be read.
func procTicks(pid int) float64 {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(raw)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return ut + st
}
