package surface

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/crosscheck/crosscheck/internal/store"
)

// Cache keeps rendered responses that are read from the store's story
// lists (the list page, search, GET /api/stories), one per distinct query,
// so a crowd of readers does not make SQLite run the same list queries over
// and over. It sits behind the token check: a response only depends on the
// query, never on who asked, and a request is let in or refused before the
// cache is looked at, so nothing cached reaches a reader without a token.
//
// Freshness follows the story pages: the store is asked whether anything
// changed (the most recently updated story, one indexed row) at most once a
// Revalidate, by one request while the others are served what is kept; a
// write through this server (Invalidate) drops everything at once.
type Cache struct {
	st         store.Reader
	revalidate time.Duration
	timeout    time.Duration
	maxEntries int
	maxBytes   int

	mu       sync.Mutex
	entries  map[string]*list.Element // key -> element of lru holding *Cached
	lru      *list.List               // most recently used first
	size     int                      // bytes held (plain and gzipped)
	gen      uint64                   // bumped by every invalidation
	mark     string                   // the store's state when last asked
	checked  time.Time                // when the store was last asked
	checking bool

	flight singleflight.Group
}

// Cached is one kept response: its body as is and gzipped.
type Cached struct {
	key  string
	Body []byte
	GZ   []byte // nil when gzip did not pay
}

// CacheOptions bound a Cache; zero values take the defaults.
type CacheOptions struct {
	Revalidate time.Duration // how long a state of the store is trusted; default 1 s
	Timeout    time.Duration // time limit of one shared build; default 15 s
	MaxEntries int           // responses kept; default 256
	MaxBytes   int           // bytes kept; default 64 MiB
}

// NewCache returns an empty cache of responses read from st.
func NewCache(st store.Reader, opt CacheOptions) *Cache {
	if opt.Revalidate <= 0 {
		opt.Revalidate = time.Second
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 15 * time.Second
	}
	if opt.MaxEntries <= 0 {
		opt.MaxEntries = 256
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = 64 << 20
	}
	return &Cache{st: st, revalidate: opt.Revalidate, timeout: opt.Timeout, maxEntries: opt.MaxEntries,
		maxBytes: opt.MaxBytes, entries: map[string]*list.Element{}, lru: list.New()}
}

// Invalidate drops every kept response: the server just wrote to the store.
// Builds already under way are not kept, and a request that comes after
// Invalidate never shares the result of one that started before it.
func (c *Cache) Invalidate() {
	c.mu.Lock()
	c.dropAll()
	c.checked = time.Time{} // learn the new state of the store on the next request
	c.mu.Unlock()
}

func (c *Cache) dropAll() {
	clear(c.entries)
	c.lru.Init()
	c.size = 0
	c.gen++
}

// Get returns the response kept under key, or builds it with build (once
// for all the requests that miss the same key at the same time) and keeps
// it. build runs under its own time limit, not the request's, since other
// requests may be waiting for it; the caller stops waiting when ctx ends.
// Errors are returned, not kept.
func (c *Cache) Get(ctx context.Context, key string, build func(ctx context.Context) ([]byte, error)) (*Cached, error) {
	if err := c.check(ctx); err != nil {
		return nil, err
	}
	c.mu.Lock()
	if el, ok := c.entries[key]; ok {
		c.lru.MoveToFront(el)
		c.mu.Unlock()
		return el.Value.(*Cached), nil
	}
	gen := c.gen
	c.mu.Unlock()
	// The generation is part of the flight's name, so no request joins a
	// build that may have read the store before a write it has to see.
	ch := c.flight.DoChan(strconv.FormatUint(gen, 10)+"\x00"+key, func() (any, error) {
		bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.timeout)
		defer cancel()
		body, err := build(bctx)
		if err != nil {
			return nil, err
		}
		e := &Cached{key: key, Body: body, GZ: Gzipped(body)}
		c.put(gen, e)
		return e, nil
	})
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case res := <-ch:
		if res.Err != nil {
			return nil, res.Err
		}
		return res.Val.(*Cached), nil
	}
}

// put keeps e unless the cache was invalidated since its build began,
// dropping the least recently used responses beyond the bounds.
func (c *Cache) put(gen uint64, e *Cached) {
	n := len(e.Body) + len(e.GZ)
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen || n > c.maxBytes/4 {
		return
	}
	if el, ok := c.entries[e.key]; ok {
		c.size -= len(el.Value.(*Cached).Body) + len(el.Value.(*Cached).GZ)
		c.lru.Remove(el)
	}
	c.entries[e.key] = c.lru.PushFront(e)
	c.size += n
	for len(c.entries) > c.maxEntries || c.size > c.maxBytes {
		old := c.lru.Remove(c.lru.Back()).(*Cached)
		delete(c.entries, old.key)
		c.size -= len(old.Body) + len(old.GZ)
	}
}

// check asks the store whether anything changed, at most once a
// Revalidate, and drops everything if it did. One request asks; the others
// meanwhile go on with what is kept rather than all asking at once.
func (c *Cache) check(ctx context.Context) error {
	c.mu.Lock()
	if c.checking || time.Since(c.checked) < c.revalidate {
		c.mu.Unlock()
		return nil
	}
	c.checking = true
	gen := c.gen
	c.mu.Unlock()
	mark, err := c.state(ctx)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checking = false
	if err != nil {
		return err // checked stays as it was: the next request asks again
	}
	first := c.checked.IsZero() && c.mark == "" && c.lru.Len() == 0
	c.checked = time.Now()
	if mark != c.mark {
		c.mark = mark
		// On the first look there is nothing older to drop: builds under
		// way read the store after the server started, as the mark did.
		if gen == c.gen && !first {
			c.dropAll()
		}
	}
	return nil
}

// state names the store's state for lists: every write of the store (an
// article added, stories merged, a brief stored) stamps the stories it
// touches with the time, so the most recently updated story and its stamp
// change with every write. A merge also touches the story it merges into.
func (c *Cache) state(ctx context.Context) (string, error) {
	top, err := c.st.Stories(ctx, store.StoryQuery{Sort: store.SortLatest, Limit: 1})
	if err != nil || len(top) == 0 {
		return "", err
	}
	return top[0].ID + "\x00" + top[0].Updated.Format(time.RFC3339Nano), nil
}

// Send writes a kept response with the content type given, gzipped when
// the client takes gzip.
func (e *Cached) Send(w http.ResponseWriter, r *http.Request, contentType string) error {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Add("Vary", "Accept-Encoding")
	body := e.Body
	if e.GZ != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = e.GZ
	}
	_, err := w.Write(body)
	return err
}

// acceptsGzip reports whether the request's Accept-Encoding takes gzip
// (and does not refuse it with q=0).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), "gzip") {
			q := strings.ReplaceAll(params, " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// Gzipped returns b gzipped (fastest level), or nil if that does not make
// it smaller: what the server keeps beside a rendered response for the
// clients that take gzip.
func Gzipped(b []byte) []byte {
	if len(b) < 512 {
		return nil
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if _, err := zw.Write(b); err != nil {
		return nil
	}
	if err := zw.Close(); err != nil || buf.Len() >= len(b) {
		return nil
	}
	return buf.Bytes()
}
