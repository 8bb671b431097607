package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/queue"
	"github.com/crosscheck/crosscheck/internal/store"
)

// runIngestQueued is ingest --nats: read the inputs here, queue their
// articles for the workers, and with --wait follow them into the store.
func runIngestQueued(ctx context.Context, e *env, f ingestFlags, inputs []string) error {
	var st *pipeline.DB
	if f.wait {
		// Open the store first: a wrong --db is said before anything is queued.
		loc, err := dbLocation(f.db)
		if err != nil {
			return err
		}
		if !pipeline.IsPostgres(loc) {
			return usagef("--wait needs --db postgres://... (or CROSSCHECK_DB): the workers' store, to see the articles arrive")
		}
		if st, err = openStore(ctx, loc); err != nil {
			return err
		}
		defer st.Close()
	}
	q, err := openQueue(ctx, f.nats, queue.Limits{})
	if err != nil {
		return err
	}
	defer q.Close()
	arts, errs := ingest.Read(ctx, inputs, ingest.Options{AllowPrivate: f.allowPrivate, Stdin: e.stdin})
	for _, err := range errs {
		fmt.Fprintf(e.stderr, "crosscheck: %v\n", err)
	}
	failed := len(errs)
	if len(arts) == 0 {
		return fmt.Errorf("no article could be read from the %d input(s) given", len(inputs))
	}
	start := time.Now()
	var queued []*news.Article
	for _, a := range arts {
		if err := q.Publish(ctx, jobFor(a)); err != nil {
			fmt.Fprintf(e.stderr, "crosscheck: %s: %v\n", a.Name(), err)
			failed++
			continue
		}
		queued = append(queued, a)
	}
	if len(queued) == 0 {
		return fmt.Errorf("no article could be queued on %s", f.nats.url)
	}
	if !f.wait {
		fmt.Fprintf(e.stdout, "%d article(s) queued for the workers\n", len(queued))
		if failed > 0 {
			return partialError{failed: failed}
		}
		return nil
	}
	if f.waitTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.waitTimeout)
		defer cancel()
	}
	w, err := waitStored(ctx, st, q, queued, start)
	if err != nil {
		return fmt.Errorf("waiting for the workers: %w (%d of %d article(s) stored so far)", err, len(w.stored), len(queued))
	}
	for _, a := range queued {
		if msg, ok := w.dead[a.ID]; ok {
			fmt.Fprintf(e.stderr, "crosscheck: %s: %s\n", a.Name(), msg)
			failed++
		}
	}
	if len(w.stored) == 0 {
		return fmt.Errorf("the workers could store none of the %d article(s) queued", len(queued))
	}
	fmt.Fprintf(e.stdout, "%d article(s) stored by the workers, %d stor%s updated\n",
		len(w.stored), len(w.stories), plural(len(w.stories), "y", "ies"))
	if failed > 0 {
		return partialError{failed: failed}
	}
	return nil
}

// waited is where queued articles ended up.
type waited struct {
	stored  map[string]bool   // article ids in the store
	stories map[string]bool   // their stories
	dead    map[string]string // article id -> why the workers gave up on it
}

// waitStored polls the store and the dead letters until every article is
// either stored, with its story's brief rebuilt, or given up on.
func waitStored(ctx context.Context, st store.Reader, q queue.Queue, arts []*news.Article, since time.Time) (waited, error) {
	w := waited{stored: map[string]bool{}, stories: map[string]bool{}, dead: map[string]string{}}
	keys := map[string]string{} // key -> id
	for _, a := range arts {
		keys[store.Key(a)] = a.ID
	}
	tick := time.NewTicker(300 * time.Millisecond)
	defer tick.Stop()
	for {
		var ask []string
		for k, id := range keys {
			if !w.stored[id] && w.dead[id] == "" {
				ask = append(ask, k)
			}
		}
		known, err := st.Known(ctx, ask)
		if err != nil {
			return w, err
		}
		for _, id := range known {
			w.stored[id] = true
			if sa, err := st.Article(ctx, id); err == nil {
				w.stories[sa.StoryID] = true
			}
		}
		if len(w.stored)+len(w.dead) < len(arts) {
			dead, err := q.DeadLetters(ctx)
			if err != nil {
				return w, err
			}
			for _, d := range dead {
				if !d.Failed.Before(since) && !w.stored[d.Job.ID] {
					w.dead[d.Job.ID] = d.Error
				}
			}
		}
		if len(w.stored)+len(w.dead) >= len(arts) {
			stale, err := st.Stale(ctx)
			if err != nil {
				return w, err
			}
			if !touches(stale, w.stories) {
				// Stories may have merged since their articles were
				// stored: look again at where each article is now.
				clear(w.stories)
				for id := range w.stored {
					if sa, err := st.Article(ctx, id); err == nil {
						w.stories[sa.StoryID] = true
					}
				}
				if !touches(stale, w.stories) {
					return w, nil
				}
			}
		}
		select {
		case <-ctx.Done():
			return w, ctx.Err()
		case <-tick.C:
		}
	}
}

func touches(ids []string, set map[string]bool) bool {
	for _, id := range ids {
		if set[id] {
			return true
		}
	}
	return false
}
