package pipeline

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/queue"
)

// creepingQueue is a queue whose settled place advances one job per step,
// as other workers' batches ahead are stored on a loaded machine, and
// stops at stall.
type creepingQueue struct {
	queue.Queue
	mu    sync.Mutex
	start time.Time
	step  time.Duration
	stall uint64
}

func (q *creepingQueue) Settled(context.Context) (uint64, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return min(1+uint64(time.Since(q.start)/q.step), q.stall), nil
}

// TestAwaitTurnWhileOthersAdvance: a worker waits for the jobs published
// before its own as long as the others keep settling them, even past
// OrderWait in all (going ahead placed articles out of publication order,
// and then other stories than one process makes), and goes ahead once
// they stop for OrderWait (a worker died holding them).
func TestAwaitTurnWhileOthersAdvance(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stall  uint64
		wantAt uint64
	}{
		{"advancing", 1 << 62, 19},
		{"stalled", 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := &creepingQueue{start: time.Now(), step: 40 * time.Millisecond, stall: tc.stall}
			w := &Worker{q: q, opt: WorkerOptions{OrderWait: 200 * time.Millisecond}, p: &Pipeline{log: slog.New(slog.DiscardHandler)}}
			w.awaitTurn(context.Background(), 20)
			at, _ := q.Settled(context.Background())
			if at < tc.wantAt {
				t.Errorf("went ahead at settled place %d after %v; want %d (jobs 1 to 19 settled, one every %v, OrderWait %v)",
					at, time.Since(q.start).Round(time.Millisecond), tc.wantAt, q.step, w.opt.OrderWait)
			}
			if tc.stall < tc.wantAt+1 && w.stuckAt != tc.stall {
				t.Errorf("stuck at %d, want %d", w.stuckAt, tc.stall)
			}
		})
	}
}
