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
	var split int
	c := &cobra.Command{
		Use:   "time",
		Short: "Score time expressions (detection and values) on TimeBank",
		Long: `Tags every TimeBank document, resolving its expressions against the
document's creation time, and prints detection precision, recall and F1
(strict: same span; relaxed: overlapping span) and value F1 (right values
over predicted and over gold).`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			dir := filepath.Join(dir, "timebank")
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
			evalTimePrint(e, sc)
			fmt.Fprintf(e.stdout, "tagging took %v\n", took.Round(time.Millisecond))
			// The rules were decided on the first documents by name; the
			// rest show how they hold on text they were not written for.
			if split > 0 && split < len(docs) {
				for _, part := range []struct {
					name string
					docs []*timebank.Doc
				}{
					{fmt.Sprintf("first %d documents by name (rules decided on these)", split), docs[:split]},
					{fmt.Sprintf("other %d documents (held out)", len(docs)-split), docs[split:]},
				} {
					ps := timebank.Score(part.docs)
					fmt.Fprintf(e.stdout, "\n%s: %d gold, %d found\n", part.name, ps.Gold, ps.Predicted)
					evalTimePrint(e, ps)
				}
			}
			return nil
		},
	}
	addDataFlag(c, &dir)
	c.Flags().IntVar(&split, "split", 90, "also score the first N documents by name and the rest apart (0: no split)")
	c.Flags().BoolVar(&showErrors, "errors", false, "list every miss, spurious find and wrong value first")
	return c
}

func evalTimeIsDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func evalTimePrint(e *env, sc timebank.Scores) {
	fmt.Fprintf(e.stdout, "detection strict:  P %.3f  R %.3f  F1 %.3f\n", sc.Strict.P, sc.Strict.R, sc.Strict.F)
	fmt.Fprintf(e.stdout, "detection relaxed: P %.3f  R %.3f  F1 %.3f\n", sc.Relaxed.P, sc.Relaxed.R, sc.Relaxed.F)
	fmt.Fprintf(e.stdout, "value:             P %.3f  R %.3f  F1 %.3f\n", sc.Value.P, sc.Value.R, sc.Value.F)
	fmt.Fprintf(e.stdout, "type accuracy (relaxed matches): %.3f\n", sc.Type)
}
