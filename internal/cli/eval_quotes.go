package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newEvalQuotesCmd is a placeholder until its scorer lands.
func newEvalQuotesCmd(_ *env) *cobra.Command {
	return &cobra.Command{
		Use:   "quotes",
		Short: "not built yet",
		RunE:  func(*cobra.Command, []string) error { return errors.New("eval quotes: not built yet") },
	}
}
