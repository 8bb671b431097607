package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

func newClusterCmd(e *env) *cobra.Command {
	var format, output string
	var allowPrivate bool
	c := &cobra.Command{
		Use:   "cluster [flags] INPUT...",
		Short: "Group the reports given into stories, and mark copies of one text",
		Long: `cluster reads the reports given, feeds them in order of publication to the
online story clusterer, and lists the stories found: each with its articles,
and for an article that copies another (wire copy), the article it copies.

Inputs are read as by 'crosscheck brief'. A .jsonl stream is read one line
at a time and each article is dropped once placed, so a stream of any length
runs in bounded memory; beyond 4,096 articles, "in order of publication"
holds within each stretch of 4,096.`,
		Example: `  crosscheck cluster reports/
  crosscheck cluster --format json feed.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "md" && format != "json" {
				return usagef("--format must be md or json, not %q", format)
			}
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			out, n, errs := streamStories(ctx, args, ingest.Options{AllowPrivate: allowPrivate, Stdin: e.stdin}, reorderWindow)
			partial := reportInputs(e, errs)
			if n == 0 {
				return fmt.Errorf("no article could be read from the %d input(s) given", len(args))
			}
			if err := writeOutput(e, output, func(w io.Writer) error {
				if format == "json" {
					enc := json.NewEncoder(w)
					enc.SetIndent("", "  ")
					enc.SetEscapeHTML(false)
					return enc.Encode(out)
				}
				return writeStoriesMD(w, out)
			}); err != nil {
				return err
			}
			return partial
		},
	}
	fl := c.Flags()
	fl.StringVarP(&format, "format", "f", "md", "output format: md or json")
	fl.StringVarP(&output, "output", "o", "", "write to this file instead of stdout")
	fl.BoolVar(&allowPrivate, "allow-private-addresses", false, "allow URLs on private, loopback and link-local addresses")
	return c
}

// storiesJSON is the JSON of `crosscheck cluster` (PRODUCT.md).
type storiesJSON struct {
	Stories []news.Story `json:"stories"`
}

func storiesOf(docs []*text.Doc, stories []cluster.Story) storiesJSON {
	out := storiesJSON{Stories: []news.Story{}}
	for _, s := range stories {
		sj := news.Story{ID: s.ID, Title: s.Title}
		for k, i := range s.Docs {
			a := docs[i].Article
			aj := news.StoryArticle{ID: cluster.ArticleID(a, i), File: a.File, URL: a.URL, Outlet: a.Outlet}
			if !a.Published.IsZero() {
				p := a.Published.Format(time.RFC3339)
				aj.Published = &p
			}
			if c := s.CopyOf[k]; c >= 0 {
				id := cluster.ArticleID(docs[c].Article, c)
				aj.CopyOf = &id
			}
			sj.Articles = append(sj.Articles, aj)
		}
		out.Stories = append(out.Stories, sj)
	}
	return out
}

func writeStoriesMD(w io.Writer, s storiesJSON) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %d stories\n", len(s.Stories))
	for _, st := range s.Stories {
		title := st.Title
		if title == "" {
			title = "(untitled)"
		}
		fmt.Fprintf(&b, "\n## %s\n\n`%s`, %d article(s)\n\n", title, st.ID, len(st.Articles))
		for _, a := range st.Articles {
			fmt.Fprintf(&b, "- %s", a.ID)
			if a.Outlet != "" {
				fmt.Fprintf(&b, " (%s)", a.Outlet)
			}
			if a.Published != nil {
				fmt.Fprintf(&b, ", %s", *a.Published)
			}
			if a.CopyOf != nil {
				fmt.Fprintf(&b, ", copy of %s", *a.CopyOf)
			}
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
