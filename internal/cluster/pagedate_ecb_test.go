package cluster_test

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
)

// TestPageDateDatedECBPlus runs the seed-1 dated simulation of ECB+'s
// calibration part (odd topics) and checks that the two events of four
// topics end in stories of their own: the 2008 and 2013 Turkmen
// elections (11), two Colts games (29), the Interior Department's two
// rulings (13), AMD's two deals (43). Each event's second report onward
// joined the other's story while every page was of the feed's simulated
// days; the ecbplus pages' date lines (2011-2013) now date them years
// from the ecb reports, which write none. And the stream stays above the
// naive reference, which it was not before on the dated x10 row.
func TestPageDateDatedECBPlus(t *testing.T) {
	items, err := clustereval.ECBPlus(filepath.Join(dataDir(t), "ecbplus"))
	if err != nil {
		t.Fatal(err)
	}
	odd, _ := clustereval.Split(items)
	stream := clustereval.Shuffle(clustereval.Dated(odd, 30, 1), 1)
	r := clustereval.Run(stream, cluster.Options{})
	golds := map[string]map[string]bool{} // story -> gold stories
	for i, it := range stream {
		if golds[r.Pred[i]] == nil {
			golds[r.Pred[i]] = map[string]bool{}
		}
		golds[r.Pred[i]][it.Gold] = true
	}
	for _, topic := range []string{"11", "13", "29", "43"} {
		for s, g := range golds {
			if g[topic+"ecb"] && g[topic+"ecbplus"] {
				t.Errorf("topic %s: story %s holds both events", topic, s)
			}
		}
	}
	if n := clustereval.Naive(stream); r.F1 < n.F1 {
		t.Errorf("F1 %.4f below the naive reference's %.4f", r.F1, n.F1)
	}
}
