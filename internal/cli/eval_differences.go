package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/eval/differences"
	"github.com/crosscheck/crosscheck/internal/news"
)

// newEvalDifferencesCmd plants known changes in real stories and scores
// the differences the brief reports; with --summedits it scores SummEdits.
func newEvalDifferencesCmd(e *env) *cobra.Command {
	var data, half, only, kind string
	var seed uint64
	var perKind, misses int
	var summedits, list, extras bool
	c := &cobra.Command{
		Use:   "differences",
		Short: "Plant known changes in real stories and score the differences the brief reports (recall per kind, false differences per story); SummEdits with --summedits",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			w := e.stdout
			if summedits {
				return summEdits(w, data, half, misses)
			}
			stories, err := differences.LoadStories(data)
			if err != nil {
				return err
			}
			switch half {
			case "all":
				half = ""
			case differences.Calibration, differences.Reporting:
			default:
				return fmt.Errorf("--half %q: want calibration, reporting or all", half)
			}
			if only != "" {
				stories = slices.DeleteFunc(stories, func(s differences.Story) bool { return !strings.HasPrefix(s.ID, only) })
			}
			if kind != "" && !slices.Contains(differences.Kinds, kind) {
				return fmt.Errorf("--kind %q: want one of %s", kind, strings.Join(differences.Kinds, ", "))
			}
			judgments, err := differences.UneditedJudgments()
			if err != nil {
				return err
			}
			opt := differences.Options{Seed: seed, PerKind: perKind, Half: half, Kind: kind, Judgments: judgments}
			shown := map[string]int{}
			if misses != 0 {
				opt.Misses = func(m differences.Miss) {
					if misses > 0 && shown[m.Plant.Kind] >= misses {
						return
					}
					shown[m.Plant.Kind]++
					fmt.Fprintf(w, "MISS %s %s %q -> %q\n  edited: %s\n  anchor: %s\n  counterpart: %v\n", m.Plant.Kind, m.Story, m.Plant.Old, m.Plant.New, oneLine(m.Before), oneLine(m.Anchor), m.Paired)
					if m.Why != "" {
						fmt.Fprintf(w, "  why: %s\n", m.Why)
					}
					for _, c := range m.Got {
						var vals []string
						for _, s := range c.Sides {
							vals = append(vals, s.Value+" "+strings.Join(s.Sources, ","))
						}
						fmt.Fprintf(w, "  got %s: %s\n", c.Kind, strings.Join(vals, " / "))
					}
				}
			}
			if list {
				opt.Unedited = func(story string, c news.Conflict, verdict string) {
					if verdict == "" {
						verdict = "unjudged"
					}
					fmt.Fprintf(w, "DIFF %s %s [%s] judged %s\n", story, c.Kind, oneLine(c.Topic), verdict)
					for _, s := range c.Sides {
						fmt.Fprintf(w, "  %s (%s) %s\n", oneLine(s.Value), strings.Join(s.Sources, ","), oneLine(s.Text))
					}
				}
			}
			if extras {
				opt.Extras = func(story string, pl differences.Plant, c news.Conflict) {
					fmt.Fprintf(w, "EXTRA %s %s %q -> %q: %s [%s]\n", pl.Kind, story, pl.Old, pl.New, c.Kind, oneLine(c.Topic))
					for _, s := range c.Sides {
						fmt.Fprintf(w, "  %s (%s) %s\n", oneLine(s.Value), strings.Join(s.Sources, ","), oneLine(s.Text))
					}
				}
			}
			r := differences.Run(stories, opt)
			name := half
			if name == "" {
				name = "both halves"
			}
			fmt.Fprintf(w, "planted differences, %s: %d stories, seed %d, at most %d plants per kind and story\n", name, r.Stories, seed, opt.PerKind)
			fmt.Fprintf(w, "%-9s %7s %6s %7s %8s %6s %8s\n", "kind", "planted", "found", "recall", "any-kind", "extra", "skipped")
			for _, k := range differences.Kinds {
				s := r.ByKind[k]
				fmt.Fprintf(w, "%-9s %7d %6d %7.3f %8d %6d %8d\n", k, s.Planted, s.Found, s.Recall(), s.AnyKind, s.Extra, s.Skipped)
			}
			fmt.Fprintf(w, "unedited stories: %d differences in %d stories, %.3f per story (every one counted as false: an upper bound)\n", r.Differences, r.Stories, r.PerStory())
			j := r.Judged
			fmt.Fprintf(w, "unedited stories, judged (internal/eval/differences/testdata/unedited-judgments.tsv): %.3f wrong per story (%d wrong + %d unjudged, counted as wrong, in %d stories); %d judged right\n",
				j.WrongPerStory(r.Stories), j.Wrong, j.Unjudged, r.Stories, j.Right)
			fmt.Fprintln(w, "plants with a counterpart (the anchor shares half the content words of each sentence): found / planted, recall")
			var parts []string
			for _, k := range differences.Kinds {
				if s := r.ByKind[k]; s.Planted > 0 {
					parts = append(parts, fmt.Sprintf("%s %d/%d %.3f", k, s.PairedFound, s.Paired, s.PairedRecall()))
				}
			}
			fmt.Fprintf(w, "  %s\n", strings.Join(parts, "; "))
			return nil
		},
	}
	c.Flags().StringVar(&data, "data", "../shared/data", "the shared data folder")
	c.Flags().StringVar(&half, "half", differences.Reporting, "stories to run: calibration, reporting, or all")
	c.Flags().Uint64Var(&seed, "seed", 1, "seed of the plants")
	c.Flags().IntVar(&perKind, "per-kind", 3, "most plants of one kind per story")
	c.Flags().IntVar(&misses, "misses", 0, "print this many missed plants of each kind (-1: all); read them on the calibration half")
	c.Flags().StringVar(&kind, "kind", "", "plant only changes of this kind (a faster run to read one kind's misses)")
	c.Flags().StringVar(&only, "story", "", "run only the stories whose id starts with this (multiling/, ecb/, gva/, summit)")
	c.Flags().BoolVar(&list, "list", false, "print every difference of the unedited stories, to read by hand")
	c.Flags().BoolVar(&extras, "extras", false, "print every difference a plant brought beside the planted one, to read by hand")
	c.Flags().BoolVar(&summedits, "summedits", false, "score SummEdits news pairs instead (development data)")
	return c
}

// summEdits scores the SummEdits news pairs of a half ("all": every pair)
// and prints the figures of both halves and of all pairs; with misses it
// prints the half's missed inconsistent pairs and flagged consistent ones.
func summEdits(w io.Writer, data, half string, misses int) error {
	recs, err := differences.LoadSummEdits(filepath.Join(data, "summedits-news", "summedits_news_evaluation.json"))
	if err != nil {
		return err
	}
	if half != "all" && half != differences.Calibration && half != differences.Reporting {
		return fmt.Errorf("--half %q: want calibration, reporting or all", half)
	}
	verdicts := map[string]differences.Verdict{}
	differences.ScoreSummEdits(recs, func(r differences.SummEdit, v differences.Verdict) { verdicts[r.ID] = v })
	byHalf := func(h string) []differences.SummEdit {
		return slices.DeleteFunc(slices.Clone(recs), func(r differences.SummEdit) bool { return h != "all" && differences.SummEditsHalf(r) != h })
	}
	fmt.Fprintf(w, "SummEdits news: %d pairs, document and summary as two reports; halves by document (%s, %s)\n", len(recs), differences.Reporting, differences.Calibration)
	for _, h := range []string{differences.Reporting, differences.Calibration, "all"} {
		s := differences.ScoreSummEditsOf(byHalf(h), verdicts)
		fmt.Fprintf(w, "%-11s %3d pairs, %2d inconsistent: balanced accuracy %.3f  recall %.3f  specificity %.3f  [naive %.3f  recall %.3f  specificity %.3f]\n",
			h, s.Pairs, s.Inconsistent, s.BalancedAccuracy, s.Recall, s.Specificity, s.NaiveBalancedAcc, s.NaiveRecall, s.NaiveSp)
	}
	fmt.Fprintln(w, "naive: a summary word of 4+ letters not in the document")
	s := differences.ScoreSummEditsOf(byHalf(half), verdicts)
	fmt.Fprintf(w, "%s: recall per edit type (inconsistent pairs):\n", half)
	for _, k := range sortedKeys(s.ByEdit) {
		x := s.ByEdit[k]
		fmt.Fprintf(w, "  %-28s %3d/%-3d %.3f\n", k, x[0], x[1], float64(x[0])/float64(x[1]))
	}
	fmt.Fprintf(w, "flagged inconsistent pairs by: %s\n", counts(s.ByReason))
	fmt.Fprintf(w, "flagged consistent pairs by:   %s\n", counts(s.FlaggedConsistentBy))
	if misses == 0 {
		return nil
	}
	for _, r := range byHalf(half) {
		v := verdicts[r.ID]
		if v.Flagged == (r.Label == 0) {
			continue
		}
		what := "MISSED"
		if r.Label == 1 {
			what = "FLAGGED-CONSISTENT"
		}
		fmt.Fprintf(w, "%s %s %s by %s\n  summary: %s\n", what, r.ID, strings.Join(r.EditTypes, ","), strings.Join(v.Reasons, ","), oneLine(r.Summary))
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func counts(m map[string]int) string {
	var parts []string
	for _, k := range sortedKeys(m) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
