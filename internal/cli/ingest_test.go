package cli

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"

	"github.com/crosscheck/crosscheck/internal/store/sqlite"
)

// buildBinary builds the crosscheck command into a temporary directory.
func buildBinary(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "crosscheck")
	cmd := exec.Command("go", "build", "-o", bin, "../../cmd/crosscheck")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// storeState is what the kill test checks after each kill.
type storeState struct {
	articles int
	stories  map[string][]string // story -> article ids
	stale    []string
}

// checkStore opens the store and asserts it is consistent: every article
// in a story that exists, no story without articles, no identity twice,
// and every brief that is not stale covering exactly its story's articles.
func checkStore(t *testing.T, path string) storeState {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open the store after a kill: %v", err)
	}
	defer db.Close()
	var n int
	for q, want := range map[string]int{
		`SELECT COUNT(*) FROM articles WHERE story_id NOT IN (SELECT id FROM stories)`:                         0,
		`SELECT COUNT(*) FROM stories WHERE id NOT IN (SELECT story_id FROM articles)`:                         0,
		`SELECT COUNT(*) FROM (SELECT key FROM articles GROUP BY key HAVING COUNT(*) > 1)`:                     0,
		`SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL AND copy_of NOT IN (SELECT id FROM articles)`: 0,
	} {
		if err := db.SQL().QueryRowContext(ctx, q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != want {
			t.Errorf("%s = %d, want %d", q, n, want)
		}
	}
	if err := db.SQL().QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(new(string)); err != nil {
		t.Errorf("integrity check: %v", err)
	}
	st := storeState{stories: map[string][]string{}}
	if _, err := db.Assignments(ctx, 0, func(_ int64, a *news.Article, story string) error {
		st.articles++
		st.stories[story] = append(st.stories[story], a.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if st.stale, err = db.Stale(ctx); err != nil {
		t.Fatal(err)
	}
	for id, arts := range st.stories {
		if slices.Contains(st.stale, id) {
			continue
		}
		s, err := db.Story(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		var srcs []string
		for _, src := range s.Brief.Sources {
			srcs = append(srcs, src.ID)
		}
		slices.Sort(srcs)
		want := slices.Sorted(slices.Values(arts))
		if !slices.Equal(srcs, want) {
			t.Errorf("story %s is not stale but its brief cites %v, not its articles %v", id, srcs, want)
		}
	}
	return st
}

// TestIngestSurvivesKill9 starts `crosscheck ingest` on real articles,
// kills it with SIGKILL at random moments, checks after each kill that the
// store is consistent, then lets a run finish and checks that everything is
// stored exactly once, with every brief up to date, and that the stories
// are the same as those of a run never killed.
func TestIngestSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it many times")
	}
	data := sharedData(t, "multiling2011")
	files, _ := filepath.Glob(filepath.Join(data, "SourceTexts", "*.english"))
	summit, _ := filepath.Glob(filepath.Join(sharedData(t, "summit-2023"), "*"))
	inputs := append(files, summit...)
	bin := buildBinary(t)
	dir := t.TempDir()
	run := func(db string) *exec.Cmd {
		// Small batches: many transactions to be killed in the middle of.
		cmd := exec.Command(bin, append([]string{"ingest", "--db", db, "--batch", "3"}, inputs...)...)
		cmd.Env = append(os.Environ(), "CROSSCHECK_LOG=warn")
		return cmd
	}

	// A run never killed, to compare with.
	clean := filepath.Join(dir, "clean.db")
	start := time.Now()
	if out, err := run(clean).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted ingest: %v\n%s", err, out)
	}
	full := time.Since(start)
	want := checkStore(t, clean)
	if len(want.stale) > 0 || want.articles == 0 {
		t.Fatalf("uninterrupted run: %d articles, stale %v", want.articles, want.stale)
	}

	db := filepath.Join(dir, "killed.db")
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	kills, midway := 0, 0
	for attempt := 0; kills < 10 && attempt < 40; attempt++ {
		cmd := run(db)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Anywhere from early in start-up to past the end of the work a
		// whole run takes (each run first finishes what the last one left).
		wait := full/10 + time.Duration(rng.Int64N(int64(full)*3/2))
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			// It finished first: check it, and start again from nothing so
			// the next kills land in the middle of the work again.
			if err != nil {
				t.Fatalf("run finished with %v", err)
			}
			got := checkStore(t, db)
			if got.articles != want.articles || len(got.stale) > 0 || !cmpPartition(want.stories, got.stories) {
				t.Errorf("a run that finished after kills: %d articles, %d stale, same stories %v",
					got.articles, len(got.stale), cmpPartition(want.stories, got.stories))
			}
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(db + suffix)
			}
			continue
		case <-time.After(wait):
			_ = cmd.Process.Signal(syscall.SIGKILL)
			<-done
			kills++
		}
		got := checkStore(t, db)
		if got.articles > 0 && (got.articles < want.articles || len(got.stale) > 0) {
			midway++
		}
		t.Logf("kill %d at %v: %d articles, %d stories, %d stale", kills, wait.Round(time.Millisecond), got.articles, len(got.stories), len(got.stale))
		if got.articles > want.articles {
			t.Fatalf("%d articles stored, more than the %d there are", got.articles, want.articles)
		}
	}
	if midway == 0 {
		t.Fatal("no kill landed in the middle of the work")
	}
	if out, err := run(db).CombinedOutput(); err != nil {
		t.Fatalf("ingest after the kills: %v\n%s", err, out)
	}
	got := checkStore(t, db)
	if got.articles != want.articles || len(got.stale) > 0 {
		t.Errorf("after completing: %d articles, stale %v; want %d, none", got.articles, got.stale, want.articles)
	}
	if !cmpPartition(want.stories, got.stories) {
		t.Errorf("stories after kills differ from an uninterrupted run's:\nwant %v\ngot  %v", want.stories, got.stories)
	}
	out, err := run(db).Output()
	if err != nil || !strings.HasPrefix(string(out), "0 article(s) added") {
		t.Errorf("a further run: %q, %v; want nothing added", out, err)
	}
}

// cmpPartition compares two groupings of article ids, ignoring story ids.
func cmpPartition(a, b map[string][]string) bool {
	norm := func(m map[string][]string) []string {
		var out []string
		for _, ids := range m {
			s := slices.Sorted(slices.Values(ids))
			out = append(out, fmt.Sprint(s))
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(norm(a), norm(b))
}
