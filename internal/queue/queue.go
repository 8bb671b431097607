// Package queue carries articles to the workers that store them: a producer
// (ingest --nats, serve --nats) publishes one Job per article, and any
// number of workers fetch deliveries and settle each one: Ack when its
// article is stored, Nak to have it delivered again later, Fail to give up
// on it for good, which keeps it with its error among the dead letters.
//
// Queue is the one seam. Memory (this package) is the in-process
// implementation, nats/ the one over NATS JetStream that workers on several
// machines share, and queuetest/ the conformance suite both run.
//
// Delivery is at least once: a worker that dies before it settles a
// delivery has it handed to another after the ack wait. Workers make the
// effect happen once (the store skips an article it holds).
package queue

import (
	"context"
	"errors"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
)

// Job is one article to take into the store.
type Job struct {
	// ID names the job: the article's store id (store.IDFor), so that the
	// same article published twice within the queue's deduplication window
	// is queued once.
	ID      string        `json:"id"`
	Article *news.Article `json:"article"`
}

// Delivery is a job handed to one worker. Exactly one of Ack, Nak or Fail
// settles it; until then no other worker gets it, unless the ack wait
// passes first.
type Delivery interface {
	Job() Job
	// Attempt counts deliveries of this job: 1 the first time.
	Attempt() int
	// Seq is the job's place in the order of publication (from 1).
	Seq() uint64
	// Ack says the job is done: it is never delivered again.
	Ack() error
	// Nak says the job failed for now: it is delivered again after delay.
	Nak(delay time.Duration) error
	// Fail gives up on the job: it is kept among the dead letters with the
	// reason and never delivered again.
	Fail(ctx context.Context, reason error) error
	// InProgress says the job is still being worked on: the ack wait
	// starts again.
	InProgress() error
}

// DeadLetter is a job given up on, with why.
type DeadLetter struct {
	Job      Job       `json:"job"`
	Error    string    `json:"error"`
	Attempts int       `json:"attempts"`
	Failed   time.Time `json:"failed"`
}

// Queue carries jobs from producers to workers. Every method is safe for
// concurrent use.
type Queue interface {
	// Publish queues one job. A job whose ID was published within the
	// deduplication window is not queued again (and is no error).
	Publish(ctx context.Context, j Job) error
	// Fetch returns up to max deliveries, waiting up to wait for the
	// first. None is no error.
	Fetch(ctx context.Context, max int, wait time.Duration) ([]Delivery, error)
	// Pending counts the jobs queued or delivered but not yet settled.
	Pending(ctx context.Context) (int, error)
	// Settled is the place (Seq) up to which every job is settled (acked
	// or failed): workers that want to store jobs in the order they were
	// published wait for it to reach the job before theirs.
	Settled(ctx context.Context) (uint64, error)
	// DeadLetters lists the jobs given up on, oldest first.
	DeadLetters(ctx context.Context) ([]DeadLetter, error)
	// Close releases the queue; deliveries not settled are delivered again
	// (to another worker) after the ack wait.
	Close() error
}

// Limits that every implementation keeps.
type Limits struct {
	// AckWait is how long a delivery may stay unsettled (without
	// InProgress) before it is delivered again.
	AckWait time.Duration
	// Dedup is how long a published ID is remembered.
	Dedup time.Duration
}

// Defaults of Limits.
const (
	DefaultAckWait = time.Minute
	DefaultDedup   = 2 * time.Hour
)

// WithDefaults fills the zero fields of l.
func (l Limits) WithDefaults() Limits {
	if l.AckWait <= 0 {
		l.AckWait = DefaultAckWait
	}
	if l.Dedup <= 0 {
		l.Dedup = DefaultDedup
	}
	return l
}

// ErrClosed is returned by a queue used after Close.
var ErrClosed = errors.New("queue closed")
