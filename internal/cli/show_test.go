package cli

import (
	"bytes"
	"context"
	"path/filepath"
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
