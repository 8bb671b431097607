package quote

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/testenv"
	"github.com/google/go-cmp/cmp"
)

// groupPairwise is the grouping as it was before the inverted index: it
// compares every pair of items, so it is quadratic in a story's quotes. It
// stays here as the reference the indexed group must match exactly.
//
// It joins the items that are one quote. Each group has a
// representative, its longest quote, and every member must be a wording of
// it (or contained in it): the closest pairs join first, and two groups join
// only when all their members are wordings of the longer representative.
// Single link would chain A~B~C and merge quotes A and C that say different
// things because a third shares words with both.
func groupPairwise(items []item) [][]item {
	type pair struct {
		i, j int
		s    float64
	}
	var pairs []pair
	sim := make([][]bool, len(items))
	for i := range items {
		sim[i] = make([]bool, len(items))
	}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if s := wording(&items[i], &items[j]); s > 0 {
				pairs = append(pairs, pair{i, j, s})
				sim[i][j], sim[j][i] = true, true
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].s > pairs[b].s })
	of := make([]int, len(items)) // item -> group
	members := make([][]int, len(items))
	rep := make([]int, len(items)) // group -> its representative item
	for i := range items {
		of[i] = i
		members[i] = []int{i}
		rep[i] = i
	}
	longer := func(x, y int) int {
		if len(items[y].stems) > len(items[x].stems) || len(items[y].stems) == len(items[x].stems) && y < x {
			return y
		}
		return x
	}
	fits := func(g, r int) bool {
		for _, x := range members[g] {
			if x != r && !sim[x][r] {
				return false
			}
		}
		return true
	}
	for _, p := range pairs {
		a, b := of[p.i], of[p.j]
		if a == b {
			continue
		}
		r := longer(rep[a], rep[b])
		if !fits(a, r) || !fits(b, r) {
			continue
		}
		if b < a {
			a, b = b, a
		}
		for _, y := range members[b] {
			of[y] = a
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		rep[a] = r
	}
	var out [][]item
	for g := range members {
		if len(members[g]) == 0 {
			continue
		}
		idx := slices.Clone(members[g])
		sort.Ints(idx)
		its := make([]item, len(idx))
		for k, i := range idx {
			its[k] = items[i]
		}
		out = append(out, its)
	}
	return out
}

// groupKeys names the items of each group by their report and quoted
// spans, so that two groupings compare exactly.
func groupKeys(groups [][]item) [][]string {
	out := make([][]string, len(groups))
	for g, its := range groups {
		for _, it := range its {
			out[g] = append(out[g], fmt.Sprintf("%d %v %q", it.doc, it.a.Quoted, it.text))
		}
	}
	return out
}

// TestGroupMatchesPairwise checks that the indexed grouping gives exactly
// the groups, in the same order, of the pairwise reference on real stories:
// the summit, each MultiLing topic, the hundred MultiLing reports as one
// story and a large story with PolNeAR articles and their trimmed copies.
func TestGroupMatchesPairwise(t *testing.T) {
	stories := []struct {
		name string
		arts func(testing.TB) []*news.Article
	}{
		{"summit", testenv.Summit},
	}
	for topic := range 10 {
		stories = append(stories, struct {
			name string
			arts func(testing.TB) []*news.Article
		}{fmt.Sprintf("multiling topic %d", topic), func(tb testing.TB) []*news.Article { return multiLingTopic(tb, topic) }})
	}
	stories = append(stories, []struct {
		name string
		arts func(testing.TB) []*news.Article
	}{
		{"multiling 100 reports", func(tb testing.TB) []*news.Article { return multiLingTopic(tb, -1) }},
		{"multiling and polnear with copies", func(tb testing.TB) []*news.Article { return largeStory(tb, 100) }},
	}...)
	for _, s := range stories {
		t.Run(s.name, func(t *testing.T) {
			c := storyOf(s.arts(t))
			items := collect(c, entity.Resolve(c))
			want := groupKeys(groupPairwise(items))
			got := groupKeys(group(items))
			multi := 0
			for _, g := range want {
				if len(g) > 1 {
					multi++
				}
			}
			t.Logf("%d reports, %d quotes, %d groups, %d of more than one quote", len(c.Docs), len(items), len(want), multi)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("indexed groups differ from the pairwise ones (-pairwise +indexed):\n%s", diff)
			}
		})
	}
}

// TestGroupMatchesPairwiseRandom compares the two groupings on random
// quotes drawn from a small vocabulary, so that overlaps, ties of score and
// length, duplicates and quotes of one or two stems are common: the cases
// where an inexact candidate search or pair order would show.
func TestGroupMatchesPairwiseRandom(t *testing.T) {
	for seed := range 200 {
		rng := rand.New(rand.NewPCG(uint64(seed), 7))
		vocab := 4 + rng.IntN(20)
		n := 2 + rng.IntN(80)
		items := make([]item, n)
		for i := range items {
			st := map[string]bool{}
			var seq []string
			for range 1 + rng.IntN(min(vocab, 12)) {
				w := fmt.Sprint("w", rng.IntN(vocab))
				st[w] = true
				seq = append(seq, w)
			}
			items[i] = item{doc: i, text: fmt.Sprint(i), stems: st, seq: seq}
		}
		want := groupKeys(groupPairwise(items))
		got := groupKeys(group(items))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("seed %d: indexed groups differ from the pairwise ones (-pairwise +indexed):\n%s", seed, diff)
		}
	}
}

// BenchmarkGroup times grouping alone over the quotes of large stories,
// indexed and pairwise.
func BenchmarkGroup(b *testing.B) {
	for _, n := range []int{0, 100, 300} {
		c := storyOf(largeStory(b, n))
		items := collect(c, entity.Resolve(c))
		for _, m := range []struct {
			name string
			f    func([]item) [][]item
		}{{"indexed", group}, {"pairwise", groupPairwise}} {
			b.Run(fmt.Sprintf("quotes=%d/%s", len(items), m.name), func(b *testing.B) {
				for b.Loop() {
					_ = m.f(items)
				}
			})
		}
	}
}
