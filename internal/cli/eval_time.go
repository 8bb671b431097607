package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newEvalTimeCmd is a placeholder until its scorer lands.
func newEvalTimeCmd(_ *env) *cobra.Command {
	return &cobra.Command{
		Use:   "time",
		Short: "not built yet",
		RunE:  func(*cobra.Command, []string) error { return errors.New("eval time: not built yet") },
	}
}
