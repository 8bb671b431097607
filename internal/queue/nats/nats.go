// Package nats is the queue that workers on any number of machines share:
// NATS JetStream. crosscheck makes its own streams and consumer (Open), with
// these limits:
//
//   - the work stream (Config.Stream, default CROSSCHECK) on subject
//     <stream>.articles (lower case): work-queue retention (a message is
//     removed once a worker acks it), file storage, at most MaxBytes (1 GiB)
//     and MaxAge (7 days) of jobs, refusing new jobs when full rather than
//     dropping queued ones; a job ID (Nats-Msg-Id) published again within
//     the Dedup window (2 hours) is not stored twice;
//   - one durable pull consumer, "workers", that every worker shares:
//     explicit acks, AckWait (1 minute) before an unsettled delivery goes to
//     another worker, no delivery limit on the server (the worker gives up
//     on a job after its own count of attempts, and keeps it as a dead
//     letter with its error);
//   - the dead-letter stream (<stream>_DEAD) on subject <stream>.dead: one
//     message per job given up on, with the job, the error and the number
//     of attempts, kept 30 days (at most 100,000).
package nats

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/crosscheck/crosscheck/internal/queue"
)

// Config says which server and streams to use, and their limits.
type Config struct {
	URL    string // nats://host:4222
	Stream string // name of the work stream; DefaultStream if ""
	// Limits: a zero AckWait keeps the consumer's as it is (publishers);
	// workers set it.
	queue.Limits
	MaxBytes int64         // bytes of jobs the work stream holds at most; 1 GiB if 0
	MaxAge   time.Duration // age of a job past which it is dropped; 7 days if 0
}

// DefaultStream is the work stream's name unless Config says otherwise.
const DefaultStream = "CROSSCHECK"

// Consumer is the name of the durable consumer all workers share.
const Consumer = "workers"

const (
	deadMaxAge  = 30 * 24 * time.Hour
	deadMaxMsgs = 100_000
)

// Queue is a queue.Queue over NATS JetStream.
type Queue struct {
	nc       *natsgo.Conn
	js       jetstream.JetStream
	cfg      Config
	subject  string
	deadSubj string
	consumer jetstream.Consumer
	deadName string
}

var _ queue.Queue = (*Queue)(nil)

// Open connects to the server and makes (or updates) the streams and the
// consumer. Once connected, a lost connection is re-established without
// end: calls fail while the server is away, and work again when it is back.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	if cfg.Stream == "" {
		cfg.Stream = DefaultStream
	}
	if strings.ContainsAny(cfg.Stream, ". *>") {
		return nil, fmt.Errorf("open queue: stream name %q must not hold '.', '*', '>' or spaces", cfg.Stream)
	}
	keep := cfg.AckWait <= 0
	cfg.Limits = cfg.Limits.WithDefaults()
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = 1 << 30
	}
	if cfg.MaxAge <= 0 {
		cfg.MaxAge = 7 * 24 * time.Hour
	}
	nc, err := natsgo.Connect(cfg.URL, natsgo.Name("crosscheck"),
		natsgo.MaxReconnects(-1), natsgo.ReconnectWait(time.Second))
	if err != nil {
		return nil, fmt.Errorf("open queue: cannot reach NATS at %s: %w", cfg.URL, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("open queue: %w", err)
	}
	prefix := strings.ToLower(cfg.Stream)
	q := &Queue{nc: nc, js: js, cfg: cfg, subject: prefix + ".articles", deadSubj: prefix + ".dead", deadName: cfg.Stream + "_DEAD"}
	if err := q.ensure(ctx, keep); err != nil {
		nc.Close()
		return nil, fmt.Errorf("open queue on %s: %w", cfg.URL, err)
	}
	return q, nil
}

// ensure makes the streams and the consumer as Config says. With keep, a
// consumer already there is kept as it is: publishers (ingest, serve) leave
// the ack wait to the workers' settings.
func (q *Queue) ensure(ctx context.Context, keep bool) error {
	_, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.cfg.Stream,
		Description: "crosscheck: articles for the workers to store",
		Subjects:    []string{q.subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Discard:     jetstream.DiscardNew,
		MaxBytes:    q.cfg.MaxBytes,
		MaxAge:      q.cfg.MaxAge,
		Duplicates:  q.cfg.Dedup,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", q.cfg.Stream, err)
	}
	_, err = q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.deadName,
		Description: "crosscheck: jobs the workers gave up on, with their error",
		Subjects:    []string{q.deadSubj},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		MaxAge:      deadMaxAge,
		MaxMsgs:     deadMaxMsgs,
		Duplicates:  time.Minute,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", q.deadName, err)
	}
	if keep {
		q.consumer, err = q.js.Consumer(ctx, q.cfg.Stream, Consumer)
		if err == nil {
			return nil
		}
		if !errors.Is(err, jetstream.ErrConsumerNotFound) {
			return fmt.Errorf("consumer %s: %w", Consumer, err)
		}
	}
	q.consumer, err = q.js.CreateOrUpdateConsumer(ctx, q.cfg.Stream, jetstream.ConsumerConfig{
		Durable:       Consumer,
		Description:   "crosscheck workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		MaxDeliver:    -1,
		FilterSubject: q.subject,
	})
	if err != nil {
		return fmt.Errorf("consumer %s: %w", Consumer, err)
	}
	return nil
}

// Publish implements queue.Queue.
func (q *Queue) Publish(ctx context.Context, j queue.Job) error {
	b, err := json.Marshal(j)
	if err != nil {
		return fmt.Errorf("queue job %s: %w", j.ID, err)
	}
	if _, err := q.js.Publish(ctx, q.subject, b, jetstream.WithMsgID(j.ID), jetstream.WithExpectStream(q.cfg.Stream)); err != nil {
		return fmt.Errorf("queue job %s: %w", j.ID, err)
	}
	return nil
}

// Fetch implements queue.Queue. A message that is not a job (written by
// something else on the subject) goes to the dead letters at once.
func (q *Queue) Fetch(ctx context.Context, max int, wait time.Duration) ([]queue.Delivery, error) {
	fctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	batch, err := q.consumer.Fetch(max, jetstream.FetchContext(fctx))
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if dl, _ := fctx.Deadline(); !time.Now().Before(dl) {
			// The wait ran out before the request left (a wait of a few
			// microseconds does; the context may not know it yet): nothing
			// arrived, which is no error.
			return nil, nil
		}
		return nil, fmt.Errorf("fetch jobs: %w", err)
	}
	var out []queue.Delivery
	for m := range batch.Messages() {
		d := &delivery{q: q, m: m, attempt: 1}
		if md, err := m.Metadata(); err == nil {
			d.attempt = int(md.NumDelivered)
			d.seq = md.Sequence.Stream
		}
		if err := json.Unmarshal(m.Data(), &d.job); err != nil || d.job.Article == nil {
			if err == nil {
				err = errors.New("no article")
			}
			d.job.ID = m.Headers().Get(jetstream.MsgIDHeader)
			_ = d.Fail(ctx, fmt.Errorf("not a job: %w", err))
			continue
		}
		out = append(out, d)
	}
	if err := batch.Error(); err != nil && len(out) == 0 {
		switch {
		case ctx.Err() != nil:
			return nil, ctx.Err()
		case errors.Is(err, context.DeadlineExceeded), errors.Is(err, jetstream.ErrNoMessages), errors.Is(err, natsgo.ErrTimeout):
			return nil, nil
		}
		return nil, fmt.Errorf("fetch jobs: %w", err)
	}
	return out, nil
}

// Pending implements queue.Queue: jobs not yet delivered and those
// delivered but not settled.
func (q *Queue) Pending(ctx context.Context) (int, error) {
	info, err := q.consumer.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("queue state: %w", err)
	}
	return int(info.NumPending) + info.NumAckPending, nil
}

// Settled implements queue.Queue: the consumer's ack floor (a job failed
// is terminated, which counts as settled).
func (q *Queue) Settled(ctx context.Context) (uint64, error) {
	info, err := q.consumer.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("queue state: %w", err)
	}
	return info.AckFloor.Stream, nil
}

// DeadLetters implements queue.Queue.
func (q *Queue) DeadLetters(ctx context.Context) ([]queue.DeadLetter, error) {
	s, err := q.js.Stream(ctx, q.deadName)
	if err != nil {
		return nil, fmt.Errorf("dead letters: %w", err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("dead letters: %w", err)
	}
	var out []queue.DeadLetter
	if info.State.Msgs == 0 {
		return out, nil
	}
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("dead letters: %w", err)
		}
		var dl queue.DeadLetter
		if err := json.Unmarshal(m.Data, &dl); err != nil {
			dl.Error = "unreadable dead letter: " + err.Error()
		}
		out = append(out, dl)
	}
	return out, nil
}

// Delete removes the streams and the consumer, with every job in them:
// for tests, which make a stream each.
func (q *Queue) Delete(ctx context.Context) error {
	return errors.Join(q.js.DeleteStream(ctx, q.cfg.Stream), q.js.DeleteStream(ctx, q.deadName))
}

// Close implements queue.Queue.
func (q *Queue) Close() error {
	q.nc.Close()
	return nil
}

type delivery struct {
	q       *Queue
	m       jetstream.Msg
	job     queue.Job
	attempt int
	seq     uint64
}

func (d *delivery) Job() queue.Job                { return d.job }
func (d *delivery) Attempt() int                  { return d.attempt }
func (d *delivery) Seq() uint64                   { return d.seq }
func (d *delivery) Ack() error                    { return d.m.Ack() }
func (d *delivery) Nak(delay time.Duration) error { return d.m.NakWithDelay(delay) }
func (d *delivery) InProgress() error             { return d.m.InProgress() }

// Fail keeps the job as a dead letter, then terminates the message. If the
// dead letter cannot be written the message stays unsettled, so it comes
// back after the ack wait rather than vanish without a trace.
func (d *delivery) Fail(ctx context.Context, reason error) error {
	dl := queue.DeadLetter{Job: d.job, Error: reason.Error(), Attempts: d.attempt, Failed: time.Now().UTC()}
	b, err := json.Marshal(dl)
	if err != nil {
		return err
	}
	id := d.job.ID
	if md, err := d.m.Metadata(); err == nil {
		id += "@" + strconv.FormatUint(md.Sequence.Stream, 10)
	}
	if _, err := d.q.js.Publish(ctx, d.q.deadSubj, b, jetstream.WithMsgID(id)); err != nil {
		return fmt.Errorf("dead-letter job %s: %w", d.job.ID, err)
	}
	// Term, not TermWithReason: the server here (2.9) ignores a +TERM that
	// carries a reason and delivers the job again.
	return d.m.Term()
}
