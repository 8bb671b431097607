package align

import (
	"cmp"
	"math/rand"
	"slices"
	"testing"
)

// TestInsertionSortsMatchStable checks heaviestFirst and byScore against
// slices.SortStableFunc, the sort they replaced, on random weights with
// many ties, at every length up to past fewToSort.
func TestInsertionSortsMatchStable(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n <= 2*fewToSort; n++ {
		for range 200 {
			weights := make([]float64, n)
			scored := make([]Scored, n)
			for i := range weights {
				weights[i] = float64(rng.Intn(6)) / 4
				scored[i] = Scored{SentRef{Doc: i, Sent: rng.Intn(3)}, weights[i]}
			}
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
			want := slices.Clone(order)
			slices.SortStableFunc(want, func(i, j int) int { return cmp.Compare(weights[j], weights[i]) })
			heaviestFirst(order, weights)
			if !slices.Equal(order, want) {
				t.Fatalf("heaviestFirst %v, stable sort %v", order, want)
			}
			wantScored := slices.Clone(scored)
			slices.SortStableFunc(wantScored, func(a, b Scored) int { return cmp.Compare(b.Score, a.Score) })
			byScore(scored)
			if !slices.Equal(scored, wantScored) {
				t.Fatalf("byScore %v, stable sort %v", scored, wantScored)
			}
		}
	}
}
