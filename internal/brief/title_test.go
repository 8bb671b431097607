package brief

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestTitleFromCentralReport: a 40-word post, the only one with a date,
// does not rename a story of five long reports (the summit reports, read
// as ingest reads them, with their headlines); before, the earliest dated
// source gave the title, so the post did.
func TestTitleFromCentralReport(t *testing.T) {
	arts, errs := ingest.Read(context.Background(), []string{testenv.SharedData(t, "summit-2023")}, ingest.Options{})
	if len(errs) > 0 || len(arts) != 5 {
		t.Fatalf("want the 5 summit reports: %d, %v", len(arts), errs)
	}
	titles := map[string]bool{}
	for _, a := range arts {
		titles[a.Title] = true
	}
	words := strings.Fields(arts[2].Text)
	post := &news.Article{ID: "post", Title: "Leaders meet: a quick take", Published: time.Date(2023, 9, 13, 6, 0, 0, 0, time.UTC),
		Text: strings.Join(words[:40], " ")}
	b := Build(append(arts, post), Options{})
	if b.Title == post.Title || !titles[b.Title] {
		t.Errorf("title %q: want the headline of one of the five reports", b.Title)
	}
}
