// Package cli is the crosscheck command line: one file per subcommand. It
// parses flags and the environment, opens what the command needs, and hands
// the work to the pipeline.
package cli

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/ingest"
)

// Exit codes, as PRODUCT.md sets them.
const (
	ExitOK      = 0 // every input was used
	ExitFailed  = 1 // nothing could be made
	ExitUsage   = 2 // the command line was wrong
	ExitPartial = 3 // a result was made, but some inputs failed
)

// partialError marks a run that produced its result but lost some inputs;
// each lost input has already been named on stderr.
type partialError struct{ failed int }

func (e partialError) Error() string {
	return fmt.Sprintf("%d input(s) could not be used", e.failed)
}

// reportInputs names on stderr each input that failed or was read with a
// warning, and returns the partial error of the run: nil when every input
// was used. A warning (a sidecar ignored, an encoding detected) leaves its
// article in the result, so it does not count as a lost input (exit 0, as
// PRODUCT.md's "0 all inputs used" says).
func reportInputs(e *env, errs []error) error {
	for _, err := range errs {
		var ie *ingest.Error
		if errors.As(err, &ie) && ie.Warning {
			fmt.Fprintf(e.stderr, "crosscheck: warning: %v\n", err)
			continue
		}
		fmt.Fprintf(e.stderr, "crosscheck: %v\n", err)
	}
	if n := ingest.Failed(errs); n > 0 {
		return partialError{failed: n}
	}
	return nil
}

// usageError marks a command line that cannot be run as given.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// env carries the process's streams to every subcommand, so tests can run
// the command line in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// Run runs the crosscheck command line and returns its exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:   "crosscheck",
		Short: "Compare the reports of one event and write one brief of it",
		Long: `crosscheck reads the reports that many outlets publish about one event and
writes one brief: a summary whose every sentence cites its sources, what the
sources agree on, where they differ, what only one source claims, who said
what, who and what is involved, and when things happened.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetArgs(args)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		newBriefCmd(e),
		newEvalCmd(e),
		newClusterCmd(e),
		newIngestCmd(e),
		newStoriesCmd(e),
		newShowCmd(e),
		newWatchCmd(e),
		newFeedsCmd(e),
		newServeCmd(e),
		newWorkerCmd(e),
	)
	for _, c := range root.Commands() {
		markUsage(c)
	}
	cmd, err := root.ExecuteC()
	if cmd == nil {
		cmd = root
	}
	var pe partialError
	var ue usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &pe):
		fmt.Fprintf(stderr, "crosscheck: %v\n", err)
		return ExitPartial
	case errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command") || strings.Contains(err.Error(), "arg(s)"):
		// Point at the help of the command that was given, not the root's.
		fmt.Fprintf(stderr, "crosscheck: %v\nRun '%s --help' for usage.\n", err, cmd.CommandPath())
		return ExitUsage
	default:
		fmt.Fprintf(stderr, "crosscheck: %v\n", err)
		return ExitFailed
	}
}

// markUsage makes flag errors and wrong argument counts of every subcommand
// usage errors (exit 2).
func markUsage(c *cobra.Command) {
	c.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	if c.Args != nil {
		check := c.Args
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return usageError{err}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		markUsage(sub)
	}
}

// LogLevel is the log level set by CROSSCHECK_LOG (debug, info, warn, error);
// warn by default, so the terminal shows only what a user must act on.
func LogLevel() slog.Level {
	var l slog.Level = slog.LevelWarn
	if v := os.Getenv("CROSSCHECK_LOG"); v != "" {
		_ = l.UnmarshalText([]byte(v))
	}
	return l
}
