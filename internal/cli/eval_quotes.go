package cli

import (
	"fmt"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/eval/polnear"
)

// newEvalQuotesCmd scores direct quotes and their sources on PolNeAR.
func newEvalQuotesCmd(e *env) *cobra.Command {
	var dir, split, category string
	var errors int
	c := &cobra.Command{
		Use:   "quotes",
		Short: "Score direct quotes and speakers on PolNeAR (content and source spans, exact and overlap)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			arts, err := polnear.Load(filepath.Join(dir, "polnear"), split)
			if err != nil {
				return err
			}
			s := polnear.Score(arts)
			w := e.stdout
			fmt.Fprintf(w, "PolNeAR %s: %d articles, %d gold direct quotes (first annotator), %d predicted\n", split, s.Articles, s.Gold, s.Predicted)
			fmt.Fprintf(w, "content exact    P %.3f R %.3f F1 %.3f\n", s.ContentExact.P, s.ContentExact.R, s.ContentExact.F)
			fmt.Fprintf(w, "content overlap  P %.3f R %.3f F1 %.3f\n", s.ContentOverlap.P, s.ContentOverlap.R, s.ContentOverlap.F)
			fmt.Fprintf(w, "source exact     P %.3f R %.3f F1 %.3f\n", s.SourceExact.P, s.SourceExact.R, s.SourceExact.F)
			fmt.Fprintf(w, "source overlap   P %.3f R %.3f F1 %.3f\n", s.SourceOverlap.P, s.SourceOverlap.R, s.SourceOverlap.F)
			fmt.Fprintf(w, "speaker accuracy on matched quotes whose gold source names someone (%d): exact %.3f overlap %.3f\n", s.NamedMatched, s.SpeakerAccExact, s.SpeakerAccOverlap)
			fmt.Fprintf(w, "speaker accuracy on all matched quotes with a gold source: exact %.3f overlap %.3f\n", s.SpeakerAccExactAll, s.SpeakerAccOverlapAll)
			if errors != 0 {
				byCat := map[string]int{}
				var cats []string
				for _, m := range s.SourceMisses {
					if byCat[m.Category] == 0 {
						cats = append(cats, m.Category)
					}
					byCat[m.Category]++
				}
				sort.Slice(cats, func(i, j int) bool { return byCat[cats[i]] > byCat[cats[j]] })
				fmt.Fprintf(w, "\nsource misses on matched quotes: %d\n", len(s.SourceMisses))
				for _, c := range cats {
					fmt.Fprintf(w, "  %-10s %d\n", c, byCat[c])
				}
				shown := map[string]int{}
				for _, m := range s.SourceMisses {
					if category != "" && m.Category != category || errors > 0 && shown[m.Category] >= errors {
						continue
					}
					shown[m.Category]++
					fmt.Fprintf(w, "\n[%s] %s\n  gold: %q\n  got:  %q\n  %s\n", m.Category, m.Article, m.Gold, m.Got, m.Context)
				}
			}
			return nil
		},
	}
	addDataFlag(c, &dir)
	c.Flags().StringVar(&split, "split", "dev", "split to score: dev or train")
	c.Flags().IntVar(&errors, "errors", 0, "list source-span misses by category, this many of each (-1: all); read them on train, not dev")
	c.Flags().StringVar(&category, "category", "", "with --errors, list only this category (pronoun, missing, longer, shorter, crossing, elsewhere)")
	return c
}
