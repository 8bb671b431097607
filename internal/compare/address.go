package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// A block address (text.BlockStreet) placed on the same street at
// different blocks by two reports gives one fact differently, however
// differently their sentences go on ("Police say Devon Lofton, 7, shot
// himself at his home in the 6700 block of South Aberdeen." / "... died
// at Comer Children's Hospital after he was rushed there from his home in
// the 13400 block of South Aberdeen Street."): the street is the anchor
// that the word frames of substitutions and the context of quantities
// (a block is no counted plural) do not see.

// blockWord is the word after the figure of a block address.
const blockWord = text.BlockWord

// blockItem is one block address of a sentence.
type blockItem struct {
	ref    align.SentRef
	number float64
	value  string // "6700 block"
	street string // the street written as the sentence writes it
}

// blockAt reads a block address whose figure is toks[k]
// (text.BlockStreet) and its figure, a whole number.
func blockAt(toks []text.Token, k int) (n float64, key, street string, ok bool) {
	key, street, ok = text.BlockStreet(toks, k)
	if !ok {
		return 0, "", "", false
	}
	n, ok = align.ParseNumber(toks[k].Lower)
	if !ok || n <= 0 || n != float64(int(n)) {
		return 0, "", "", false
	}
	return n, key, street, true
}

// blockItems lists the block addresses of the story's active sentences by
// street.
func (cp *comparer) blockItems() (map[string][]blockItem, []string) {
	byStreet := map[string][]blockItem{}
	var order []string
	for d, doc := range cp.c.Docs {
		for s := range doc.Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if !cp.a.Active(ref) {
				continue
			}
			toks := doc.SentenceTokens(s)
			for k := range toks {
				n, key, street, ok := blockAt(toks, k)
				if !ok {
					continue
				}
				if _, seen := byStreet[key]; !seen {
					order = append(order, key)
				}
				byStreet[key] = append(byStreet[key], blockItem{ref, n, toks[k].Text + " " + toks[k+1].Text, street})
			}
		}
	}
	return byStreet, order
}

// blockConflicts finds one street placed at different blocks by
// independent reports. Not when one account gives both blocks (it speaks
// of two places on the street: the shooting and the arrest), when the
// blocks are more than a factor 3 apart (as figures elsewhere: "the 400 /
// 4000 block" is a lost digit or two places), or when the reports are
// months apart. Pairs of sentences an earlier number difference already
// shows are left to it.
func (cp *comparer) blockConflicts(earlier []news.Conflict) []news.Conflict {
	byStreet, order := cp.blockItems()
	var out []news.Conflict
	for _, key := range order {
		items := byStreet[key]
		values := map[float64][]align.SentRef{}
		var vals []float64
		owner := map[int]float64{}
		twoPlaces := false
		for _, it := range items {
			g := cp.c.Group[it.ref.Doc]
			if v, ok := owner[g]; ok && v != it.number && !cp.editionsApart(items, g) {
				twoPlaces = true
			}
			owner[g] = it.number
			if _, ok := values[it.number]; !ok {
				vals = append(vals, it.number)
			}
			values[it.number] = append(values[it.number], it.ref)
		}
		if twoPlaces || len(vals) < 2 {
			continue
		}
		lo, hi := slices.Min(vals), slices.Max(vals)
		if hi/lo > 3 && hi-lo > 3 || cp.blockDocsApart(items) || cp.blockShown(earlier, values) {
			continue
		}
		cf := news.Conflict{Kind: news.ConflictNumber, Topic: blockWord + " of " + items[0].street}
		for _, v := range vals {
			refs := values[v]
			var value string
			for _, it := range items {
				if it.number == v {
					value = it.value
					break
				}
			}
			cf.Sides = append(cf.Sides, cp.side(refs, value))
		}
		cp.inTime(&cf)
		out = append(out, cf)
	}
	return out
}

// editionsApart reports whether the copy group g has editions at
// different publication times among the items: a wire story updated may
// move a figure between its editions.
func (cp *comparer) editionsApart(items []blockItem, g int) bool {
	var at []int64
	for _, it := range items {
		if cp.c.Group[it.ref.Doc] == g {
			if p := cp.published(it.ref.Doc); !p.IsZero() {
				at = append(at, p.Unix())
			}
		}
	}
	slices.Sort(at)
	return len(slices.Compact(at)) > 1
}

// blockDocsApart reports whether two of the items' reports are months
// apart: each gives the address of its own moment.
func (cp *comparer) blockDocsApart(items []blockItem) bool {
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if cp.monthsApart(items[i].ref.Doc, items[j].ref.Doc) {
				return true
			}
		}
	}
	return false
}

// blockShown reports whether an earlier number difference already cites a
// sentence of two of the sides.
func (cp *comparer) blockShown(earlier []news.Conflict, values map[float64][]align.SentRef) bool {
	sidesCited := 0
	for _, refs := range values {
		cited := false
		for _, r := range refs {
			sent := cp.c.Docs[r.Doc].Sentences[r.Sent]
			for _, c := range earlier {
				if c.Kind == news.ConflictNumber && conflictCites(c, cp.c.IDs[r.Doc], sent.Start, sent.End) {
					cited = true
				}
			}
		}
		if cited {
			sidesCited++
		}
	}
	return sidesCited >= 2
}

// conflictCites reports whether a difference cites a span of one source.
func conflictCites(c news.Conflict, src string, start, end int) bool {
	for _, s := range c.Sides {
		for _, ev := range s.Evidence {
			if ev.Source == src && ev.Start < end && ev.End > start {
				return true
			}
		}
	}
	return false
}
