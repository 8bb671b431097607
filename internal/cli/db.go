package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/crosscheck/crosscheck/internal/pipeline"
)

// dbFlagHelp is the help of every --db flag.
const dbFlagHelp = "the store: a SQLite file, or postgres://... (default $CROSSCHECK_DB, else $XDG_DATA_HOME/crosscheck/crosscheck.db, else ~/.local/share/crosscheck/crosscheck.db)"

// addDBFlag adds --db to a command that reads or writes the store.
func addDBFlag(fl *pflag.FlagSet, p *string) {
	fl.StringVar(p, "db", "", dbFlagHelp)
}

// dbLocation is where the store is: the flag, then CROSSCHECK_DB, then the
// user's data directory (XDG), so that every command finds the same store
// without being told.
func dbLocation(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if v := os.Getenv("CROSSCHECK_DB"); v != "" {
		return v, nil
	}
	if x := os.Getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "crosscheck", "crosscheck.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", usagef("no --db given, CROSSCHECK_DB unset, and no home directory to keep the store in: %v", err)
	}
	return filepath.Join(home, ".local", "share", "crosscheck", "crosscheck.db"), nil
}

// openStore opens the store named by the --db flag (or its defaults):
// PostgreSQL for a postgres:// or postgresql:// URL, else a SQLite file.
// The store is handed over as a pipeline.DB: its read side, and writes
// only through the pipeline.
func openStore(ctx context.Context, flag string) (*pipeline.DB, error) {
	loc, err := dbLocation(flag)
	if err != nil {
		return nil, err
	}
	if pipeline.IsPostgres(loc) {
		return pipeline.Open(ctx, loc)
	}
	loc = strings.TrimPrefix(loc, "sqlite://")
	// Only the default location gets its folder made: a path the user typed
	// names a folder that must be there, so a typo is an error, not a new
	// empty store in a new folder.
	if flag != "" || os.Getenv("CROSSCHECK_DB") != "" {
		name := "--db"
		if flag == "" {
			name = "CROSSCHECK_DB"
		}
		dir := filepath.Dir(loc)
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return nil, usagef("%s %s: the folder %s does not exist; create it first or give another path", name, loc, dir)
		}
	}
	return pipeline.Open(ctx, loc)
}

// isTerminal reports whether w is a terminal, where a progress bar belongs.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress shows work as a bar on a terminal and as log lines elsewhere.
// It returns the logger the work should use and a function the pipeline
// calls as it goes.
func progress(e *env, what string) (*slog.Logger, func(stage string, done, total int), func()) {
	if !isTerminal(e.stderr) {
		// Not a terminal: line logs at the level CROSSCHECK_LOG sets (warn by
		// default, as everywhere); CROSSCHECK_LOG=info shows the progress.
		log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: LogLevel()}))
		return log, nil, func() {}
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: LogLevel()}))
	var bar *progressbar.ProgressBar
	var cur string
	update := func(stage string, done, total int) {
		if bar == nil || stage != cur {
			if bar != nil {
				_ = bar.Finish()
				fmt.Fprintln(e.stderr)
			}
			desc := what
			if stage == "brief" {
				desc = "briefs"
			}
			cur = stage
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(e.stderr),
				progressbar.OptionSetDescription(desc), progressbar.OptionShowCount(),
				progressbar.OptionSetPredictTime(true), progressbar.OptionClearOnFinish())
		}
		_ = bar.Set(done)
	}
	return log, update, func() {
		if bar != nil {
			_ = bar.Finish()
		}
	}
}
