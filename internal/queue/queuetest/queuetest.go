// Package queuetest is the conformance suite of queue.Queue: every
// implementation runs it in a few lines.
package queuetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/queue"
)

// AckWait is the ack wait the suite asks of the queues it is given: short,
// so that redelivery is seen in a test.
const AckWait = 2 * time.Second

// Open makes a fresh, empty queue for one test, with AckWait as its ack
// wait.
type Open func(t *testing.T) queue.Queue

func job(i int) queue.Job {
	id := fmt.Sprintf("a%016x", i)
	return queue.Job{ID: id, Article: &news.Article{ID: id, Title: fmt.Sprintf("Report %d", i), Text: fmt.Sprintf("The text of report %d.", i)}}
}

// Run runs the suite.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		f    func(*testing.T, queue.Queue)
	}{
		{"PublishFetchAck", testPublishFetchAck},
		{"SpentWaitIsNoError", testSpentWait},
		{"DedupByID", testDedup},
		{"NakRedelivers", testNak},
		{"AckWaitRedelivers", testAckWait},
		{"FailKeepsDeadLetter", testFail},
		{"ConcurrentWorkersShare", testConcurrent},
		{"InProgressHolds", testInProgress},
		{"SettledInOrder", testSettled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := open(t)
			t.Cleanup(func() { _ = q.Close() })
			tc.f(t, q)
		})
	}
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

func publish(t *testing.T, q queue.Queue, jobs ...queue.Job) {
	t.Helper()
	for _, j := range jobs {
		if err := q.Publish(ctx(t), j); err != nil {
			t.Fatalf("publish %s: %v", j.ID, err)
		}
	}
}

// fetchAll fetches until n deliveries arrived or wait passed.
func fetchAll(t *testing.T, q queue.Queue, n int, wait time.Duration) []queue.Delivery {
	t.Helper()
	var out []queue.Delivery
	end := time.Now().Add(wait)
	for len(out) < n && time.Now().Before(end) {
		ds, err := q.Fetch(ctx(t), n-len(out), time.Until(end))
		if err != nil {
			t.Fatalf("fetch: %v", err)
		}
		out = append(out, ds...)
	}
	return out
}

func pending(t *testing.T, q queue.Queue) int {
	t.Helper()
	n, err := q.Pending(ctx(t))
	if err != nil {
		t.Fatalf("pending: %v", err)
	}
	return n
}

func testPublishFetchAck(t *testing.T, q queue.Queue) {
	publish(t, q, job(1), job(2), job(3))
	if n := pending(t, q); n != 3 {
		t.Fatalf("pending after 3 publications = %d, want 3", n)
	}
	ds := fetchAll(t, q, 3, 5*time.Second)
	if len(ds) != 3 {
		t.Fatalf("fetched %d deliveries, want 3", len(ds))
	}
	for i, d := range ds {
		want := job(i + 1)
		if d.Job().ID != want.ID || d.Job().Article.Text != want.Article.Text {
			t.Errorf("delivery %d is job %s %q, want %s %q (publication order)", i, d.Job().ID, d.Job().Article.Text, want.ID, want.Article.Text)
		}
		if d.Attempt() != 1 {
			t.Errorf("first delivery of %s has attempt %d, want 1", d.Job().ID, d.Attempt())
		}
		if err := d.Ack(); err != nil {
			t.Fatalf("ack: %v", err)
		}
	}
	if more := fetchAll(t, q, 1, 500*time.Millisecond); len(more) != 0 {
		t.Errorf("acked jobs delivered again: %s", more[0].Job().ID)
	}
	waitPending(t, q, 0)
}

// testSpentWait asks for jobs with a wait that has run out before the
// request can leave, as a caller looping to a deadline does on its last
// round: that is an empty answer, not an error.
func testSpentWait(t *testing.T, q queue.Queue) {
	for _, wait := range []time.Duration{0, time.Nanosecond, time.Microsecond} {
		ds, err := q.Fetch(ctx(t), 1, wait)
		if err != nil {
			t.Fatalf("fetch with a wait of %v: %v", wait, err)
		}
		if len(ds) != 0 {
			t.Fatalf("fetch from an empty queue returned %d deliveries", len(ds))
		}
	}
}

// waitPending waits for the queue to count want jobs pending: an ack
// reaches a server a moment after it is sent.
func waitPending(t *testing.T, q queue.Queue, want int) {
	t.Helper()
	n := -1
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if n = pending(t, q); n == want {
			return
		}
	}
	t.Errorf("pending = %d, want %d", n, want)
}

func testDedup(t *testing.T, q queue.Queue) {
	publish(t, q, job(1), job(1), job(2), job(1))
	ds := fetchAll(t, q, 3, 2*time.Second)
	var ids []string
	for _, d := range ds {
		ids = append(ids, d.Job().ID)
		_ = d.Ack()
	}
	if want := []string{job(1).ID, job(2).ID}; !slices.Equal(ids, want) {
		t.Errorf("delivered %v, want %v: a job published again is queued once", ids, want)
	}
}

func testNak(t *testing.T, q queue.Queue) {
	publish(t, q, job(1))
	ds := fetchAll(t, q, 1, 5*time.Second)
	if len(ds) != 1 {
		t.Fatalf("fetched %d, want 1", len(ds))
	}
	start := time.Now()
	if err := ds[0].Nak(300 * time.Millisecond); err != nil {
		t.Fatal(err)
	}
	again := fetchAll(t, q, 1, 5*time.Second)
	if len(again) != 1 || again[0].Job().ID != job(1).ID {
		t.Fatalf("a nak'd job was not delivered again")
	}
	if d := time.Since(start); d < 250*time.Millisecond {
		t.Errorf("delivered again after %v, before the nak's delay of 300ms", d)
	}
	if again[0].Attempt() != 2 {
		t.Errorf("second delivery has attempt %d, want 2", again[0].Attempt())
	}
	_ = again[0].Ack()
	waitPending(t, q, 0)
}

func testAckWait(t *testing.T, q queue.Queue) {
	publish(t, q, job(1))
	ds := fetchAll(t, q, 1, 5*time.Second)
	if len(ds) != 1 {
		t.Fatalf("fetched %d, want 1", len(ds))
	}
	// The worker holding it dies: no ack. Nobody gets it before the ack
	// wait, someone does after.
	if early := fetchAll(t, q, 1, AckWait/4); len(early) != 0 {
		t.Fatalf("job delivered again while still within its ack wait")
	}
	again := fetchAll(t, q, 1, 3*AckWait)
	if len(again) != 1 {
		t.Fatalf("an unsettled job was not delivered again after the ack wait")
	}
	if again[0].Attempt() != 2 {
		t.Errorf("redelivery has attempt %d, want 2", again[0].Attempt())
	}
	// The late worker's ack must not settle the job it no longer holds
	// twice; the new holder's does.
	_ = ds[0].Ack()
	_ = again[0].Ack()
	waitPending(t, q, 0)
}

func testFail(t *testing.T, q queue.Queue) {
	publish(t, q, job(1), job(2))
	ds := fetchAll(t, q, 2, 5*time.Second)
	if len(ds) != 2 {
		t.Fatalf("fetched %d, want 2", len(ds))
	}
	if err := ds[0].Fail(ctx(t), errors.New("store article: invalid byte sequence")); err != nil {
		t.Fatalf("fail: %v", err)
	}
	_ = ds[1].Ack()
	waitPending(t, q, 0)
	if more := fetchAll(t, q, 1, 500*time.Millisecond); len(more) != 0 {
		t.Errorf("a failed job was delivered again: %s attempt %d", more[0].Job().ID, more[0].Attempt())
	}
	dead, err := q.DeadLetters(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dead))
	}
	d := dead[0]
	if d.Job.ID != job(1).ID || d.Job.Article == nil || d.Job.Article.Text != job(1).Article.Text {
		t.Errorf("dead letter holds job %+v, want job %s with its article", d.Job, job(1).ID)
	}
	if d.Error != "store article: invalid byte sequence" || d.Attempts != 1 || d.Failed.IsZero() {
		t.Errorf("dead letter = error %q, attempts %d, failed %v; want the error given, 1 attempt and a time", d.Error, d.Attempts, d.Failed)
	}
}

func testConcurrent(t *testing.T, q queue.Queue) {
	const n = 60
	for i := range n {
		publish(t, q, job(i))
	}
	var mu sync.Mutex
	got := map[string]int{}
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			for {
				ds, err := q.Fetch(context.Background(), 7, 700*time.Millisecond)
				if err != nil {
					t.Errorf("fetch: %v", err)
					return
				}
				if len(ds) == 0 {
					return
				}
				for _, d := range ds {
					mu.Lock()
					got[d.Job().ID]++
					mu.Unlock()
					if err := d.Ack(); err != nil {
						t.Errorf("ack: %v", err)
					}
				}
			}
		})
	}
	wg.Wait()
	if len(got) != n {
		t.Errorf("%d distinct jobs delivered, want %d", len(got), n)
	}
	for id, c := range got {
		if c != 1 {
			t.Errorf("job %s delivered %d times to workers that all acked", id, c)
		}
	}
}

func testInProgress(t *testing.T, q queue.Queue) {
	publish(t, q, job(1))
	ds := fetchAll(t, q, 1, 5*time.Second)
	if len(ds) != 1 {
		t.Fatalf("fetched %d, want 1", len(ds))
	}
	// Keep working past two ack waits, saying so: nobody else gets it.
	stop := time.Now().Add(AckWait + AckWait/2)
	for time.Now().Before(stop) {
		if err := ds[0].InProgress(); err != nil {
			t.Fatal(err)
		}
		if other := fetchAll(t, q, 1, AckWait/4); len(other) != 0 {
			t.Fatalf("job delivered to another worker while its holder said it was in progress")
		}
	}
	_ = ds[0].Ack()
	waitPending(t, q, 0)
}

func settled(t *testing.T, q queue.Queue) uint64 {
	t.Helper()
	n, err := q.Settled(ctx(t))
	if err != nil {
		t.Fatalf("settled: %v", err)
	}
	return n
}

// waitSettled waits for Settled to reach want (acks reach a server a
// moment after they are sent) and fails if it passes it.
func waitSettled(t *testing.T, q queue.Queue, want uint64) {
	t.Helper()
	var n uint64
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if n = settled(t, q); n >= want {
			break
		}
	}
	if n != want {
		t.Errorf("settled = %d, want %d", n, want)
	}
}

func testSettled(t *testing.T, q queue.Queue) {
	publish(t, q, job(1), job(2), job(3))
	ds := fetchAll(t, q, 3, 5*time.Second)
	if len(ds) != 3 {
		t.Fatalf("fetched %d, want 3", len(ds))
	}
	first := ds[0].Seq()
	for i, d := range ds {
		if d.Seq() != first+uint64(i) {
			t.Fatalf("deliveries have places %d, %d, %d; want consecutive in publication order", ds[0].Seq(), ds[1].Seq(), ds[2].Seq())
		}
	}
	base := first - 1
	if n := settled(t, q); n != base {
		t.Errorf("settled = %d before any ack, want %d", n, base)
	}
	// The second settled first: the floor stays before the first.
	_ = ds[1].Ack()
	time.Sleep(300 * time.Millisecond)
	if n := settled(t, q); n != base {
		t.Errorf("settled = %d with the first job unsettled, want %d", n, base)
	}
	_ = ds[0].Fail(ctx(t), errors.New("bad"))
	waitSettled(t, q, base+2)
	_ = ds[2].Ack()
	waitSettled(t, q, base+3)
}
