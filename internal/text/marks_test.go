package text

import (
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestMarked checks that Marked gives each sentence its test's answer,
// asks the test once per sentence and Mark, keeps two Marks apart, and
// answers a Doc made without Analyze (no cell) by asking every time.
func TestMarked(t *testing.T) {
	d := Analyze(&news.Article{Text: "One sentence here. Two sentences here. Three sentences here, longer. Four."})
	a, b := NewMark(), NewMark()
	calls := map[Mark]int{}
	var mu sync.Mutex
	test := func(m Mark, want func(int) bool) func(*Doc, int) bool {
		return func(_ *Doc, s int) bool {
			mu.Lock()
			calls[m]++
			mu.Unlock()
			return want(s)
		}
	}
	even := test(a, func(s int) bool { return s%2 == 0 })
	first := test(b, func(s int) bool { return s == 0 })
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 3 {
				for s := range d.Sentences {
					if got := d.Marked(s, a, even); got != (s%2 == 0) {
						t.Errorf("mark a, sentence %d: %v", s, got)
					}
					if got := d.Marked(s, b, first); got != (s == 0) {
						t.Errorf("mark b, sentence %d: %v", s, got)
					}
				}
			}
		})
	}
	wg.Wait()
	// Goroutines asking at once may each work an answer out; one asking
	// alone works it out once.
	if n := len(d.Sentences); calls[a] < n || calls[a] > 8*n || calls[b] < n || calls[b] > 8*n {
		t.Errorf("%d sentences: tests called %d and %d times", n, calls[a], calls[b])
	}
	before := calls[a]
	for s := range d.Sentences {
		d.Marked(s, a, even)
	}
	if calls[a] != before {
		t.Errorf("answers not kept: %d more calls", calls[a]-before)
	}
	bare := &Doc{Sentences: d.Sentences, Tokens: d.Tokens}
	bare.Marked(0, a, even)
	bare.Marked(0, a, even)
	if calls[a] != before+2 {
		t.Errorf("a Doc without a cell: %d calls, want 2", calls[a]-before)
	}
}
