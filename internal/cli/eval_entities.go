package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newEvalEntitiesCmd is a placeholder until its scorer lands.
func newEvalEntitiesCmd(_ *env) *cobra.Command {
	return &cobra.Command{
		Use:   "entities",
		Short: "not built yet",
		RunE:  func(*cobra.Command, []string) error { return errors.New("eval entities: not built yet") },
	}
}
