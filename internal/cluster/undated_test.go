package cluster_test

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
)

// TestUndatedNamesAndMerges: MultiLing's odd topics (the calibration
// part), in the eval's shuffled stream of all seven languages (seed 1).
// Czech declines names: the report of the Beijing opening ceremony that
// writes "Čína" and "Pekingu" (M0096) joins the Olympics story that writes
// "Číny", "Číně" and "Peking" (M0098; it began a story of its own while
// each case was a name apart), and the two London bombing reports M0012
// and M0019 join the rest of their topic (M0010); the Tour de France's
// London prologue (M0030) shares "Londýn" with the bombings and stays
// apart. Stories of one topic begun apart merge when their
// centroids are close with a tenth of the background in the margin: every
// language's topics are whole or nearly so (Czech 1.000, Hindi 1.000,
// Hebrew 0.925; before 0.947, 0.982, 0.904), and no story holds two
// topics of a language. Hindi's stop list and the short numbers left out
// (wave 15) cost this order one split topic in Hindi (0.963, 7 stories)
// and in Arabic (0.963) and keep other orders' topics apart
// (TestHindiOrders; Arabic's mean over five orders 0.942 → 0.971).
func TestUndatedNamesAndMerges(t *testing.T) {
	stream, r := oddMultiLing(t)
	story := map[string]string{}
	for i, it := range stream {
		story[it.Doc.Article.ID] = r.Pred[i]
	}
	for _, pair := range [][2]string{{"M0096.czech", "M0098.czech"}, {"M0012.czech", "M0010.czech"}, {"M0019.czech", "M0010.czech"}} {
		if story[pair[0]] != story[pair[1]] {
			t.Errorf("%s and %s (one topic) in two stories; want one", pair[0], pair[1])
		}
	}
	if story["M0030.czech"] == story["M0010.czech"] {
		t.Errorf("M0030.czech (the Tour de France in London) joined M0010.czech (the London bombings)")
	}
	wantLanguages(t, stream, r, map[string]floor{
		"czech": {0.999, 1}, "hindi": {0.96, 1}, "hebrew": {0.92, 1}, "greek": {0.999, 1},
		"arabic": {0.96, 1}, "french": {0.999, 1}, "english": {0, 1},
	})
}

// oddMultiLing runs MultiLing's odd topics (the calibration part) as the
// eval's shuffled stream of all seven languages (seed 1).
func oddMultiLing(t *testing.T) ([]clustereval.Item, clustereval.Result) {
	t.Helper()
	all, err := clustereval.MultiLing(filepath.Join(dataDir(t), "multiling2011"))
	if err != nil {
		t.Fatal(err)
	}
	odd, _ := clustereval.Split(all)
	stream := clustereval.Shuffle(odd, 1)
	return stream, clustereval.Run(stream, cluster.Options{})
}

// floor is the least B-cubed F1 and precision a language must reach.
type floor struct{ f1, p float64 }

// wantLanguages checks the languages of a run against their floors.
func wantLanguages(t *testing.T, stream []clustereval.Item, r clustereval.Result, want map[string]floor) {
	t.Helper()
	for _, lr := range clustereval.ByLanguage(stream, r) {
		w, ok := want[lr.Lang]
		if !ok {
			continue
		}
		t.Logf("%s: %d stories for %d topics, B3 P %.3f R %.3f F1 %.3f", lr.Lang, lr.Stories, lr.Gold, lr.P, lr.R, lr.F1)
		if lr.F1 < w.f1 || lr.P < w.p {
			t.Errorf("%s: B3 P %.3f F1 %.3f; want P >= %.3f, F1 >= %.3f", lr.Lang, lr.P, lr.F1, w.p, w.f1)
		}
	}
}

// TestHindiOrders: the eval's calibration stream (MultiLing's odd topics,
// all seven languages, shuffled) in two other orders than the eval's
// (seeds 3, 4 and 5). Without a stop list the first Hindi articles joined
// across topics on their function words (the IDF of a language's first few
// articles is almost flat), and on the days of the month and clock times
// ("10", "30"), and Hindi's five topics ended in one or two stories (P
// 0.40; docs/clustering.md, wave 15). No Hindi story may hold two topics.
func TestHindiOrders(t *testing.T) {
	all, err := clustereval.MultiLing(filepath.Join(dataDir(t), "multiling2011"))
	if err != nil {
		t.Fatal(err)
	}
	odd, _ := clustereval.Split(all)
	for _, seed := range []uint64{3, 4, 5} {
		stream := clustereval.Shuffle(odd, seed)
		r := clustereval.Run(stream, cluster.Options{})
		topics := map[string]map[string]bool{} // Hindi story -> its gold topics
		for i, it := range stream {
			if it.Lang != "hindi" {
				continue
			}
			if topics[r.Pred[i]] == nil {
				topics[r.Pred[i]] = map[string]bool{}
			}
			topics[r.Pred[i]][it.Gold] = true
		}
		for _, g := range topics {
			if len(g) > 1 {
				t.Errorf("seed %d: one Hindi story holds topics %v", seed, g)
			}
		}
		wantLanguages(t, stream, r, map[string]floor{"hindi": {0.95, 0.999}})
	}
}
