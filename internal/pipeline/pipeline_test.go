package pipeline_test

import (
	"context"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/sqlite"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// sharedData returns ../shared/data/<name> beside the repository root, or
// skips (fails in CI) when it is missing.
func sharedData(tb testing.TB, name string) string { return testenv.SharedData(tb, name) }

// multiling reads the English MultiLing 2011 articles (10 topics of 10).
func multiling(tb testing.TB) []*news.Article {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedData(tb, "multiling2011"), "SourceTexts", "*.english"))
	if len(files) != 100 {
		tb.Fatalf("found %d MultiLing English articles, want 100", len(files))
	}
	arts, errs := ingest.Read(context.Background(), files, ingest.Options{})
	if len(errs) > 0 || len(arts) != 100 {
		tb.Fatalf("read %d articles, errors %v", len(arts), errs)
	}
	return arts
}

func openSQLite(t testing.TB, path string) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// partition returns the stored stories as sorted lists of article files.
func partition(t testing.TB, st store.Store) [][]string {
	t.Helper()
	ctx := context.Background()
	ss, err := st.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, s := range ss {
		var files []string
		for _, a := range s.Articles {
			files = append(files, filepath.Base(a.File))
		}
		sort.Strings(files)
		out = append(out, files)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// checkBriefs asserts that every story has a fresh brief whose sources are
// exactly the story's articles.
func checkBriefs(t *testing.T, st store.Store) {
	t.Helper()
	ctx := context.Background()
	ss, err := st.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if stale, _ := st.Stale(ctx); len(stale) > 0 {
		t.Errorf("stale stories after ingest: %v", stale)
	}
	for _, info := range ss {
		s, err := st.Story(ctx, info.ID)
		if err != nil {
			t.Fatal(err)
		}
		if s.Brief == nil {
			t.Errorf("story %s has no brief", s.ID)
			continue
		}
		var want, got []string
		for _, a := range s.Articles {
			want = append(want, a.ID)
		}
		for _, src := range s.Brief.Sources {
			got = append(got, src.ID)
		}
		slices.Sort(want)
		slices.Sort(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("story %s: brief sources differ from its articles (-want +got):\n%s", s.ID, diff)
		}
	}
}

func TestIngestMultiLing(t *testing.T) {
	ctx := context.Background()
	st := openSQLite(t, filepath.Join(t.TempDir(), "cc.db"))
	p, err := pipeline.New(ctx, st, pipeline.Options{Batch: 16})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Ingest(ctx, multiling(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Added) != 100 || len(res.Skipped) != 0 {
		t.Fatalf("first ingest: %d added, %d skipped; want 100, 0", len(res.Added), len(res.Skipped))
	}
	parts := partition(t, st)
	// Ten topics: clustering must find fewer than 100 stories (some topics
	// span years and split, which is right for a news stream).
	if len(parts) < 10 || len(parts) > 90 {
		t.Errorf("%d stories from 10 topics of 10 articles", len(parts))
	}
	checkBriefs(t, st)

	// The same articles again, read afresh: nothing is added or changed.
	res, err = p.Ingest(ctx, multiling(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Added) != 0 || len(res.Skipped) != 100 || len(res.Stories) != 0 {
		t.Errorf("re-ingest: %d added, %d skipped, %d stories touched; want 0, 100, 0", len(res.Added), len(res.Skipped), len(res.Stories))
	}
	if diff := cmp.Diff(parts, partition(t, st)); diff != "" {
		t.Errorf("re-ingest changed the stories (-before +after):\n%s", diff)
	}
}

// TestRestartCarriesOn ingests the articles in two runs, with a new
// pipeline (as after a restart) for the second: the stories must be the
// ones a single run makes, since the clusterer is rebuilt from the store.
func TestRestartCarriesOn(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	one := openSQLite(t, filepath.Join(dir, "one.db"))
	p, err := pipeline.New(ctx, one, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Ingest(ctx, multiling(t)); err != nil {
		t.Fatal(err)
	}

	two := openSQLite(t, filepath.Join(dir, "two.db"))
	arts := multiling(t)
	for _, half := range [][]*news.Article{arts[:50], arts[50:]} {
		p, err := pipeline.New(ctx, two, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.Ingest(ctx, half); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(partition(t, one), partition(t, two)); diff != "" {
		t.Errorf("stories of two runs differ from one run's (-one +two):\n%s", diff)
	}
	checkBriefs(t, two)
}

// TestStaleBriefsRebuiltOnStart simulates a crash between storing articles
// and storing their briefs: the next pipeline finishes the briefs.
func TestStaleBriefsRebuiltOnStart(t *testing.T) {
	ctx := context.Background()
	st := openSQLite(t, filepath.Join(t.TempDir(), "cc.db"))
	arts := multiling(t)[:10]
	var c store.Change
	for _, a := range arts {
		a.ID = store.IDFor(store.Key(a))
		c.Articles = append(c.Articles, store.NewArticle{Article: a, Key: store.Key(a), StoryID: "st-crash"})
	}
	if _, err := st.Apply(ctx, c); err != nil {
		t.Fatal(err)
	}
	if stale, _ := st.Stale(ctx); !cmp.Equal(stale, []string{"st-crash"}) {
		t.Fatalf("Stale = %v, want [st-crash]", stale)
	}
	if _, err := pipeline.New(ctx, st, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	checkBriefs(t, st)
}

// TestBriefsOncePerRun checks the two ways an Ingest rebuilds briefs. With
// the default BriefEvery, a run of many batches rebuilds each touched story
// once, at the end. With briefs due after every batch, stories are rebuilt
// as the run goes. Either way every stored brief is exactly the one
// brief.Build makes of the story's stored articles (what a restart would
// make), though the pipeline reuses the clusterer's analyses and builds
// several briefs at once.
func TestBriefsOncePerRun(t *testing.T) {
	for _, tc := range []struct {
		name  string
		every time.Duration
		once  bool
	}{
		{"at the end", 0, true},
		{"every batch", time.Nanosecond, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st := openSQLite(t, filepath.Join(t.TempDir(), "cc.db"))
			var mu sync.Mutex
			built := 0
			p, err := pipeline.New(ctx, st, pipeline.Options{Batch: 8, BriefEvery: tc.every, Workers: 3,
				Progress: func(stage string, _, _ int) {
					if stage == "brief" {
						mu.Lock()
						built++
						mu.Unlock()
					}
				}})
			if err != nil {
				t.Fatal(err)
			}
			res, err := p.Ingest(ctx, multiling(t))
			if err != nil {
				t.Fatal(err)
			}
			if tc.once && built != len(res.Stories) {
				t.Errorf("%d briefs built for %d stories touched; want each once", built, len(res.Stories))
			}
			if !tc.once && built <= len(res.Stories) {
				t.Errorf("%d briefs built for %d stories touched; want some rebuilt as the run went", built, len(res.Stories))
			}
			checkBriefs(t, st)
			for _, id := range res.Stories {
				s, err := st.Story(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				arts, _, err := st.StoryArticles(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				pipeline.BriefOrder(arts)
				if diff := cmp.Diff(brief.Build(arts, brief.Options{}), s.Brief); diff != "" {
					t.Errorf("story %s: stored brief differs from brief.Build of its stored articles (-want +got):\n%s", id, diff)
				}
			}
		})
	}
}
