package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newEvalExtractCmd is a placeholder until its scorer lands.
func newEvalExtractCmd(_ *env) *cobra.Command {
	return &cobra.Command{
		Use:   "extract",
		Short: "not built yet",
		RunE:  func(*cobra.Command, []string) error { return errors.New("eval extract: not built yet") },
	}
}
