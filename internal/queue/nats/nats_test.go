package nats_test

import (
	"context"
	"testing"

	"github.com/crosscheck/crosscheck/internal/queue"
	"github.com/crosscheck/crosscheck/internal/queue/nats"
	"github.com/crosscheck/crosscheck/internal/queue/nats/natstest"
	"github.com/crosscheck/crosscheck/internal/queue/queuetest"
)

func TestJetStream(t *testing.T) {
	url := natstest.URL(t)
	queuetest.Run(t, func(t *testing.T) queue.Queue {
		q, err := nats.Open(context.Background(), nats.Config{URL: url, Stream: natstest.Stream(t, url), Limits: queue.Limits{AckWait: queuetest.AckWait}})
		if err != nil {
			t.Fatal(err)
		}
		return q
	})
}
