package clustereval

import (
	"github.com/crosscheck/crosscheck/internal/cluster"
)

// Miss is one placement of a stream that the gold says is wrong, as it was
// made: an article kept apart from the stories its gold story's earlier
// articles were in (Split), or joined to a story holding none of them
// (Joined). Split articles that began a story say why the nearest story
// was refused; the others, why they joined the story they did (Why).
type Miss struct {
	Index int // the article's place in the stream
	Item  Item
	Split bool
	// Days is how far the article's publication lies from that of its
	// gold story's first article (-1 when it is the first, or a time is
	// unknown).
	Days float64
	// NearestOwn: the story named by Why (the one joined, or the nearest
	// refused) held an earlier article of the article's gold story.
	NearestOwn bool
	Why        *cluster.Why
}

// Misses feeds the items to a clusterer that explains its placements, in
// the order given, and returns the wrong placements at the moment each was
// made: the reading behind docs/clustering.md's error tables. An article is
// a split when its gold story already had articles in the stream and it
// joined none of their stories (as merged so far), a wrong join when it
// joined an existing story and its gold story had no article in it (copies
// excepted, since they follow their original).
func Misses(items []Item, opt cluster.Options) []Miss {
	opt.Explain = true
	c := cluster.New(opt)
	into := map[string]string{} // merged story -> the story it went into
	resolve := func(s string) string {
		for into[s] != "" {
			s = into[s]
		}
		return s
	}
	golds := map[string][]string{} // gold story -> stories of its articles
	first := map[string]int{}      // gold story -> index of its first article
	var out []Miss
	for i, it := range items {
		a := c.Add(it.Doc)
		for _, m := range a.Merged {
			into[m] = a.StoryID
		}
		held := map[string]bool{}
		for _, s := range golds[it.Gold] {
			held[resolve(s)] = true
		}
		m := Miss{Index: i, Item: it, Days: -1, Why: a.Why}
		if f, ok := first[it.Gold]; ok {
			pf, pa := items[f].Doc.Article.Published, it.Doc.Article.Published
			if !pf.IsZero() && !pa.IsZero() {
				m.Days = pa.Sub(pf).Hours() / 24
			}
		}
		named := a.StoryID
		if a.Why != nil && a.New && a.Why.Nearest != "" {
			named = a.Why.Nearest
		}
		m.NearestOwn = held[resolve(named)]
		switch {
		case len(held) > 0 && !held[a.StoryID]:
			m.Split = true
			out = append(out, m)
		case len(held) == 0 && !a.New && a.CopyOf == "":
			out = append(out, m)
		}
		if _, ok := first[it.Gold]; !ok {
			first[it.Gold] = i
		}
		golds[it.Gold] = append(golds[it.Gold], a.StoryID)
	}
	return out
}
