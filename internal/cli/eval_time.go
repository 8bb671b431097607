package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/eval/timebank"
)

// newEvalTimeCmd scores the time-expression tagger on TimeBank.
func newEvalTimeCmd(e *env) *cobra.Command {
	var dir string
	var showErrors bool
	c := &cobra.Command{
		Use:   "time",
		Short: "Score time expressions (detection and values) on TimeBank",
		Long: `Tags every TimeBank document, resolving its expressions against the
document's creation time, and prints detection precision, recall and F1
(strict: same span; relaxed: overlapping span) and value F1 (right values
over predicted and over gold).`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if sub := filepath.Join(dir, "TimeBank"); evalTimeIsDir(sub) {
				dir = sub
			}
			docs, err := timebank.Load(dir)
			if err != nil {
				return fmt.Errorf("eval time: %w", err)
			}
			start := time.Now()
			sc := timebank.Score(docs)
			took := time.Since(start)
			if showErrors {
				for _, l := range sc.Errors {
					fmt.Fprintln(e.stdout, l)
				}
			}
			fmt.Fprintf(e.stdout, "TimeBank (%s): %d documents, %d gold expressions, %d found\n", dir, sc.Docs, sc.Gold, sc.Predicted)
			fmt.Fprintf(e.stdout, "detection strict:  P %.3f  R %.3f  F1 %.3f\n", sc.Strict.P, sc.Strict.R, sc.Strict.F)
			fmt.Fprintf(e.stdout, "detection relaxed: P %.3f  R %.3f  F1 %.3f\n", sc.Relaxed.P, sc.Relaxed.R, sc.Relaxed.F)
			fmt.Fprintf(e.stdout, "value:             P %.3f  R %.3f  F1 %.3f\n", sc.Value.P, sc.Value.R, sc.Value.F)
			fmt.Fprintf(e.stdout, "type accuracy (relaxed matches): %.3f\n", sc.Type)
			fmt.Fprintf(e.stdout, "tagging took %v\n", took.Round(time.Millisecond))
			return nil
		},
	}
	c.Flags().StringVar(&dir, "data", "../shared/data/timebank", "TimeBank folder (the .tml files, or the folder holding TimeBank/)")
	c.Flags().BoolVar(&showErrors, "errors", false, "list every miss, spurious find and wrong value first")
	return c
}

func evalTimeIsDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
