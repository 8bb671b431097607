package watch_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/sqlite"
	"github.com/crosscheck/crosscheck/internal/watch"
)

// FuzzPoll: a feed server on loopback answers a poll with any status,
// Retry-After, validators and body (its items' pages answer with the same
// body). Poll never panics, always schedules the next poll in the future,
// counts a failure exactly when the poll failed, and keeps an error in
// words.
func FuzzPoll(f *testing.F) {
	f.Add(200, "", `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>A</title><link>/a/1.html</link></item></channel></rss>`)
	f.Add(503, "120", "down")
	f.Add(429, "Wed, 21 Oct 2099 07:28:00 GMT", "")
	f.Add(304, "", "")
	f.Add(200, "-5", `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","url":"/p","content_text":"Hello"}]}`)
	f.Add(200, "", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="javascript:alert(1)"/></entry></feed>`)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(f.TempDir(), "cc.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	p, err := pipeline.New(ctx, st, pipeline.Options{})
	if err != nil {
		f.Fatal(err)
	}
	var mu sync.Mutex
	var status int
	var after, body string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		s, a, b := status, after, body
		mu.Unlock()
		w.Header().Set("Retry-After", a)
		w.Header().Set("ETag", `"e1"`)
		if !strings.HasPrefix(r.URL.Path, "/feed") {
			s = 200
		}
		w.WriteHeader(s)
		_, _ = w.Write([]byte(b))
	}))
	defer srv.Close()
	w := watch.New(st, p, watch.Options{Every: time.Minute, MinInterval: time.Second, MaxBackoff: time.Hour,
		Read: ingest.Options{AllowPrivate: true, Timeout: 2 * time.Second, MaxBytes: 1 << 16}})
	f.Fuzz(func(t *testing.T, code int, retry, feedBody string) {
		if code < 200 || code > 599 || strings.ContainsAny(retry, "\r\n\x00") {
			return // not a status a server can send, or a header it cannot
		}
		mu.Lock()
		status, after, body = code, retry, feedBody
		mu.Unlock()
		before := store.Feed{URL: srv.URL + "/feed.xml", Failures: 1}
		got := w.Poll(ctx, before)
		if !got.NextCheck.After(got.LastChecked) {
			t.Fatalf("next check %v not after %v", got.NextCheck, got.LastChecked)
		}
		if got.NextCheck.Sub(got.LastChecked) > time.Hour+time.Second {
			t.Fatalf("waits %v, past the longest back-off", got.NextCheck.Sub(got.LastChecked))
		}
		switch {
		case got.Failures == 0 && got.LastError != "":
			t.Fatalf("no failure but an error %q", got.LastError)
		case got.Failures == 2 && got.LastError == "":
			t.Fatal("a failure without an error")
		case got.Failures != 0 && got.Failures != 2:
			t.Fatalf("failures %d after 1", got.Failures)
		}
		if code >= 300 && code != 304 && got.Failures != 2 {
			t.Fatalf("status %d not counted as a failure", code)
		}
	})
}
