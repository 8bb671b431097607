package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
)

// datedDays is the window of the simulated dated ECB+ stream: 86 stories
// in 30 days, so that most stories overlap in time with several others.
const datedDays = 30

// newEvalClusterCmd scores story clustering on ECB+ and MultiLing 2011.
func newEvalClusterCmd(e *env) *cobra.Command {
	var dir string
	var seed uint64
	var calibrate bool
	c := &cobra.Command{
		Use:   "cluster",
		Short: "Score story clustering (B-cubed) on ECB+ and MultiLing 2011",
		Long: `cluster feeds the 982 ECB+ articles to the online clusterer as one stream, in
a fixed shuffled order (PCG seeded with --seed), and scores the stories found
against the 86 gold stories (topic + ecb/ecbplus) with B-cubed precision,
recall and F1: on the calibration half (odd topics), the held-out half (even
topics) and the whole set, then again as a simulated dated stream (each gold
story given a day in a 30-day window, its articles published within 3 days
after it). It then does the same on the 100 English MultiLing
2011 articles (10 stories), and on all 700 articles in seven languages, where
a translation must never join a story of another language.

--calibrate re-runs the grid search that set the clusterer's defaults.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			ecb, err := clustereval.ECBPlus(filepath.Join(dir, "ecbplus"))
			if err != nil {
				return err
			}
			en, err := clustereval.MultiLing(filepath.Join(dir, "multiling2011"), "english")
			if err != nil {
				return err
			}
			odd, even := clustereval.Split(ecb)
			enOdd, enEven := clustereval.Split(en)
			if calibrate {
				pts := clustereval.Calibrate([][]clustereval.Item{odd, clustereval.Dated(odd, datedDays, 1), enOdd}, []uint64{1, 2, 3})
				fmt.Fprintln(e.stdout, "threshold agree slope  max merge  mean_F1  ECB+odd_F1  ECB+odd-dated_F1  MultiLing-en-odd_F1")
				for _, p := range pts[:min(25, len(pts))] {
					o := p.Opt
					fmt.Fprintf(e.stdout, "%9.2f %5.2f %5.2f %4.2f %5.2f  %.4f   %.4f      %.4f            %.4f\n",
						o.Threshold, o.AgreeThreshold, o.TimeSlope, o.MaxThreshold, o.MergeThreshold, p.F1, p.SetF1[0], p.SetF1[1], p.SetF1[2])
				}
				return nil
			}
			fmt.Fprintf(e.stdout, "defaults: threshold %.2f (undated non-English %.2f; times agree %.2f, rising %.2f per doubling of weeks apart, up to %.2f), merge %.2f, entity weight %.1f; stream order: PCG seed %d\n",
				cluster.DefaultThreshold, cluster.DefaultUndatedThreshold, cluster.DefaultAgreeThreshold, cluster.DefaultTimeSlope, cluster.DefaultMaxThreshold,
				cluster.DefaultMergeThreshold, float64(cluster.DefaultEntityWeight), seed)
			fmt.Fprintln(e.stdout, "set                          articles  gold  stories  B3-P    B3-R    B3-F1")
			row := func(name string, items []clustereval.Item) (clustereval.Result, []clustereval.Item) {
				stream := clustereval.Shuffle(items, seed)
				r := clustereval.Run(stream, cluster.Options{})
				fmt.Fprintf(e.stdout, "%-28s %8d %5d %8d  %.4f  %.4f  %.4f\n", name, r.Articles, r.Gold, r.Stories, r.P, r.R, r.F1)
				return r, stream
			}
			row("ECB+ odd topics (calib.)", odd)
			row("ECB+ even topics (held out)", even)
			row("ECB+ all", ecb)
			row("ECB+ odd, dated (sim.)", clustereval.Dated(odd, datedDays, 1))
			row("ECB+ even, dated (sim.)", clustereval.Dated(even, datedDays, 1))
			row("ECB+ all, dated (sim.)", clustereval.Dated(ecb, datedDays, 1))
			row("MultiLing en odd (calib.)", enOdd)
			row("MultiLing en even (held out)", enEven)
			row("MultiLing en all", en)
			all, err := clustereval.MultiLing(filepath.Join(dir, "multiling2011"))
			if err != nil {
				return err
			}
			r, shuffled := row("MultiLing all 7 languages", all)
			langs := map[string]map[string]bool{}
			for i, it := range shuffled {
				if langs[r.Pred[i]] == nil {
					langs[r.Pred[i]] = map[string]bool{}
				}
				langs[r.Pred[i]][it.Lang] = true
			}
			mixed, withEnglish := 0, 0
			for _, l := range langs {
				if len(l) > 1 {
					mixed++
					if l["english"] {
						withEnglish++
					}
				}
			}
			for _, lr := range clustereval.ByLanguage(shuffled, r) {
				fmt.Fprintf(e.stdout, "  %-26s %8d %5d %8d  %.4f  %.4f  %.4f  detected %v\n", lr.Lang, lr.Articles, lr.Gold, lr.Stories, lr.P, lr.R, lr.F1, lr.Detected)
			}
			fmt.Fprintf(e.stdout, "MultiLing all: %d stories mix languages, %d of them with English\n", mixed, withEnglish)
			return nil
		},
	}
	addDataFlag(c, &dir)
	c.Flags().Uint64Var(&seed, "seed", 1, "seed of the shuffled stream order")
	c.Flags().BoolVar(&calibrate, "calibrate", false, "re-run the calibration grid search instead")
	return c
}
