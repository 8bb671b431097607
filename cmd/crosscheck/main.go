// Command crosscheck reads the reports that many outlets publish about one
// event and writes one brief of it. See the README for its subcommands.
package main

import (
	"log/slog"
	"os"

	"github.com/crosscheck/crosscheck/internal/cli"
)

func main() {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: cli.LogLevel()})))
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
