package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"path/filepath"
	"slices"
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
	if scaleOut {
		bin := buildBinary(b)
		startWorker(b, bin, dsn, url, stream)
		startWorker(b, bin, dsn, url, stream)
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
	reads := []string{base + "/api/stories"}
	for _, s := range list {
		reads = append(reads, base+"/api/stories/"+s.ID)
	}

	const clients = 200
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, DisableCompression: true}, Timeout: 30 * time.Second}
	var (
		next               atomic.Int64
		mu                 sync.Mutex
		readLat, postLat   []time.Duration
		accepted           []string
		failures, statuses = 0, map[int]int{}
	)
	post := func(i int64) (int, []string, error) {
		src := texts[int(i)%len(texts)]
		a := map[string]any{"url": fmt.Sprintf("https://load.example/%d/%d", time.Now().UnixNano(), i), "title": src.Title, "text": src.Text + fmt.Sprintf("\n\nUpdate %d.", i)}
		body, _ := json.Marshal(a)
		req, _ := http.NewRequest("POST", base+"/api/articles", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer s3cret")
		r, err := client.Do(req)
		if err != nil {
			return 0, nil, err
		}
		defer r.Body.Close()
		var res struct {
			Added  []string `json:"added"`
			Queued []string `json:"queued"`
		}
		_ = json.NewDecoder(r.Body).Decode(&res)
		return r.StatusCode, append(res.Queued, res.Added...), nil
	}
	get := func(u string) (int, error) {
		req, _ := http.NewRequest("GET", u, nil)
		req.Header.Set("Accept-Encoding", "gzip")
		r, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		_, _ = io.Copy(io.Discard, r.Body)
		r.Body.Close()
		return r.StatusCode, nil
	}
	// Warm up: each response read once, as a server that has been up a
	// while has them; the figures are of the steady state.
	for _, u := range reads {
		if code, err := get(u); err != nil || code != http.StatusOK {
			b.Fatalf("warm-up GET %s: %d %v", u, code, err)
		}
	}
	deadline := time.Now().Add(time.Minute)
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	var wg sync.WaitGroup
	for c := range clients {
		rng := rand.New(rand.NewPCG(uint64(c), 16))
		wg.Go(func() {
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
					code, ids, err = post(i)
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
	b.ReportMetric(pct(readLat, .5), "read_p50_ms")
	b.ReportMetric(pct(readLat, .99), "read_p99_ms")
	b.ReportMetric(pct(postLat, .99), "post_p99_ms")
	b.ReportMetric(float64(len(readLat)+len(postLat))/el.Seconds(), "req/s")
	b.ReportMetric(float64(len(accepted)), "accepted")
	b.ReportMetric(time.Since(drain).Seconds(), "drain_s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(len(readLat)+len(postLat)), "cpu_us/req")
}
