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
	var allowPrivate, explain bool
	c := &cobra.Command{
		Use:   "cluster [flags] INPUT...",
		Short: "Group the reports given into stories, and mark copies of one text",
		Long: `cluster reads the reports given, feeds them in order of publication to the
online story clusterer, and lists the stories found: each with its articles,
and for an article that copies another (wire copy), the article it copies.

Inputs are read as by 'crosscheck brief'. A .jsonl stream is read one line
at a time and each article is dropped once placed, so a stream of any length
runs in bounded memory; beyond 4,096 articles, "in order of publication"
holds within each stretch of 4,096.

With --explain, every article that joined a story says why: its similarity
to the story and the threshold it had to reach (set by the time between them
and by how much it resembles the other stories of its beat), the share of its
weight the story owns, and the names, places, numbers and words it shares
with the story, each with its share of the similarity. Every article that
began a story says why: the story it came nearest to (nearest), why it was
refused (refused: similarity below the threshold, ownership below the
minimum, far apart in time with the evidence resting on one name, a city's
name shared weeks apart, filed from another place, or on another street:
the lead places it on a block of a street the story neither holds nor
names), and the figure that
kept it out beside the bar it missed (had, needed); or that no story shared
one of its heaviest terms. For English articles it also names identifying
details of one kind on which the article's lead and the story's leads
disagree (conflict: another person, town, street, model or magnitude); this
is shown to the reader and does not decide the join.`,
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
			out, n, errs := streamStories(ctx, args, ingest.Options{AllowPrivate: allowPrivate, Stdin: e.stdin}, reorderWindow, cluster.Options{Explain: explain})
			partial := reportInputs(e, errs)
			if err := ctx.Err(); err != nil {
				return err
			}
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
	fl.BoolVar(&explain, "explain", false, "say why each article joined its story (shared names, places, numbers and words, with their weights)")
	fl.BoolVar(&allowPrivate, "allow-private-addresses", false, "allow URLs on private, loopback and link-local addresses")
	return c
}

// storiesJSON is the JSON of `crosscheck cluster` (PRODUCT.md).
type storiesJSON struct {
	Stories []news.Story `json:"stories"`
	// Explain lists, with --explain, why each article joined its story.
	Explain []joinJSON `json:"explain,omitempty"`
}

// joinJSON is why one article joined its story (cluster --explain).
type joinJSON struct {
	Article string `json:"article"`
	Story   string `json:"story"`
	*cluster.Why
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
	why := map[string]*cluster.Why{}
	for _, j := range s.Explain {
		why[j.Story+"\x00"+j.Article] = j.Why
	}
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
			if w := why[st.ID+"\x00"+a.ID]; w != nil {
				writeWhy(&b, w)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeWhy writes why an article joined its story, or for one that began
// a story why the nearest story was refused, under its line.
func writeWhy(b *strings.Builder, w *cluster.Why) {
	switch {
	case w.Nearest == "" && w.Refused != "":
		fmt.Fprintf(b, "  - began the story: %s\n", w.Refused)
		return
	case w.Nearest != "":
		fmt.Fprintf(b, "  - began the story: nearest story %s refused (%s): similarity %.3f, threshold %.3f", w.Nearest, w.Refused, w.Score, w.Threshold)
		if w.Needed > 0 && w.Refused != cluster.RefusedScore {
			fmt.Fprintf(b, "; it had %.3f where %.3f was needed", w.Had, w.Needed)
		}
	default:
		fmt.Fprintf(b, "  - joined: similarity %.3f >= threshold %.3f", w.Score, w.Threshold)
	}
	if w.GapDays >= 0 {
		fmt.Fprintf(b, ", %.1f days from the story", w.GapDays)
	}
	if w.BeforeBurst {
		b.WriteString(", dated days before a burst of its reports")
	}
	if w.OtherYears {
		b.WriteString(", its lead names other years than the story's")
	}
	fmt.Fprintf(b, ", background %.3f, %d names shared, ownership %.3f, owned without the heaviest name %.3f\n", w.Background, w.Names, w.Ownership, w.OwnedRest)
	if len(w.Shared) > 0 {
		parts := make([]string, len(w.Shared))
		for i, e := range w.Shared {
			parts[i] = fmt.Sprintf("%s %q %.3f", e.Kind, e.Term, e.Weight)
		}
		fmt.Fprintf(b, "  - shared: %s\n", strings.Join(parts, ", "))
	}
	if w.Conflict != "" {
		fmt.Fprintf(b, "  - details that disagree (shown, not used to decide): %s\n", w.Conflict)
	}
	if w.Victims != "" {
		fmt.Fprintf(b, "  - victims counted otherwise (%s): %s\n", victimsUse(w), w.Victims)
	}
	if len(w.KeptApart) > 0 {
		fmt.Fprintf(b, "  - kept apart from (refused it on evidence against the join; never merged with its story): %s\n", strings.Join(w.KeptApart, ", "))
	}
}

// victimsUse says what the victims' clash did to a placement: it refused
// the nearest story, or it did not decide (the join shares more than one
// piece of evidence, or the times lie apart: cluster.Why.Victims).
func victimsUse(w *cluster.Why) string {
	if w.Refused == cluster.RefusedVictims {
		return "the join refused for it"
	}
	return "shown, not deciding here"
}
