package cli

import (
	"context"
	"fmt"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/watch"
)

type watchFlags struct {
	db           string
	every        time.Duration
	minInterval  time.Duration
	allowPrivate bool
	once         bool
}

func newWatchCmd(e *env) *cobra.Command {
	var f watchFlags
	c := &cobra.Command{
		Use:   "watch [flags] [FEED_URL...]",
		Short: "Poll feeds and ingest their new items until stopped",
		Long: `watch polls RSS, Atom and JSON feeds and ingests their new items: each new
item's page is fetched and its main text extracted, then the article is
stored with its story and the story's brief is rebuilt.

With no FEED_URL it polls the feeds kept in the store (crosscheck feeds add).
Feeds given on the command line are kept in the store too, so their polling
state lasts between runs.

It polls politely: a conditional GET (ETag, Last-Modified), never more often
than --min-interval, and longer and longer waits after errors. A broken feed
is reported and retried later; it never stops the others. SIGINT or SIGTERM
stops it cleanly: what it was storing is stored whole or not at all.`,
		Example: `  crosscheck watch --every 10m https://example.org/rss.xml
  crosscheck feeds add https://example.org/rss.xml && crosscheck watch`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runWatch(cmd.Context(), e, f, args)
		},
	}
	fl := c.Flags()
	addDBFlag(fl, &f.db)
	fl.DurationVar(&f.every, "every", watch.DefaultEvery, "poll each feed this often")
	fl.DurationVar(&f.minInterval, "min-interval", watch.DefaultMinInterval, "never poll a feed more often than this")
	fl.BoolVar(&f.allowPrivate, "allow-private-addresses", false, "allow feeds and pages on private, loopback and link-local addresses")
	fl.BoolVar(&f.once, "once", false, "poll every due feed once, then exit")
	return c
}

func runWatch(ctx context.Context, e *env, f watchFlags, urls []string) error {
	for _, u := range urls {
		if err := checkFeedURL(u); err != nil {
			return err
		}
	}
	if f.minInterval <= 0 {
		return usagef("--min-interval must be positive")
	}
	if f.every < f.minInterval {
		return usagef("--every %v is shorter than the minimum interval %v", f.every, f.minInterval)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, f.db)
	if err != nil {
		return err
	}
	defer st.Close()
	log, _, _ := progress(&env{stderr: e.stderr}, "")
	p, err := st.Pipeline(ctx, pipeline.Options{Logger: log})
	if err != nil {
		return err
	}
	w := watch.New(st, p, watch.Options{
		Every: f.every, MinInterval: f.minInterval, Logger: log,
		Read: ingest.Options{AllowPrivate: f.allowPrivate},
	})
	if len(urls) == 0 {
		fs, err := st.Feeds(ctx)
		if err != nil {
			return err
		}
		if len(fs) == 0 {
			return usagef("no feed to watch: give FEED_URL, or keep some with crosscheck feeds add")
		}
	}
	if f.once {
		for _, u := range urls {
			if err := st.AddFeed(ctx, u); err != nil {
				return err
			}
		}
		_, err := w.Round(ctx, urls)
		return err
	}
	fmt.Fprintln(e.stderr, "crosscheck: watching; stop with Ctrl-C")
	return w.Run(ctx, urls)
}
