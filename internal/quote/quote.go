// Package quote finds direct quotes and reported speech, their speakers and
// the chains through which they reached each outlet, and groups the same
// quote across reports.
package quote

import (
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Result is what the quotes of a story show.
type Result struct {
	Quotes       []news.Quote
	Conflicts    []news.Conflict     // kind "speaker": the same words given to different speakers
	SingleSource []news.SingleSource // kind "quote"
	// Entities are the story's entities from the same name resolution the
	// speakers came from, so that the brief resolves names once.
	Entities []news.Entity
}

// item is one quote in one report.
type item struct {
	doc     int
	a       Attribution
	text    string
	stems   map[string]bool
	speaker string
}

// Analyze finds and groups the quotes of a story, and lists its entities
// with the speakers' role.
func Analyze(c *text.Corpus) Result {
	r := entity.Resolve(c)
	res := AnalyzeWith(c, r)
	res.Entities = r.Entities(res.Quotes)
	return res
}

// AnalyzeWith is Analyze with the story's names already resolved.
func AnalyzeWith(c *text.Corpus, r *entity.Resolver) Result {
	var items []item
	for di, d := range c.Docs {
		for _, a := range Find(d, di, r) {
			var parts []string
			for _, q := range a.Quoted {
				parts = append(parts, strings.TrimSpace(d.Article.Text[q.Start:q.End]))
			}
			it := item{doc: di, a: a, text: strings.Join(parts, " … "), speaker: a.Speaker}
			it.stems = quotedStems(d, a.Quoted)
			if len(it.stems) == 0 {
				continue
			}
			items = append(items, it)
		}
	}
	groups := group(items)
	var res Result
	for _, g := range groups {
		res.add(c, g)
	}
	return res
}

// quotedStems are the stems of the content words inside the quotation
// marks, taken from the document's tokens: stemming them again would cost
// a third of the stage's time.
func quotedStems(d *text.Doc, spans []Span) map[string]bool {
	m := map[string]bool{}
	for _, sp := range spans {
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.Start })
		for ; i < len(d.Tokens) && d.Tokens[i].End <= sp.End; i++ {
			if t := &d.Tokens[i]; t.Kind != text.Punct && !t.Stop {
				m[t.Stem] = true
			}
		}
	}
	return m
}

// similar reports whether two quotes are one quote in two wordings: most of
// the content words of the shorter are in the longer. Translations differ in
// a word or two and trimmed quotes are contained in the full ones.
func similar(a, b map[string]bool) bool {
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	small := min(len(a), len(b))
	if small == 0 {
		return false
	}
	if small <= 2 {
		return shared == small && len(a) == len(b)
	}
	return shared >= 3 && float64(shared) >= 0.6*float64(small)
}

// group joins the items that are one quote, single-link.
func group(items []item) [][]item {
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if similar(items[i].stems, items[j].stems) {
				a, b := find(i), find(j)
				if a != b {
					parent[max(a, b)] = min(a, b)
				}
			}
		}
	}
	byRoot := map[int][]item{}
	var order []int
	for i := range items {
		r := find(i)
		if _, ok := byRoot[r]; !ok {
			order = append(order, r)
		}
		byRoot[r] = append(byRoot[r], items[i])
	}
	out := make([][]item, 0, len(order))
	for _, r := range order {
		out = append(out, byRoot[r])
	}
	return out
}

func (res *Result) add(c *text.Corpus, g []item) {
	q := news.Quote{Chain: []string{}}
	speakers := map[string][]item{}
	var spOrder []string
	variants := map[string]int{}
	docs := []int{}
	for _, it := range g {
		id := c.IDs[it.doc]
		if !slices.Contains(q.Sources, id) {
			q.Sources = append(q.Sources, id)
			docs = append(docs, it.doc)
		}
		for _, s := range it.a.Content {
			q.Evidence = append(q.Evidence, news.Evidence{Source: id, Start: s.Start, End: s.End})
		}
		key := strings.ToLower(text.FoldQuotes(it.text))
		if vi, ok := variants[key]; ok {
			if !slices.Contains(q.Variants[vi].Sources, id) {
				q.Variants[vi].Sources = append(q.Variants[vi].Sources, id)
			}
		} else {
			variants[key] = len(q.Variants)
			q.Variants = append(q.Variants, news.Variant{Text: it.text, Sources: []string{id}})
		}
		if vi := variants[key]; true {
			for _, s := range it.a.Content {
				q.Variants[vi].Evidence = append(q.Variants[vi].Evidence, news.Evidence{Source: id, Start: s.Start, End: s.End})
			}
		}
		if it.speaker != "" {
			if _, ok := speakers[it.speaker]; !ok {
				spOrder = append(spOrder, it.speaker)
			}
			speakers[it.speaker] = append(speakers[it.speaker], it)
		}
	}
	// The speaker most sources give; the wording most sources carry, the
	// longest on a tie.
	nDocs := func(its []item) int {
		seen := map[int]bool{}
		for _, it := range its {
			seen[it.doc] = true
		}
		return len(seen)
	}
	for _, s := range spOrder {
		if q.Speaker == "" || nDocs(speakers[s]) > nDocs(speakers[q.Speaker]) {
			q.Speaker = s
		}
	}
	best := 0
	for i, v := range q.Variants {
		if len(v.Sources) > len(q.Variants[best].Sources) || len(v.Sources) == len(q.Variants[best].Sources) && len(v.Text) > len(q.Variants[best].Text) {
			best = i
		}
	}
	q.Text = q.Variants[best].Text
	q.Chain = chain(c, g, q.Speaker)
	res.Quotes = append(res.Quotes, q)

	if len(spOrder) > 1 && distinctPeople(spOrder) {
		cf := news.Conflict{Kind: news.ConflictSpeaker, Topic: q.Text}
		for _, s := range spOrder {
			side := news.Side{Text: speakers[s][0].text, Value: s}
			for _, it := range speakers[s] {
				id := c.IDs[it.doc]
				if !slices.Contains(side.Sources, id) {
					side.Sources = append(side.Sources, id)
				}
				for _, sp := range it.a.Content {
					side.Evidence = append(side.Evidence, news.Evidence{Source: id, Start: sp.Start, End: sp.End})
				}
			}
			cf.Sides = append(cf.Sides, side)
		}
		res.Conflicts = append(res.Conflicts, cf)
	}
	if c.Independent(docs) == 1 {
		t := q.Text
		if q.Speaker != "" {
			t = q.Speaker + ": “" + q.Text + "”"
		}
		res.SingleSource = append(res.SingleSource, news.SingleSource{Kind: news.SingleQuote, Text: t, Sources: slices.Clone(q.Sources), Evidence: q.Evidence})
	}
}

// distinctPeople reports whether the speakers are more than one source as
// written: "a U.S. official" against "Kim Jong Un" is no contradiction.
func distinctPeople(sp []string) bool {
	named := 0
	for _, s := range sp {
		if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
			named++
		}
	}
	return named > 1
}

// chain runs from the speaker through whoever passed the words on to the
// outlet of the first source that names its outlet.
func chain(c *text.Corpus, g []item, speaker string) []string {
	out := []string{}
	if speaker != "" {
		out = append(out, speaker)
	}
	for _, it := range g {
		for _, v := range it.a.Via {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	for _, it := range g {
		if o := c.Docs[it.doc].Article.Outlet; o != "" {
			if !slices.Contains(out, o) {
				out = append(out, o)
			}
			break
		}
	}
	return out
}
