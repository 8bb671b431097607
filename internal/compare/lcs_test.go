package compare

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
)

// lcsByTable is lcsMatches as it was before issue 15's wave 23: the same
// table, filled through an index function, the words compared as strings.
func lcsByTable(x, y []subToken) [][2]int {
	n, m := len(x), len(y)
	if n == 0 || m == 0 {
		return nil
	}
	dp := make([]int32, (n+1)*(m+1))
	at := func(i, j int) int { return i*(m+1) + j }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i].Lower == y[j].Lower {
				dp[at(i, j)] = dp[at(i+1, j+1)] + 1
			} else {
				dp[at(i, j)] = max(dp[at(i+1, j)], dp[at(i, j+1)])
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case x[i].Lower == y[j].Lower:
			out = append(out, [2]int{i, j})
			i++
			j++
		case dp[at(i+1, j)] >= dp[at(i, j+1)]:
			i++
		default:
			j++
		}
	}
	return out
}

// TestLCSMatchesTable checks lcsMatches against the plain table on random
// word sequences of a small vocabulary (so that words repeat), of every
// length up to 30 on either side.
func TestLCSMatchesTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"the", "a", "navy", "seized", "15", "sailors", "iran", "said", ","}
	seq := func(n int) []subToken {
		out := make([]subToken, n)
		for i := range out {
			out[i] = subToken{Token: text.Token{Lower: words[rng.IntN(len(words))]}, k: i}
		}
		return out
	}
	for trial := 0; trial < 3000; trial++ {
		x, y := seq(rng.IntN(31)), seq(rng.IntN(31))
		if got, want := lcsMatches(x, y), lcsByTable(x, y); !slices.Equal(got, want) {
			t.Fatalf("%v / %v: %v, want %v", x, y, got, want)
		}
	}
}
