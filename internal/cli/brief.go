package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/render"
	"github.com/crosscheck/crosscheck/internal/text"
)

type briefFlags struct {
	format       string
	output       string
	summaryWords int
	summaryBytes int
	includeText  bool
	stories      string
	allowPrivate bool
}

func newBriefCmd(e *env) *cobra.Command {
	var f briefFlags
	c := &cobra.Command{
		Use:   "brief [flags] INPUT...",
		Short: "Write one brief of the reports given (files, folders, URLs, - for stdin)",
		Long: `brief reads the reports given and writes one brief of the event they report.

Inputs are files (.txt, .html, .jsonl, RSS/Atom/JSON feeds, or text of any
extension), folders (read recursively), http(s) URLs, or - for one article on
stdin. A file NAME.json beside NAME.txt or NAME.html gives its metadata.

All inputs are one story unless --stories says otherwise.`,
		Example: `  crosscheck brief examples/iran-sailors-2007
  crosscheck brief --format json -o brief.json reports/
  crosscheck brief --format html --summary-words 150 a.txt b.html https://example.org/news`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.summaryBytes > 0 && !cmd.Flags().Changed("summary-words") {
				f.summaryWords = 0
			}
			return runBrief(cmd.Context(), e, f, args)
		},
	}
	fl := c.Flags()
	fl.StringVarP(&f.format, "format", "f", "md", "output format: md, json or html")
	fl.StringVarP(&f.output, "output", "o", "", "write to this file instead of stdout")
	fl.IntVar(&f.summaryWords, "summary-words", 100, "summary length budget in words")
	fl.IntVar(&f.summaryBytes, "summary-bytes", 0, "summary length budget in bytes (instead of words)")
	fl.BoolVar(&f.includeText, "include-text", false, "include each source's text in the JSON, for the evidence offsets")
	fl.StringVar(&f.stories, "stories", "one", "one: all inputs are one story; all: one brief per story found; largest: the largest story only")
	fl.StringVar(&f.stories, "story", "one", "same as --stories")
	_ = fl.MarkHidden("story")
	fl.BoolVar(&f.allowPrivate, "allow-private-addresses", false, "allow URLs on private, loopback and link-local addresses")
	return c
}

func runBrief(ctx context.Context, e *env, f briefFlags, inputs []string) error {
	if f.format != "md" && f.format != "json" && f.format != "html" {
		return usagef("--format must be md, json or html, not %q", f.format)
	}
	if f.stories != "one" && f.stories != "all" && f.stories != "largest" {
		return usagef("--stories must be one, all or largest, not %q", f.stories)
	}
	if f.summaryWords < 0 || f.summaryBytes < 0 {
		return usagef("--summary-words and --summary-bytes must not be negative")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	arts, errs := ingest.Read(ctx, inputs, ingest.Options{AllowPrivate: f.allowPrivate, Stdin: e.stdin})
	partial := reportInputs(e, errs)
	if len(arts) == 0 {
		return fmt.Errorf("no article could be read from the %d input(s) given", len(inputs))
	}
	// The HTML file holds the sources' texts, so that citation marks can
	// open the sentences they cite.
	opt := brief.Options{SummaryWords: f.summaryWords, SummaryBytes: f.summaryBytes, IncludeText: f.includeText || f.format == "html"}
	briefs := briefStories(e, arts, f.stories, opt)
	if err := writeOutput(e, f.output, func(w io.Writer) error { return writeBriefs(w, f.format, briefs, f.stories == "all") }); err != nil {
		return err
	}
	return partial
}

// briefStories makes the briefs that --stories asks for. The inputs are
// clustered in every mode: with "one", the user said they are one story, so
// they are briefed as one, but when they clearly span several stories stderr
// says so.
func briefStories(e *env, arts []*news.Article, mode string, opt brief.Options) []*news.Brief {
	docs, ids := brief.Analyze(arts)
	stories := cluster.Batch(docs, cluster.Options{})
	if mode == "one" || len(stories) <= 1 {
		if mode == "one" && spansSeveral(stories, len(docs)) {
			fmt.Fprintf(e.stderr, "crosscheck: the %d inputs look like %d stories (%s); briefing them as one. Use --stories all or --stories largest to split them.\n",
				len(docs), len(stories), storySizes(stories))
		}
		return []*news.Brief{brief.FromCorpus(text.NewCorpus(docs, ids), opt)}
	}
	if mode == "largest" {
		stories = stories[:1] // Batch puts the largest first
	} else {
		fmt.Fprintf(e.stderr, "crosscheck: %d stories found in the %d inputs (%s): one brief each.\n", len(stories), len(docs), storySizes(stories))
	}
	// The stories share no document: their briefs are built on all cores,
	// each into its own slot, in the order of the stories.
	out := make([]*news.Brief, len(stories))
	brief.Parallel(len(stories), briefWorkers, func(s int) {
		st := stories[s]
		sdocs := make([]*text.Doc, len(st.Docs))
		sids := make([]string, len(st.Docs))
		for k, i := range st.Docs {
			sdocs[k], sids[k] = docs[i], ids[i]
		}
		out[s] = brief.FromCorpus(text.NewCorpus(sdocs, sids), opt)
	})
	return out
}

// briefWorkers is how many stories' briefs are built at once (0: GOMAXPROCS);
// a test sets it to 1 to check that the output does not depend on it.
var briefWorkers = 0

// spansSeveral reports whether the stories found are clearly more than one:
// at least two stories of two or more reports each, or a largest story that
// holds under two thirds of the reports. A lone off-topic report is worth
// no warning.
func spansSeveral(stories []cluster.Story, n int) bool {
	if len(stories) < 2 {
		return false
	}
	multi := 0
	for _, s := range stories {
		if len(s.Docs) >= 2 {
			multi++
		}
	}
	return multi >= 2 || len(stories[0].Docs)*3 < n*2
}

func storySizes(stories []cluster.Story) string {
	parts := make([]string, 0, len(stories))
	for i, s := range stories {
		if i == 5 {
			parts = append(parts, "...")
			break
		}
		noun := "reports"
		if len(s.Docs) == 1 {
			noun = "report"
		}
		parts = append(parts, fmt.Sprintf("%d %s: %q", len(s.Docs), noun, s.Title))
	}
	return strings.Join(parts, "; ")
}

func writeBriefs(w io.Writer, format string, bs []*news.Brief, many bool) error {
	if !many {
		return writeBrief(w, format, bs[0])
	}
	switch format {
	case "json":
		return render.JSONBriefs(w, bs)
	case "html":
		return render.HTMLBriefs(w, bs)
	default:
		return render.MarkdownBriefs(w, bs)
	}
}

func writeBrief(w io.Writer, format string, b *news.Brief) error {
	switch format {
	case "json":
		return render.JSON(w, b)
	case "html":
		return render.HTML(w, b)
	default:
		return render.Markdown(w, b)
	}
}

// writeOutput writes to the named file, or to stdout when the name is empty
// or "-". A file is written whole or not at all: to a temporary file first,
// then renamed into place.
func writeOutput(e *env, name string, write func(io.Writer) error) error {
	if name == "" || name == "-" {
		return write(e.stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".crosscheck-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	// CreateTemp makes the file private (0600); the output is an ordinary
	// file, readable as any file the user writes would be.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}
