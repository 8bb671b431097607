package surface

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/store"
)

// topStore answers only what the cache asks the store: the stories
// updated since a time. Other methods are not called (nil interface: a call
// panics).
type topStore struct {
	store.Store
	mu      sync.Mutex
	stories map[string]store.StoryInfo
	asked   int
}

func (s *topStore) Stories(_ context.Context, q store.StoryQuery) ([]store.StoryInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.asked++
	var out []store.StoryInfo
	for _, st := range s.stories {
		if !st.Updated.Before(q.Since) {
			out = append(out, st)
		}
	}
	slices.SortFunc(out, func(a, b store.StoryInfo) int { return b.Updated.Compare(a.Updated) })
	return out, nil
}

// write stores articles in story id (a story holding the articles given).
func (s *topStore) write(id string, articles ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stories == nil {
		s.stories = map[string]store.StoryInfo{}
	}
	info := s.stories[id]
	info.ID = id
	for _, a := range articles {
		info.Articles = append(info.Articles, news.StoryArticle{ID: a})
	}
	info.Updated = time.Now()
	s.stories[id] = info
}

// merge moves the articles of from into into.
func (s *topStore) merge(from, into string) {
	s.mu.Lock()
	info := s.stories[into]
	info.Articles = append(info.Articles, s.stories[from].Articles...)
	info.Updated = time.Now()
	s.stories[into] = info
	delete(s.stories, from)
	s.mu.Unlock()
}

func (s *topStore) timesAsked() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.asked
}

// eventually polls cond for up to 5 s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("not within 5 s: %s", what)
		}
	}
}

// builder counts its builds and returns the build number as the body.
type builder struct{ n atomic.Int64 }

func (b *builder) build(context.Context) ([]byte, error) {
	return []byte(strconv.FormatInt(b.n.Add(1), 10)), nil
}

func get(t *testing.T, c *Cache, key string, b *builder) string {
	t.Helper()
	e, err := c.Get(context.Background(), key, b.build)
	if err != nil {
		t.Fatal(err)
	}
	return string(e.Body)
}

func TestCacheCoalesces(t *testing.T) {
	st := &topStore{}
	st.write("s1")
	c := NewCache(st, CacheOptions{Revalidate: time.Hour})
	var builds atomic.Int64
	release := make(chan struct{})
	const n = 50
	var wg sync.WaitGroup
	bodies := make([]string, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e, err := c.Get(context.Background(), "k", func(context.Context) ([]byte, error) {
				builds.Add(1)
				<-release
				return []byte("list"), nil
			})
			if err != nil {
				t.Error(err)
				return
			}
			bodies[i] = string(e.Body)
		}()
	}
	// Let every reader reach the cache before the one build ends.
	time.Sleep(100 * time.Millisecond)
	close(release)
	wg.Wait()
	if got := builds.Load(); got != 1 {
		t.Errorf("%d readers missing one key at once ran %d builds, want 1", n, got)
	}
	for i, b := range bodies {
		if b != "list" {
			t.Errorf("reader %d got %q", i, b)
		}
	}
}

func TestCacheFreshness(t *testing.T) {
	st := &topStore{}
	st.write("s1")
	const every = 50 * time.Millisecond
	c := NewCache(st, CacheOptions{Revalidate: every})
	var b builder
	if got := get(t, c, "k", &b); got != "1" {
		t.Fatalf("first read %q", got)
	}
	eventually(t, "the first look at the store", func() bool { return st.timesAsked() == 1 })
	if got := get(t, c, "k", &b); got != "1" {
		t.Errorf("a second read within the revalidation time rebuilt: %q", got)
	}
	// Another process writes: seen after the revalidation time, not before;
	// the kept response is served while the new one is built.
	st.write("s2")
	if got := get(t, c, "k", &b); got != "1" {
		t.Errorf("read right after another process's write: %q, want the kept %q", got, "1")
	}
	time.Sleep(every + 10*time.Millisecond)
	get(t, c, "k", &b) // asks the store, in the background
	eventually(t, "a rebuild after another process's write", func() bool { return get(t, c, "k", &b) == "2" })
	// Nothing changed: the store is asked again, and the response is kept.
	time.Sleep(every + 10*time.Millisecond)
	asked := st.timesAsked()
	if got := get(t, c, "k", &b); got != "2" {
		t.Errorf("read with the store unchanged: %q, want the kept %q", got, "2")
	}
	eventually(t, "another look at the store", func() bool { return st.timesAsked() == asked+1 })
	time.Sleep(10 * time.Millisecond)
	if got := get(t, c, "k", &b); got != "2" {
		t.Errorf("read with the store unchanged: %q, want the kept %q", got, "2")
	}
	// A write through this server shows at once.
	c.Invalidate()
	if got := get(t, c, "k", &b); got != "3" {
		t.Errorf("read right after Invalidate: %q, want a rebuild", got)
	}
}

// TestCacheStaleWhileRebuild: once another process changed the store, the
// readers keep getting the kept response, without waiting, while one build
// makes the new one; a write through this server makes them wait.
func TestCacheStaleWhileRebuild(t *testing.T) {
	st := &topStore{}
	st.write("s1")
	const every = 20 * time.Millisecond
	c := NewCache(st, CacheOptions{Revalidate: every})
	var builds atomic.Int64
	release := make(chan struct{})
	build := func(context.Context) ([]byte, error) {
		if builds.Add(1) > 1 {
			<-release
		}
		return []byte(strconv.FormatInt(builds.Load(), 10)), nil
	}
	read := func() string {
		e, err := c.Get(context.Background(), "k", build)
		if err != nil {
			t.Fatal(err)
		}
		return string(e.Body)
	}
	read()
	eventually(t, "the first look at the store", func() bool { return st.timesAsked() == 1 })
	st.write("s2")
	time.Sleep(2 * every)
	read()
	eventually(t, "the rebuild to begin", func() bool { return builds.Load() == 2 })
	for range 20 {
		if got := read(); got != "1" {
			t.Fatalf("a reader during the rebuild got %q, want the kept %q", got, "1")
		}
	}
	if n := builds.Load(); n != 2 {
		t.Errorf("%d builds, want the one rebuild", n)
	}
	close(release)
	eventually(t, "the rebuilt response", func() bool { return read() == "2" })
}

// TestCacheRebuildsBehindOneAtATime: when a look at the store finds many
// stories changed, their rebuilds behind the readers' backs run one at a
// time (the readers have the stale copies meanwhile and keep the cores),
// while a build that a reader waits for does not queue behind them.
func TestCacheRebuildsBehindOneAtATime(t *testing.T) {
	st := &topStore{}
	const n = 6
	for i := range n {
		st.write("s" + strconv.Itoa(i))
	}
	const every = 20 * time.Millisecond
	c := NewCache(st, CacheOptions{Revalidate: every})
	var running, most, builds atomic.Int64
	release := make(chan struct{})
	var slow atomic.Bool
	story := func(id string) string {
		e, err := c.Story(context.Background(), id, func(context.Context) ([]byte, string, error) {
			r := running.Add(1)
			defer running.Add(-1)
			for m := most.Load(); r > m && !most.CompareAndSwap(m, r); m = most.Load() {
			}
			if slow.Load() {
				<-release
			}
			return []byte(id + "#" + strconv.FormatInt(builds.Add(1), 10)), "", nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return string(e.Body)
	}
	for i := range n {
		story("s" + strconv.Itoa(i))
	}
	eventually(t, "the first look at the store", func() bool { return st.timesAsked() >= 1 })
	time.Sleep(2 * every)
	for i := range n {
		st.write("s" + strconv.Itoa(i))
	}
	time.Sleep(2 * every)
	slow.Store(true)
	most.Store(0)
	story("s0") // asks the store
	eventually(t, "the look that finds the writes", func() bool { story("s0"); return running.Load() == 1 })
	for i := range n {
		story("s" + strconv.Itoa(i)) // stale copies, served at once
	}
	time.Sleep(4 * every)
	if m := most.Load(); m != 1 {
		t.Errorf("%d rebuilds behind the readers ran at once, want 1", m)
	}
	// A story never read before is built at once, not after the queue.
	slow.Store(false)
	built := make(chan string, 1)
	go func() { built <- story("new") }()
	select {
	case <-built:
	case <-time.After(2 * time.Second):
		t.Error("a reader's build waited behind the rebuilds")
	}
	close(release)
	for i := range n {
		id := "s" + strconv.Itoa(i)
		eventually(t, id+" rebuilt", func() bool { return story(id) != "" && builds.Load() >= 2*n+1 })
	}
}

// TestCacheStories: a change of one story rebuilds its response and the
// lists, not the other stories'; a story merged into another is dropped;
// a write through this server drops the stories it names and the lists.
func TestCacheStories(t *testing.T) {
	st := &topStore{}
	st.write("s1", "a1")
	st.write("s2", "a2")
	st.write("s3", "a3")
	const every = 20 * time.Millisecond
	c := NewCache(st, CacheOptions{Revalidate: every})
	var n atomic.Int64
	gone := map[string]bool{}
	var mu sync.Mutex
	story := func(id string) string {
		t.Helper()
		e, err := c.Story(context.Background(), id, func(context.Context) ([]byte, string, error) {
			mu.Lock()
			defer mu.Unlock()
			if gone[id] {
				return nil, "", store.ErrNotFound
			}
			return []byte(id + "#" + strconv.FormatInt(n.Add(1), 10)), "a" + id[1:], nil
		})
		if err != nil {
			return err.Error()
		}
		return string(e.Body)
	}
	var b builder
	list := func() string { return get(t, c, "list", &b) }
	s1, s2, s3, l := story("s1"), story("s2"), story("s3"), list()
	eventually(t, "the first look at the store", func() bool { return st.timesAsked() >= 1 })
	time.Sleep(2 * every)

	st.write("s1", "a4")
	story("s2") // asks the store
	eventually(t, "s1 rebuilt", func() bool { story("s1"); return story("s1") != s1 })
	eventually(t, "the list rebuilt", func() bool { list(); return list() != l })
	if got := story("s2"); got != s2 {
		t.Errorf("s2 changed to %q though only s1 was written", got)
	}

	mu.Lock()
	gone["s3"] = true
	mu.Unlock()
	st.merge("s3", "s2")
	time.Sleep(2 * every)
	story("s1")
	eventually(t, "s2 rebuilt", func() bool { story("s2"); return story("s2") != s2 })
	eventually(t, "s3 gone", func() bool { story("s3"); return story("s3") == store.ErrNotFound.Error() })
	_ = s3

	// A write through this server: the next read waits for a new build.
	s1, l = story("s1"), list()
	c.InvalidateStories([]string{"s1"})
	if got := story("s1"); got == s1 {
		t.Errorf("s1 after InvalidateStories: the kept %q", got)
	}
	if got := list(); got == l {
		t.Errorf("list after InvalidateStories: the kept %q", got)
	}
}

func TestCacheETag(t *testing.T) {
	st := &topStore{}
	c := NewCache(st, CacheOptions{Revalidate: time.Hour})
	e, err := c.Get(context.Background(), "k", func(context.Context) ([]byte, error) { return []byte(`{"stories":[]}`), nil })
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		inm  string
		want int
	}{{"", 200}, {e.ETag, 304}, {`"other", ` + e.ETag, 304}, {"W/" + e.ETag, 304}, {"*", 304}, {`"other"`, 200}} {
		r := httptest.NewRequest("GET", "/api/stories", nil)
		if tc.inm != "" {
			r.Header.Set("If-None-Match", tc.inm)
		}
		w := httptest.NewRecorder()
		if err := e.Send(w, r, "application/json"); err != nil {
			t.Fatal(err)
		}
		if w.Code != tc.want || w.Header().Get("ETag") != e.ETag {
			t.Errorf("If-None-Match %q: %d ETag %q, want %d and %q", tc.inm, w.Code, w.Header().Get("ETag"), tc.want, e.ETag)
		}
		if tc.want == 304 && w.Body.Len() > 0 {
			t.Errorf("If-None-Match %q: 304 with a body", tc.inm)
		}
	}
}

// TestCacheInvalidateDuringBuild: a build that began before a write is
// neither kept nor shared with a request that comes after the write.
func TestCacheInvalidateDuringBuild(t *testing.T) {
	st := &topStore{}
	st.write("s1")
	c := NewCache(st, CacheOptions{Revalidate: time.Hour})
	started, release := make(chan struct{}), make(chan struct{})
	done := make(chan string)
	go func() {
		e, err := c.Get(context.Background(), "k", func(context.Context) ([]byte, error) {
			close(started)
			<-release
			return []byte("before the write"), nil
		})
		if err != nil {
			t.Error(err)
		}
		done <- string(e.Body)
	}()
	<-started
	c.Invalidate()
	after, err := c.Get(context.Background(), "k", func(context.Context) ([]byte, error) { return []byte("after the write"), nil })
	if err != nil {
		t.Fatal(err)
	}
	close(release)
	if got := <-done; got != "before the write" {
		t.Errorf("the early reader got %q", got)
	}
	if string(after.Body) != "after the write" {
		t.Errorf("a reader after the write got %q", after.Body)
	}
	var b builder
	if got := get(t, c, "k", &b); got != "after the write" {
		t.Errorf("kept %q, want the build begun after the write", got)
	}
}

func TestCacheBounds(t *testing.T) {
	st := &topStore{}
	st.write("s1")
	c := NewCache(st, CacheOptions{Revalidate: time.Hour, MaxEntries: 3})
	var b builder
	for _, k := range []string{"a", "b", "c"} {
		get(t, c, k, &b)
	}
	get(t, c, "a", &b) // a is now the most recently used; b the least
	get(t, c, "d", &b) // drops b
	if len(c.slots) != 3 {
		t.Errorf("%d entries kept, want at most 3", len(c.slots))
	}
	want := map[string]string{"a": "1", "c": "3", "d": "4", "b": "5"}
	for _, k := range []string{"a", "c", "d", "b"} {
		if got := get(t, c, k, &b); got != want[k] {
			t.Errorf("%s: body %q, want %q", k, got, want[k])
		}
	}
	// Byte bound: a response larger than a quarter of it is served, not kept.
	c = NewCache(st, CacheOptions{Revalidate: time.Hour, MaxBytes: 4000})
	big := func(context.Context) ([]byte, error) { return make([]byte, 1500), nil }
	if _, err := c.Get(context.Background(), "big", big); err != nil {
		t.Fatal(err)
	}
	if len(c.slots) != 0 || c.size != 0 {
		t.Errorf("a response over the bound was kept: %d entries, %d bytes", len(c.slots), c.size)
	}
}

func TestCacheContext(t *testing.T) {
	st := &topStore{}
	st.write("s1")
	c := NewCache(st, CacheOptions{Revalidate: time.Hour})
	release := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error)
	go func() {
		_, err := c.Get(ctx, "k", func(bctx context.Context) ([]byte, error) {
			<-release
			return []byte("list"), bctx.Err()
		})
		errc <- err
	}()
	time.Sleep(20 * time.Millisecond)
	cancel() // the first reader leaves; its build goes on for the others
	if err := <-errc; err != context.Canceled {
		t.Errorf("a reader whose request ended got %v", err)
	}
	wait := make(chan string)
	go func() {
		var b builder
		wait <- get(t, c, "k", &b)
	}()
	time.Sleep(20 * time.Millisecond)
	close(release)
	if got := <-wait; got != "list" {
		t.Errorf("a reader waiting on the build got %q", got)
	}
}

func TestAcceptsGzip(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br", true},
		{"br;q=1.0, GZIP;q=0.5", true},
		{"gzip;q=0", false},
		{"gzip; q=0.000", false},
		{"deflate, x-gzip2", false},
		{"identity", false},
	} {
		t.Run(tc.header, func(t *testing.T) {
			r, _ := http.NewRequest("GET", "/", nil)
			r.Header.Set("Accept-Encoding", tc.header)
			if diff := cmp.Diff(tc.want, acceptsGzip(r)); diff != "" {
				t.Error(diff)
			}
		})
	}
}
