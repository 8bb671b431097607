package cli

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/queue"
	"github.com/crosscheck/crosscheck/internal/queue/nats"
)

type workerFlags struct {
	db          string
	nats        natsFlags
	fetch       int
	maxAttempts int
	ackWait     time.Duration
	nice        int
	cpus        int
	roundPause  float64
	cpusFromEnv bool // GOMAXPROCS set and --cpus not given: the runtime took it
}

// DefaultWorkerCPUs is how many cores a worker runs Go code on unless
// told (--cpus, or the GOMAXPROCS environment variable): 0, every core, as
// the Go runtime does. A brief's stages and its reports' annotation fan
// out over the cores; --cpus 1 keeps a worker to one (workers then scale
// out by their number, one a core). Beside serve --nats on the shared
// 2-core test machine, --cpus 1 did not lower the readers' p99 (the
// workers took 0.1 to 0.45 cores while the readers ran; BENCHMARKS.md),
// so it is a deployment choice, not the default.
const DefaultWorkerCPUs = 0

// DefaultWorkerNice is the niceness a worker gives itself unless told:
// none. --nice N (1 to 19) makes a worker beside a web server (serve
// --nats on the same machine) yield the CPU to the server's readers under
// contention; measured on the shared 2-core test machine it changed the
// readers' latency by less than the noise (BENCHMARKS.md), so it is a
// deployment choice, not the default.
const DefaultWorkerNice = 0

func newWorkerCmd(e *env) *cobra.Command {
	var f workerFlags
	c := &cobra.Command{
		Use:   "worker --db postgres://... --nats nats://...",
		Short: "Store the articles queued on NATS JetStream, with any number of other workers",
		Long: `worker takes the articles that ingest --nats and serve --nats queue on NATS
JetStream, analyses them, assigns their stories, stores them in PostgreSQL and
rebuilds the briefs of the stories they touched. Any number of workers, on
any number of machines, can share one queue and one database: story
assignment is serialised through the database, so two reports of one event
never start two stories, and an article is never stored twice.

A worker killed at any moment loses nothing: what it had not stored is
delivered to another worker after the ack wait. While NATS or PostgreSQL is
away, workers wait and retry. A job that fails --max-attempts times goes to
the dead letters with its error (crosscheck stories --failed lists them).
SIGINT or SIGTERM stops a worker cleanly.`,
		Example: `  crosscheck worker --db postgres://localhost/crosscheck --nats nats://127.0.0.1:4222
  CROSSCHECK_DB=postgres://localhost/crosscheck CROSSCHECK_NATS=nats://127.0.0.1:4222 crosscheck worker`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed("cpus") && os.Getenv("GOMAXPROCS") != "" {
				f.cpusFromEnv = true
			}
			return runWorker(cmd.Context(), e, f)
		},
	}
	fl := c.Flags()
	addDBFlag(fl, &f.db)
	addNATSFlags(fl, &f.nats, "the NATS JetStream server that queues the work")
	fl.IntVar(&f.fetch, "fetch", pipeline.DefaultFetch, "jobs taken from the queue and stored together")
	fl.IntVar(&f.maxAttempts, "max-attempts", pipeline.DefaultMaxAttempts, "tries of a failing job before it goes to the dead letters")
	fl.DurationVar(&f.ackWait, "ack-wait", queue.DefaultAckWait, "time after which a job a worker took without finishing goes to another")
	fl.IntVar(&f.cpus, "cpus", DefaultWorkerCPUs, "cores the worker runs on at once (0: all; env GOMAXPROCS when the flag is not given); 1 with one worker a core leaves the other cores to a server beside it")
	fl.Float64Var(&f.roundPause, "round-pause", pipeline.DefaultRoundPause, "while jobs wait, after a round of brief rebuilds that took d, wait this many times d before the next (0: none): rounds then take at most 1/(1+N) of a backlog's time however big its stories grow; with the queue empty a round starts at once")
	fl.IntVar(&f.nice, "nice", DefaultWorkerNice, "scheduling niceness of the worker (0 to 19; 0 leaves it as started): a nice worker yields the CPU to a server beside it")
	return c
}

func runWorker(ctx context.Context, e *env, f workerFlags) error {
	f.nats.resolve()
	if f.nats.url == "" {
		return usagef("worker needs --nats (or CROSSCHECK_NATS): the NATS JetStream server that queues the work")
	}
	if f.fetch <= 0 || f.maxAttempts <= 0 {
		return usagef("--fetch and --max-attempts must be positive")
	}
	if f.ackWait < 3*time.Second {
		return usagef("--ack-wait must be at least 3s")
	}
	if f.nice < 0 || f.nice > 19 {
		return usagef("--nice must be 0 to 19")
	}
	if f.cpus < 0 {
		return usagef("--cpus must be 0 (all cores) or more")
	}
	if f.roundPause < 0 {
		return usagef("--round-pause must be 0 or more")
	}
	loc, err := dbLocation(f.db)
	if err != nil {
		return err
	}
	if !pipeline.IsPostgres(loc) {
		return usagef("worker needs --db postgres://... (or CROSSCHECK_DB): workers share one PostgreSQL store, not a SQLite file")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	lvl := LogLevel()
	if os.Getenv("CROSSCHECK_LOG") == "" {
		lvl = slog.LevelInfo // a service: its log is how it is watched
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: lvl}))
	if f.nice > 0 {
		if err := lowerPriority(f.nice); err != nil {
			log.Warn("cannot lower the worker's scheduling priority", "nice", f.nice, "err", err)
		}
	}

	switch {
	case f.cpusFromEnv:
	case f.cpus == 0:
		runtime.SetDefaultGOMAXPROCS() // every core the process may use
	default:
		runtime.GOMAXPROCS(f.cpus)
	}

	// A worker started while PostgreSQL or NATS is away waits for it.
	var st *pipeline.DB
	if err := retry(ctx, log, "PostgreSQL", func() (err error) { st, err = pipeline.Open(ctx, loc); return err }); err != nil {
		return stopped(ctx, err)
	}
	defer st.Close()
	var q *nats.Queue
	lim := queue.Limits{AckWait: f.ackWait}
	if err := retry(ctx, log, "NATS", func() (err error) { q, err = openQueue(ctx, f.nats, lim); return err }); err != nil {
		return stopped(ctx, err)
	}
	defer q.Close()
	opt := pipeline.WorkerOptions{
		Options:     pipeline.Options{Logger: log},
		Fetch:       f.fetch,
		MaxAttempts: f.maxAttempts,
		KeepAlive:   f.ackWait / 3,
		RoundPause:  f.roundPause,
	}
	if f.roundPause == 0 {
		opt.RoundPause = -1 // none (0 is the option's default)
	}
	var w *pipeline.Worker
	if err := retry(ctx, log, "PostgreSQL", func() (err error) { w, err = st.Worker(ctx, q, opt); return err }); err != nil {
		return stopped(ctx, err)
	}
	log.Info("worker started", "nats", f.nats.url, "fetch", f.fetch, "ack_wait", f.ackWait, "nice", f.nice, "cpus", runtime.GOMAXPROCS(0), "round_pause", f.roundPause)
	return w.Run(ctx)
}

// stopped is nil when a worker was told to stop while waiting, else err.
func stopped(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// retry calls open until it succeeds, waiting longer each time (up to 30
// s), or until ctx ends, which it returns.
func retry(ctx context.Context, log *slog.Logger, what string, open func() error) error {
	wait := time.Second
	for {
		err := open()
		if err == nil {
			return nil
		}
		if _, ok := err.(usageError); ok {
			return err
		}
		log.Warn(fmt.Sprintf("waiting for %s", what), "err", err, "in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		wait = min(2*wait, 30*time.Second)
	}
}
