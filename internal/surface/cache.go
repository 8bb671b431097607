package surface

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/internal/store"
)

// Cache keeps rendered responses read from the store: story lists (the
// list page, search, GET /api/stories), one per distinct query, and the
// JSON of story briefs (GET /api/stories/{id}), one per story, so a crowd
// of readers costs the store and the encoder one build per change, not one
// per request. A kept response is ready bytes (plain and gzipped, with its
// ETag): serving it queries nothing and encodes nothing. The cache sits
// behind the token check: a response only depends on the query, never on
// who asked, and a request is let in or refused before the cache is looked
// at, so nothing cached reaches a reader without a token.
//
// Freshness. Writes through this server (Invalidate, InvalidateStories)
// drop the lists and the stories they touched at once: the next request
// waits for a build begun after the write. Writes by other processes
// (workers, other servers) are learnt by asking the store, at most once a
// Revalidate, which stories changed since it last
// asked: those stories' responses and every list are then rebuilt while
// the old ones go on being served (stale while rebuilding), so a busy
// store never makes readers wait for a build. A story merged into another
// is dropped when the story it went into changes.
type Cache struct {
	st         store.Reader
	revalidate time.Duration
	timeout    time.Duration
	maxEntries int
	maxBytes   int

	mu      sync.Mutex
	slots   map[string]*list.Element // key -> element of lru holding *slot
	lru     *list.List               // most recently used first
	size    int                      // bytes held (plain and gzipped)
	checked time.Time                // when the store was last asked
	// checking: a look at the store is under way.
	checking bool
	// since is where the next look at the store starts: the latest update
	// seen, less a margin for writes that committed late; seen holds the
	// updates already acted on within that margin.
	since time.Time
	seen  map[string]time.Time
	// behind lets one rebuild behind the readers' backs run at a time: a
	// look at the store that finds a dozen stories changed would otherwise
	// start a dozen builds at once (each decodes, encodes and gzips a
	// brief), which take every core from the readers that the stale copies
	// are there to serve. Builds that readers wait for do not queue here.
	behind chan struct{}
}

// Margin is how far back each look at the store for changed stories
// reaches before the latest change it saw: a transaction that stamped its
// stories before another but committed after it is still seen.
const Margin = 10 * time.Second

// slot is what the cache holds under one key.
type slot struct {
	key   string
	story string // the story whose brief this is; "" for a list
	first string // that story's first article: a merge moves it elsewhere
	cur   *Cached
	// fresh: cur was built after the last invalidation of the slot.
	// usable: cur may be served while a newer one is built (false after a
	// write through this server, which its writer must see).
	fresh, usable bool
	epoch         uint64 // bumped by every invalidation of the slot
	curEpoch      uint64 // the epoch the build of cur began in
	fl            *flight
}

// flight is one build of a slot, shared by the requests that wait for it.
type flight struct {
	epoch uint64 // the slot's epoch when it began
	done  chan struct{}
	res   *Cached
	err   error
}

// Cached is one kept response: its body as is and gzipped, and its ETag.
type Cached struct {
	Body []byte
	GZ   []byte // nil when gzip did not pay
	ETag string // strong validator of Body (the same for GZ: it is one representation, encoded)
	// Content-Length header values of Body and GZ, made once.
	bodyLen, gzLen []string
}

// newCached keeps body, its gzip and its ETag, ready to send.
func newCached(body []byte) *Cached {
	e := &Cached{Body: body, GZ: Gzipped(body), ETag: etag(body), bodyLen: []string{strconv.Itoa(len(body))}}
	if e.GZ != nil {
		e.gzLen = []string{strconv.Itoa(len(e.GZ))}
	}
	return e
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
		maxBytes: opt.MaxBytes, slots: map[string]*list.Element{}, lru: list.New(), seen: map[string]time.Time{},
		behind: make(chan struct{}, 1)}
}

// Invalidate drops every kept response: the server just wrote to the store
// and does not know what changed. A request after it never gets a response
// built, or begun, before it.
func (c *Cache) Invalidate() {
	c.mu.Lock()
	for _, el := range c.slots {
		c.invalidate(el.Value.(*slot), false)
	}
	c.mu.Unlock()
}

// InvalidateStories drops every list and the briefs of the stories given:
// the server just stored articles in them. A request after it never gets
// one of those responses built, or begun, before it.
func (c *Cache) InvalidateStories(ids []string) {
	touched := make(map[string]bool, len(ids))
	for _, id := range ids {
		touched[id] = true
	}
	c.mu.Lock()
	for _, el := range c.slots {
		s := el.Value.(*slot)
		if s.story == "" || touched[s.story] {
			c.invalidate(s, false)
		}
	}
	c.mu.Unlock()
}

// invalidate marks s as older than the store; usable says whether its
// response may be served while a new one is built. c.mu is held.
func (c *Cache) invalidate(s *slot, usable bool) {
	s.epoch++
	s.fresh = false
	s.usable = s.usable && usable
}

// Get returns the response kept under key, or builds it with build (once
// for all the requests that miss the same key at the same time) and keeps
// it. build runs under its own time limit, not the request's, since other
// requests may be waiting for it; the caller stops waiting when ctx ends.
// Errors are returned, not kept.
func (c *Cache) Get(ctx context.Context, key string, build func(ctx context.Context) ([]byte, error)) (*Cached, error) {
	return c.get(ctx, key, "", func(ctx context.Context) ([]byte, string, error) {
		b, err := build(ctx)
		return b, "", err
	})
}

// Story is Get for the response of one story (its brief), which a change of
// that story drops, and not a change of another. build returns the body
// and the id of the story's first article (a merge into another story
// takes it along, which is how the cache learns that this story is gone).
// A build that finds no such story (store.ErrNotFound) drops what is kept.
func (c *Cache) Story(ctx context.Context, id string, build func(ctx context.Context) (body []byte, first string, err error)) (*Cached, error) {
	return c.get(ctx, "story\x00"+id, id, build)
}

func (c *Cache) get(ctx context.Context, key, story string, build func(ctx context.Context) ([]byte, string, error)) (*Cached, error) {
	if err := c.check(ctx); err != nil {
		return nil, err
	}
	c.mu.Lock()
	el, ok := c.slots[key]
	if !ok {
		el = c.lru.PushFront(&slot{key: key, story: story})
		c.slots[key] = el
	} else {
		c.lru.MoveToFront(el)
	}
	s := el.Value.(*slot)
	if s.cur != nil && (s.fresh || s.usable) {
		if !s.fresh && s.fl == nil {
			c.start(s, build, true) // rebuild behind the readers' backs
		}
		e := s.cur
		c.mu.Unlock()
		return e, nil
	}
	if s.fl == nil || s.fl.epoch < s.epoch {
		// None under way, or only one begun before a write that this
		// request must see: begin one.
		c.start(s, build, false)
	}
	fl := s.fl
	c.mu.Unlock()
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-fl.done:
	}
	return fl.res, fl.err
}

// start begins a build of s; behind says no reader waits for it (a
// stale copy is served meanwhile), so it takes its turn after the other
// such builds. c.mu is held.
func (c *Cache) start(s *slot, build func(ctx context.Context) ([]byte, string, error), behind bool) {
	fl := &flight{epoch: s.epoch, done: make(chan struct{})}
	s.fl = fl
	go func() {
		if behind {
			c.behind <- struct{}{}
			defer func() { <-c.behind }()
		}
		ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
		defer cancel()
		body, first, err := build(ctx)
		if err == nil {
			fl.res = newCached(body)
		}
		fl.err = err
		c.mu.Lock()
		c.finish(s, fl, first)
		c.mu.Unlock()
		close(fl.done)
	}()
}

// finish keeps what a build made. c.mu is held.
func (c *Cache) finish(s *slot, fl *flight, first string) {
	if s.fl == fl {
		s.fl = nil
	}
	el, ok := c.slots[s.key]
	if !ok || el.Value.(*slot) != s {
		return // dropped meanwhile
	}
	switch {
	case errors.Is(fl.err, store.ErrNotFound):
		c.drop(el)
		return
	case fl.err != nil:
		if s.cur == nil {
			c.drop(el)
		}
		return // kept as it was; the next request tries again
	}
	n := len(fl.res.Body) + len(fl.res.GZ)
	if n > c.maxBytes/4 {
		if s.cur == nil {
			c.drop(el)
		}
		return
	}
	if fl.epoch != s.epoch && !s.usable || s.cur != nil && s.curEpoch > fl.epoch {
		return // begun before a write that the next reader must see, or older than what is kept
	}
	if s.cur != nil {
		c.size -= len(s.cur.Body) + len(s.cur.GZ)
	}
	s.cur, s.first, s.curEpoch = fl.res, first, fl.epoch
	s.fresh = fl.epoch == s.epoch
	s.usable = true
	c.size += n
	for len(c.slots) > c.maxEntries || c.size > c.maxBytes {
		back := c.lru.Back()
		if back == el {
			break
		}
		c.drop(back)
	}
}

// drop forgets a slot. c.mu is held.
func (c *Cache) drop(el *list.Element) {
	s := el.Value.(*slot)
	if s.cur != nil {
		c.size -= len(s.cur.Body) + len(s.cur.GZ)
	}
	c.lru.Remove(el)
	delete(c.slots, s.key)
}

// check asks the store, at most once a Revalidate, which stories changed
// since it last asked. One request asks (its answer waits for the store,
// and fails if the store does; the next request asks again); the others
// meanwhile go on with what is kept.
func (c *Cache) check(ctx context.Context) error {
	c.mu.Lock()
	if c.checking || time.Since(c.checked) < c.revalidate {
		c.mu.Unlock()
		return nil
	}
	c.checking = true
	since := c.since
	c.mu.Unlock()
	changed, err := c.st.Stories(ctx, store.StoryQuery{Since: since, Sort: store.SortLatest})
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checking = false
	if err != nil {
		return err // checked stays as it was: the next request asks again
	}
	c.changed(since, changed)
	c.checked = time.Now()
	return nil
}

// changed marks stale what the stories updated since since (listed
// newest first) make older. c.mu is held.
func (c *Cache) changed(since time.Time, changed []store.StoryInfo) {
	firstLook := since.IsZero()
	var upd []store.StoryInfo
	for _, s := range changed {
		if t, ok := c.seen[s.ID]; !ok || !t.Equal(s.Updated) {
			upd = append(upd, s)
		}
		c.seen[s.ID] = s.Updated
	}
	if len(changed) > 0 {
		c.since = changed[0].Updated.Add(-Margin)
	}
	for id, t := range c.seen {
		if t.Before(c.since) {
			delete(c.seen, id)
		}
	}
	// On the first look there is nothing older to drop: what is kept was
	// read from the store after the server started, as this look was.
	if firstLook || len(upd) == 0 {
		return
	}
	touched := map[string]bool{}
	moved := map[string]string{} // article id -> the story holding it now
	for _, s := range upd {
		touched[s.ID] = true
		for _, a := range s.Articles {
			moved[a.ID] = s.ID
		}
	}
	for _, el := range c.slots {
		s := el.Value.(*slot)
		switch {
		case s.story == "" || touched[s.story]:
			c.invalidate(s, true)
		case s.first != "" && moved[s.first] != "" && moved[s.first] != s.story:
			// Merged into another story: this one is gone (404 once rebuilt).
			c.invalidate(s, true)
		}
	}
}

// Send writes a kept response with the content type given, gzipped when
// the client takes gzip, or 304 Not Modified when the client holds it
// already (If-None-Match).
func (e *Cached) Send(w http.ResponseWriter, r *http.Request, contentType string) error {
	h := w.Header()
	h["Content-Type"] = []string{contentType}
	h["Vary"] = vary
	h["Etag"] = []string{e.ETag}
	if inm := r.Header.Get("If-None-Match"); inm != "" && matchETag(inm, e.ETag) {
		w.WriteHeader(http.StatusNotModified)
		return nil
	}
	body, length := e.Body, e.bodyLen
	if e.GZ != nil && acceptsGzip(r) {
		h["Content-Encoding"] = gzipEnc
		body, length = e.GZ, e.gzLen
	}
	// With its length known the response goes out as it is, not in
	// chunks: fewer writes for the server, less to parse for the client.
	if length == nil {
		length = []string{strconv.Itoa(len(body))}
	}
	h["Content-Length"] = length
	_, err := w.Write(body)
	return err
}

var (
	vary    = []string{"Accept-Encoding"}
	gzipEnc = []string{"gzip"}
)

// etag is a strong validator of body: a hash of it, so that a rebuild that
// made the same bytes keeps the clients' copies valid.
func etag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`
}

// matchETag reports whether an If-None-Match header names tag (or is *).
// Weak comparison, as RFC 9110 asks for If-None-Match.
func matchETag(header, tag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == tag {
			return true
		}
	}
	return false
}

// acceptsGzip reports whether the request's Accept-Encoding takes gzip
// (and does not refuse it with q=0).
func acceptsGzip(r *http.Request) bool {
	ae := r.Header.Get("Accept-Encoding")
	if ae == "gzip" {
		return true // what Go's client sends: spare the parse
	}
	for _, part := range strings.Split(ae, ",") {
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
