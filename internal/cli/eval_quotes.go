package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/eval/polnear"
)

// newEvalQuotesCmd scores direct quotes and their sources on PolNeAR.
func newEvalQuotesCmd(e *env) *cobra.Command {
	var dir, split string
	c := &cobra.Command{
		Use:   "quotes",
		Short: "Score direct quotes and speakers on PolNeAR (content and source spans, exact and overlap)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			arts, err := polnear.Load(dir, split)
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
			return nil
		},
	}
	c.Flags().StringVar(&dir, "data", "../shared/data/polnear", "PolNeAR folder (holds data/)")
	c.Flags().StringVar(&split, "split", "dev", "split to score: dev or train")
	return c
}
