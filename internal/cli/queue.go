package cli

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/crosscheck/crosscheck/internal/api"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/queue"
	"github.com/crosscheck/crosscheck/internal/queue/nats"
	"github.com/crosscheck/crosscheck/internal/store"
)

// natsFlags say which NATS JetStream server and streams carry the work of
// the scale-out form (worker, ingest --nats, serve --nats).
type natsFlags struct {
	url    string
	stream string
}

// addNATSFlags adds --nats and --stream; the environment fills them when
// they are not given (CROSSCHECK_NATS, CROSSCHECK_NATS_STREAM).
func addNATSFlags(fl *pflag.FlagSet, f *natsFlags, what string) {
	fl.StringVar(&f.url, "nats", "", what+" (env CROSSCHECK_NATS), e.g. nats://127.0.0.1:4222")
	fl.StringVar(&f.stream, "stream", "", "name of the JetStream work stream (env CROSSCHECK_NATS_STREAM; default "+nats.DefaultStream+")")
}

// resolve fills what the flags left empty from the environment.
func (f *natsFlags) resolve() {
	if f.url == "" {
		f.url = os.Getenv("CROSSCHECK_NATS")
	}
	if f.stream == "" {
		f.stream = os.Getenv("CROSSCHECK_NATS_STREAM")
	}
}

// openQueue connects to the work queue; lim's zero AckWait leaves the
// workers' consumer as it is.
func openQueue(ctx context.Context, f natsFlags, lim queue.Limits) (*nats.Queue, error) {
	if !strings.HasPrefix(f.url, "nats://") && !strings.HasPrefix(f.url, "tls://") {
		return nil, usagef("--nats must be a nats:// URL, not %q", f.url)
	}
	return nats.Open(ctx, nats.Config{URL: f.url, Stream: f.stream, Limits: lim})
}

// jobFor names an article by its identity and makes its job: the same
// article queued twice is one job, and the worker stores it under that id.
func jobFor(a *news.Article) queue.Job {
	a.ID = store.IDFor(store.Key(a))
	return queue.Job{ID: a.ID, Article: a}
}

// queueIngest is how serve --nats takes POSTed articles: those already
// stored are said to be skipped, the others are queued for the workers and
// named in the answer (202) before any is stored. A failure part way
// leaves the jobs queued so far queued; the client sends the batch again,
// and the queue's deduplication and the store's identity make that safe.
func queueIngest(st store.Reader, q queue.Queue) func(context.Context, []*news.Article) (api.IngestResult, error) {
	return func(ctx context.Context, arts []*news.Article) (api.IngestResult, error) {
		var res api.IngestResult
		jobs := make([]queue.Job, len(arts))
		keys := make([]string, len(arts))
		for i, a := range arts {
			keys[i] = store.Key(a)
			jobs[i] = jobFor(a)
		}
		known, err := st.Known(ctx, keys)
		if err != nil {
			return res, err
		}
		for i, j := range jobs {
			if _, ok := known[keys[i]]; ok {
				res.Skipped = append(res.Skipped, j.ID)
				continue
			}
			if err := q.Publish(ctx, j); err != nil {
				return res, fmt.Errorf("queue article %d: %w", i, err)
			}
			res.Queued = append(res.Queued, j.ID)
		}
		return res, nil
	}
}
