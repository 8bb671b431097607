package cli

import (
	"container/heap"
	"context"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/cluster"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/pipeline"
	"github.com/crosscheck/crosscheck/internal/text"
)

// reorderWindow is how many articles `cluster` holds, unanalysed, to feed
// the clusterer in order of publication. Inputs up to this many are placed
// exactly in order of publication; a longer stream is placed in order
// within any stretch of this many articles, which is what a stream needs
// (articles arrive roughly in order) without holding all of it.
const reorderWindow = 4096

// analyseBatch is how many articles are analysed at once, on all cores,
// while the clusterer places the batch before.
const analyseBatch = 64

// streamStories reads the inputs one article at a time, places each with
// the online clusterer in order of publication within window articles
// (reorderWindow), and keeps of each article only what the list of
// stories shows: text and analysis are dropped once it is placed, so the
// memory of a long stream is the clusterer's and the list's.
func streamStories(ctx context.Context, inputs []string, opt ingest.Options, window int, copt cluster.Options) (storiesJSON, int, []error) {
	p := newPlacer(copt)
	// Three stages at once: reading and ordering here, analysis on all
	// cores, placing one article at a time.
	batches := make(chan []pending, 1)
	analysed := make(chan analysedBatch, 1)
	go func() {
		defer close(analysed)
		for b := range batches {
			arts := make([]*news.Article, len(b))
			for i := range b {
				arts[i] = b[i].a
			}
			analysed <- analysedBatch{pipeline.Analyse(arts, 0), b}
		}
	}()
	placed := make(chan struct{})
	go func() {
		defer close(placed)
		for b := range analysed {
			for i, d := range b.docs {
				p.place(d, b.from[i].seq)
			}
		}
	}()

	var q pubQueue
	var batch []pending
	send := func(a pending) {
		batch = append(batch, a)
		if len(batch) == analyseBatch {
			batches <- batch
			batch = nil
		}
	}
	read := 0
	errs := ingest.Each(ctx, inputs, opt, func(a *news.Article) bool {
		if ctx.Err() != nil {
			return false // interrupted: a stream can be long
		}
		heap.Push(&q, pending{a: a, seq: read})
		read++
		if q.Len() > window {
			send(heap.Pop(&q).(pending))
		}
		return true
	})
	for q.Len() > 0 {
		send(heap.Pop(&q).(pending))
	}
	if len(batch) > 0 {
		batches <- batch
	}
	close(batches)
	<-placed
	return p.stories(), read, errs
}

// pending is an article waiting in the reorder window; seq is its place
// in the input, which also numbers it (cluster.ArticleID).
type pending struct {
	a   *news.Article
	seq int
}

type analysedBatch struct {
	docs []*text.Doc
	from []pending
}

// pubQueue orders the window as dedup.PublicationOrder orders a whole
// input: articles with a time by time, then those without, each in input
// order.
type pubQueue []pending

func (q pubQueue) Len() int { return len(q) }
func (q pubQueue) Less(i, j int) bool {
	ti, tj := q[i].a.Published, q[j].a.Published
	switch {
	case ti.IsZero() != tj.IsZero():
		return tj.IsZero()
	case !ti.Equal(tj):
		return ti.Before(tj)
	}
	return q[i].seq < q[j].seq
}
func (q pubQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pubQueue) Push(x any)   { *q = append(*q, x.(pending)) }
func (q *pubQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	old[len(old)-1] = pending{}
	*q = old[:len(old)-1]
	return x
}

// placed is what the list of stories keeps of an article.
type placed struct {
	article  news.StoryArticle
	story    string // as assigned; resolve through merges
	head     string // its title, or else its first sentence (cluster.Title)
	headline bool   // head is its title
}

// placer feeds analysed articles to the clusterer in the order given and
// records where each went.
type placer struct {
	cl     *cluster.Clusterer
	out    []placed
	byID   map[string]int    // clusterer's article id -> index in out
	merged map[string]string // story id -> the story it was merged into
	why    []joinJSON        // with Options.Explain, why each article joined
}

func newPlacer(opt cluster.Options) *placer {
	return &placer{cl: cluster.New(opt), byID: map[string]int{}, merged: map[string]string{}}
}

// place adds one analysed article; seq, its place in the input, names it
// when it has no id, file or URL, as in a whole batch.
func (p *placer) place(d *text.Doc, seq int) {
	a := d.Article
	k := len(p.out)
	asg := p.cl.Add(d)
	for _, m := range asg.Merged {
		if m != asg.StoryID {
			p.merged[m] = asg.StoryID
		}
	}
	pl := placed{
		article:  news.StoryArticle{ID: cluster.ArticleID(a, seq), File: a.File, URL: a.URL, Outlet: a.Outlet},
		story:    asg.StoryID,
		head:     cluster.Title([]*text.Doc{d}, []int{0}),
		headline: strings.TrimSpace(a.Title) != "",
	}
	if !a.Published.IsZero() {
		s := a.Published.Format(time.RFC3339)
		pl.article.Published = &s
	}
	if asg.CopyOf != "" {
		if c, ok := p.byID[asg.CopyOf]; ok {
			id := p.out[c].article.ID
			pl.article.CopyOf = &id
		}
	}
	if asg.Why != nil {
		p.why = append(p.why, joinJSON{Article: pl.article.ID, Story: asg.StoryID, Why: asg.Why})
	}
	p.byID[cluster.ArticleID(a, k)] = k
	p.out = append(p.out, pl)
}

// resolve follows merges to the story an id ended in.
func (p *placer) resolve(id string) string {
	for range len(p.merged) + 1 {
		next, ok := p.merged[id]
		if !ok {
			break
		}
		id = next
	}
	return id
}

// stories lists the stories, the largest first (ties: the one whose first
// article was placed first), each named as cluster.Title names it.
func (p *placer) stories() storiesJSON {
	out := storiesJSON{Stories: []news.Story{}}
	pos := map[string]int{}
	var first [][]int // members of each story, in order of placement
	for i := range p.out {
		id := p.resolve(p.out[i].story)
		k, ok := pos[id]
		if !ok {
			k = len(out.Stories)
			pos[id] = k
			out.Stories = append(out.Stories, news.Story{ID: id})
			first = append(first, nil)
		}
		out.Stories[k].Articles = append(out.Stories[k].Articles, p.out[i].article)
		first[k] = append(first[k], i)
	}
	for k := range out.Stories {
		out.Stories[k].Title = p.title(first[k])
	}
	for _, j := range p.why {
		j.Story = p.resolve(j.Story)
		out.Explain = append(out.Explain, j)
	}
	sortBySize(out.Stories)
	return out
}

// title is cluster.Title over placed articles: the first headline, else
// the first article's lead.
func (p *placer) title(members []int) string {
	for _, i := range members {
		if p.out[i].headline {
			return p.out[i].head
		}
	}
	for _, i := range members {
		if p.out[i].head != "" {
			return p.out[i].head
		}
	}
	return ""
}

func sortBySize(s []news.Story) {
	sort.SliceStable(s, func(a, b int) bool { return len(s[a].Articles) > len(s[b].Articles) })
}
