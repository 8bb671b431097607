package queue_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/queue"
	"github.com/crosscheck/crosscheck/internal/queue/queuetest"
)

func TestMemory(t *testing.T) {
	queuetest.Run(t, func(*testing.T) queue.Queue {
		return queue.NewMemory(queue.Limits{AckWait: queuetest.AckWait})
	})
}
