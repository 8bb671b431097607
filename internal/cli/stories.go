package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/store"
)

type storiesFlags struct {
	db     string
	since  string
	format string
	search string
	sort   string
	limit  int
	failed bool
	nats   natsFlags
}

func newStoriesCmd(e *env) *cobra.Command {
	var f storiesFlags
	c := &cobra.Command{
		Use:   "stories [flags]",
		Short: "List the stories in the store",
		Long: `stories lists the stories in the store, last updated first: each story's
title, its number of sources and of independent sources (copies of one text
count once), the time span of its articles and when it was last updated.`,
		Example: `  crosscheck stories
  crosscheck stories --since 24h --format json
  crosscheck stories --search "earthquake" --sort independent
  crosscheck stories --failed --nats nats://127.0.0.1:4222`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStories(cmd.Context(), e, f)
		},
	}
	fl := c.Flags()
	addDBFlag(fl, &f.db)
	fl.StringVar(&f.since, "since", "", "only stories updated since: a duration (24h, 90m) or a date or time (2023-09-13, RFC 3339)")
	fl.StringVarP(&f.format, "format", "f", "md", "output format: md or json")
	fl.StringVar(&f.search, "search", "", "only stories whose titles contain all these words")
	fl.StringVar(&f.sort, "sort", store.SortLatest, "order: latest (last updated first) or independent (most independent sources first)")
	fl.IntVar(&f.limit, "limit", 0, "at most this many stories (0: all)")
	fl.BoolVar(&f.failed, "failed", false, "list instead the articles the workers gave up on, with their errors (needs --nats)")
	addNATSFlags(fl, &f.nats, "with --failed: the NATS JetStream server the workers use")
	return c
}

// parseSince reads --since: a duration back from now, or a date or time.
func parseSince(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	if strings.HasSuffix(s, "d") {
		var n int
		if _, err := fmt.Sscanf(s, "%dd", &n); err == nil && n >= 0 {
			return now.AddDate(0, 0, -n), nil
		}
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, nil
		}
	}
	return time.Time{}, usagef("--since %q is neither a duration (24h, 7d) nor a date (2023-09-13) or time (RFC 3339)", s)
}

func runStories(ctx context.Context, e *env, f storiesFlags) error {
	if f.format != "md" && f.format != "json" {
		return usagef("--format must be md or json, not %q", f.format)
	}
	if f.sort != store.SortLatest && f.sort != store.SortIndependent {
		return usagef("--sort must be %s or %s, not %q", store.SortLatest, store.SortIndependent, f.sort)
	}
	since, err := parseSince(f.since, time.Now())
	if err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if f.failed {
		return runFailed(ctx, e, f)
	}
	st, err := openStore(ctx, f.db)
	if err != nil {
		return err
	}
	defer st.Close()
	ss, err := st.Stories(ctx, store.StoryQuery{Search: f.search, Since: since, Sort: f.sort, Limit: f.limit})
	if err != nil {
		return err
	}
	if f.format == "json" {
		return writeStoriesJSON(e.stdout, ss)
	}
	return writeStoriesMarkdown(e.stdout, ss)
}

// writeStoriesJSON writes {"stories":[...]}, the contract of PRODUCT.md.
func writeStoriesJSON(w io.Writer, ss []store.StoryInfo) error {
	if ss == nil {
		ss = []store.StoryInfo{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Stories []store.StoryInfo `json:"stories"`
	}{ss})
}

func writeStoriesMarkdown(w io.Writer, ss []store.StoryInfo) error {
	if len(ss) == 0 {
		_, err := fmt.Fprintln(w, "No stories in the store yet: add some with crosscheck ingest or crosscheck watch.")
		return err
	}
	fmt.Fprintf(w, "# Stories (%d)\n\n", len(ss))
	fmt.Fprintln(w, "| story | title | sources | independent | span | updated |")
	fmt.Fprintln(w, "| --- | --- | ---: | ---: | --- | --- |")
	for _, s := range ss {
		title := s.Title
		if title == "" {
			title = "(untitled)"
		}
		_, err := fmt.Fprintf(w, "| %s | %s | %d | %d | %s | %s |\n", s.ID, mdCell(title), s.Sources, s.Independent,
			span(s.First, s.Last), s.Updated.Local().Format("2006-01-02 15:04"))
		if err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, "\nShow one with: crosscheck show STORY")
	return err
}

func span(first, last *time.Time) string {
	if first == nil {
		return "unknown"
	}
	a := first.UTC().Format("2006-01-02")
	b := last.UTC().Format("2006-01-02")
	if a == b {
		return a
	}
	return a + " to " + b
}

func mdCell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}
