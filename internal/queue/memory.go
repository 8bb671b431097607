package queue

import (
	"context"
	"sync"
	"time"
)

// Memory is the in-process queue: jobs live in this process only, so it
// serves one process (tests, and the worker logic without a server). It
// keeps the same promises as the NATS queue: deduplication by ID within
// the window, redelivery after the ack wait, dead letters.
type Memory struct {
	lim Limits

	mu     sync.Mutex
	wake   chan struct{} // closed and replaced when a job becomes available
	closed bool
	jobs   []*memJob            // queued or delivered, in publication order
	seq    uint64               // place of the last job published
	seen   map[string]time.Time // published IDs and when
	dead   []DeadLetter
	now    func() time.Time
}

type memJob struct {
	job      Job
	seq      uint64
	attempts int
	notUntil time.Time // not delivered before this (in flight, or a Nak's delay)
	token    int       // which delivery may settle it
	done     bool
}

var _ Queue = (*Memory)(nil)

// NewMemory returns an empty in-process queue with the limits given.
func NewMemory(lim Limits) *Memory {
	return &Memory{lim: lim.WithDefaults(), wake: make(chan struct{}), seen: map[string]time.Time{}, now: time.Now}
}

// Publish implements Queue.
func (m *Memory) Publish(_ context.Context, j Job) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return ErrClosed
	}
	now := m.now()
	if t, ok := m.seen[j.ID]; ok && now.Sub(t) < m.lim.Dedup {
		return nil
	}
	m.seen[j.ID] = now
	m.seq++
	m.jobs = append(m.jobs, &memJob{job: j, seq: m.seq})
	m.signal()
	return nil
}

// signal wakes the fetchers waiting; the caller holds mu.
func (m *Memory) signal() {
	close(m.wake)
	m.wake = make(chan struct{})
}

// Fetch implements Queue.
func (m *Memory) Fetch(ctx context.Context, max int, wait time.Duration) ([]Delivery, error) {
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	for {
		m.mu.Lock()
		if m.closed {
			m.mu.Unlock()
			return nil, ErrClosed
		}
		out, next := m.take(max)
		wake := m.wake
		m.mu.Unlock()
		if len(out) > 0 {
			return out, nil
		}
		// Wait for a publication, a delayed job coming due, or the end.
		var due <-chan time.Time
		var timer *time.Timer
		if !next.IsZero() {
			timer = time.NewTimer(time.Until(next))
			due = timer.C
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-deadline.C:
			return nil, nil
		case <-wake:
		case <-due:
		}
		if timer != nil {
			timer.Stop()
		}
	}
}

// take hands out up to max available jobs, and says when the next one
// held back becomes available; the caller holds mu.
func (m *Memory) take(max int) ([]Delivery, time.Time) {
	now := m.now()
	var out []Delivery
	var next time.Time
	live := m.jobs[:0]
	for _, j := range m.jobs {
		if j.done {
			continue
		}
		live = append(live, j)
		if len(out) >= max {
			continue
		}
		if now.Before(j.notUntil) {
			if next.IsZero() || j.notUntil.Before(next) {
				next = j.notUntil
			}
			continue
		}
		j.attempts++
		j.token++
		j.notUntil = now.Add(m.lim.AckWait)
		out = append(out, &memDelivery{m: m, j: j, token: j.token, attempt: j.attempts})
	}
	m.jobs = live
	return out, next
}

// Pending implements Queue.
func (m *Memory) Pending(context.Context) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for _, j := range m.jobs {
		if !j.done {
			n++
		}
	}
	return n, nil
}

// Settled implements Queue.
func (m *Memory) Settled(context.Context) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, j := range m.jobs {
		if !j.done {
			return j.seq - 1, nil
		}
	}
	return m.seq, nil
}

// DeadLetters implements Queue.
func (m *Memory) DeadLetters(context.Context) ([]DeadLetter, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]DeadLetter(nil), m.dead...), nil
}

// Close implements Queue.
func (m *Memory) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.closed {
		m.closed = true
		m.signal()
	}
	return nil
}

type memDelivery struct {
	m       *Memory
	j       *memJob
	token   int
	attempt int
}

func (d *memDelivery) Job() Job     { return d.j.job }
func (d *memDelivery) Attempt() int { return d.attempt }
func (d *memDelivery) Seq() uint64  { return d.j.seq }

// settle runs f on the job if this delivery still owns it: a delivery
// whose ack wait passed has lost it to the next one.
func (d *memDelivery) settle(f func(j *memJob)) error {
	d.m.mu.Lock()
	defer d.m.mu.Unlock()
	if d.j.done || d.j.token != d.token {
		return nil
	}
	f(d.j)
	return nil
}

func (d *memDelivery) Ack() error {
	return d.settle(func(j *memJob) { j.done = true })
}

func (d *memDelivery) Nak(delay time.Duration) error {
	return d.settle(func(j *memJob) {
		j.notUntil = d.m.now().Add(delay)
		j.token++
		d.m.signal()
	})
}

func (d *memDelivery) Fail(_ context.Context, reason error) error {
	return d.settle(func(j *memJob) {
		j.done = true
		d.m.dead = append(d.m.dead, DeadLetter{Job: j.job, Error: reason.Error(), Attempts: j.attempts, Failed: d.m.now()})
	})
}

func (d *memDelivery) InProgress() error {
	return d.settle(func(j *memJob) { j.notUntil = d.m.now().Add(d.m.lim.AckWait) })
}
