package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/store"
)

type showFlags struct {
	db          string
	format      string
	output      string
	includeText bool
}

func newShowCmd(e *env) *cobra.Command {
	var f showFlags
	c := &cobra.Command{
		Use:   "show [flags] STORY",
		Short: "Print the stored brief of one story",
		Long: `show prints the brief of a stored story, the same brief that brief makes
of the story's articles. Story ids are those crosscheck stories lists.`,
		Example: `  crosscheck show st-0123456789ab
  crosscheck show --format html -o story.html st-0123456789ab`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runShow(cmd.Context(), e, f, args[0])
		},
	}
	fl := c.Flags()
	addDBFlag(fl, &f.db)
	fl.StringVarP(&f.format, "format", "f", "md", "output format: md, json or html")
	fl.StringVarP(&f.output, "output", "o", "", "write to this file instead of stdout")
	fl.BoolVar(&f.includeText, "include-text", false, "include each source's text in the JSON, for the evidence offsets")
	return c
}

func runShow(ctx context.Context, e *env, f showFlags, id string) error {
	if f.format != "md" && f.format != "json" && f.format != "html" {
		return usagef("--format must be md, json or html, not %q", f.format)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	st, err := openStore(ctx, f.db)
	if err != nil {
		return err
	}
	defer st.Close()
	notFound := func(err error) error {
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("no story %q in the store (crosscheck stories lists them)", id)
		}
		return err
	}
	if f.format == "json" && !f.includeText {
		// The store keeps the brief as the JSON render.JSON writes, only
		// compact: indenting it costs a fraction of decoding a big brief
		// and encoding it again.
		raw, stale, err := st.BriefJSON(ctx, id)
		if err != nil {
			return notFound(err)
		}
		if raw != nil && !stale {
			return writeOutput(e, f.output, func(w io.Writer) error { return writeIndented(w, raw) })
		}
	}
	b, err := storedBrief(ctx, st, id, f.includeText || f.format == "html")
	if err != nil {
		return notFound(err)
	}
	return writeOutput(e, f.output, func(w io.Writer) error { return writeBrief(w, f.format, b) })
}

// writeIndented writes compact JSON indented as render.JSON indents it.
func writeIndented(w io.Writer, raw []byte) error {
	var buf bytes.Buffer
	buf.Grow(len(raw) * 2)
	if err := json.Indent(&buf, raw, "", "  "); err != nil {
		return fmt.Errorf("stored brief: %w", err)
	}
	buf.WriteByte('\n')
	_, err := w.Write(buf.Bytes())
	return err
}

// storedBrief returns a story's brief. A brief a crash left stale or
// missing is rebuilt first, so show never prints a brief that misses
// stored articles. The sources' texts, which the store keeps once with
// the articles rather than in every brief, are put back when asked for.
func storedBrief(ctx context.Context, st *pipeline.DB, id string, withText bool) (*news.Brief, error) {
	s, err := st.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	if s.Brief == nil || s.Stale {
		// Only this story's brief: loading the clusterer from the whole
		// store, as an ingest must, would cost more than the brief.
		if err := st.RebuildBriefs(ctx, pipeline.Options{}, id); err != nil {
			return nil, err
		}
		if s, err = st.Story(ctx, id); err != nil {
			return nil, err
		}
	}
	b := s.Brief
	if b == nil {
		return nil, fmt.Errorf("story %s has no brief", id)
	}
	if withText {
		arts, _, err := st.StoryArticles(ctx, id)
		if err != nil {
			return nil, err
		}
		text := make(map[string]string, len(arts))
		for _, a := range arts {
			text[a.ID] = a.Text
		}
		for i := range b.Sources {
			b.Sources[i].Text = text[b.Sources[i].ID]
		}
	}
	return b, nil
}
