package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newEvalDedupCmd is a placeholder until its scorer lands.
func newEvalDedupCmd(_ *env) *cobra.Command {
	return &cobra.Command{
		Use:   "dedup",
		Short: "not built yet",
		RunE:  func(*cobra.Command, []string) error { return errors.New("eval dedup: not built yet") },
	}
}
