package surface

import (
	"context"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/store"
)

// topStore answers only what the cache asks the store: the most recently
// updated story. Other methods are not called (nil interface: a call panics).
type topStore struct {
	store.Store
	mu    sync.Mutex
	top   store.StoryInfo
	asked int
}

func (s *topStore) Stories(_ context.Context, q store.StoryQuery) ([]store.StoryInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.asked++
	return []store.StoryInfo{s.top}, nil
}

func (s *topStore) write(id string) {
	s.mu.Lock()
	s.top = store.StoryInfo{Story: news.Story{ID: id}, Updated: time.Now()}
	s.mu.Unlock()
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
	if got := get(t, c, "k", &b); got != "1" {
		t.Errorf("a second read within the revalidation time rebuilt: %q", got)
	}
	// Another process writes: seen after the revalidation time, not before.
	st.write("s2")
	if got := get(t, c, "k", &b); got != "1" {
		t.Errorf("read right after another process's write: %q, want the kept %q", got, "1")
	}
	time.Sleep(every + 10*time.Millisecond)
	if got := get(t, c, "k", &b); got != "2" {
		t.Errorf("read after the revalidation time: %q, want a rebuild", got)
	}
	// Nothing changed: the store is asked again, and the response is kept.
	time.Sleep(every + 10*time.Millisecond)
	asked := st.asked
	if got := get(t, c, "k", &b); got != "2" {
		t.Errorf("read with the store unchanged: %q, want the kept %q", got, "2")
	}
	if st.asked != asked+1 {
		t.Errorf("the store was asked %d times, want once", st.asked-asked)
	}
	// A write through this server shows at once.
	c.Invalidate()
	if got := get(t, c, "k", &b); got != "3" {
		t.Errorf("read right after Invalidate: %q, want a rebuild", got)
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
	if len(c.entries) != 3 {
		t.Errorf("%d entries kept, want at most 3", len(c.entries))
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
	if len(c.entries) != 0 || c.size != 0 {
		t.Errorf("a response over the bound was kept: %d entries, %d bytes", len(c.entries), c.size)
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
