package cluster_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/eval/clustereval"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestECBPlus: the whole ECB+ set fed as one shuffled stream. The floor is
// below the measured F1 (docs/clustering.md) by a margin for other seeds;
// a broken feature or index drops far below it.
func TestECBPlus(t *testing.T) {
	items, err := clustereval.ECBPlus(filepath.Join(dataDir(t), "ecbplus"))
	if err != nil {
		t.Fatal(err)
	}
	r := clustereval.Run(clustereval.Shuffle(items, 1), cluster.Options{})
	t.Logf("ECB+: %d articles, %d stories (gold %d), B3 P %.3f R %.3f F1 %.3f", r.Articles, r.Stories, r.Gold, r.P, r.R, r.F1)
	if r.F1 < 0.78 {
		t.Errorf("B-cubed F1 %.3f, want >= 0.78", r.F1)
	}
}

// TestMultiLingLanguages: 700 articles, 10 topics in 7 languages. No story
// may hold articles of two languages, the English stories are pure, and
// each language's stories score above a floor.
func TestMultiLingLanguages(t *testing.T) {
	all, err := clustereval.MultiLing(filepath.Join(dataDir(t), "multiling2011"))
	if err != nil {
		t.Fatal(err)
	}
	stream := clustereval.Shuffle(all, 1)
	r := clustereval.Run(stream, cluster.Options{})
	langs := map[string]map[string]bool{}
	golds := map[string]map[string]bool{}
	for i, it := range stream {
		if langs[r.Pred[i]] == nil {
			langs[r.Pred[i]], golds[r.Pred[i]] = map[string]bool{}, map[string]bool{}
		}
		langs[r.Pred[i]][it.Lang] = true
		golds[r.Pred[i]][it.Gold] = true
	}
	// Every translation keeps most of its topics together: before the
	// clusterer read words of other languages and gave their undated
	// articles their own threshold, they scattered (Hebrew F1 0.34); the
	// floors lie below the measured F1 (0.70-0.94, docs/clustering.md).
	for _, lr := range clustereval.ByLanguage(stream, r) {
		t.Logf("%-8s %3d stories for %d topics, B3 P %.3f R %.3f F1 %.3f", lr.Lang, lr.Stories, lr.Gold, lr.P, lr.R, lr.F1)
		if lr.F1 < 0.62 {
			t.Errorf("%s: B-cubed F1 %.3f, want >= 0.62", lr.Lang, lr.F1)
		}
	}
	if r.F1 < 0.78 {
		t.Errorf("all languages: B-cubed F1 %.3f, want >= 0.78", r.F1)
	}
	for s, l := range langs {
		if len(l) > 1 {
			t.Errorf("story %s mixes languages %v", s, l)
		}
		if l["english"] && len(golds[s]) > 1 {
			t.Errorf("English story %s mixes topics %v", s, golds[s])
		}
	}
}

func doc(id, title, body string, when time.Time) *text.Doc {
	return text.Analyze(&news.Article{ID: id, Title: title, Text: body, Published: when, Language: "en"})
}

// Two short reports of each of two events, and a wire copy.
var (
	t0       = time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC)
	quake    = "A magnitude 6.4 earthquake struck the coast of Sumatra on Tuesday, Indonesian officials said. The quake damaged houses in Padang and killed at least 12 people. Rescue teams searched collapsed buildings in Padang through the night."
	quake2   = "Rescuers in Padang pulled survivors from collapsed buildings after the magnitude 6.4 earthquake on Sumatra. Indonesian officials raised the toll to 15 dead. Aftershocks shook the coast of Sumatra."
	vote     = "Voters in Iceland elected a new parliament on Saturday. The Independence Party won the most seats in the Althing, and its leader Bjarni Benediktsson claimed victory in Reykjavik."
	quake3   = "A magnitude 5.1 earthquake shook Aceh province on Sumatra on Sunday. Indonesian officials in Banda Aceh said some houses were cracked but nobody was hurt."
	followUp = "Two months after the magnitude 6.4 earthquake, survivors in Padang still live in tents. Indonesian officials said rebuilding the collapsed buildings of Padang on the coast of Sumatra would take a year. The toll stands at 15 dead."
	vote2    = "Bjarni Benediktsson said the Independence Party would seek partners for a coalition after winning the most seats in Iceland's Althing. Turnout in Reykjavik was high."
)

func TestBatch(t *testing.T) {
	docs := []*text.Doc{
		doc("q1", "Quake hits Sumatra", quake, t0),
		doc("v1", "Iceland votes", vote, t0.Add(time.Hour)),
		doc("q2", "", quake2, t0.Add(5*time.Hour)),
		doc("q1-copy", "Deadly quake in Indonesia", quake+" More follows.", t0.Add(2*time.Hour)),
		doc("v2", "", vote2, t0.Add(3*time.Hour)),
	}
	got := cluster.Batch(docs, cluster.Options{})
	type story struct {
		Title  string
		Docs   []int
		CopyOf []int
	}
	var gs []story
	for _, s := range got {
		if !strings.HasPrefix(s.ID, "st-") {
			t.Errorf("story id %q, want st-...", s.ID)
		}
		gs = append(gs, story{s.Title, s.Docs, s.CopyOf})
	}
	want := []story{
		{"Quake hits Sumatra", []int{0, 3, 2}, []int{-1, 0, -1}},
		{"Iceland votes", []int{1, 4}, []int{-1, -1}},
	}
	if diff := cmp.Diff(want, gs); diff != "" {
		t.Errorf("Batch (-want +got):\n%s", diff)
	}
}

// TestSeedAndTime: a clusterer seeded with stored articles carries on with
// their story. With a threshold that rises steeply with the time gap, two
// months later a strong follow-up still joins it, while a weaker match
// (another quake on the same island) starts a new story. (The calibrated
// rise is gentler: docs/clustering.md.)
func TestSeedAndTime(t *testing.T) {
	c := cluster.New(cluster.Options{TimeSlope: 0.05})
	c.Seed(doc("q1", "", quake, t0), "st-stored")
	a := c.Add(doc("q2", "", quake2, t0.Add(6*time.Hour)))
	if a.StoryID != "st-stored" || a.New {
		t.Errorf("report of a seeded story: %+v, want st-stored, not new", a)
	}
	later := t0.Add(60 * 24 * time.Hour)
	other := c.Add(doc("q3", "", quake3, later))
	if !other.New || other.StoryID == "st-stored" {
		t.Errorf("another quake two months later: %+v, want a new story", other)
	}
	follow := c.Add(doc("q4", "", followUp, later.Add(time.Hour)))
	if follow.StoryID != "st-stored" {
		t.Errorf("follow-up two months later: %+v, want st-stored", follow)
	}
	vote := c.Add(doc("v1", "", vote, t0.Add(7*time.Hour)))
	if !vote.New {
		t.Errorf("another event: %+v, want a new story", vote)
	}
}

// TestEventTime: without publication times, the dates the leads give
// decide: a report dated in the lead years after a story does not join it
// on a moderate match, while one dated the same week does.
func TestEventTime(t *testing.T) {
	c := cluster.New(cluster.Options{})
	c.Add(doc("q1", "", "PADANG, March 1, 2024 - "+quake, time.Time{}))
	same := c.Add(doc("q2", "", "PADANG, March 2, 2024 - "+quake2, time.Time{}))
	if same.New {
		t.Errorf("report dated the next day: %+v, want the first story", same)
	}
	old := c.Add(doc("q3", "", "BANDA ACEH, May 3, 2019 - "+quake3, time.Time{}))
	if !old.New {
		t.Errorf("report dated five years earlier: %+v, want a new story", old)
	}
}

// TestUndatedMerge: in languages without a time tagger the merge threshold
// is scaled as their join threshold is, above the median cosine of the
// story to the others of the article's candidates. Fed MultiLing's odd
// topics (the calibration part), the translations' stories begun apart
// merge, and no merge joins two topics.
func TestUndatedMerge(t *testing.T) {
	all, err := clustereval.MultiLing(filepath.Join(dataDir(t), "multiling2011"))
	if err != nil {
		t.Fatal(err)
	}
	odd, _ := clustereval.Split(all)
	stream := clustereval.Shuffle(odd, 1)
	c := cluster.New(cluster.Options{})
	final := map[string]string{}
	resolve := func(s string) string {
		for final[s] != "" {
			s = final[s]
		}
		return s
	}
	var story []string
	merges := map[string]int{}
	for i, it := range stream {
		a := c.Add(it.Doc)
		for _, m := range a.Merged {
			golds := map[string]map[string]bool{m: {}, a.StoryID: {}}
			for j := 0; j < i; j++ {
				if g := golds[resolve(story[j])]; g != nil {
					g[stream[j].Gold] = true
				}
			}
			shared := false
			for g := range golds[m] {
				shared = shared || golds[a.StoryID][g]
			}
			if !shared {
				t.Errorf("%s: a merge joins topics %v and %v", it.Lang, golds[m], golds[a.StoryID])
			}
			merges[it.Lang]++
			final[m] = a.StoryID
		}
		story = append(story, a.StoryID)
	}
	t.Logf("merges by language: %v", merges)
	if merges["czech"]+merges["hebrew"]+merges["greek"]+merges["arabic"]+merges["hindi"] == 0 {
		t.Error("no story of a language without a time tagger merged")
	}
}

// TestLanguageForms: MultiLing's articles of the odd topics (the
// calibration part), in the eval's shuffled stream of all seven languages.
// Greek: with accents kept, a word whose accent moves as it inflects
// ("άνθρωπος", "ανθρώπου") was two words, and one topic came apart (F1
// 0.967, 6 stories for 5 topics); folded, every topic is one story.
// Arabic: with "و" and the article kept, "والحكومة" and "الحكومة" were cut
// to different prefixes; topics came apart and a story of one topic took
// an article of another (F1 0.856, P 0.91, 10 stories); stripped (light2),
// F1 0.950 with no story mixing topics.
func TestLanguageForms(t *testing.T) {
	stream, r := oddMultiLing(t)
	wantLanguages(t, stream, r, map[string]floor{"greek": {0.999, 1}, "arabic": {0.94, 1}})
}
