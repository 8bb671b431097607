package web_test

import (
	"context"
	"io"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/web/webtest"
)

const readers = 200

// BenchmarkStoryPages200 is the load test: 200 concurrent readers fetch
// story pages (the summit story and the MultiLing stories, round robin) from
// a real server on loopback, b.N requests in all, never longer than a
// minute. It reports p50 and p99 latency and throughput:
//
//	go test ./internal/web -run '^$' -bench StoryPages200 -benchtime 20000x
func BenchmarkStoryPages200(b *testing.B) {
	env := webtest.Start(b, webtest.Options{Inputs: []string{"summit-2023", "multiling2011/SourceTexts/*.english"}})
	list, err := env.Store.Stories(context.Background(), store.StoryQuery{})
	if err != nil || len(list) == 0 {
		b.Fatalf("no stories: %v", err)
	}
	urls := make([]string, len(list))
	for i, s := range list {
		urls[i] = env.URL + "/stories/" + s.ID
	}
	load(b, urls)
	b.ReportMetric(float64(len(urls)), "stories")
}

// BenchmarkStoryAPI200 is the same load on GET /api/stories/{id}, the JSON
// of each brief:
//
//	go test ./internal/web -run '^$' -bench StoryAPI200 -benchtime 20000x
func BenchmarkStoryAPI200(b *testing.B) {
	env := webtest.Start(b, webtest.Options{Inputs: []string{"summit-2023", "multiling2011/SourceTexts/*.english"}})
	list, err := env.Store.Stories(context.Background(), store.StoryQuery{})
	if err != nil || len(list) == 0 {
		b.Fatalf("no stories: %v", err)
	}
	urls := make([]string, len(list))
	for i, s := range list {
		urls[i] = env.URL + "/api/stories/" + s.ID
	}
	load(b, urls)
	b.ReportMetric(float64(len(urls)), "stories")
}

// BenchmarkStoryList200 is the same load on what is read from the store on
// every request, not kept rendered: the story list page in both orders and
// the API's story list. It measures concurrent reads of the store:
//
//	go test ./internal/web -run '^$' -bench StoryList200 -benchtime 5000x
func BenchmarkStoryList200(b *testing.B) {
	env := webtest.Start(b, webtest.Options{Inputs: []string{"summit-2023", "multiling2011/SourceTexts/*.english"}})
	load(b, []string{env.URL + "/", env.URL + "/?sort=independent", env.URL + "/api/stories", env.URL + "/?q=summit"})
}

// load has 200 readers fetch the urls round robin, b.N requests in all,
// never longer than a minute, and reports p50 and p99 latency and
// throughput.
func load(b *testing.B, urls []string) {
	// The readers take gzip as browsers do, and, like wrk, do not inflate
	// it: the load generator shares the machine, and inflating would
	// measure the client, not the server.
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: readers, MaxIdleConnsPerHost: readers, DisableCompression: true}, Timeout: 10 * time.Second}
	get := func(u string) error {
		req, err := http.NewRequest("GET", u, nil)
		if err != nil {
			return err
		}
		req.Header.Set("Accept-Encoding", "gzip")
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			b.Errorf("%s: %d", u, resp.StatusCode)
		}
		return err
	}
	for _, u := range urls { // every page once, so the run measures reading
		if err := get(u); err != nil {
			b.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var next atomic.Int64
	lat := make([][]time.Duration, readers)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for r := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				if err := get(urls[int(i)%len(urls)]); err != nil {
					b.Error(err)
					return
				}
				lat[r] = append(lat[r], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	all := slices.Concat(lat...)
	if len(all) == 0 {
		b.Fatal("no request finished")
	}
	slices.Sort(all)
	pct := func(p float64) float64 {
		return float64(all[min(len(all)-1, int(p*float64(len(all))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50_ms")
	b.ReportMetric(pct(0.99), "p99_ms")
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "req/s")
}
