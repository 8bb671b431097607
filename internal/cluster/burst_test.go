package cluster_test

import "testing"

// TestBurstECBPlus checks burstFloor on the ECB+ calibration part (odd
// topics, the seed-1 dated simulation). Apart: the first report of
// Turkmenistan's 2012 election (11_1ecbplus) is dated 19 days before the
// burst of reports of the 2007 one, which shares the country, the
// commission and the people; no follow-up comes before its event, so it
// needs MaxThreshold and begins a story of its own (before, it joined at
// 0.42 against 0.12). Together: reports of one event still join the story
// their event's first report began. (Wave 25: 11_1ecbplus and 11_2ecbplus
// are now of their date lines' days, 26 and 27 September 2013; so is
// 11_3ecbplus since the time tagger reads its ISO date line "2013-09-26",
// and it is back in their story.)
func TestBurstECBPlus(t *testing.T) {
	got := explainECBOddDated(t)
	apart := got["11_1ecbplus"]
	if apart.Why == nil {
		t.Fatal("11_1ecbplus: not placed or not explained")
	}
	if apart.StoryID == got["11_5ecb"].StoryID {
		t.Errorf("11_1ecbplus joined the 2007 election's story (score %.3f, threshold %.3f)", apart.Why.Score, apart.Why.Threshold)
	}
	if !apart.Why.BeforeBurst {
		t.Errorf("11_1ecbplus: nearest story %s, explained without the burst", apart.Why.Nearest)
	}
	together := []struct{ id, story string }{
		{"11_2ecbplus", "11_1ecbplus"}, {"11_3ecbplus", "11_1ecbplus"}, {"11_1ecb", "11_5ecb"}, {"11_8ecb", "11_5ecb"},
	}
	for _, p := range together {
		if got[p.id].StoryID != got[p.story].StoryID {
			t.Errorf("%s: not in the story %s began", p.id, p.story)
		}
	}
}
