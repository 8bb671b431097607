// Package pipeline sequences the stages of crosscheck over a store: it takes
// articles, finds those already stored, assigns the rest to stories (dedup
// and online clustering), stores them in transactions and rebuilds the
// briefs of the stories it touched. It is the only package that touches the
// store and logs.
//
// Crash safety rests on three rules. Each transaction stores whole articles
// with their story, so the store never holds half an article. Every change
// marks its stories stale in the same transaction, and a brief is stored
// only for the version of the story it was made from, so a crash between
// storing articles and rebuilding briefs leaves stale stories that the next
// start rebuilds (New calls RebuildStale). Article ids come from the
// article's identity (URL, else text hash), so a re-run after a crash
// recognises what was stored and stores nothing twice.
//
// Speed rests on doing each costly thing once. An article is analysed once
// (text.Analyze) for the clusterer and the same analysis makes its story's
// brief, within a bound on the analyses kept. A brief is rebuilt whole, so
// it is rebuilt once per Ingest call, after every batch is stored, rather
// than after each batch: a long run rebuilds the stories it has touched at
// most every Options.BriefEvery, so readers see its news before it ends.
// The next batch is analysed while one is placed and stored, and briefs of
// different stories are built in parallel.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/text"
)

// DefaultBatch is how many articles one transaction stores by default.
const DefaultBatch = 64

// Options tune a pipeline.
type Options struct {
	Logger  *slog.Logger    // nil: slog.Default()
	Brief   brief.Options   // how stored briefs are made
	Cluster cluster.Options // how articles are grouped into stories
	// Batch is how many articles one transaction stores (DefaultBatch if 0).
	Batch int
	// Progress, when set, is called as articles are stored (stage
	// "store") and as briefs are rebuilt (stage "brief").
	Progress func(stage string, done, total int)
	// BriefEvery is how often a long Ingest rebuilds the briefs of the
	// stories it has touched so far (DefaultBriefEvery if 0); the rest are
	// rebuilt when it ends. Until then those stories are stale, which the
	// store records in the same transaction as their articles.
	BriefEvery time.Duration
	// Workers is how many briefs are built at once (GOMAXPROCS if 0).
	Workers int
}

// DefaultBriefEvery is how often a long Ingest rebuilds briefs by default.
const DefaultBriefEvery = 2 * time.Minute

// maxDocText bounds the analyses kept from the clusterer for the briefs,
// by the length of their texts: an analysed article takes about 20 times
// its text, and a run of thousands of articles must not hold them all. An
// article whose analysis was dropped is analysed again for its brief.
const maxDocText = 8 << 20

// Pipeline ingests articles into a store. It is safe for concurrent use;
// ingests run one at a time.
type Pipeline struct {
	mu  sync.Mutex
	st  store.Store
	opt Options
	log *slog.Logger

	cl    *cluster.Clusterer
	seq   int64           // last store sequence number the clusterer has seen
	known map[string]bool // article ids the clusterer holds

	pending    map[string]bool // stories stored since the last rebuild of briefs
	docs       *docCache       // analyses of their new articles, for the rebuild
	lastBriefs time.Time       // when briefs were last rebuilt

	// claim, if set, is asked before a brief is rebuilt; a story it does
	// not give (ok false: another process is rebuilding it) is skipped.
	claim func(ctx context.Context, id string) (release func(), ok bool, err error)

	built atomic.Int64 // briefs made (stored or refused as outdated)
}

// Result says what an ingest did.
type Result struct {
	Added   []string // ids of the articles stored
	Skipped []string // ids of the articles that were already stored
	Stories []string // stories touched, whose briefs were rebuilt
}

// New makes a pipeline over st, rebuilding the clustering state from what
// st holds and finishing any brief that a crash left stale.
func New(ctx context.Context, st store.Store, opt Options) (*Pipeline, error) {
	return newPipeline(ctx, st, opt, func(p *Pipeline) error { return p.sync(ctx) })
}

// newPipeline is New with the clusterer loaded from the store by load.
func newPipeline(ctx context.Context, st store.Store, opt Options, load func(p *Pipeline) error) (*Pipeline, error) {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.Batch <= 0 {
		opt.Batch = DefaultBatch
	}
	if opt.BriefEvery <= 0 {
		opt.BriefEvery = DefaultBriefEvery
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	p := &Pipeline{st: st, opt: opt, log: opt.Logger, pending: map[string]bool{}, docs: newDocCache(maxDocText), lastBriefs: time.Now()}
	p.reset()
	if err := load(p); err != nil {
		return nil, err
	}
	if _, err := p.RebuildStale(ctx); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *Pipeline) reset() {
	p.cl = cluster.New(p.opt.Cluster)
	p.seq = 0
	p.known = map[string]bool{}
}

// sync feeds the clusterer the articles stored since it last looked, by
// this process or another one writing to the same store.
func (p *Pipeline) sync(ctx context.Context) error {
	n := 0
	last, err := p.st.Assignments(ctx, p.seq, func(_ int64, a *news.Article, storyID string) error {
		if p.known[a.ID] {
			return nil
		}
		p.cl.Seed(text.Analyze(a), storyID)
		p.known[a.ID] = true
		n++
		return nil
	})
	p.seq = last
	if err != nil {
		return fmt.Errorf("load stored stories: %w", err)
	}
	if n > 0 {
		p.log.Debug("clusterer loaded stored articles", "articles", n, "stories", p.cl.Stories())
	}
	return nil
}

// Ingest stores the articles given: each one is skipped if already stored
// (same URL, or same text when it has no URL), else assigned to a story and
// stored. Then the briefs of the stories touched are rebuilt. Article ids
// are set to their stored id. On error, what was stored stays stored, whole,
// and a later Ingest of the same articles completes the work.
func (p *Pipeline) Ingest(ctx context.Context, arts []*news.Article) (Result, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	res, err := p.add(ctx, arts)
	if err != nil {
		return res, err
	}
	return res, p.flush(ctx)
}

// add stores articles as Ingest does and leaves the briefs of the stories
// it touched to flush, which it calls itself once Options.BriefEvery has
// passed since the last rebuild: however many batches touch a story, its
// brief is rebuilt once per flush.
func (p *Pipeline) add(ctx context.Context, arts []*news.Article) (Result, error) {
	var res Result
	if err := p.sync(ctx); err != nil {
		return res, err
	}
	fresh, err := p.fresh(ctx, arts, &res)
	if err != nil {
		return res, err
	}
	touched := map[string]bool{}
	err = p.place(ctx, fresh, func(c store.Change, applied store.Applied) error {
		for _, m := range c.Merges {
			delete(touched, m.From)
			delete(p.pending, m.From)
		}
		for _, s := range applied.Touched {
			touched[s] = true
			p.pending[s] = true
		}
		res.Added = append(res.Added, applied.Added...)
		res.Skipped = append(res.Skipped, applied.Skipped...)
		p.log.Info("stored articles", "added", len(applied.Added), "skipped", len(applied.Skipped), "stories", len(applied.Touched))
		if p.opt.Progress != nil {
			p.opt.Progress("store", len(res.Added)+len(res.Skipped), len(arts))
		}
		if time.Since(p.lastBriefs) >= p.opt.BriefEvery {
			return p.flush(ctx)
		}
		return nil
	})
	res.Stories = sortedKeys(touched)
	return res, err
}

// fresh sets each article's id from its identity and returns those not
// stored yet, once each; the others go to res.Skipped.
func (p *Pipeline) fresh(ctx context.Context, arts []*news.Article, res *Result) ([]*news.Article, error) {
	keys := make([]string, 0, len(arts))
	byKey := make(map[string]*news.Article, len(arts))
	for _, a := range arts {
		k := store.Key(a)
		a.ID = store.IDFor(k)
		if _, dup := byKey[k]; dup {
			res.Skipped = append(res.Skipped, a.ID)
			continue
		}
		byKey[k] = a
		keys = append(keys, k)
	}
	stored, err := p.st.Known(ctx, keys)
	if err != nil {
		return nil, err
	}
	var fresh []*news.Article
	for _, k := range keys {
		if id, ok := stored[k]; ok {
			res.Skipped = append(res.Skipped, id)
			continue
		}
		fresh = append(fresh, byKey[k])
	}
	return fresh, nil
}

// place assigns the articles to stories and stores them, a batch a
// transaction, calling stored after each. The next batch is analysed, on
// the other cores, while one is placed and stored: placing is sequential,
// analysis is not.
func (p *Pipeline) place(ctx context.Context, arts []*news.Article, stored func(store.Change, store.Applied) error) error {
	chunks := slices.Collect(slices.Chunk(arts, p.opt.Batch))
	analysed := make(chan []*text.Doc, 1)
	ahead := func(i int) {
		if i < len(chunks) {
			go func() { analysed <- Analyse(chunks[i], p.opt.Workers) }()
		}
	}
	ahead(0)
	for i, chunk := range chunks {
		docs := <-analysed
		if err := ctx.Err(); err != nil {
			return err
		}
		ahead(i + 1)
		c := p.assign(chunk, docs)
		applied, err := p.st.Apply(ctx, c)
		if err != nil {
			// The clusterer has placed articles the store did not take:
			// start it again from the store, which is the truth.
			p.reset()
			return fmt.Errorf("store articles: %w", err)
		}
		for i, a := range chunk {
			p.known[a.ID] = true
			p.docs.put(a.ID, docs[i])
		}
		if err := stored(c, applied); err != nil {
			return err
		}
	}
	return nil
}

// flush rebuilds the briefs of the stories stored since the last rebuild.
func (p *Pipeline) flush(ctx context.Context) error {
	ids := sortedKeys(p.pending)
	if err := p.rebuild(ctx, ids, p.docs); err != nil {
		return err
	}
	clear(p.pending)
	p.docs.clear()
	p.lastBriefs = time.Now()
	return nil
}

// Analyse analyses the articles of a chunk on several cores (GOMAXPROCS
// if workers is 0): it is the part of placing an article that does not
// depend on the others.
func Analyse(chunk []*news.Article, workers int) []*text.Doc {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]*text.Doc, len(chunk))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, len(chunk)) {
		wg.Go(func() {
			for i := range next {
				out[i] = text.Analyze(chunk[i])
			}
		})
	}
	for i := range chunk {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// assign places each article of a chunk with the clusterer and makes the
// change that stores them. Merges that happen within the chunk rename the
// story of the chunk's earlier articles, so nothing lands in a story that
// no longer exists.
func (p *Pipeline) assign(chunk []*news.Article, docs []*text.Doc) store.Change {
	var c store.Change
	alias := map[string]string{}
	resolve := func(id string) string {
		for seen := 0; seen < 64; seen++ {
			next, ok := alias[id]
			if !ok {
				break
			}
			id = next
		}
		return id
	}
	for i, a := range chunk {
		asg := p.cl.Add(docs[i])
		for _, m := range asg.Merged {
			if m == asg.StoryID {
				continue
			}
			alias[m] = asg.StoryID
			c.Merges = append(c.Merges, store.Merge{From: m, Into: asg.StoryID})
		}
		c.Articles = append(c.Articles, store.NewArticle{Article: a, Key: store.Key(a), StoryID: asg.StoryID, CopyOf: asg.CopyOf})
	}
	for i := range c.Articles {
		c.Articles[i].StoryID = resolve(c.Articles[i].StoryID)
	}
	for i := range c.Merges {
		c.Merges[i].Into = resolve(c.Merges[i].Into)
	}
	return c
}

// RebuildStale rebuilds every brief that is missing or older than its
// story's articles, as a crash between storing and rebuilding leaves them.
func (p *Pipeline) RebuildStale(ctx context.Context) ([]string, error) {
	stale, err := p.st.Stale(ctx)
	if err != nil {
		return nil, err
	}
	if len(stale) > 0 {
		p.log.Info("rebuilding stale briefs", "stories", len(stale))
	}
	return stale, p.rebuild(ctx, stale, nil)
}

// BriefsBuilt is how many briefs this pipeline has made, stored or
// refused as older than their story: the costly part of ingest.
func (p *Pipeline) BriefsBuilt() int64 { return p.built.Load() }

// Rebuild makes and stores the brief of one story from its stored articles.
func (p *Pipeline) Rebuild(ctx context.Context, storyID string) error {
	return p.rebuild(ctx, []string{storyID}, nil)
}

// RebuildBriefs makes and stores the briefs of the stories given from their
// stored articles, without the clustering state New loads from the whole
// store: what a reader needs to refresh one stale brief.
func RebuildBriefs(ctx context.Context, st store.Store, opt Options, ids ...string) error {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	p := &Pipeline{st: st, opt: opt, log: opt.Logger}
	return p.rebuild(ctx, ids, nil)
}

// rebuild makes and stores the briefs of the stories given, several at
// once, using the analyses in docs where it has them.
func (p *Pipeline) rebuild(ctx context.Context, ids []string, docs *docCache) error {
	if len(ids) == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu    sync.Mutex
		first error
		done  int
		wg    sync.WaitGroup
	)
	next := make(chan string)
	for range min(p.opt.Workers, len(ids)) {
		wg.Go(func() {
			for id := range next {
				err := p.rebuildOne(ctx, id, docs)
				mu.Lock()
				if err != nil && first == nil {
					first = err
					cancel()
				}
				done++
				if err == nil && p.opt.Progress != nil {
					p.opt.Progress("brief", done, len(ids))
				}
				mu.Unlock()
			}
		})
	}
	for _, id := range ids {
		if ctx.Err() != nil {
			break
		}
		next <- id
	}
	close(next)
	wg.Wait()
	if first != nil {
		return first
	}
	return ctx.Err()
}

func (p *Pipeline) rebuildOne(ctx context.Context, id string, docs *docCache) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if p.claim != nil {
		release, ok, err := p.claim(ctx, id)
		if err != nil {
			return fmt.Errorf("rebuild brief of story %s: %w", id, err)
		}
		if !ok {
			return nil
		}
		defer release()
	}
	// Another writer may change the story while its brief is made; then
	// make it again from the newer articles, a few times at most.
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var arts []*news.Article
		var version int64
		arts, version, err = p.st.StoryArticles(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			err = nil // merged away meanwhile
			break
		}
		if err != nil {
			break
		}
		BriefOrder(arts)
		b := brief.FromCorpus(corpus(arts, docs), p.opt.Brief)
		p.built.Add(1)
		err = p.st.PutBrief(ctx, id, version, b)
		if errors.Is(err, store.ErrNotFound) {
			err = nil // merged away by another writer while it was made
			break
		}
		if !errors.Is(err, store.ErrConflict) {
			break
		}
	}
	if errors.Is(err, store.ErrConflict) {
		// The other writer rebuilds it after its own change.
		p.log.Info("brief left to the concurrent writer", "story", id)
		err = nil
	}
	if err != nil {
		return fmt.Errorf("rebuild brief of story %s: %w", id, err)
	}
	p.log.Debug("brief rebuilt", "story", id)
	return nil
}

// corpus is the analysed story that brief.Build would make of arts, with
// the analyses the clusterer already made where docs has them. An analysis
// is of the same text, so only its article is swapped for the stored one,
// which is what a rebuild after a restart sees.
func corpus(arts []*news.Article, docs *docCache) *text.Corpus {
	ds := make([]*text.Doc, len(arts))
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
		if d := docs.get(a.ID); d != nil && d.Article.Text == a.Text {
			c := *d
			c.Article = a
			if a.Language == "" {
				a.Language = c.Language
			}
			ds[i] = &c
			continue
		}
		ds[i] = text.Analyze(a)
	}
	return text.NewCorpus(ds, ids)
}

// BriefOrder puts a story's articles in the order its brief lists them:
// by publication time (dated first), then by id. Not the order they were
// stored, which depends on which of several workers got there first: a
// story's brief must be the same however its articles arrived.
func BriefOrder(arts []*news.Article) {
	slices.SortStableFunc(arts, func(a, b *news.Article) int {
		if az, bz := a.Published.IsZero(), b.Published.IsZero(); az != bz {
			if az {
				return 1
			}
			return -1
		}
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// docCache keeps the analyses of the articles stored since the last
// rebuild, up to a total length of text, dropping the oldest first. It is
// safe for concurrent use (a worker stores while it rebuilds).
type docCache struct {
	mu        sync.Mutex
	max, size int
	m         map[string]*text.Doc
	order     []string
}

func newDocCache(max int) *docCache {
	return &docCache{max: max, m: map[string]*text.Doc{}}
}

func (c *docCache) put(id string, d *text.Doc) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[id]; ok {
		return
	}
	for len(c.order) > 0 && c.size+len(d.Article.Text) > c.max {
		c.size -= len(c.m[c.order[0]].Article.Text)
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[id] = d
	c.size += len(d.Article.Text)
	c.order = append(c.order, id)
}

func (c *docCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.m)
	c.order, c.size = nil, 0
}

func (c *docCache) get(id string) *text.Doc {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[id]
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
