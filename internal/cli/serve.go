package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/api"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/queue"
	"github.com/crosscheck/crosscheck/internal/server"
	"github.com/crosscheck/crosscheck/internal/surface"
)

type serveFlags struct {
	addr      string
	db        string
	token     string
	readToken string
	timeout   time.Duration
	nats      natsFlags
}

func newServeCmd(e *env) *cobra.Command {
	var f serveFlags
	c := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080] [--db FILE]",
		Short: "Serve the stored stories as web pages and a JSON API",
		Long: `serve shows the stored stories and their briefs in a web page, and offers
everything as JSON under /api (described by /api/openapi.json).

Writes (POST /api/articles) need the write token, from --token or
CROSSCHECK_TOKEN, sent as "Authorization: Bearer TOKEN". A server started
without one refuses every write. Reads are open unless --read-token (or
CROSSCHECK_READ_TOKEN) is set; browsers give it as the password.

With --nats (or CROSSCHECK_NATS), POST /api/articles queues the new articles
for the workers (crosscheck worker) and answers 202 with their ids at once;
the pages and the API show them once a worker has stored them.`,
		Example: `  crosscheck serve
  CROSSCHECK_TOKEN=s3cret crosscheck serve --addr 127.0.0.1:9000 --db news.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed("token") {
				f.token = os.Getenv("CROSSCHECK_TOKEN")
			}
			if !cmd.Flags().Changed("read-token") {
				f.readToken = os.Getenv("CROSSCHECK_READ_TOKEN")
			}
			return runServe(cmd.Context(), e, f)
		},
	}
	fl := c.Flags()
	fl.StringVar(&f.addr, "addr", "127.0.0.1:8080", "address to listen on")
	addDBFlag(fl, &f.db)
	fl.StringVar(&f.token, "token", "", "token that writes need (env CROSSCHECK_TOKEN); none: no writes")
	fl.StringVar(&f.readToken, "read-token", "", "token that reads need (env CROSSCHECK_READ_TOKEN); none: reads are open")
	fl.DurationVar(&f.timeout, "timeout", server.DefaultTimeout, "time limit of one request")
	addNATSFlags(fl, &f.nats, "queue POSTed articles on this NATS JetStream server for the workers (answer 202) instead of storing them here")
	return c
}

func runServe(ctx context.Context, e *env, f serveFlags) error {
	if f.timeout <= 0 {
		return usagef("--timeout must be positive")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, f.db)
	if err != nil {
		return err
	}
	defer st.Close()
	cfg := server.Config{
		Store:   st,
		Parse:   ingest.ParseArticleJSON,
		Auth:    surface.Auth{WriteToken: f.token, ReadToken: f.readToken},
		Timeout: f.timeout,
	}
	f.nats.resolve()
	switch {
	case f.token != "" && f.nats.url != "":
		q, err := openQueue(ctx, f.nats, queue.Limits{})
		if err != nil {
			return err
		}
		defer q.Close()
		cfg.Ingest = queueIngest(st, q)
	case f.token != "":
		pl, err := st.Pipeline(ctx, pipeline.Options{})
		if err != nil {
			return err
		}
		cfg.Ingest = func(ctx context.Context, arts []*news.Article) (api.IngestResult, error) {
			r, err := pl.Ingest(ctx, arts)
			return api.IngestResult{Added: r.Added, Skipped: r.Skipped, Stories: r.Stories}, err
		}
	}
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := server.Server(f.addr, server.Handler(cfg), f.timeout)
	fmt.Fprintf(e.stderr, "crosscheck: serving on http://%s/\n", ln.Addr())
	if f.token == "" {
		fmt.Fprintln(e.stderr, "crosscheck: no --token: every write will be refused")
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve: %w", err)
		}
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(shut); err != nil {
			return fmt.Errorf("serve: shutting down: %w", err)
		}
	}
	return nil
}
