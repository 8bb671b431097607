package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/queue"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/text"
)

// SharedStore is a store that workers in several processes write to at
// once. Beyond store.Store it has one lock that serialises story
// assignment among all of them; a log of the story merges workers made, so
// each can make the others' merges in its own clusterer; the count of
// stories (a worker's clusterer holds as many: a difference means a merge
// was missed); and a ping, to tell a store that is down from a job that
// cannot be stored.
type SharedStore interface {
	store.Store
	LockAssign(ctx context.Context) (unlock func(), err error)
	LogMerges(ctx context.Context, ms []store.Merge) error
	MergesSince(ctx context.Context, after int64) ([]store.Merge, int64, error)
	StoryCount(ctx context.Context) (int, error)
	// StaleSince lists the stories whose brief is stale and that have not
	// changed since before.
	StaleSince(ctx context.Context, before time.Time) ([]string, error)
	// StaleVersions maps the stories whose brief is stale to their
	// version.
	StaleVersions(ctx context.Context) (map[string]int64, error)
	// BriefVersion is the story version a story's stored brief was made
	// from; store.ErrNotFound if the story is gone.
	BriefVersion(ctx context.Context, storyID string) (int64, error)
	// TryLockBrief takes the lock of rebuilding one story's brief if no
	// one holds it.
	TryLockBrief(ctx context.Context, storyID string) (unlock func(), ok bool, err error)
	Ping(ctx context.Context) error
}

// WorkerOptions tune a worker.
type WorkerOptions struct {
	Options
	// Fetch is how many jobs are taken from the queue at once
	// (DefaultFetch if 0): they are analysed together and stored in one
	// transaction.
	Fetch int
	// MaxAttempts is how many times a job that fails is tried before it
	// goes to the dead letters (DefaultMaxAttempts if 0).
	MaxAttempts int
	// KeepAlive is how often a job being worked on is reported in
	// progress to the queue; below the queue's ack wait (20 s if 0).
	KeepAlive time.Duration
	// StaleEvery is how often the worker rebuilds briefs left stale by
	// others (a worker killed between storing and rebuilding); 30 s if 0.
	StaleEvery time.Duration
	// Retry is the first wait after the store or the queue failed; it
	// doubles up to 30 s while they stay away (1 s if 0).
	Retry time.Duration
	// OrderWait bounds how long a worker waits for the jobs published
	// before its own to be settled by others, so that articles are placed
	// in the order they were published (5 s if 0). Past it (a worker died
	// holding them: they come back after the ack wait), it goes ahead.
	OrderWait time.Duration
	// RoundPause spaces the rounds of brief rebuilds while jobs wait in
	// the queue: after a round that took d, the next starts no sooner
	// than RoundPause × d after it ended (DefaultRoundPause if 0;
	// negative: no pause). During a backlog, rounds then take at most
	// 1/(1+RoundPause) of the worker's time whatever the size of its
	// stories (a brief is made whole from every article of its story, so
	// a round of big stories costs more, and back-to-back rounds slow the
	// drain, which brings more rounds). Once the queue is empty the round
	// starts at once, so briefs are current as soon as the work is done.
	RoundPause float64
}

// Defaults of WorkerOptions.
const (
	// DefaultWorkerBriefEvery bounds how long a story touched while jobs
	// keep coming waits for its brief; once the queue is idle for a
	// moment, touched stories are rebuilt at once.
	DefaultWorkerBriefEvery = 30 * time.Second
	DefaultFetch            = 16
	DefaultMaxAttempts      = 5
	// DefaultRoundPause keeps rounds of rebuilds to a fifth of a
	// backlog's time.
	DefaultRoundPause = 4
)

// Worker takes articles from a queue and stores them as Ingest does: it
// analyses them, assigns their stories, stores them and rebuilds the
// briefs of the stories touched. Any number of workers, in any number of
// processes, may share one queue and one store:
//
//   - Story assignment is serialised across them by the store's lock, and
//     under it each worker first brings its clusterer up to date with what
//     the others stored (the clusterer's state comes from the store), so
//     two reports of one event arriving at two workers at once join one
//     story. Analysis, the costly part of placing an article, happens
//     before the lock, in parallel.
//   - A job is acked after the transaction that stored its article
//     commits. A worker that dies before has it delivered again; the
//     article's identity (store.Key) makes storing it again a no-op, so
//     its effect happens once.
//   - Articles are placed in the order they were published: a worker
//     waits (up to OrderWait) for the jobs before its own to be settled.
//     The online clusterer's stories depend on the order articles arrive
//     in, so workers then make the stories one process would.
//   - Brief rebuilds happen outside the lock and coalesce: a round
//     starts when the queue is empty, or when a period of BriefEvery (30
//     s) of the wall clock has begun since a story was touched, and what
//     is touched during a round waits for the next. While jobs wait,
//     after a round that took d the next waits RoundPause × d (4 d), so
//     rounds take at most a fifth of a backlog's time however big its
//     stories grow. The workers' rounds start on the same periods and
//     each story is built by one of them (claim). The store refuses a
//     brief older than its story, and a story left stale by a worker that
//     died is rebuilt by the periodic sweep of any worker.
//   - When the store or the queue is down, the worker waits and retries;
//     only a job that fails MaxAttempts times while the store is up goes
//     to the dead letters, with its error.
type Worker struct {
	p   *Pipeline
	st  SharedStore
	q   queue.Queue
	opt WorkerOptions

	mu         sync.Mutex
	dirty      map[string]bool // stories whose brief the next round rebuilds
	firstDirty time.Time       // when the oldest of them was touched
	// want maps the stories of the round under way to the version their
	// brief must cover: one made since by another worker from that
	// version or a later one covers this worker's articles too.
	want map[string]int64

	stuckAt  uint64 // the settled place this worker last stopped waiting at
	mergeSeq int64  // the last merge of the log the clusterer has made

	// docs are the analyses of articles others stored, made before the
	// assignment lock (prefetch) for replay to place under it; fetched is
	// the last sequence number analysed so.
	docs    map[string]*text.Doc
	fetched int64
	// kept are the analyses of the articles placed lately, its own and the
	// others', for the briefs: a rebuild reuses them (their annotation
	// too, the costliest part of a brief's reading) instead of analysing
	// the story's articles again.
	kept *docCache

	skipped atomic.Int64 // stories of its rounds another worker had built

	// nextRound is when the next round of rebuilds may start (RoundPause);
	// only the rebuilder reads and writes it.
	nextRound time.Time
}

// NewWorker makes a worker over st and q, loading the clusterer from st
// and rebuilding briefs that a crash left stale.
func NewWorker(ctx context.Context, st SharedStore, q queue.Queue, opt WorkerOptions) (*Worker, error) {
	if opt.Fetch <= 0 {
		opt.Fetch = DefaultFetch
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = DefaultMaxAttempts
	}
	if opt.KeepAlive <= 0 {
		opt.KeepAlive = 20 * time.Second
	}
	if opt.StaleEvery <= 0 {
		opt.StaleEvery = 30 * time.Second
	}
	if opt.Retry <= 0 {
		opt.Retry = time.Second
	}
	if opt.OrderWait <= 0 {
		opt.OrderWait = 5 * time.Second
	}
	if opt.BriefEvery <= 0 {
		opt.BriefEvery = DefaultWorkerBriefEvery
	}
	if opt.RoundPause == 0 {
		opt.RoundPause = DefaultRoundPause
	}
	w := &Worker{st: st, q: q, opt: opt, dirty: map[string]bool{}, docs: map[string]*text.Doc{}, kept: newDocCache(maxDocText)}
	p, err := newPipeline(ctx, st, opt.Options, func(p *Pipeline) error {
		w.p = p
		return w.replay(ctx)
	})
	if err != nil {
		return nil, err
	}
	w.p = p
	// A story that another worker is rebuilding waits for the next round:
	// by then the other's brief may cover this worker's articles too (the
	// round checks that it is still stale), and if not it is built then.
	p.claim = w.claim

	return w, nil
}

// claim takes the lock of rebuilding a story's brief for a round. A story
// another worker is rebuilding waits for the next round: by then the
// other's brief may cover this worker's articles too (the round checks
// that it is still stale), and if not it is built then. A story whose
// brief another worker has made, under the lock, since this round began
// from the version the round wants or a later one is skipped: workers
// that touched the same stories go through the same sorted list, and the
// one behind would otherwise build again every brief the one ahead had
// just built (2,000 articles, 2 workers: 925 briefs built for 688
// stories in the last round).
func (w *Worker) claim(ctx context.Context, id string) (func(), bool, error) {
	unlock, ok, err := w.st.TryLockBrief(ctx, id)
	if err != nil || !ok {
		if err == nil {
			w.touch([]string{id})
		}
		return unlock, ok, err
	}
	w.mu.Lock()
	want, has := w.want[id]
	w.mu.Unlock()
	if !has {
		return unlock, true, nil
	}
	have, err := w.st.BriefVersion(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && have >= want) {
		unlock()
		w.skipped.Add(1)
		return nil, false, nil
	}
	if err != nil {
		unlock()
		return nil, false, err
	}
	return unlock, true, nil
}

// Built is how many briefs this worker has made, and Skipped
// how many of the stories of its rounds it found already covered by
// another worker's brief.
func (w *Worker) Built() (built, skipped int64) { return w.p.built.Load(), w.skipped.Load() }

// Run works until ctx ends, then returns nil. Jobs it holds then are not
// acked and go to another worker after the queue's ack wait.
func (w *Worker) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Go(func() { w.rebuilder(ctx) })
	defer wg.Wait()
	wait := w.opt.Retry
	for ctx.Err() == nil {
		ds, err := w.q.Fetch(ctx, w.opt.Fetch, 5*time.Second)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			w.p.log.Warn("cannot fetch jobs; retrying", "err", err, "in", wait)
			sleep(ctx, wait)
			wait = min(2*wait, 30*time.Second)
			continue
		}
		wait = w.opt.Retry
		if len(ds) > 0 {
			w.handle(ctx, ds)
		}
	}
	return nil
}

// handle works on deliveries taken together; they are stored in one
// transaction, and if that fails each is tried alone, so that one bad
// article does not hold up the others.
func (w *Worker) handle(ctx context.Context, ds []queue.Delivery) {
	stop := w.keepAlive(ds)
	defer stop()
	var live []queue.Delivery
	for _, d := range ds {
		// A job past its attempts that is delivered again ended without a
		// result each time: it takes the worker down (or its queue).
		if d.Attempt() > w.opt.MaxAttempts {
			w.fail(ctx, d, fmt.Errorf("gave up after %d deliveries that ended without a result (the worker died or lost the queue)", d.Attempt()-1))
			continue
		}
		live = append(live, d)
	}
	if len(live) == 0 {
		return
	}
	arts := make([]*news.Article, len(live))
	for i, d := range live {
		arts[i] = d.Job().Article
	}
	docs, errs := analyseSafely(arts, w.p.opt.Workers)
	var ok []queue.Delivery
	var okArts []*news.Article
	var okDocs []*text.Doc
	for i, d := range live {
		if errs[i] != nil {
			w.retryOrFail(ctx, d, errs[i])
			continue
		}
		ok, okArts, okDocs = append(ok, d), append(okArts, arts[i]), append(okDocs, docs[i])
	}
	if len(ok) == 0 {
		return
	}
	w.awaitTurn(ctx, live[0].Seq())
	touched, err := w.place(ctx, okArts, okDocs)
	// The store is down: not the jobs' fault. Keep them (the keep-alive
	// runs) until it answers again, then try again, so an outage never
	// counts against a job.
	for err != nil && ctx.Err() == nil && !w.waitStore(ctx) {
		if ctx.Err() != nil {
			break
		}
		touched, err = w.place(ctx, okArts, okDocs)
	}
	if err == nil {
		for _, d := range ok {
			if err := d.Ack(); err != nil {
				// Delivered again later, and then found stored: no harm.
				w.p.log.Warn("cannot ack job; it will be delivered again and skipped", "job", d.Job().ID, "err", err)
			}
		}
		w.touch(touched)
		return
	}
	if ctx.Err() != nil {
		return // not acked: delivered again after the ack wait
	}
	if len(ok) > 1 {
		w.p.log.Info("storing a batch of jobs failed; trying each alone", "jobs", len(ok), "err", err)
		for _, d := range ok {
			w.handle(ctx, []queue.Delivery{d})
		}
		return
	}
	w.retryOrFail(ctx, ok[0], err)
}

// awaitTurn waits until every job published before place seq is settled,
// so that articles are placed in publication order, or until OrderWait
// passes without progress. A worker that died holding earlier jobs stalls
// the queue's settled place until they are delivered again; having waited
// once at a place, the worker does not wait at it again. Each step of the
// settled place starts the wait again: on a loaded machine the other
// workers' batches ahead may take longer than OrderWait in all while
// they advance, and going ahead then placed articles out of order (other
// stories than one process makes).
func (w *Worker) awaitTurn(ctx context.Context, seq uint64) {
	if seq <= 1 {
		return
	}
	deadline := time.Now().Add(w.opt.OrderWait)
	last := uint64(0)
	for {
		at, err := w.q.Settled(ctx)
		if err != nil || at+1 >= seq || at == w.stuckAt {
			return
		}
		if at > last {
			last = at
			deadline = time.Now().Add(w.opt.OrderWait)
		}
		if time.Now().After(deadline) {
			w.p.log.Info("jobs before these are not settled; going ahead out of order", "settled", at, "job_seq", seq)
			w.stuckAt = at
			return
		}
		sleep(ctx, 20*time.Millisecond)
		if ctx.Err() != nil {
			return
		}
	}
}

// retryOrFail has a job that failed tried again later, or, at its last
// attempt, sent to the dead letters.
func (w *Worker) retryOrFail(ctx context.Context, d queue.Delivery, err error) {
	if d.Attempt() >= w.opt.MaxAttempts {
		w.fail(ctx, d, err)
		return
	}
	w.p.log.Warn("job failed; it will be tried again", "job", d.Job().ID, "attempt", d.Attempt(), "err", err)
	_ = d.Nak(w.opt.Retry * time.Duration(1<<min(d.Attempt(), 5)))
}

func (w *Worker) fail(ctx context.Context, d queue.Delivery, err error) {
	w.p.log.Error("job failed for good; kept as a dead letter", "job", d.Job().ID, "attempts", d.Attempt(), "err", err)
	if ferr := d.Fail(ctx, err); ferr != nil {
		w.p.log.Warn("cannot write the dead letter; the job will be delivered again", "job", d.Job().ID, "err", ferr)
	}
}

// keepAlive tells the queue, until stop is called, that the deliveries are
// still being worked on: a long wait for the assignment lock must not hand
// them to another worker.
func (w *Worker) keepAlive(ds []queue.Delivery) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(w.opt.KeepAlive)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, d := range ds {
					_ = d.InProgress()
				}
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

// waitStore reports whether the store answers; if not, it waits until it
// does (checking again after 1 s, doubling up to 30 s) and reports false,
// or until ctx ends.
func (w *Worker) waitStore(ctx context.Context) bool {
	if w.st.Ping(ctx) == nil {
		return true
	}
	wait := w.opt.Retry
	for ctx.Err() == nil {
		w.p.log.Warn("the store does not answer; waiting", "in", wait)
		sleep(ctx, wait)
		if w.st.Ping(ctx) == nil {
			break
		}
		wait = min(2*wait, 30*time.Second)
	}
	return false
}

// place assigns the articles their stories and stores them, under the
// store's assignment lock, and returns the stories touched.
func (w *Worker) place(ctx context.Context, arts []*news.Article, docs []*text.Doc) ([]string, error) {
	p := w.p
	p.mu.Lock()
	defer p.mu.Unlock()
	// What the others stored is analysed before the lock, so the time
	// under it stays short.
	if err := w.prefetch(ctx); err != nil {
		return nil, err
	}
	unlock, err := w.st.LockAssign(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := w.catchUp(ctx); err != nil {
		p.reset()
		return nil, err
	}

	// Identity: what is stored already (a job delivered again) or repeated.
	seen := map[string]bool{}
	keys := make([]string, 0, len(arts))
	for _, a := range arts {
		k := store.Key(a)
		a.ID = store.IDFor(k)
		keys = append(keys, k)
	}
	stored, err := p.st.Known(ctx, keys)
	if err != nil {
		return nil, err
	}
	var fresh []*news.Article
	var freshDocs []*text.Doc
	for i, a := range arts {
		if _, ok := stored[keys[i]]; ok || seen[keys[i]] {
			continue
		}
		seen[keys[i]] = true
		fresh, freshDocs = append(fresh, a), append(freshDocs, docs[i])
	}
	if len(fresh) == 0 {
		return nil, nil
	}
	c := p.assign(fresh, freshDocs)
	applied, err := p.st.Apply(ctx, c)
	if err != nil {
		p.reset()
		return nil, fmt.Errorf("store articles: %w", err)
	}
	for i, a := range fresh {
		p.known[a.ID] = true
		w.kept.put(a.ID, freshDocs[i])
	}
	if err := w.st.LogMerges(ctx, c.Merges); err != nil {
		// The others will find their story count differ and reload.
		p.log.Warn("cannot log story merges", "err", err)
	}
	w.forget(c.Merges)
	p.log.Info("stored articles", "added", len(applied.Added), "skipped", len(applied.Skipped), "stories", len(applied.Touched))
	return applied.Touched, nil
}

// catchUp brings the clusterer up to what the store holds, under the
// assignment lock: the articles others stored since, then the merges they
// made (from the merge log). If the store still holds another number of
// stories than the clusterer (a merge was not logged: its worker died in
// between), it loads the whole state again from the store.
func (w *Worker) catchUp(ctx context.Context) error {
	p := w.p
	if err := w.replay(ctx); err != nil {
		return err
	}
	ms, last, err := w.st.MergesSince(ctx, w.mergeSeq)
	if err != nil {
		return err
	}
	for _, m := range ms {
		p.cl.Merged(m.From, m.Into)
	}
	w.mergeSeq = last
	n, err := w.st.StoryCount(ctx)
	if err != nil {
		return err
	}
	if n == p.cl.Stories() {
		return nil
	}
	p.log.Info("the clusterer differs from the store; reloading it", "store", n, "clusterer", p.cl.Stories())
	p.reset()
	return p.sync(ctx)
}

// prefetch analyses the articles others stored since the clusterer last
// looked, for replay to place under the assignment lock.
func (w *Worker) prefetch(ctx context.Context) error {
	p := w.p
	last, err := p.st.Assignments(ctx, max(p.seq, w.fetched), func(_ int64, a *news.Article, _ string) error {
		if !p.known[a.ID] && w.docs[a.ID] == nil {
			w.docs[a.ID] = text.Analyze(a)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("load stored stories: %w", err)
	}
	w.fetched = max(w.fetched, last)
	return nil
}

// replay brings the clusterer up to the store by placing the articles
// that others stored since it last looked, in the order they were stored,
// with the clusterer's own Add, as the worker that stored each one placed
// it. Placing them is deterministic, so every worker's clusterer goes
// through the very states that one process ingesting the articles in that
// order goes through, merges included (Seed, which joins an article to the
// story the store names, would only approximate them: a story's kept terms,
// times and postings depend on when its articles and merges came). If a
// replayed article lands in another story than the store says (a store
// written by processes whose clusterers were loaded differently, such as
// after a restart), the clusterer is loaded from the store with Seed, the
// store being the truth.
func (w *Worker) replay(ctx context.Context) error {
	p := w.p
	type placed struct{ id, got, stored string }
	var check []placed
	last, err := p.st.Assignments(ctx, p.seq, func(_ int64, a *news.Article, storyID string) error {
		if p.known[a.ID] {
			return nil
		}
		d := w.docs[a.ID]
		if d == nil {
			d = text.Analyze(a)
		}
		delete(w.docs, a.ID)
		asg := p.cl.Add(d)
		w.kept.put(a.ID, d)
		p.known[a.ID] = true
		check = append(check, placed{a.ID, asg.StoryID, storyID})
		return nil
	})
	p.seq = last
	if err != nil {
		p.reset()
		return fmt.Errorf("load stored stories: %w", err)
	}
	for _, c := range check {
		if got := p.cl.Current(c.got); got != c.stored {
			p.log.Info("a stored article replays into another story than the store's; loading the clusterer from the store",
				"article", c.id, "store", c.stored, "replay", got)
			p.reset()
			clear(w.docs)
			return p.sync(ctx)
		}
	}
	return nil
}

// analyseSafely analyses articles as analyse does, turning a panic on one
// article into that article's error: a bad input must fail its job, not
// the worker and every job it holds.
func analyseSafely(arts []*news.Article, workers int) ([]*text.Doc, []error) {
	docs := make([]*text.Doc, len(arts))
	errs := make([]error, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, len(arts)) {
		wg.Go(func() {
			for i := range next {
				func() {
					defer func() {
						if r := recover(); r != nil {
							errs[i] = fmt.Errorf("analyse article %s: panic: %v\n%s", arts[i].ID, r, debug.Stack())
						}
					}()
					if arts[i] == nil {
						errs[i] = errors.New("job without an article")
						return
					}
					docs[i] = text.Analyze(arts[i])
				}()
			}
		})
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	return docs, errs
}

// touch marks stories for the next round of rebuilds.
func (w *Worker) touch(ids []string) {
	if len(ids) == 0 {
		return
	}
	w.mu.Lock()
	now := time.Now()
	if len(w.dirty) == 0 {
		w.firstDirty = now
	}
	for _, id := range ids {
		w.dirty[id] = true
	}
	w.mu.Unlock()
}

// forget drops stories merged away from the next round.
func (w *Worker) forget(ms []store.Merge) {
	w.mu.Lock()
	for _, m := range ms {
		delete(w.dirty, m.From)
	}
	w.mu.Unlock()
}

// rebuilder rebuilds the briefs of touched stories in rounds: a round
// starts once the queue holds no job (every worker's rounds would rebuild
// the same big stories over and over while a backlog drains) or the oldest
// touched story has waited BriefEvery, and what is touched during a
// round waits for the next, so a story touched by many jobs is rebuilt
// once per round, not once per job. While jobs wait, a round starts no
// sooner than RoundPause times the last round's length after it: a brief
// is made whole from every article of its story, so without the pause a
// backlog into big stories has rounds back to back (each outlasts its
// period under load), and they slow the drain that brings more rounds.
// Every StaleEvery it also takes up the stories the store says are stale.
func (w *Worker) rebuilder(ctx context.Context) {
	sweep := time.NewTicker(w.opt.StaleEvery)
	defer sweep.Stop()
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	wait := w.opt.Retry
	for {
		select {
		case <-ctx.Done():
			return
		case <-sweep.C:
			// Only what no worker touched lately: those a live worker
			// touched are rebuilt by its own round, and sweeping them
			// too would build them twice.
			stale, err := w.st.StaleSince(ctx, time.Now().Add(-2*w.p.opt.BriefEvery))
			if err != nil {
				w.p.log.Warn("cannot list stale briefs", "err", err)
				continue
			}
			w.touch(stale)
			continue
		case <-tick.C:
		}
		if !w.roundDue(ctx) {
			continue
		}
		w.mu.Lock()
		due := len(w.dirty) > 0
		var ids []string
		if due {
			ids = sortedKeys(w.dirty)
			clear(w.dirty)
		}
		w.mu.Unlock()
		if !due {
			continue
		}
		ids, err := w.stillStale(ctx, ids)
		if err == nil {
			t0 := time.Now()
			err = w.p.rebuild(ctx, ids, w.kept)
			if len(ids) > 0 {
				took := time.Since(t0)
				w.nextRound = time.Now().Add(time.Duration(max(w.opt.RoundPause, 0) * float64(took)))
				w.p.log.Info("rebuilt briefs", "stories", len(ids), "took", took.Round(time.Millisecond))
			}
		}
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			// Left stale in the store: try again after a wait.
			w.p.log.Warn("rebuilding briefs failed; retrying", "stories", len(ids), "err", err, "in", wait)
			sleep(ctx, wait)
			wait = min(2*wait, 30*time.Second)
			w.touch(ids)
			continue
		}
		wait = w.opt.Retry
	}
}

// stillStale keeps of ids the stories whose brief is stale in the store:
// another worker's round may have rebuilt a story both touched, from all
// its articles, since this one touched it.
func (w *Worker) stillStale(ctx context.Context, ids []string) ([]string, error) {
	stale, err := w.st.StaleVersions(ctx)
	if err != nil {
		return ids, err
	}
	w.mu.Lock()
	w.want = stale
	w.mu.Unlock()
	return slices.DeleteFunc(ids, func(id string) bool { _, ok := stale[id]; return !ok }), nil
}

// roundDue reports whether touched stories should be rebuilt now: when
// the queue is empty, or, while jobs wait, when a period of BriefEvery
// has begun since the oldest was touched and the pause after the last
// round (RoundPause) is over. The periods are of the wall clock (time.Truncate
// by BriefEvery), the same for every worker, so the
// workers' rounds start together and share their stories (each is built
// by one of them) instead of each worker building every story it touched
// at its own time: N workers would build a big story N times a period.
func (w *Worker) roundDue(ctx context.Context) bool {
	w.mu.Lock()
	n, first := len(w.dirty), w.firstDirty
	w.mu.Unlock()
	if n == 0 {
		return false
	}
	// Past the pause and into a new period, a round is due whatever the
	// queue holds: no need to ask it.
	now := time.Now()
	if !now.Before(w.nextRound) && now.Truncate(w.p.opt.BriefEvery).After(first) {
		return true
	}
	// Otherwise only an empty queue makes it due: during a backlog rounds
	// stay spaced by RoundPause, so that it drains.
	pending, err := w.q.Pending(ctx)
	return err != nil || pending == 0
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
