// Package watch polls feeds politely and ingests their new items: a
// conditional GET (ETag, Last-Modified) no more often than a minimum
// interval, exponential back-off on errors, and one feed's failure never
// stops the others. New items' pages are fetched through the extractor
// (ingest.Read) and stored through the pipeline.
package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/ingest/feed"
	"github.com/crosscheck/crosscheck/internal/ingest/web"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/store"
)

// Defaults.
const (
	DefaultEvery       = 10 * time.Minute
	DefaultMinInterval = time.Minute
	DefaultMaxBackoff  = 6 * time.Hour
	// DefaultParallel is how many feeds are polled at once.
	DefaultParallel = 4
)

// Options tune a watcher.
type Options struct {
	Every       time.Duration // poll each feed this often (DefaultEvery)
	MinInterval time.Duration // never poll one feed more often than this (DefaultMinInterval)
	MaxBackoff  time.Duration // longest wait after repeated errors (DefaultMaxBackoff)
	Parallel    int           // feeds polled at once (DefaultParallel)
	// Read is passed to ingest.Read for the items' pages; AllowPrivate also
	// lets the feeds themselves be on private addresses.
	Read   ingest.Options
	Logger *slog.Logger
	// Now is the clock (time.Now if nil).
	Now func() time.Time
}

// Watcher polls feeds into a store.
type Watcher struct {
	st  store.Reader
	p   *pipeline.Pipeline
	opt Options
	log *slog.Logger
	hc  *http.Client
}

// New makes a watcher that stores through p into st.
func New(st store.Reader, p *pipeline.Pipeline, opt Options) *Watcher {
	if opt.Every <= 0 {
		opt.Every = DefaultEvery
	}
	if opt.MinInterval <= 0 {
		opt.MinInterval = DefaultMinInterval
	}
	if opt.Every < opt.MinInterval {
		opt.Every = opt.MinInterval
	}
	if opt.MaxBackoff <= 0 {
		opt.MaxBackoff = DefaultMaxBackoff
	}
	if opt.Parallel <= 0 {
		opt.Parallel = DefaultParallel
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Read.MaxBytes <= 0 {
		opt.Read.MaxBytes = ingest.DefaultMaxBytes
	}
	if opt.Read.Timeout <= 0 {
		opt.Read.Timeout = 30 * time.Second
	}
	return &Watcher{st: st, p: p, opt: opt, log: opt.Logger, hc: web.HTTPClient(web.Options{AllowPrivate: opt.Read.AllowPrivate, Timeout: opt.Read.Timeout})}
}

// Run polls until ctx is done: the feeds given (added to the store, so their
// polling state lasts), or every feed in the store when none is given, which
// it re-reads each round so feeds added meanwhile are picked up. It returns
// nil when ctx is cancelled: an ingest under way is rolled back whole.
func (w *Watcher) Run(ctx context.Context, urls []string) error {
	for _, u := range urls {
		if err := w.p.AddFeed(ctx, u); err != nil {
			return err
		}
	}
	for {
		next, err := w.Round(ctx, urls)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return err
		}
		wait := next.Sub(w.opt.Now())
		if wait < time.Second {
			wait = time.Second
		}
		// Feeds added to the store while we sleep are picked up within a minute.
		if len(urls) == 0 && wait > time.Minute {
			wait = time.Minute
		}
		w.log.Debug("waiting", "for", wait.Round(time.Second).String())
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// Round polls every due feed once (the feeds given, or all stored ones)
// and returns when the next one is due.
func (w *Watcher) Round(ctx context.Context, urls []string) (time.Time, error) {
	var feeds []store.Feed
	if len(urls) == 0 {
		fs, err := w.st.Feeds(ctx)
		if err != nil {
			return time.Time{}, err
		}
		feeds = fs
	} else {
		for _, u := range urls {
			f, err := w.st.Feed(ctx, u)
			if errors.Is(err, store.ErrNotFound) {
				continue // removed while we watch
			}
			if err != nil {
				return time.Time{}, err
			}
			feeds = append(feeds, *f)
		}
	}
	now := w.opt.Now()
	next := now.Add(w.opt.Every)
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, w.opt.Parallel)
	for _, f := range feeds {
		if f.NextCheck.After(now) {
			mu.Lock()
			if f.NextCheck.Before(next) {
				next = f.NextCheck
			}
			mu.Unlock()
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			nf := w.Poll(ctx, f)
			mu.Lock()
			if nf.NextCheck.Before(next) {
				next = nf.NextCheck
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return next, nil
}

// Poll fetches one feed (conditionally), ingests its new items and saves
// its polling state. Every failure is logged, counted and backed off from;
// none is returned, so one broken feed never stops the others.
func (w *Watcher) Poll(ctx context.Context, f store.Feed) store.Feed {
	start := w.opt.Now()
	added, err := w.poll(ctx, &f)
	if ctx.Err() != nil {
		// Stopping: the feed keeps its old state and is polled again next time.
		return f
	}
	f.LastChecked = start
	var retryAfter time.Duration
	if err != nil {
		f.Failures++
		f.LastError = err.Error()
		var he *httpError
		if errors.As(err, &he) {
			retryAfter = he.retryAfter
		}
		wait := w.backoff(f.Failures)
		if retryAfter > wait {
			wait = min(retryAfter, w.opt.MaxBackoff)
		}
		f.NextCheck = start.Add(wait)
		w.log.Warn("feed failed", "feed", f.URL, "failures", f.Failures, "retry_in", wait.String(), "error", err)
	} else {
		f.Failures = 0
		f.LastError = ""
		f.NextCheck = start.Add(w.opt.Every)
		w.log.Info("feed polled", "feed", f.URL, "new_articles", added)
	}
	if err := w.p.UpdateFeed(ctx, f); err != nil && !errors.Is(err, store.ErrNotFound) {
		w.log.Error("saving feed state", "feed", f.URL, "error", err)
	}
	return f
}

// backoff doubles the wait with each failure in a row, from Every up to
// MaxBackoff.
func (w *Watcher) backoff(failures int) time.Duration {
	d := w.opt.Every
	for i := 1; i < failures && d < w.opt.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, w.opt.MaxBackoff)
}

type httpError struct {
	status     string
	retryAfter time.Duration
}

func (e *httpError) Error() string { return "the server answered " + e.status }

// poll does the work of Poll and says how many articles it stored.
func (w *Watcher) poll(ctx context.Context, f *store.Feed) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
	if err != nil {
		return 0, fmt.Errorf("not a valid feed address: %w", err)
	}
	req.Header.Set("User-Agent", web.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5")
	if f.ETag != "" {
		req.Header.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		req.Header.Set("If-Modified-Since", f.LastModified)
	}
	resp, err := w.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		w.log.Debug("feed not modified", "feed", f.URL)
		return 0, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return 0, &httpError{status: resp.Status, retryAfter: retryAfter(resp.Header.Get("Retry-After"), w.opt.Now())}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, w.opt.Read.MaxBytes+1))
	if err != nil {
		return 0, fmt.Errorf("reading the feed: %w", err)
	}
	if int64(len(body)) > w.opt.Read.MaxBytes {
		return 0, fmt.Errorf("the feed is larger than %d bytes", w.opt.Read.MaxBytes)
	}
	parsed, err := feed.Parse(body, f.URL)
	if err != nil {
		return 0, err
	}
	n, err := w.ingestItems(ctx, f, parsed)
	if err != nil {
		return n, err
	}
	// Remember the validators only once the items are stored: a crash or
	// an error before that fetches the feed again in full next time.
	f.ETag = resp.Header.Get("ETag")
	f.LastModified = resp.Header.Get("Last-Modified")
	if parsed.Title != "" {
		f.Title = parsed.Title
	}
	return n, nil
}

// ingestItems fetches the pages of the items not yet stored and ingests
// them. An item whose page cannot be had is skipped (and logged); it is
// tried again at the next poll, since it was not stored.
func (w *Watcher) ingestItems(ctx context.Context, f *store.Feed, parsed *feed.Feed) (int, error) {
	var items []feed.Item
	var keys []string
	for _, it := range parsed.Items {
		if it.Link == "" {
			continue
		}
		items = append(items, it)
		keys = append(keys, store.Key(&news.Article{URL: it.Link}))
	}
	known, err := w.st.Known(ctx, keys)
	if err != nil {
		return 0, err
	}
	var arts []*news.Article
	for i, it := range items {
		if _, ok := known[keys[i]]; ok {
			continue
		}
		got, errs := ingest.Read(ctx, []string{it.Link}, w.opt.Read)
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		for _, err := range errs {
			if ingest.Failed([]error{err}) == 0 {
				w.log.Info("feed item read with a warning", "feed", f.URL, "item", it.Link, "warning", err)
				continue
			}
			w.log.Warn("feed item skipped", "feed", f.URL, "item", it.Link, "error", err)
		}
		if len(got) == 0 {
			continue
		}
		a := got[0]
		// The item's link is its identity, whatever address the page
		// ends at, so the next poll knows it without fetching it.
		a.URL = it.Link
		if a.Title == "" {
			a.Title = it.Title
		}
		if a.Published.IsZero() {
			a.Published = it.Published
		}
		if a.Author == "" {
			a.Author = it.Author
		}
		if a.Outlet == "" || a.OutletFrom == news.OutletFromUnknown {
			if o := parsed.Outlet(); o != "" {
				a.Outlet, a.OutletFrom = o, news.OutletFromMetadata
			}
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		return 0, nil
	}
	res, err := w.p.Ingest(ctx, arts)
	if err != nil {
		return len(res.Added), err
	}
	return len(res.Added), nil
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
