package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
)

type ingestFlags struct {
	db           string
	allowPrivate bool
	batch        int
	nats         natsFlags
	wait         bool
	waitTimeout  time.Duration
}

func newIngestCmd(e *env) *cobra.Command {
	var f ingestFlags
	c := &cobra.Command{
		Use:   "ingest [flags] INPUT...",
		Short: "Add reports to the store, grouped into stories, and update their briefs",
		Long: `ingest reads the inputs as brief does (files, folders, URLs, feeds, - for
stdin), skips the articles already stored (same URL, or same text when there
is no URL), assigns each new article to a story, stores everything in
transactions and rebuilds the briefs of the stories it touched.

A kill at any moment leaves the store consistent; running the same ingest
again completes the work and stores nothing twice.

With --nats (or CROSSCHECK_NATS), ingest reads the inputs and queues their
articles on NATS JetStream for the workers (crosscheck worker) to store,
instead of storing them itself. With --wait it then waits until every
article is stored and its story's brief rebuilt, or has failed for good,
and reports as an ingest in one process does.`,
		Example: `  crosscheck ingest reports/
  crosscheck ingest --db postgres://localhost/crosscheck https://example.org/feed.xml
  crosscheck ingest --db postgres://localhost/crosscheck --nats nats://127.0.0.1:4222 --wait reports/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd.Context(), e, f, args)
		},
	}
	fl := c.Flags()
	addDBFlag(fl, &f.db)
	fl.BoolVar(&f.allowPrivate, "allow-private-addresses", false, "allow URLs on private, loopback and link-local addresses")
	fl.IntVar(&f.batch, "batch", pipeline.DefaultBatch, "articles stored per transaction")
	addNATSFlags(fl, &f.nats, "queue the articles on this NATS JetStream server for the workers instead of storing them")
	fl.BoolVar(&f.wait, "wait", false, "with --nats: wait until the workers have stored every article")
	fl.DurationVar(&f.waitTimeout, "wait-timeout", 0, "with --wait: give up waiting after this long (0: no limit)")
	return c
}

func runIngest(ctx context.Context, e *env, f ingestFlags, inputs []string) error {
	if f.batch <= 0 {
		return usagef("--batch must be positive")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	f.nats.resolve()
	if f.nats.url != "" {
		return runIngestQueued(ctx, e, f, inputs)
	}
	if f.wait {
		return usagef("--wait needs --nats: without a queue, ingest stores everything before it returns")
	}
	st, err := openStore(ctx, f.db)
	if err != nil {
		return err
	}
	defer st.Close()
	log, prog, done := progress(e, "articles")
	defer done()
	arts, errs := ingest.Read(ctx, inputs, ingest.Options{AllowPrivate: f.allowPrivate, Stdin: e.stdin})
	partial := reportInputs(e, errs)
	if len(arts) == 0 {
		return fmt.Errorf("no article could be read from the %d input(s) given", len(inputs))
	}
	p, err := st.Pipeline(ctx, pipeline.Options{Logger: log, Progress: prog, Batch: f.batch})
	if err != nil {
		return err
	}
	res, err := p.Ingest(ctx, arts)
	done()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d article(s) added, %d already stored, %d stor%s updated\n",
		len(res.Added), len(res.Skipped), len(res.Stories), plural(len(res.Stories), "y", "ies"))
	return partial
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
