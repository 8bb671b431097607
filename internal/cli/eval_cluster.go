package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newEvalClusterCmd is a placeholder until its scorer lands.
func newEvalClusterCmd(_ *env) *cobra.Command {
	return &cobra.Command{
		Use:   "cluster",
		Short: "not built yet",
		RunE:  func(*cobra.Command, []string) error { return errors.New("eval cluster: not built yet") },
	}
}
