package lazyre

import (
	"sync"
	"testing"
)

// A bad expression costs nothing until used, then panics as MustCompile.
func TestCompiledOnFirstUse(t *testing.T) {
	bad := New(`(`)
	defer func() {
		if recover() == nil {
			t.Error("a bad expression did not panic on first use")
		}
	}()
	bad.MatchString("x")
}

// Concurrent first uses share one compiled expression and agree.
func TestConcurrentUse(t *testing.T) {
	re := New(`^(\w+) \((AP|Reuters)\) —`)
	var wg sync.WaitGroup
	got := make([][]string, 8)
	for i := range got {
		wg.Go(func() { got[i] = re.FindStringSubmatch("SEOUL (Reuters) — The talks") })
	}
	wg.Wait()
	for _, m := range got {
		if len(m) != 3 || m[1] != "SEOUL" || m[2] != "Reuters" {
			t.Fatalf("match %q", m)
		}
	}
	if first, again := re.Regexp(), re.Regexp(); first != again {
		t.Error("compiled twice")
	}
}
