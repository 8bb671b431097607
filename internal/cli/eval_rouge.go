package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newEvalRougeCmd is a placeholder until its scorer lands.
func newEvalRougeCmd(_ *env) *cobra.Command {
	return &cobra.Command{
		Use:   "rouge",
		Short: "not built yet",
		RunE:  func(*cobra.Command, []string) error { return errors.New("eval rouge: not built yet") },
	}
}
