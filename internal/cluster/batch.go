package cluster

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Story is one story found among a set of documents.
type Story struct {
	ID    string
	Title string
	// Docs are indices into the documents given, in order of publication
	// (documents without a time after those with one, in the order given).
	Docs []int
	// CopyOf[k] is the index (into the documents given) of the document
	// that Docs[k] copies, or -1.
	CopyOf []int
	// Why[k] says why Docs[k] joined the story, with Options.Explain; for
	// a document that began a story, the story it came nearest to joining
	// and why it was refused (Why.Nearest, Why.Refused, Why.Had,
	// Why.Needed), or RefusedNone when no story was a candidate. Nil for
	// copies that joined their original's story.
	Why []*Why
}

// Batch clusters a set of documents as a stream fed in order of publication
// and returns the stories, the largest first (ties: the one whose first
// document came first).
func Batch(docs []*text.Doc, opt Options) []Story {
	order := dedup.PublicationOrder(docs)
	c := New(opt)
	ids := make(map[string]int, len(docs)) // article id -> doc index
	storyOf := make([]string, len(docs))
	copyOf := make([]int, len(docs))
	why := make([]*Why, len(docs))
	for _, i := range order {
		a := c.Add(docs[i])
		storyOf[i] = a.StoryID
		copyOf[i] = -1
		why[i] = a.Why
		if a.CopyOf != "" {
			copyOf[i] = ids[a.CopyOf]
		}
		ids[c.lastID] = i
	}
	// Merges renamed stories after some documents were placed: resolve
	// every document's story through the merges.
	pos := map[string]int{}
	var out []Story
	for _, i := range order {
		id := c.stories[c.resolve(c.byID[storyOf[i]])].id
		k, ok := pos[id]
		if !ok {
			k = len(out)
			pos[id] = k
			out = append(out, Story{ID: id})
		}
		out[k].Docs = append(out[k].Docs, i)
		out[k].CopyOf = append(out[k].CopyOf, copyOf[i])
		if opt.Explain {
			out[k].Why = append(out[k].Why, why[i])
		}
	}
	for k := range out {
		out[k].Title = Title(docs, out[k].Docs)
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].Docs) > len(out[b].Docs) })
	return out
}

// Title names a story: the headline of its first document that has one,
// else the first sentence of its first document, cut to about 100 bytes.
func Title(docs []*text.Doc, members []int) string {
	for _, i := range members {
		if t := strings.TrimSpace(docs[i].Article.Title); t != "" {
			return t
		}
	}
	for _, i := range members {
		if d := docs[i]; len(d.Sentences) > 0 {
			return cut(strings.Join(strings.Fields(d.Sentences[0].Text), " "), 100)
		}
	}
	return ""
}

func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	if j := strings.LastIndexByte(s[:i], ' '); j > n/2 {
		i = j
	}
	return s[:i] + "…"
}
