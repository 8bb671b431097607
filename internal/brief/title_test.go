package brief

import (
	"context"
	"encoding/json"
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

// TestTitleNotTheSiteName: of a GVA incident's reports (Wayback captures,
// each with the page's title), the one whose title is only its site's name
// ("American Press" on americanpress.com) does not title the story, though
// it is the longest and most shared report.
func TestTitleNotTheSiteName(t *testing.T) {
	arts := gvaIncident(t, "604762")
	site := 0
	for _, a := range arts {
		if namesOnlyTheSite(a) {
			site++
		}
	}
	if site == 0 {
		t.Fatalf("no report of incident 604762 is titled with its site's name: %d reports", len(arts))
	}
	b := Build(arts, Options{})
	for _, a := range arts {
		if a.Title == b.Title && namesOnlyTheSite(a) {
			t.Errorf("title %q is the name of %s", b.Title, a.Outlet)
		}
	}
	if b.Title == "" {
		t.Error("no title")
	}
}

// gvaIncident reads the reports of one GVA incident as ingest reads a
// .jsonl stream (so with the outlets it finds).
func gvaIncident(t *testing.T, id string) []*news.Article {
	path := testenv.GVAStream(t, func(line []byte) bool {
		var l struct{ Incident string }
		return json.Unmarshal(line, &l) == nil && l.Incident == id
	}, 0)
	arts, errs := ingest.Read(context.Background(), []string{path}, ingest.Options{})
	if len(errs) > 0 || len(arts) == 0 {
		t.Fatalf("incident %s: %d reports, %v", id, len(arts), errs)
	}
	return arts
}
