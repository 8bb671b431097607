package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/eval/multiling"
	"github.com/crosscheck/crosscheck/internal/eval/rouge"
	"github.com/crosscheck/crosscheck/internal/summarize"
)

// newEvalRougeCmd scores crosscheck's summaries, and the published systems'
// summaries, on MultiLing 2011 English with crosscheck's ROUGE.
func newEvalRougeCmd(e *env) *cobra.Command {
	var (
		dir      string
		words    int
		truncate int
		show     bool
	)
	c := &cobra.Command{
		Use:   "rouge",
		Short: "ROUGE-1/ROUGE-2 recall of crosscheck's summaries and the published systems on MultiLing 2011 English",
		Long: `Summarise each English topic of MultiLing 2011 with crosscheck (--words per
summary) and score it, and every published system's summaries, against the
three human summaries with crosscheck's ROUGE (written from Lin 2004).

The default settings are the organisers' (ROUGE-1.5.5 -a -x -2 4 -u -c 95
-r 1000 -n 2 -f A -p 0.5 -t 0): no stemming, no stop-word removal, no
truncation, references averaged as in Lin (2004) eq. 1. "published" is the
organisers' score of the same summaries, "delta" ours minus theirs.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if words <= 0 {
				return usagef("--words must be positive")
			}
			dir := filepath.Join(dir, "multiling2011")
			if _, err := os.Stat(filepath.Join(dir, "SourceTexts")); err != nil {
				return fmt.Errorf("eval rouge: %s is not the MultiLing 2011 folder (no SourceTexts): %w", dir, err)
			}
			set, err := multiling.Load(dir)
			if err != nil {
				return fmt.Errorf("eval rouge: %w", err)
			}
			opt := rouge.Options{Words: truncate}
			sums := multiling.SummarizeAll(set, summarize.Budget{Words: words})
			w := e.stdout
			fmt.Fprintf(w, "MultiLing 2011 English, %d topics, %d model summaries each; crosscheck summaries of at most %d words\n", len(set.Topics), len(set.Topics[0].Models), words)
			trunc := "none"
			if truncate > 0 {
				trunc = fmt.Sprintf("first %d tokens (-l %d)", truncate, truncate)
			}
			fmt.Fprintf(w, "ROUGE: -n 2, references summed as Lin (2004) eq. 1 (-f A), no stemming, no stop-word removal, truncation %s\n\n", trunc)
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "system\tR-1\tpublished\tdelta\tR-2\tpublished\tdelta\t")
			for _, sc := range multiling.ScorePeers(set, opt) {
				if sc.HasPub && truncate == 0 {
					fmt.Fprintf(tw, "%s\t%.5f\t%.5f\t%+.5f\t%.5f\t%.5f\t%+.5f\t\n", sc.System, sc.R1, sc.Pub1, sc.R1-sc.Pub1, sc.R2, sc.Pub2, sc.R2-sc.Pub2)
				} else {
					fmt.Fprintf(tw, "%s\t%.5f\t-\t-\t%.5f\t-\t-\t\n", sc.System, sc.R1, sc.R2)
				}
			}
			r1, r2, per := multiling.ScoreSummaries(set, sums, opt)
			fmt.Fprintf(tw, "crosscheck\t%.5f\t-\t-\t%.5f\t-\t-\t\n", r1, r2)
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprint(w, "\ncrosscheck ROUGE-2 recall per topic:")
			for i, t := range set.Topics {
				fmt.Fprintf(w, " %s %.3f", t.ID, per[i])
			}
			fmt.Fprintln(w)
			leads := multiling.LeadsAll(set, words)
			fmt.Fprintln(w, "\nhalves (odd topics calibrate, even topics report): crosscheck [lead sentences, the naive reference]")
			for _, half := range []string{"calibration", "reporting"} {
				c1, c2, n := multiling.ScoreHalf(set, sums, opt, half)
				l1, l2, _ := multiling.ScoreHalf(set, leads, opt, half)
				fmt.Fprintf(w, "%-11s %d topics: ROUGE-1 %.5f [%.5f]  ROUGE-2 %.5f [%.5f]\n", half, n, c1, l1, c2, l2)
			}
			if show {
				for _, t := range set.Topics {
					fmt.Fprintf(w, "\n== %s (%d words)\n%s\n", t.ID, len(strings.Fields(sums[t.ID])), sums[t.ID])
				}
			}
			return nil
		},
	}
	addDataFlag(c, &dir)
	c.Flags().IntVar(&words, "words", 250, "crosscheck's summary budget in words")
	c.Flags().IntVar(&truncate, "truncate", 0, "score only the first N tokens of every summary (ROUGE -l N); 0 as the organisers did")
	c.Flags().BoolVar(&show, "show", false, "print crosscheck's summaries")
	return c
}
