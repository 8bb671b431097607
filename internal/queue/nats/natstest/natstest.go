// Package natstest gives tests a NATS JetStream server and streams of their
// own: the server is the one at CROSSCHECK_TEST_NATS (default
// nats://127.0.0.1:4222). Outside CI a missing server skips the test with a
// message saying what to start; in CI (CI=true) it fails.
package natstest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// DefaultURL is the server the tests use unless CROSSCHECK_TEST_NATS says otherwise.
const DefaultURL = "nats://127.0.0.1:4222"

// URL returns the test server's URL, or skips (fails in CI) if it cannot
// be reached or has no JetStream.
func URL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv("CROSSCHECK_TEST_NATS")
	if u == "" {
		u = DefaultURL
	}
	nc, err := natsgo.Connect(u, natsgo.Timeout(3*time.Second))
	if err == nil {
		defer nc.Close()
		var js jetstream.JetStream
		if js, err = jetstream.New(nc); err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			_, err = js.AccountInfo(ctx)
		}
	}
	if err != nil {
		testenv.Unavailable(tb, "NATS with JetStream is not reachable at %s (%v): start it (nats-server -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server, as .ci/run does) or set CROSSCHECK_TEST_NATS", u, err)
	}
	return u
}

// Stream returns a fresh stream name for one test, and deletes that stream
// and its dead letters when the test ends.
func Stream(tb testing.TB, url string) string {
	tb.Helper()
	b := make([]byte, 5)
	_, _ = rand.Read(b)
	name := "CCTEST_" + strings.ToUpper(hex.EncodeToString(b))
	tb.Cleanup(func() {
		nc, err := natsgo.Connect(url)
		if err != nil {
			return
		}
		defer nc.Close()
		js, err := jetstream.New(nc)
		if err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = js.DeleteStream(ctx, name)
		_ = js.DeleteStream(ctx, name+"_DEAD")
	})
	return name
}
