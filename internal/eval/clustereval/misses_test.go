package clustereval

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/testenv"
)

// TestMisses reads the wrong placements of the GVA calibration part as
// they were made and checks them against the stories the same stream
// ends with: an article whose final story holds none of its incident's
// earlier articles was kept apart from them when it came (merges only
// join stories), and an article that joined a story of another incident
// ends in a story holding an earlier article of another incident. Each
// placement's figures agree with its reason: a split refused on
// similarity or ownership had less than it needed, a wrong join reached
// its threshold.
func TestMisses(t *testing.T) {
	items, err := GVA(testenv.SharedData(t, "gva-2013-2016"))
	if err != nil {
		t.Fatal(err)
	}
	cal, _ := SplitYears(items, 2016)
	ms := Misses(cal, cluster.Options{})
	r := Run(cal, cluster.Options{})
	split, joined := map[int]bool{}, map[int]bool{}
	for _, m := range ms {
		if m.Split {
			split[m.Index] = true
		} else {
			joined[m.Index] = true
		}
		w := m.Why
		switch {
		case w == nil:
			t.Fatalf("#%d: no explanation", m.Index)
		case !m.Split && (w.Score < w.Threshold || m.NearestOwn || m.Days >= 0):
			t.Errorf("#%d: joined at %.3f against %.3f (own %v, %.1f days after its incident's first)", m.Index, w.Score, w.Threshold, m.NearestOwn, m.Days)
		case m.Split && (w.Refused == cluster.RefusedScore || w.Refused == cluster.RefusedOwnership) && w.Had >= w.Needed:
			t.Errorf("#%d: refused (%s) with %.3f against %.3f", m.Index, w.Refused, w.Had, w.Needed)
		}
	}
	if len(split) == 0 || len(joined) == 0 {
		t.Fatalf("%d splits and %d wrong joins: the calibration part has both", len(split), len(joined))
	}
	seen := map[string][]int{} // gold story -> earlier articles
	for i, it := range cal {
		prev := seen[it.Gold]
		apart := len(prev) > 0
		for _, j := range prev {
			if r.Pred[j] == r.Pred[i] {
				apart = false
			}
		}
		if apart && !split[i] {
			t.Errorf("#%d (%s): apart from its incident's earlier articles at the end, not a split when placed", i, it.Gold)
		}
		if joined[i] {
			other := false
			for j := range i {
				if r.Pred[j] == r.Pred[i] && cal[j].Gold != it.Gold {
					other = true
				}
			}
			if !other {
				t.Errorf("#%d (%s): a wrong join whose final story holds no earlier article of another incident", i, it.Gold)
			}
		}
		seen[it.Gold] = append(prev, i)
	}
	t.Logf("%d splits, %d wrong joins", len(split), len(joined))
}
