package dedup

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// distinctBySort is distinct as it was: the length of a sorted copy with
// its repeats removed.
func distinctBySort(hs []uint64) int {
	c := slices.Clone(hs)
	slices.Sort(c)
	return len(slices.Compact(c))
}

// TestDistinctMatchesSort checks distinct against the sorted count on the
// shingles of the summit's reports (a report's repeated phrases) and of
// their concatenation, and on random values with repeats, zero among them.
func TestDistinctMatchesSort(t *testing.T) {
	var all []uint64
	for _, a := range summit(t) {
		sh := shingles(text.Analyze(a).Tokens, nil)
		all = append(all, sh...)
		if got, want := distinct(sh), distinctBySort(sh); got != want {
			t.Errorf("%s: distinct %d, sorted count %d", a.ID, got, want)
		}
	}
	if got, want := distinct(all), distinctBySort(all); got != want || got == len(all) {
		t.Errorf("all reports: distinct %d, sorted count %d, of %d", got, want, len(all))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		hs := make([]uint64, n)
		for i := range hs {
			hs[i] = rng.Uint64N(uint64(n/2 + 1))
			if rng.IntN(3) == 0 {
				hs[i] = rng.Uint64()
			}
		}
		if got, want := distinct(hs), distinctBySort(hs); got != want {
			t.Fatalf("%v: distinct %d, sorted count %d", hs, got, want)
		}
	}
}
