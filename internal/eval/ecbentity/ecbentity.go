// Package ecbentity scores crosscheck's cross-document entity merging on
// ECB+ (Cybulska and Vossen, LREC 2014): each topic's documents are one
// story fed to entity.Find, and the entity each found mention lands in is
// compared with the hand-made coreference chains of people, organisations,
// places and times by B-cubed over mentions.
package ecbentity

import (
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/eval/bcubed"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Mention is one gold entity mention: text[Start:End] of its document, its
// ECB+ tag and its gold chain (a cross-document instance, a within-document
// chain, or the mention alone).
type Mention struct {
	Start, End int
	Tag        string
	Chain      string
}

// Class is the coarse kind of a tag: "human" (people, organisations and
// other human participants), "place" or "time".
func (m Mention) Class() string { return classOf(m.Tag) }

func classOf(tag string) string {
	switch {
	case strings.HasPrefix(tag, "HUMAN_PART"):
		return "human"
	case strings.HasPrefix(tag, "LOC_"):
		return "place"
	case strings.HasPrefix(tag, "TIME_"):
		return "time"
	}
	return ""
}

// Doc is one ECB+ document as text with its gold entity mentions.
type Doc struct {
	Name     string
	Text     string
	Mentions []Mention
}

// Topic is the documents of one ECB+ topic: one story.
type Topic struct {
	ID   string
	Docs []Doc
}

// Load reads the ECB+ folder dir (the one holding ECB+/ and
// ECBplus_coreference_sentences.csv). Only mentions in the sentences the
// corpus lists as annotated for coreference are kept, as its README asks,
// since mentions elsewhere were not marked throughout.
func Load(dir string) ([]Topic, error) {
	sel, err := selected(filepath.Join(dir, "ECBplus_coreference_sentences.csv"))
	if err != nil {
		return nil, err
	}
	paths, err := filepath.Glob(filepath.Join(dir, "ECB+", "*", "*.xml"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("ecbentity: no documents under %s", filepath.Join(dir, "ECB+"))
	}
	sort.Strings(paths)
	byTopic := map[string]*Topic{}
	var order []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(filepath.Base(p), ".xml")
		d, err := Parse(f, name, sel[name])
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("ecbentity %s: %w", p, err)
		}
		topic, _, _ := strings.Cut(name, "_")
		t := byTopic[topic]
		if t == nil {
			t = &Topic{ID: topic}
			byTopic[topic] = t
			order = append(order, topic)
		}
		t.Docs = append(t.Docs, d)
	}
	sort.Slice(order, func(i, j int) bool {
		a, _ := strconv.Atoi(order[i])
		b, _ := strconv.Atoi(order[j])
		return a < b
	})
	out := make([]Topic, 0, len(order))
	for _, id := range order {
		out = append(out, *byTopic[id])
	}
	return out, nil
}

// selected reads the list of annotated sentences: document name -> sentence numbers.
func selected(path string) (map[string]map[int]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ecbentity: %w", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("ecbentity: %s: %w", path, err)
	}
	out := map[string]map[int]bool{}
	for i, r := range rows {
		if i == 0 || len(r) < 3 {
			continue // header
		}
		n, err := strconv.Atoi(strings.TrimSpace(r[2]))
		if err != nil {
			continue
		}
		name := strings.TrimSpace(r[0]) + "_" + strings.TrimSpace(r[1])
		if out[name] == nil {
			out[name] = map[int]bool{}
		}
		out[name][n] = true
	}
	return out, nil
}

type xmlDoc struct {
	Tokens []struct {
		ID       int    `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Items []struct {
			XMLName xml.Name
			ID      string `xml:"m_id,attr"`
			Anchors []struct {
				ID int `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:",any"`
	} `xml:"Markables"`
	Relations struct {
		Items []struct {
			XMLName xml.Name
			ID      string `xml:"r_id,attr"`
			Note    string `xml:"note,attr"`
			Sources []struct {
				ID string `xml:"m_id,attr"`
			} `xml:"source"`
			Target struct {
				ID string `xml:"m_id,attr"`
			} `xml:"target"`
		} `xml:",any"`
	} `xml:"Relations"`
}

// Parse reads one ECB+ document: its tokens joined into text (one sentence
// a paragraph; the first sentence dropped when it is the page's URL, as in
// the newly collected documents) and its entity mentions in the sentences
// sel lists (all sentences when sel is nil).
func Parse(r io.Reader, name string, sel map[int]bool) (Doc, error) {
	var x xmlDoc
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return Doc{}, err
	}
	type span struct{ start, end, sent int }
	at := map[int]span{}
	var b strings.Builder
	var sent []int // token indices of the current sentence
	flush := func() {
		if len(sent) == 0 {
			return
		}
		toks := make([]string, len(sent))
		for i, k := range sent {
			toks[i] = strings.TrimSpace(x.Tokens[k].Text)
		}
		if x.Tokens[sent[0]].Sentence == 0 && isURL(toks) {
			sent = sent[:0]
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		offs := join(&b, toks)
		for i, k := range sent {
			if offs[i] >= 0 {
				at[x.Tokens[k].ID] = span{offs[i], offs[i] + len(toks[i]), x.Tokens[k].Sentence}
			}
		}
		sent = sent[:0]
	}
	for k, t := range x.Tokens {
		if len(sent) > 0 && x.Tokens[sent[0]].Sentence != t.Sentence {
			flush()
		}
		sent = append(sent, k)
	}
	flush()
	d := Doc{Name: name, Text: b.String()}

	chain := map[string]string{}
	for _, rel := range x.Relations.Items {
		var label string
		switch rel.XMLName.Local {
		case "CROSS_DOC_COREF":
			label = "x:" + rel.Note
		case "INTRA_DOC_COREF":
			label = "i:" + name + ":" + rel.ID
		default:
			continue
		}
		for _, s := range rel.Sources {
			chain[s.ID] = label
		}
		chain[rel.Target.ID] = label
	}
	for _, m := range x.Markables.Items {
		tag := m.XMLName.Local
		if classOf(tag) == "" || len(m.Anchors) == 0 {
			continue
		}
		s, e, ok := -1, -1, true
		for _, a := range m.Anchors {
			sp, found := at[a.ID]
			if !found || sel != nil && !sel[sp.sent] {
				ok = false
				break
			}
			if s < 0 || sp.start < s {
				s = sp.start
			}
			e = max(e, sp.end)
		}
		if !ok {
			continue
		}
		c := chain[m.ID]
		if c == "" {
			c = "s:" + name + ":" + m.ID
		}
		d.Mentions = append(d.Mentions, Mention{Start: s, End: e, Tag: tag, Chain: c})
	}
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	return d, nil
}

func isURL(toks []string) bool {
	s := strings.ToLower(strings.Join(toks, ""))
	return strings.HasPrefix(s, "http") || strings.HasPrefix(s, "www.")
}

// join writes tokens as a writer would have spaced them and returns each
// token's offset in b (-1 for an empty token).
func join(b *strings.Builder, toks []string) []int {
	offs := make([]int, len(toks))
	quoteOpen := false
	first := true
	for i, t := range toks {
		if t == "" {
			offs[i] = -1
			continue
		}
		space := !first
		switch t {
		case ".", ",", ":", ";", "!", "?", ")", "]", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m":
			space = false
		case `"`:
			if quoteOpen {
				space = false
			}
			quoteOpen = !quoteOpen
		}
		if t == "-" && i > 0 && i+1 < len(toks) {
			space = false // "court - mandated" was "court-mandated"
		}
		if i > 0 {
			switch toks[i-1] {
			case "(", "[", "$":
				space = false
			case "-":
				if i > 1 {
					space = false
				}
				space = false
			case `"`:
				if quoteOpen {
					space = false
				}
			}
		}
		if space {
			b.WriteByte(' ')
		}
		offs[i] = b.Len()
		b.WriteString(t)
		first = false
	}
	return offs
}

// PRF is B-cubed precision, recall and F1.
type PRF struct{ P, R, F float64 }

// TopicScore is the figures of one topic, or of all topics together.
type TopicScore struct {
	ID       string
	Docs     int
	Gold     int // gold entity mentions in the annotated sentences
	Found    int // of them, those a found mention overlaps
	Entities int // entities crosscheck listed
	// Linked scores merging alone: B-cubed over the gold mentions that were
	// found, each labelled with the entity it was put in.
	Linked PRF
	// Baseline is Linked for merging by identical text (case folded): what
	// merging adds over string identity.
	Baseline PRF
	// All is B-cubed over every gold mention; a mention not found is its
	// own entity.
	All PRF
	// FoundByClass counts found and gold mentions by class (human, place, time).
	FoundByClass map[string][2]int
}

// Result is the per-topic and overall figures.
type Result struct {
	Topics  []TopicScore
	Overall TopicScore
}

// item is one gold mention with its labels.
type item struct {
	gold, pred, base string
	found            bool
	class            string
}

// Score runs entity.Find on each topic and scores its merging.
func Score(topics []Topic) Result {
	var res Result
	var all []item
	res.Overall = TopicScore{ID: "all", FoundByClass: map[string][2]int{}}
	for _, t := range topics {
		items, nEnt := topicItems(t)
		ts := summarise(t.ID, len(t.Docs), items)
		ts.Entities = nEnt
		res.Topics = append(res.Topics, ts)
		for _, it := range items {
			// Labels are per topic already; gold instance ids are global.
			it.pred = t.ID + "/" + it.pred
			it.base = t.ID + "/" + it.base
			all = append(all, it)
		}
		res.Overall.Docs += len(t.Docs)
		res.Overall.Entities += nEnt
	}
	o := summarise("all", res.Overall.Docs, all)
	o.Entities = res.Overall.Entities
	res.Overall = o
	return res
}

func topicItems(t Topic) ([]item, int) {
	docs := make([]*text.Doc, len(t.Docs))
	ids := make([]string, len(t.Docs))
	index := map[string]int{}
	for i, d := range t.Docs {
		docs[i] = text.Analyze(&news.Article{ID: d.Name, Text: d.Text, Language: "en"})
		ids[i] = d.Name
		index[d.Name] = i
	}
	c := text.NewCorpus(docs, ids)
	ents := entity.Find(c, nil)
	type found struct {
		start, end int
		ent        int
	}
	byDoc := make([][]found, len(t.Docs))
	for ei, e := range ents {
		for _, ev := range e.Evidence {
			if di, ok := index[ev.Source]; ok {
				byDoc[di] = append(byDoc[di], found{ev.Start, ev.End, ei})
			}
		}
	}
	var items []item
	for di, d := range t.Docs {
		for mi, m := range d.Mentions {
			it := item{gold: m.Chain, class: m.Class()}
			best, bestN := -1, 0
			for fi, f := range byDoc[di] {
				if n := min(f.end, m.End) - max(f.start, m.Start); n > bestN {
					best, bestN = fi, n
				}
			}
			if best >= 0 {
				f := byDoc[di][best]
				it.found = true
				it.pred = strconv.Itoa(f.ent)
				it.base = strings.ToLower(d.Text[f.start:f.end])
			} else {
				it.pred = fmt.Sprintf("u:%d:%d", di, mi)
				it.base = it.pred
			}
			items = append(items, it)
		}
	}
	return items, len(ents)
}

func summarise(id string, docs int, items []item) TopicScore {
	ts := TopicScore{ID: id, Docs: docs, Gold: len(items), FoundByClass: map[string][2]int{}}
	var gAll, pAll, gF, pF, bF []string
	for _, it := range items {
		gAll = append(gAll, it.gold)
		pAll = append(pAll, it.pred)
		c := ts.FoundByClass[it.class]
		c[1]++
		if it.found {
			ts.Found++
			c[0]++
			gF = append(gF, it.gold)
			pF = append(pF, it.pred)
			bF = append(bF, it.base)
		}
		ts.FoundByClass[it.class] = c
	}
	ts.All = score(pAll, gAll)
	ts.Linked = score(pF, gF)
	ts.Baseline = score(bF, gF)
	return ts
}

func score(pred, gold []string) PRF {
	p, r, f := bcubed.Score(pred, gold)
	return PRF{p, r, f}
}
