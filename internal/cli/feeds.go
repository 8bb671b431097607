package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/store"
)

func newFeedsCmd(e *env) *cobra.Command {
	var db, format string
	c := &cobra.Command{
		Use:   "feeds",
		Short: "Keep the list of feeds that watch polls",
		Long: `feeds keeps the RSS, Atom and JSON feeds in the store that crosscheck watch
polls when it is given no feed on its command line.`,
		Example: `  crosscheck feeds add https://example.org/rss.xml
  crosscheck feeds list
  crosscheck feeds remove https://example.org/rss.xml`,
	}
	addDBFlag(c.PersistentFlags(), &db)
	add := &cobra.Command{
		Use:   "add FEED_URL...",
		Short: "Add feeds to watch",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, u := range args {
				if err := checkFeedURL(u); err != nil {
					return err
				}
			}
			return withStore(cmd.Context(), db, func(ctx context.Context, st *pipeline.DB) error {
				for _, u := range args {
					if err := st.AddFeed(ctx, u); err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "watching %s\n", u)
				}
				return nil
			})
		},
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List the feeds kept, with their polling state",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "md" && format != "json" {
				return usagef("--format must be md or json, not %q", format)
			}
			return withStore(cmd.Context(), db, func(ctx context.Context, st *pipeline.DB) error {
				fs, err := st.Feeds(ctx)
				if err != nil {
					return err
				}
				if format == "json" {
					enc := json.NewEncoder(e.stdout)
					enc.SetIndent("", "  ")
					return enc.Encode(struct {
						Feeds []store.Feed `json:"feeds"`
					}{fs})
				}
				if len(fs) == 0 {
					fmt.Fprintln(e.stdout, "No feeds kept: add one with crosscheck feeds add FEED_URL.")
					return nil
				}
				for _, f := range fs {
					state := "never polled"
					if !f.LastChecked.IsZero() {
						state = "polled " + f.LastChecked.Local().Format(time.DateTime)
					}
					if f.Failures > 0 {
						state += fmt.Sprintf(", %d failure(s) in a row: %s", f.Failures, f.LastError)
					}
					fmt.Fprintf(e.stdout, "%s\t%s\n", f.URL, state)
				}
				return nil
			})
		},
	}
	list.Flags().StringVarP(&format, "format", "f", "md", "output format: md or json")
	remove := &cobra.Command{
		Use:   "remove FEED_URL...",
		Short: "Stop watching feeds",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(cmd.Context(), db, func(ctx context.Context, st *pipeline.DB) error {
				for _, u := range args {
					if err := st.RemoveFeed(ctx, u); errors.Is(err, store.ErrNotFound) {
						return fmt.Errorf("%s: not a feed kept (crosscheck feeds list shows them)", u)
					} else if err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "no longer watching %s\n", u)
				}
				return nil
			})
		},
	}
	c.AddCommand(add, list, remove)
	return c
}

func checkFeedURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return usagef("%q is not an http(s) URL", s)
	}
	return nil
}

func withStore(ctx context.Context, db string, fn func(context.Context, *pipeline.DB) error) error {
	if ctx == nil {
		ctx = context.Background()
	}
	st, err := openStore(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(ctx, st)
}
