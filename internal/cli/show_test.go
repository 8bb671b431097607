package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/render"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/sqlite"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

func runCLI(t *testing.T, args ...string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	if code := Run(args, strings.NewReader(""), &out, &errb); code != ExitOK {
		t.Fatalf("crosscheck %s: exit %d\n%s", strings.Join(args, " "), code, errb.String())
	}
	return out.String(), errb.String()
}

// TestShowJSON checks that show --format json, which passes the stored
// JSON on without decoding it, prints exactly what render.JSON makes of the
// stored brief, and that a brief gone stale is rebuilt before it is shown.
func TestShowJSON(t *testing.T) {
	dir := testenv.SharedData(t, "summit-2023")
	db := filepath.Join(t.TempDir(), "cc.db")
	runCLI(t, "ingest", "--db", db, dir)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, err := st.Stories(ctx, store.StoryQuery{Sort: store.SortIndependent})
	if err != nil || len(list) == 0 {
		t.Fatalf("no stories after ingest: %v", err)
	}
	id := list[0].ID
	s, err := st.Story(ctx, id)
	if err != nil || s.Brief == nil || s.Stale {
		t.Fatalf("story %s: %v (brief %v, stale %v)", id, err, s.Brief != nil, s.Stale)
	}
	var want bytes.Buffer
	if err := render.JSON(&want, s.Brief); err != nil {
		t.Fatal(err)
	}
	got, _ := runCLI(t, "show", "--db", db, "--format", "json", id)
	if diff := cmp.Diff(want.String(), got); diff != "" {
		t.Errorf("show --format json differs from render.JSON of the stored brief (-want +got):\n%s", diff)
	}

	// A report added behind the pipeline's back makes the brief stale:
	// show rebuilds it, so the brief printed cites the new report.
	a := &news.Article{URL: "https://example.org/late-report", Outlet: "Late Outlet", Title: "Late report",
		Text: "The leaders met again on Friday. They signed no agreement, officials said."}
	k := store.Key(a)
	a.ID = store.IDFor(k)
	if _, err := st.Apply(ctx, store.Change{Articles: []store.NewArticle{{Article: a, Key: k, StoryID: id}}}); err != nil {
		t.Fatal(err)
	}
	got, _ = runCLI(t, "show", "--db", db, "--format", "json", id)
	if !strings.Contains(got, `"id": "`+a.ID+`"`) {
		t.Errorf("show of a stale story does not cite the report added to it (%s)", a.ID)
	}
	if _, stale, err := st.BriefJSON(ctx, id); err != nil || stale {
		t.Errorf("after show: stale %v, %v; want the rebuilt brief stored", stale, err)
	}
}

// TestShowCitesLikeBrief: show cites the stored story's reports as s1...sN,
// as brief and the page do (before: their 17-character article ids), and
// a report without a headline is not titled by its file path. The summit
// reports are plain text whose first line is the headline; one is copied
// without it.
func TestShowCitesLikeBrief(t *testing.T) {
	src := testenv.SharedData(t, "summit-2023")
	files, _ := filepath.Glob(filepath.Join(src, "*.txt"))
	dir := t.TempDir()
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 { // drop the headline line
			_, b, _ = bytes.Cut(b, []byte("\n"))
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "cc.db")
	runCLI(t, "ingest", "--db", db, dir)
	out, _ := runCLI(t, "stories", "--db", db, "--format", "json")
	var list struct{ Stories []struct{ ID string } }
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list.Stories) == 0 {
		t.Fatalf("stories: %v\n%s", err, out)
	}
	md, _ := runCLI(t, "show", "--db", db, list.Stories[0].ID)
	if !regexp.MustCompile(`\[s1[],]`).MatchString(md) {
		t.Errorf("show does not cite s1:\n%s", md)
	}
	if m := regexp.MustCompile(`\[[a-z0-9]{12,}[],]`).FindString(md); m != "" {
		t.Errorf("show cites an article id %s", m)
	}
	if strings.Contains(md, dir) {
		t.Errorf("show names the folder %s", dir)
	}
}
