package cli

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
)

// datedDays is the window of the simulated dated ECB+ stream: 86 stories
// in 30 days, so that most stories overlap in time with several others.
const datedDays = 30

// datedSims is how many dated simulations (seeds 1 to datedSims) the
// "x10" rows average: a topic's two events fall within days of each other
// in some draws and not in others.
const datedSims = 10

// gvaReportYear is the first year of the GVA stream's reporting part: 2013-2015
// calibrate, 2016 reports (docs/clustering.md).
const gvaReportYear = 2016

// gvaOneYear is the year the calibration part's dates are moved into for
// its dense row (clustereval.OneYear): 1,897 articles in one year, near
// the 2,706 of the reporting year, so that the look-alikes of one city in
// one week that the reporting part is denser in can be calibrated on.
const gvaOneYear = 2013

// newEvalClusterCmd scores story clustering on GVA, ECB+ and MultiLing 2011,
// crosscheck beside the naive reference.
func newEvalClusterCmd(e *env) *cobra.Command {
	var dir string
	var seed uint64
	var calibrate bool
	var misses int
	c := &cobra.Command{
		Use:   "cluster",
		Short: "Score story clustering (B-cubed) on GVA, ECB+ and MultiLing 2011, beside a naive reference",
		Long: `cluster feeds each data set to the online clusterer as one stream and scores
the stories found against the gold stories with B-cubed precision, recall and
F1, beside the naive reference (single-pass TF-IDF, cosine 0.3 to the story
centroid, 7-day window, no names, no tuning) on the same stream:

- GVA 2013-2016 (local US news about shootings, gold = incident), in file
  order with publication dates: 2013-2015 is the calibration part, 2016 the
  reporting part; then the calibration part again with its dates moved into
  one year (a calibration stream as dense as 2016);
- ECB+ (gold = topic + ecb/ecbplus), shuffled (PCG seeded with --seed): odd
  topics calibrate, even topics report; the mean of 10 orders (seeds 1-10),
  undated; then as a simulated dated stream
  (each gold story given a day in a 30-day window), once with seed 1, as
  the mean of 10 simulations (seeds 1-10) fed in the --seed order, and as
  the mean of 10 simulations each fed in its own order (seed s for both);
  and (wave 22) the same 10 simulations with follow-ups (1 in 8 of a
  story's reports but its first published 3 to 365 days after its day,
  log-uniformly, as GVA 2013-2015's late reports are), fed in time order;
- MultiLing 2011, all seven languages in one shuffled stream (gold = language
  + topic): odd topics calibrate, even topics report, scored per language.
  Then all 700 files in one stream, in the order 'crosscheck cluster' feeds
  a folder of them (by publication time, undated ones after, in name order:
  topic after topic, ten per language), each half scored apart.

Rows marked (calib.) were used to set the clusterer's rules and thresholds;
rows marked (report) never were.

--calibrate re-runs the grid search that set the clusterer's defaults.

--misses N prints instead the wrong placements of the GVA calibration part
(2013-2015; never the reporting part), as they were made: the articles kept
apart from the stories of their incident's earlier articles, counted by the
reason the nearest story was refused, within 3 days of the incident's first
article and beyond, and the articles joined to a story of another incident;
then up to N of each with --explain's figures.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			gva, err := clustereval.GVA(filepath.Join(dir, "gva-2013-2016"))
			if err != nil {
				return err
			}
			gvaCal, gvaRep := clustereval.SplitYears(gva, gvaReportYear)
			if misses > 0 {
				printMisses(e.stdout, clustereval.Misses(gvaCal, cluster.Options{}), misses)
				return nil
			}
			ecb, err := clustereval.ECBPlus(filepath.Join(dir, "ecbplus"))
			if err != nil {
				return err
			}
			ml, err := clustereval.MultiLing(filepath.Join(dir, "multiling2011"))
			if err != nil {
				return err
			}
			odd, even := clustereval.Split(ecb)
			mlOdd, mlEven := clustereval.Split(ml)
			if calibrate {
				// GVA in its own (time) order, seed 0; the others shuffled.
				gvaPts := clustereval.Calibrate([][]clustereval.Item{gvaCal}, []uint64{0})
				pts := clustereval.Calibrate([][]clustereval.Item{odd, clustereval.Dated(odd, datedDays, 1), mlOdd}, []uint64{seed})
				gvaF1 := map[string]float64{}
				for _, p := range gvaPts {
					gvaF1[key(p.Opt)] = p.F1
				}
				fmt.Fprintln(e.stdout, "slope ownfar contrast  mean_F1  GVA-calib  ECB+odd  ECB+odd-dated  MultiLing-odd")
				for _, p := range pts {
					g := gvaF1[key(p.Opt)]
					p.F1 = (g + p.SetF1[0] + p.SetF1[1] + p.SetF1[2]) / 4
					o := p.Opt
					fmt.Fprintf(e.stdout, "%5.2f %6.2f %8.0f  %.4f   %.4f     %.4f   %.4f         %.4f\n",
						o.TimeSlope, o.OwnFar, o.Contrast, p.F1, g, p.SetF1[0], p.SetF1[1], p.SetF1[2])
				}
				return nil
			}
			fmt.Fprintf(e.stdout, "crosscheck: defaults; naive: TF-IDF, cosine %.1f to the centroid, %d-day window; ECB+ and MultiLing stream order: PCG seed %d\n",
				clustereval.NaiveThreshold, int(clustereval.NaiveWindow.Hours()/24), seed)
			header(e.stdout)
			row := func(name string, stream []clustereval.Item) (clustereval.Result, clustereval.Result) {
				r := clustereval.Run(stream, cluster.Options{})
				n := clustereval.Naive(stream)
				printRow(e.stdout, name, r, n)
				return r, n
			}
			row("GVA 2013-2015 (calib.)", gvaCal)
			row("GVA 2016 (report)", gvaRep)
			row("GVA 2013-15, 1 year (calib.)", clustereval.OneYear(gvaCal, gvaOneYear))
			fmt.Fprintf(e.stdout, "  the calibration part with its dates moved into %d: about as dense as 2016\n", gvaOneYear)
			row("ECB+ odd topics (calib.)", clustereval.Shuffle(odd, seed))
			row("ECB+ even topics (report)", clustereval.Shuffle(even, seed))
			// Means over several streams of each ECB+ half: the odd half's
			// row, then the even half's, each with how often crosscheck is
			// below the naive reference.
			means := func(name string, note string, run func([]clustereval.Item) (clustereval.Result, clustereval.Result, int)) {
				for _, half := range []struct {
					name  string
					items []clustereval.Item
				}{{"ECB+ odd, " + name + " (calib.)", odd}, {"ECB+ even, " + name + " (report)", even}} {
					r, n, below := run(half.items)
					printRow(e.stdout, half.name, r, n)
					fmt.Fprintf(e.stdout, "%s%d\n", note, below)
				}
			}
			means("10 orders", fmt.Sprintf("  undated, mean of %d orders (seeds 1-%d); below the naive in ", datedSims, datedSims),
				func(items []clustereval.Item) (clustereval.Result, clustereval.Result, int) {
					return clustereval.Orders(items, datedSims, cluster.Options{})
				})
			row("ECB+ odd, dated sim. (calib.)", clustereval.Shuffle(clustereval.Dated(odd, datedDays, 1), seed))
			row("ECB+ even, dated sim. (report)", clustereval.Shuffle(clustereval.Dated(even, datedDays, 1), seed))
			means("dated x10", fmt.Sprintf("  mean of %d simulations; crosscheck below the naive reference in ", datedSims),
				func(items []clustereval.Item) (clustereval.Result, clustereval.Result, int) {
					return clustereval.DatedRuns(items, datedDays, datedSims, seed, cluster.Options{})
				})
			means("x10 orders", fmt.Sprintf("  mean of %d simulations, each in its own order (seeds 1-%d); below the naive in ", datedSims, datedSims),
				func(items []clustereval.Item) (clustereval.Result, clustereval.Result, int) {
					return clustereval.DatedOrders(items, datedDays, datedSims, cluster.Options{})
				})
			means("follow-ups", "  the same simulations with 1 in 8 reports moved 3-365 days after the story's day, fed in time order; below the naive in ",
				func(items []clustereval.Item) (clustereval.Result, clustereval.Result, int) {
					return clustereval.FollowUpRuns(items, datedDays, datedSims, cluster.Options{})
				})
			for _, half := range []struct {
				name  string
				items []clustereval.Item
			}{{"odd topics (calib.)", mlOdd}, {"even topics (report)", mlEven}} {
				stream := clustereval.Shuffle(half.items, seed)
				r, n := row("MultiLing "+half.name, stream)
				byR, byN := clustereval.ByLanguage(stream, r), clustereval.ByLanguage(stream, n)
				for i := range byR {
					printRow(e.stdout, "  "+byR[i].Lang, byR[i].Result, byN[i].Result)
				}
				fmt.Fprintf(e.stdout, "  stories mixing languages: crosscheck %d, naive %d\n", clustereval.MixedLanguages(stream, r), clustereval.MixedLanguages(stream, n))
			}
			// All the files in one stream, in the order `crosscheck cluster`
			// feeds a folder of them: ten topics per language instead of
			// five, topic after topic. Each half scored apart.
			stream := clustereval.PublicationOrder(ml)
			r, n := row("MultiLing all, folder order", stream)
			for _, half := range []struct {
				name string
				keep func(clustereval.Item) bool
			}{{"odd topics (calib.)", clustereval.OddTopic}, {"even topics (report)", func(it clustereval.Item) bool { return !clustereval.OddTopic(it) }}} {
				its, pr := clustereval.Part(stream, r, half.keep)
				_, pn := clustereval.Part(stream, n, half.keep)
				printRow(e.stdout, "  "+half.name, pr, pn)
				byR, byN := clustereval.ByLanguage(its, pr), clustereval.ByLanguage(its, pn)
				for i := range byR {
					printRow(e.stdout, "    "+byR[i].Lang, byR[i].Result, byN[i].Result)
				}
			}
			return nil
		},
	}
	addDataFlag(c, &dir)
	c.Flags().Uint64Var(&seed, "seed", 1, "seed of the shuffled stream order of ECB+ and MultiLing")
	c.Flags().BoolVar(&calibrate, "calibrate", false, "re-run the calibration grid search instead")
	c.Flags().IntVar(&misses, "misses", 0, "print instead the wrong placements of the GVA calibration part, up to N of each kind")
	return c
}

func header(w io.Writer) {
	fmt.Fprintln(w, "                                          | crosscheck                        | naive reference")
	fmt.Fprintln(w, "set                             articles gold | stories  B3-P    B3-R    B3-F1  | stories  B3-P    B3-R    B3-F1")
}

func printRow(w io.Writer, name string, r, n clustereval.Result) {
	fmt.Fprintf(w, "%-31s %8d %4d | %7d  %.4f  %.4f  %.4f | %7d  %.4f  %.4f  %.4f\n",
		name, r.Articles, r.Gold, r.Stories, r.P, r.R, r.F1, n.Stories, n.P, n.R, n.F1)
}

func key(o cluster.Options) string {
	return fmt.Sprintf("%g/%g/%g", o.TimeSlope, o.OwnFar, o.Contrast)
}

// printMisses prints the wrong placements of a stream (clustereval.Misses):
// the splits counted by the reason their nearest story was refused, within
// Grace of their gold story's first article and beyond, then up to n
// splits and n wrong joins with their figures.
func printMisses(w io.Writer, ms []clustereval.Miss, n int) {
	grace := cluster.DefaultGrace.Hours() / 24
	reason := func(m clustereval.Miss) string {
		switch {
		case m.Why == nil:
			return "(no explanation)"
		case m.Why.Refused != "":
			return m.Why.Refused
		}
		return "joined another story"
	}
	type count struct{ near, far int }
	counts := map[string]*count{}
	var order []string
	var splits, joins []clustereval.Miss
	for _, m := range ms {
		if !m.Split {
			joins = append(joins, m)
			continue
		}
		splits = append(splits, m)
		r := reason(m)
		if counts[r] == nil {
			counts[r] = &count{}
			order = append(order, r)
		}
		if m.Days <= grace {
			counts[r].near++
		} else {
			counts[r].far++
		}
	}
	fmt.Fprintf(w, "GVA 2013-2015 (calib.): %d articles kept apart from their incident's stories, %d joined to a story of another incident\n", len(splits), len(joins))
	fmt.Fprintf(w, "%-45s %8s %8s\n", "kept apart: why the nearest story was refused", "<= 3 d", "> 3 d")
	for _, r := range order {
		fmt.Fprintf(w, "  %-43s %8d %8d\n", r, counts[r].near, counts[r].far)
	}
	line := func(m clustereval.Miss) {
		a := m.Item.Doc.Article
		days := "first of its incident"
		if m.Days >= 0 {
			days = fmt.Sprintf("%.1f days after its incident's first", m.Days)
		}
		fmt.Fprintf(w, "  #%d %s (%s) %s | %s\n", m.Index, m.Item.Gold, days, a.Outlet, a.Title)
		if m.Why == nil {
			return
		}
		if m.Why.Refused == cluster.RefusedNone {
			fmt.Fprintf(w, "      %s\n", m.Why.Refused)
			return
		}
		what := "joined"
		if m.Split {
			what = reason(m) + "; another incident's story"
			if m.NearestOwn {
				what = reason(m) + "; its incident's story"
			}
		}
		gap := "unknown"
		if m.Why.GapDays >= 0 {
			gap = fmt.Sprintf("%.1fd", m.Why.GapDays)
		}
		fmt.Fprintf(w, "      %s; similarity %.3f, threshold %.3f, gap %s, ownership %.3f", what, m.Why.Score, m.Why.Threshold, gap, m.Why.Ownership)
		if m.Why.Refused != "" && m.Why.Needed > 0 {
			fmt.Fprintf(w, "; had %.3f, needed %.3f", m.Why.Had, m.Why.Needed)
		}
		for i, e := range m.Why.Shared {
			if i == 0 {
				fmt.Fprint(w, "; shared:")
			}
			if i == 5 {
				break
			}
			fmt.Fprintf(w, " %s %.3f", e.Term, e.Weight)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "kept apart:")
	for i, m := range splits {
		if i == n {
			break
		}
		line(m)
	}
	fmt.Fprintln(w, "joined to another incident's story:")
	for i, m := range joins {
		if i == n {
			break
		}
		line(m)
	}
}
