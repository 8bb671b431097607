package cli

import (
	"path/filepath"

	"github.com/spf13/cobra"
)

// addDataFlag adds --data to an eval subcommand. It means the same in every
// one: the root of the shared data (../shared/data), in which each scorer
// reads its own set (ecbplus/, polnear/, multiling2011/, ...).
func addDataFlag(c *cobra.Command, p *string) {
	c.Flags().StringVar(p, "data", filepath.Join("..", "shared", "data"), "the shared data folder: the root that holds every data set")
}

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
