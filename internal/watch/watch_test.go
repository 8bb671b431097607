package watch_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/sqlite"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/crosscheck/crosscheck/internal/watch"
)

func sharedData(tb testing.TB, name string) string { return testenv.SharedData(tb, name) }

// site serves an RSS feed of real articles (MultiLing 2011 reports made
// into HTML pages) on loopback, honouring conditional GET, plus a feed
// that always fails.
type site struct {
	dir         string
	mu          sync.Mutex
	items       []string // MultiLing file names in the feed, newest last
	modified    time.Time
	notModified atomic.Int32
	feedHits    atomic.Int32
	brokenHits  atomic.Int32
}

func (s *site) add(names ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = append(s.items, names...)
	s.modified = s.modified.Add(time.Minute)
}

func (s *site) page(name string) (title string, paras []string, err error) {
	b, err := os.ReadFile(filepath.Join(s.dir, name))
	if err != nil {
		return "", nil, err
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	return strings.TrimSpace(lines[0]), paras, nil
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/broken.xml":
		s.brokenHits.Add(1)
		http.Error(w, "down", http.StatusInternalServerError)
	case r.URL.Path == "/feed.xml":
		s.feedHits.Add(1)
		s.mu.Lock()
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire - World</title><link>/</link>`)
		for i := len(s.items) - 1; i >= 0; i-- {
			title, _, _ := s.page(s.items[i])
			fmt.Fprintf(&b, `<item><title>%s</title><link>/a/%s.html</link><pubDate>%s</pubDate></item>`,
				html.EscapeString(title), s.items[i], time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Hour).Format(time.RFC1123Z))
		}
		b.WriteString(`</channel></rss>`)
		mod := s.modified
		s.mu.Unlock()
		sum := sha256.Sum256([]byte(b.String()))
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", mod.Format(http.TimeFormat))
		if r.Header.Get("If-None-Match") == etag {
			s.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, b.String())
	case strings.HasPrefix(r.URL.Path, "/a/"):
		title, paras, err := s.page(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/a/"), ".html"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<!doctype html><html><head><title>%s</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>%s</h1>\n",
			html.EscapeString(title), html.EscapeString(title))
		for _, p := range paras {
			fmt.Fprintf(w, "<p>%s</p>\n", html.EscapeString(p))
		}
		fmt.Fprint(w, "</article><footer>Test Wire</footer></body></html>")
	default:
		http.NotFound(w, r)
	}
}

// storyOf returns the stored story that holds the article at url.
func storyOf(t *testing.T, st store.Store, url string) *store.Story {
	t.Helper()
	ctx := context.Background()
	k, err := st.Known(ctx, []string{store.Key(&news.Article{URL: url})})
	if err != nil || len(k) == 0 {
		return nil
	}
	for _, id := range k {
		a, err := st.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		s, err := st.Story(ctx, a.StoryID)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	return nil
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestWatchFeed(t *testing.T) {
	s := &site{dir: filepath.Join(sharedData(t, "multiling2011"), "SourceTexts"), modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	// Three reports of the Bali climate conference.
	s.add("M0040.english", "M0041.english", "M0042.english")
	srv := httptest.NewServer(s)
	defer srv.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "cc.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := pipeline.New(ctx, st, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// A store with history, as a watched store has: the other MultiLing
	// topics, read from files. (A clusterer that has seen three articles
	// in all cannot tell which words are common.)
	var history []string
	for _, topic := range "01235679" {
		h, _ := filepath.Glob(filepath.Join(s.dir, "M00"+string(topic)+"?.english"))
		history = append(history, h...)
	}
	arts, errs := ingest.Read(ctx, history, ingest.Options{})
	if len(errs) > 0 || len(arts) != 80 {
		t.Fatalf("history: %d articles read, errors %v", len(arts), errs)
	}
	if _, err := p.Ingest(ctx, arts); err != nil {
		t.Fatal(err)
	}
	w := watch.New(st, p, watch.Options{
		Every: 100 * time.Millisecond, MinInterval: 50 * time.Millisecond, MaxBackoff: time.Hour,
		Read: ingest.Options{AllowPrivate: true},
	})
	feedURL, brokenURL := srv.URL+"/feed.xml", srv.URL+"/broken.xml"
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, []string{brokenURL, feedURL}) }()

	page := func(name string) string { return srv.URL + "/a/" + name + ".html" }
	waitFor(t, "the first three reports to be stored", func() bool {
		for _, n := range []string{"M0040.english", "M0041.english", "M0042.english"} {
			if s := storyOf(t, st, page(n)); s == nil || s.Stale || s.Brief == nil {
				return false
			}
		}
		return true
	})
	bali := storyOf(t, st, page("M0040.english"))
	if bali.Sources != 3 || bali.Brief == nil || len(bali.Brief.Sources) != 3 {
		t.Fatalf("Bali story after the first poll: %d sources, brief %v; want 3 and a brief of 3", bali.Sources, bali.Brief != nil)
	}
	// Polls of an unchanged feed are answered 304 Not Modified.
	waitFor(t, "a conditional GET answered 304", func() bool { return s.notModified.Load() > 0 })

	var before []string
	ss, err := st.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range ss {
		before = append(before, x.ID)
	}
	// Two more Bali reports and two of another event.
	s.add("M0043.english", "M0080.english", "M0044.english", "M0081.english")
	waitFor(t, "the new reports to be stored with fresh briefs", func() bool {
		for _, n := range []string{"M0043.english", "M0044.english", "M0080.english", "M0081.english"} {
			if s := storyOf(t, st, page(n)); s == nil || s.Stale || s.Brief == nil {
				return false
			}
		}
		return true
	})
	bali = storyOf(t, st, page("M0040.english"))
	if bali.Sources != 5 || len(bali.Brief.Sources) != 5 {
		t.Errorf("Bali story now has %d sources and a brief of %d, want 5 and 5", bali.Sources, len(bali.Brief.Sources))
	}
	air := storyOf(t, st, page("M0080.english"))
	if air.ID == bali.ID || slices.Contains(before, air.ID) {
		t.Errorf("the Air France report joined story %s, not a new one", air.ID)
	}
	if air.Brief == nil || len(air.Brief.Sources) != air.Sources {
		t.Errorf("Air France story: %d sources; want a brief of them all", air.Sources)
	}
	a, err := st.Article(ctx, air.Articles[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet == "" || !strings.Contains(a.Text, "Air France") {
		t.Errorf("stored page: outlet %q, text %.80q; want an outlet and the article's text", a.Outlet, a.Text)
	}

	checkFeedStates(t, st, brokenURL, feedURL)

	// Stop: Run returns promptly and cleanly.
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run returned %v after cancel, want nil", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not stop after cancel")
	}
	if stale, _ := st.Stale(context.Background()); len(stale) != 0 {
		t.Errorf("stale stories after stopping: %v", stale)
	}
}

// checkFeedStates checks what the store recorded of each feed: the broken
// one was retried with back-off and recorded, and never stopped the good
// one, which kept its validators and title.
func checkFeedStates(t *testing.T, st store.Store, brokenURL, feedURL string) {
	t.Helper()
	ctx := context.Background()
	f, err := st.Feed(ctx, brokenURL)
	if err != nil {
		t.Fatal(err)
	}
	if f.Failures == 0 || f.LastError == "" || !f.NextCheck.After(f.LastChecked) {
		t.Errorf("broken feed state %+v: want failures counted, the error and a later next check", f)
	}
	if gap, want := f.NextCheck.Sub(f.LastChecked), 100*time.Millisecond<<min(f.Failures-1, 20); f.Failures > 0 && gap < want {
		t.Errorf("after %d failures the broken feed waits %v, want at least %v (doubling back-off)", f.Failures, gap, want)
	}
	good, err := st.Feed(ctx, feedURL)
	if err != nil {
		t.Fatal(err)
	}
	if good.ETag == "" || good.LastModified == "" || good.Failures != 0 || good.Title != "Test Wire - World" {
		t.Errorf("good feed state %+v: want its validators and title, no failures", good)
	}

}
