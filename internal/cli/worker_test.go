package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/queue"
	"github.com/crosscheck/crosscheck/internal/queue/nats/natstest"
	"github.com/crosscheck/crosscheck/internal/store"
	"github.com/crosscheck/crosscheck/internal/store/postgres"
	"github.com/crosscheck/crosscheck/internal/store/postgres/pgtest"
)

// pgState is what a scale-out test compares with a clean run: the stories
// as sets of article files, each with its brief.
type pgState struct {
	articles int
	keys     int               // distinct identity keys
	stories  map[string]string // sorted article files -> brief JSON
	stale    []string
}

func readPG(t *testing.T, dsn string) pgState {
	t.Helper()
	ctx := context.Background()
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := pgState{stories: map[string]string{}}
	if err := st.SQL().QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT key) FROM articles`).Scan(&s.articles, &s.keys); err != nil {
		t.Fatal(err)
	}
	if s.stale, err = st.Stale(ctx); err != nil {
		t.Fatal(err)
	}
	ss, err := st.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range ss {
		var files []string
		for _, a := range info.Articles {
			files = append(files, filepath.Base(a.File))
		}
		sort.Strings(files)
		b, _, err := st.BriefJSON(ctx, info.ID)
		if err != nil {
			t.Fatal(err)
		}
		s.stories[strings.Join(files, " ")] = string(b)
	}
	return s
}

func comparePG(t *testing.T, want, got pgState) {
	t.Helper()
	if got.articles != want.articles || got.keys != got.articles {
		t.Errorf("%d articles (%d distinct keys) stored, want %d, each once", got.articles, got.keys, want.articles)
	}
	if len(got.stale) > 0 {
		t.Errorf("stale briefs left: %v", got.stale)
	}
	for set, b := range want.stories {
		g, ok := got.stories[set]
		switch {
		case !ok:
			t.Errorf("story of %s missing", set)
		case g != b:
			t.Errorf("brief of the story of %s differs from the clean run's", set)
		}
	}
	for set := range got.stories {
		if _, ok := want.stories[set]; !ok {
			t.Errorf("story of %s not in the clean run", set)
		}
	}
}

// worker starts `crosscheck worker` as a process of its own.
func startWorker(t testing.TB, bin, dsn, url, stream string, extra ...string) *exec.Cmd {
	t.Helper()
	args := append([]string{"worker", "--db", dsn, "--nats", url, "--stream", stream, "--ack-wait", "3s", "--fetch", "4"}, extra...)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "CROSSCHECK_LOG=warn")
	var logb bytes.Buffer
	cmd.Stderr = &logb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("worker %d log:\n%s", cmd.Process.Pid, logb.String())
		}
	})
	return cmd
}

// storedOrder lists the files of the stored articles in the order stored.
func storedOrder(t *testing.T, dsn string) []string {
	t.Helper()
	st, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var files []string
	if _, err := st.Assignments(context.Background(), 0, func(_ int64, a *news.Article, _ string) error {
		files = append(files, a.File)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return files
}

func storedArticles(t testing.TB, dsn string) int {
	t.Helper()
	st, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var n int
	if err := st.SQL().QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestWorkerSurvivesKill9 is the done-when test of the workers' crash
// safety: two `crosscheck worker` processes store the 100 MultiLing English
// and the 5 summit reports that `ingest --nats --wait` queues; one worker
// is killed with SIGKILL twice in the middle of the stream (and started
// again). The end state must equal a clean run in one process of the same
// reports in the same order: every article once, the same stories and the
// same briefs, none stale.
func TestWorkerSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs workers")
	}
	url := natstest.URL(t)
	base := pgtest.DSN(t)
	files, _ := filepath.Glob(filepath.Join(sharedData(t, "multiling2011"), "SourceTexts", "*.english"))
	summit, _ := filepath.Glob(filepath.Join(sharedData(t, "summit-2023"), "*.txt"))
	inputs := append(files, summit...)

	bin := buildBinary(t)
	dsn := pgtest.Schema(t, base)
	stream := natstest.Stream(t, url)
	victim := startWorker(t, bin, dsn, url, stream)
	startWorker(t, bin, dsn, url, stream)

	type result struct {
		code        int
		out, errOut string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errOut := run(t, append([]string{"ingest", "--db", dsn, "--nats", url, "--stream", stream, "--wait", "--wait-timeout", "10m"}, inputs...)...)
		done <- result{code, out, errOut}
	}()
	kills := 0
	for _, at := range []int{15, 55} {
		for storedArticles(t, dsn) < at {
			time.Sleep(100 * time.Millisecond)
		}
		if err := victim.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = victim.Wait()
		kills++
		n := storedArticles(t, dsn)
		t.Logf("kill %d with %d of %d articles stored", kills, n, len(inputs))
		if n >= len(inputs) {
			t.Fatalf("kill %d landed after the work was done", kills)
		}
		victim = startWorker(t, bin, dsn, url, stream)
	}
	r := <-done
	if r.code != ExitOK || !strings.HasPrefix(r.out, fmt.Sprintf("%d article(s) stored by the workers", len(inputs))) {
		t.Fatalf("ingest --nats --wait: exit %d, %q\n%s", r.code, r.out, r.errOut)
	}

	// The clean run: one process ingesting the same reports in the order
	// the workers stored them. A job redelivered after a kill is placed
	// when it comes back, after jobs queued later, and the online
	// clusterer's stories depend on the order articles arrive in (as they
	// do in one process); what must not change is anything else.
	clean := pgtest.Schema(t, base)
	if code, _, errOut := run(t, append([]string{"ingest", "--db", clean}, storedOrder(t, dsn)...)...); code != ExitOK {
		t.Fatalf("clean ingest: exit %d\n%s", code, errOut)
	}
	want := readPG(t, clean)
	if want.articles != len(inputs) {
		t.Fatalf("clean run stored %d articles, want %d", want.articles, len(inputs))
	}
	comparePG(t, want, readPG(t, dsn))
}

// TestWorkerDeadLetter checks that an article the store refuses every time
// (a NUL byte, which PostgreSQL text cannot hold) goes to the dead letters
// with its error after --max-attempts, that the article beside it in the
// same batch is stored all the same, and that stories --failed lists it.
func TestWorkerDeadLetter(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs a worker")
	}
	url := natstest.URL(t)
	dsn := pgtest.Schema(t, pgtest.DSN(t))
	stream := natstest.Stream(t, url)
	bin := buildBinary(t)
	startWorker(t, bin, dsn, url, stream, "--max-attempts", "2")

	good := &news.Article{URL: "https://example.org/good", Title: "Good", Text: "The council approved the budget on Monday after a long debate that ran late into the night."}
	bad := &news.Article{URL: "https://example.org/bad", Title: "Bad", Text: "The council\x00 approved the budget on Monday after a long debate that ran late into the night."}
	// Published straight to the queue, as another producer might: ingest
	// reads no NUL into an article.
	ctx := context.Background()
	q, err := openQueue(ctx, natsFlags{url: url, stream: stream}, queue.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	for _, a := range []*news.Article{good, bad} {
		if err := q.Publish(ctx, jobFor(a)); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		dead, err := q.DeadLetters(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(dead) > 0 {
			if len(dead) != 1 || dead[0].Job.ID != bad.ID || dead[0].Attempts != 2 || !strings.Contains(dead[0].Error, "store articles") {
				t.Fatalf("dead letters %+v, want the bad article after 2 attempts with the store's error", dead)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no dead letter after 2 minutes")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if n := storedArticles(t, dsn); n != 1 {
		t.Errorf("%d articles stored, want the good one", n)
	}
	code, out, errOut := run(t, "stories", "--failed", "--nats", url, "--stream", stream)
	if code != ExitOK || !strings.Contains(out, bad.ID) || !strings.Contains(out, "https://example.org/bad") || !strings.Contains(out, "store articles") {
		t.Errorf("stories --failed: exit %d\n%s%s", code, out, errOut)
	}
}

// TestWorkerCPUsUsage checks that --cpus takes 0 (every core) or more and
// that a bad value is a usage error before anything is opened.
func TestWorkerCPUsUsage(t *testing.T) {
	var out, errb bytes.Buffer
	code := Run([]string{"worker", "--db", "postgres://127.0.0.1:1/none", "--nats", "nats://127.0.0.1:1", "--cpus", "-2"}, nil, &out, &errb)
	if code != ExitUsage || !strings.Contains(errb.String(), "--cpus") {
		t.Fatalf("worker --cpus -2: exit %d, stderr %q; want %d naming --cpus", code, errb.String(), ExitUsage)
	}
}
