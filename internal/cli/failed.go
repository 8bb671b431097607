package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/crosscheck/crosscheck/internal/queue"
)

// failedJob is one dead letter as stories --failed shows it: the article
// named, without its text.
type failedJob struct {
	ID       string    `json:"id"`
	Title    string    `json:"title,omitempty"`
	URL      string    `json:"url,omitempty"`
	File     string    `json:"file,omitempty"`
	Error    string    `json:"error"`
	Attempts int       `json:"attempts"`
	Failed   time.Time `json:"failed"`
}

// runFailed is stories --failed: the jobs the workers gave up on.
func runFailed(ctx context.Context, e *env, f storiesFlags) error {
	f.nats.resolve()
	if f.nats.url == "" {
		return usagef("--failed needs --nats (or CROSSCHECK_NATS): the dead letters are kept on the workers' NATS JetStream server")
	}
	q, err := openQueue(ctx, f.nats, queue.Limits{})
	if err != nil {
		return err
	}
	defer q.Close()
	dead, err := q.DeadLetters(ctx)
	if err != nil {
		return err
	}
	out := make([]failedJob, 0, len(dead))
	for _, d := range dead {
		j := failedJob{ID: d.Job.ID, Error: d.Error, Attempts: d.Attempts, Failed: d.Failed}
		if a := d.Job.Article; a != nil {
			j.Title, j.URL, j.File = a.Title, a.URL, a.File
		}
		out = append(out, j)
	}
	if f.limit > 0 && len(out) > f.limit {
		out = out[len(out)-f.limit:]
	}
	if f.format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(struct {
			Failed []failedJob `json:"failed"`
		}{out})
	}
	if len(out) == 0 {
		_, err := fmt.Fprintln(e.stdout, "No failed articles: the workers stored every article they were given.")
		return err
	}
	fmt.Fprintf(e.stdout, "# Failed articles (%d)\n\n", len(out))
	fmt.Fprintln(e.stdout, "| article | input | attempts | failed | error |")
	fmt.Fprintln(e.stdout, "| --- | --- | ---: | --- | --- |")
	for _, j := range out {
		name := j.Title
		if j.File != "" {
			name = j.File
		} else if j.URL != "" {
			name = j.URL
		}
		if _, err := fmt.Fprintf(e.stdout, "| %s | %s | %d | %s | %s |\n", j.ID, mdCell(name), j.Attempts,
			j.Failed.Local().Format("2006-01-02 15:04"), mdCell(j.Error)); err != nil {
			return err
		}
	}
	return nil
}
