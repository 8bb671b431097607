package cluster

import (
	"github.com/crosscheck/crosscheck/internal/dedup"
)

// The clusterer's memory is bounded by its active window, not by the length
// of the stream: copies are looked for among the last two generations of
// Window articles (copies index), and a story that has not grown for Window
// articles and MaxAge of stream time is retired: its vectors are dropped and
// only its id (and what it was merged into) are kept, so that assignments
// made earlier still resolve.

// copyGen is one generation of the copy index: the texts added while it was
// the current one (and, once it is the previous one, those of the next).
type copyGen struct {
	ix    *dedup.Index
	id    []string // article id of each text of ix
	story []int32  // story of each text of ix
}

// copies finds wire copies among the articles of the active window.
type copies struct {
	opt       dedup.Options
	window    int
	cur, prev *copyGen
}

func newCopies(opt dedup.Options, window int) *copies {
	return &copies{opt: opt, window: window, cur: &copyGen{ix: dedup.NewIndex(opt)}}
}

// copyMatch is the earlier article that a new one copies.
type copyMatch struct {
	root  string // id of the copy group's original
	story int32  // story of the article copied
}

// add adds an article's signature and returns the article it copies, if
// any, in the current generation first, else the previous one. The article
// goes into both, so that the previous generation, which is dropped when
// the current one is full, still sees every article of the window.
func (cp *copies) add(sig *dedup.Signature, id string) (copyMatch, bool) {
	if cp.cur.ix.Len() >= cp.window {
		cp.prev, cp.cur = cp.cur, &copyGen{ix: dedup.NewIndex(cp.opt)}
	}
	var m copyMatch
	found := false
	for _, g := range []*copyGen{cp.cur, cp.prev} {
		if g == nil {
			continue
		}
		r := g.ix.Add(sig)
		g.id = append(g.id, id)
		g.story = append(g.story, -1)
		if r.Doc >= 0 && !found && g.story[r.Doc] >= 0 {
			m, found = copyMatch{root: g.id[r.Root], story: g.story[r.Doc]}, true
		}
	}
	return m, found
}

// place records the story of the article added last.
func (cp *copies) place(story int32) {
	for _, g := range []*copyGen{cp.cur, cp.prev} {
		if g != nil && len(g.story) > 0 {
			g.story[len(g.story)-1] = story
		}
	}
}

// retire drops the vectors of the stories that have left the active
// window: no growth for Window articles, and (when times are known) a last
// time more than MaxAge before the latest time seen. Checked every
// Window/4 articles, so its cost per article is constant.
func (c *Clusterer) retire() {
	if c.seq%max(c.opt.Window/4, 1) != 0 {
		return
	}
	for i := c.oldestLive; i < len(c.stories); i++ {
		st := c.stories[i]
		if st.into >= 0 || st.retired {
			continue
		}
		if c.seq-st.lastSeq < c.opt.Window {
			continue
		}
		if !c.now.IsZero() && !st.last.IsZero() && c.now.Sub(st.last) < c.opt.MaxAge {
			continue
		}
		st.retired = true
		st.centroid, st.count, st.times = nil, nil, nil
	}
	for c.oldestLive < len(c.stories) && (c.stories[c.oldestLive].retired || c.stories[c.oldestLive].into >= 0) {
		c.oldestLive++
	}
}
