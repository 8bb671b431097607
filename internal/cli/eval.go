package cli

import "github.com/spf13/cobra"

// newEvalCmd groups the quality scorers: each re-runs one measurement the
// README and docs report, on the public data sets in ../shared/data.
func newEvalCmd(e *env) *cobra.Command {
	c := &cobra.Command{
		Use:   "eval",
		Short: "Score crosscheck's quality on public data sets",
	}
	c.AddCommand(
		newEvalRougeCmd(e),
		newEvalExtractCmd(e),
		newEvalQuotesCmd(e),
		newEvalEntitiesCmd(e),
		newEvalTimeCmd(e),
		newEvalClusterCmd(e),
		newEvalDedupCmd(e),
		newEvalCitationsCmd(e),
		newEvalDifferencesCmd(e),
	)
	return c
}
