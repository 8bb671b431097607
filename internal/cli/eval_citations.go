package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/eval/citations"
)

// newEvalCitationsCmd scores the brief's citations against our labelled
// facts, and claim grouping on NAnCo.
func newEvalCitationsCmd(e *env) *cobra.Command {
	var data, labels string
	var words int
	var verbose bool
	c := &cobra.Command{
		Use:   "citations",
		Short: "Score the brief's citations (labelled facts) and claim grouping (NAnCo)",
		Long: `citations builds the brief of each labelled story (internal/eval/citations/
testdata/*.facts: facts of real stories from ECB+, GVA and the bundled example,
with the reports that carry each in full or in part) and, for every claim and
summary sentence that states a labelled fact, scores its citations: precision
(cited reports that carry the fact) and recall (reports carrying it in full
that are cited). Beside each figure: a naive reference that cites every report
with a sentence holding half the unit's content words, and, for the summary,
lead sentences within the same budget. It counts facts that two independent
reports carry but the brief lists as single-source. Then it groups the answers
of NAnCo (../shared/data/nanco) by claim alignment and scores the groups with
B-cubed against cluster_global, beside word-overlap grouping.

Figures are given for the calibration half (rules set there) and the
reporting half (no decision used it); see docs/claims.md.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			ls, err := citations.LoadLabels(labels)
			if err != nil {
				return err
			}
			rep, err := citations.Run(ls, &citations.Loader{Data: data, Repo: "."}, citations.Options{SummaryWords: words, Gates: verbose})
			if err != nil {
				return err
			}
			w := e.stdout
			fmt.Fprintf(w, "labelled stories (summary %d words); crosscheck [naive reference]\n", words)
			fmt.Fprintln(w, "story                              half   facts  claims P       R               summary P       R               cover [lead]   unique listed  single-source wrong")
			row := func(s citations.StoryResult) {
				fmt.Fprintf(w, "%-34s %-6.6s %5d  %.3f [%.3f] %.3f [%.3f]  %.3f [%.3f] %.3f [%.3f]  %.2f [%.2f]  %3d/%-3d  %d %v\n",
					s.Story, s.Half, s.Facts,
					s.Claims.Precision(), s.NaiveClaims.Precision(), s.Claims.Recall(), s.NaiveClaims.Recall(),
					s.Summary.Precision(), s.NaiveSummary.Precision(), s.Summary.Recall(), s.NaiveSummary.Recall(),
					s.Coverage, s.LeadCoverage, s.UniqueListed, s.Unique, len(s.SingleSource), s.SingleSource)
			}
			for _, s := range rep.Stories {
				row(*s)
			}
			for _, h := range []string{citations.Calibration, citations.Reporting, ""} {
				s := rep.Sum(h)
				if h == "" {
					s.Half = "all"
				}
				row(s)
			}
			for _, h := range []string{citations.Calibration, citations.Reporting} {
				s := rep.Sum(h)
				all := s.Claims
				all.Add(s.Summary)
				fmt.Fprintf(w, "%s: %d agreements state labelled facts, %d of them only facts an earlier agreement states\n", h, s.Agreements, s.Repeated)
				fmt.Fprintf(w, "%s: claims and summary together: precision %.3f (%d/%d cited; %d partial carriers cited as full), recall %.3f (%d/%d carriers; %.3f cited in full); partial support right %.3f (%d/%d; per unit, right when it carries one of the unit's facts: %.3f, %d/%d)\n",
					h, all.Precision(), all.Right, all.Cited, all.PartialAsFull, all.Recall(), all.Found, all.Carriers, all.RecallFull(), all.PartialPrecision(), all.PartialRight, all.Partial, all.UnitPartialPrecision(), all.UnitPartialRight, all.UnitPartial)
			}
			if verbose {
				for _, s := range rep.Stories {
					for _, m := range s.Misses {
						fmt.Fprintf(w, "  %s: %s\n", s.Story, m)
					}
				}
			}

			qs, err := citations.LoadNAnCo(filepath.Join(data, "nanco", "nanco_dataset.json"))
			if err != nil {
				return err
			}
			fmt.Fprintln(w, "\nNAnCo answer grouping, B-cubed F1: crosscheck claims [word overlap] [all apart]")
			sum := map[string][3]float64{}
			cnt := map[string]int{}
			for i, q := range qs {
				cc, nv, al := citations.GroupNAnCo(q)
				h := citations.NAnCoHalf(i)
				fmt.Fprintf(w, "q%d %-11s %3d answers  P %.3f R %.3f F1 %.3f  [%.3f] [%.3f]  %s\n", i+1, h, cc.Answers, cc.P, cc.R, cc.F1, nv.F1, al.F1, q.Question)
				t := sum[h]
				t[0] += cc.F1
				t[1] += nv.F1
				t[2] += al.F1
				sum[h] = t
				cnt[h]++
			}
			for _, h := range []string{citations.Calibration, citations.Reporting} {
				t, n := sum[h], float64(cnt[h])
				fmt.Fprintf(w, "%s: mean B-cubed F1 %.3f [word overlap %.3f] [all apart %.3f] over %d questions\n", h, t[0]/n, t[1]/n, t[2]/n, cnt[h])
			}
			return nil
		},
	}
	c.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data"), "the shared data folder (holding ecbplus/, gva-2013-2016/, multiling2011/, nanco/)")
	c.Flags().StringVar(&labels, "labels", filepath.Join("internal", "eval", "citations", "testdata"), "the folder of *.facts label files")
	c.Flags().IntVar(&words, "words", 100, "summary budget in words")
	c.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every citation error, with the support tests' measures under each missed carrier")
	return c
}
