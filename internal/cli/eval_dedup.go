package cli

import (
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/eval/dedupset"
)

// newEvalDedupCmd scores near-duplicate detection on a test set built from
// the shared data.
func newEvalDedupCmd(e *env) *cobra.Command {
	var dir string
	var seed uint64
	var verbose bool
	c := &cobra.Command{
		Use:   "dedup",
		Short: "Score near-duplicate (wire copy) detection: precision and recall",
		Long: `dedup builds a test set from real articles (English MultiLing 2011, the summit
reports, and ECB+ articles of 12 sentences or more): each article and five
edited copies of it (trimmed ending, new first paragraph, changed headline,
light rewording, all at once) are copies; any two articles of one story are
non-copies. It reports precision and recall on the calibration half (odd
topics) and the held-out half (even topics) for several containment
thresholds. Some ECB+ "non-copies" are in fact one wire text run by two
sites; --verbose lists every pair called a copy that is not one by
construction.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			srcs, err := dedupset.Load(dir, 12)
			if err != nil {
				return err
			}
			pairs := dedupset.Build(srcs, seed)
			fmt.Fprintf(e.stdout, "%d source articles, %d pairs (seed %d); default containment %.2f\n", len(srcs), len(pairs), seed, dedup.DefaultMinContainment)
			fmt.Fprintln(e.stdout, "containment half       copies  non-copies  TP    FP  FN   precision  recall")
			for _, th := range []float64{0.3, 0.4, 0.5, 0.6, 0.7} {
				for _, half := range []bool{true, false} {
					name := "odd (calib.)"
					if !half {
						name = "even (held out)"
					}
					r := dedupset.Score(dedupset.Half(pairs, half), dedup.Options{MinContainment: th})
					fmt.Fprintf(e.stdout, "%11.2f %-16s %6d %11d %5d %4d %3d   %.4f     %.4f\n", th, name, r.TP+r.FN, r.FP+r.TN, r.TP, r.FP, r.FN, r.Precision(), r.Recall())
					if th == dedup.DefaultMinContainment && verbose {
						kinds := make([]string, 0, len(r.Copies))
						for k := range r.Copies {
							kinds = append(kinds, k)
						}
						slices.Sort(kinds)
						for _, k := range kinds {
							fmt.Fprintf(e.stdout, "    %-9s recall %.4f (%d missed of %d)\n", k, 1-float64(r.Missed[k])/float64(r.Copies[k]), r.Missed[k], r.Copies[k])
						}
						for _, f := range r.FalseOn {
							fmt.Fprintf(e.stdout, "    called a copy: %s\n", f)
						}
					}
				}
			}
			return nil
		},
	}
	addDataFlag(c, &dir)
	c.Flags().Uint64Var(&seed, "seed", 1, "seed of the edits")
	c.Flags().BoolVarP(&verbose, "verbose", "v", false, "recall by edit and every pair called a copy that is not one by construction")
	return c
}
