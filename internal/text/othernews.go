package text

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Other news on a report's page.
//
// The local television sites of one CMS print, before or after the report,
// a block of the station's other stories: each teaser once as its dek and
// again as the dek and more ("A 4-year-old boy remains in critical
// condition ... in Houma." then the same sentence and the next), with the
// weather and sports between them. Those paragraphs are another story's
// news: the summary, the claims and the timeline must not read them as
// this report's.
//
// The evidence, all of it inside the report:
//   - teaser pairs: a paragraph printed again as the opening of the next,
//     which a report's own prose never does more than once (a dek printed
//     again as the lead is the report's own, so one pair alone is no block);
//   - the main body: the longest run of paragraphs that are no teaser
//     pair, which is the report itself;
//   - the topic: what the headline and the main body name (stemmed
//     content words, names and numbers; a name or number counts twice).
//
// A paragraph outside the main body is other news when it shares less
// than two points, or less than otherNewsShare of its own salient weight,
// with the topic, holds less than half of the headline's terms, and shares
// fewer than two names with the topic. A main body of fewer than minBody
// paragraphs (a page that is a gallery of the story's captions) is no
// measure, and nothing is taken.
// Only a run of such paragraphs, of two stories or more with at least one
// teaser pair among them, is a block of other news; once a side of the
// main body holds a block, every such paragraph of that side is other news
// too (a teaser of the same town can cut the list in two); the main body's edge
// next to a block loses a paragraph that shares almost nothing with the
// rest of the body (a last teaser printed once). Rules and thresholds were
// set on GVA incidents of 2013-2015 (testdata/othernews-labels.tsv); the
// last two were added after reading the flags on the 2016 reports
// (docs/summary.md, wave 18).

// otherNewsShare is the least share of a paragraph's salient weight that
// the topic must hold for the paragraph outside the main body to be the
// report's own.
const otherNewsShare = 0.35

// minBody is the fewest paragraphs of a main body: a page that is mostly
// a gallery of the story's photos, each caption printed twice, keeps a
// credit line or two between them, which is no report to measure the
// captions against.
const minBody = 3

// otherNewsEdge is the share below which a paragraph at the main body's
// edge, beside a block of other news, is taken into the block.
const otherNewsEdge = 0.15

// otherNewsCell holds a Doc's paragraphs of other news, computed once.
type otherNewsCell struct {
	once  sync.Once
	paras map[int]bool
}

// OtherNews reports whether sentence s lies in a paragraph of other news
// that the page prints around the report (see OtherNewsParagraphs).
func (d *Doc) OtherNews(s int) bool {
	if s < 0 || s >= len(d.Sentences) {
		return false
	}
	return d.otherNewsParas()[d.Sentences[s].Para]
}

// OtherNewsParagraphs gives the paragraphs (Sentence.Para values) of the
// report that are other stories' news printed on its page: teasers of
// other stories, weather, sports. Only English reports are read.
func (d *Doc) OtherNewsParagraphs() map[int]bool {
	return d.otherNewsParas()
}

func (d *Doc) otherNewsParas() map[int]bool {
	if d.otherNews == nil {
		return findOtherNews(d)
	}
	d.otherNews.once.Do(func() { d.otherNews.paras = findOtherNews(d) })
	return d.otherNews.paras
}

// newsPara is one paragraph of a report, as the detector reads it.
type newsPara struct {
	para  int    // Sentence.Para
	first int    // its first sentence
	text  string // its text in the report
	norm  string // normalised (normalizeTeaser): its opening until a teaser pair is found, then all
	terms map[string]int
}

// newsUnit is a paragraph, or a teaser printed twice (or more): the
// paragraphs lo..hi.
type newsUnit struct {
	lo, hi int
	terms  map[string]int
}

func (u newsUnit) pair() bool { return u.hi > u.lo }

func findOtherNews(d *Doc) map[int]bool {
	if !d.English() || len(d.Sentences) < 4 {
		return nil
	}
	ps := newsParagraphs(d)
	// Most reports print no paragraph twice: they are done before any
	// term is read.
	pair := false
	for i := 0; i+1 < len(ps) && !pair; i++ {
		pair = printedAgain(ps[i].norm, ps[i+1].norm)
	}
	if !pair {
		return nil
	}
	for i := range ps {
		ps[i].norm = normalizeTeaser(ps[i].text, -1)
		ps[i].terms = map[string]int{}
		for s := ps[i].first; s < len(d.Sentences) && d.Sentences[s].Para == ps[i].para; s++ {
			addTerms(ps[i].terms, d.SentenceTokens(s))
		}
	}
	units := teaserUnits(ps)
	bs, be := mainBody(units, ps)
	if bs < 0 || be-bs+1 < minBody {
		return nil
	}
	head := headlineTerms(d)
	topic := mergeTerms(head)
	for k := bs; k <= be; k++ {
		topic = mergeTerms(topic, units[k].terms)
	}
	off := make([]bool, len(units))
	outside := func(k int) bool {
		sh, fr := shared(units[k].terms, topic)
		return (sh < 2 || fr < otherNewsShare) && !holdsHeadline(units[k].terms, head) && sharedNames(units[k].terms, topic) < 2
	}
	markBlocks(units, off, 0, bs, outside)
	markBlocks(units, off, be+1, len(units), outside)
	peelEdges(units, off, head, bs, be)
	out := map[int]bool{}
	for k, u := range units {
		if off[k] {
			for p := u.lo; p <= u.hi; p++ {
				out[ps[p].para] = true
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// markBlocks marks each run of units in [from, to) that outside holds for
// when the run holds a teaser pair and two stories or more.
func markBlocks(units []newsUnit, off []bool, from, to int, outside func(int) bool) {
	run := []int{}
	flush := func() {
		pair := false
		for _, k := range run {
			pair = pair || units[k].pair()
		}
		if pair && len(run) >= 2 {
			for _, k := range run {
				off[k] = true
			}
		}
		run = run[:0]
	}
	for k := from; k < to; k++ {
		if outside(k) {
			run = append(run, k)
			continue
		}
		flush()
	}
	flush()
	// A side of the report that holds a block holds the page's list of
	// other stories: a teaser of it that a teaser of the report's own
	// place or people cuts off from the block is one of them too.
	if slices.Contains(off[from:to], true) {
		for k := from; k < to; k++ {
			off[k] = off[k] || outside(k)
		}
	}
}

// peelEdges takes into a block of other news the main body's paragraphs
// at its edge that share almost nothing with the rest of the body, while
// three units of the body remain.
func peelEdges(units []newsUnit, off []bool, head map[string]int, bs, be int) {
	if be-bs+1 <= 3 {
		return
	}
	rest := func(skip map[int]bool) map[string]int {
		t := mergeTerms(head)
		for k := bs; k <= be; k++ {
			if !skip[k] {
				t = mergeTerms(t, units[k].terms)
			}
		}
		return t
	}
	skip := map[int]bool{}
	edge := func(k int) bool {
		skip[k] = true
		sh, fr := shared(units[k].terms, rest(skip))
		if fr < otherNewsEdge && sh < 3 && !holdsHeadline(units[k].terms, head) {
			off[k] = true
			return true
		}
		delete(skip, k)
		return false
	}
	if bs > 0 && off[bs-1] {
		for k := bs; k < be && be-k+1 > 3 && edge(k); k++ {
		}
	}
	if be+1 < len(units) && off[be+1] {
		for k := be; k > bs && k-bs+1-len(skip) > 3 && edge(k); k-- {
		}
	}
}

// mainBody gives the first and last unit of the longest run, in words, of
// units that are no teaser pair: the report itself.
func mainBody(units []newsUnit, ps []newsPara) (int, int) {
	best, bs, be := 0, -1, -1
	for k := 0; k < len(units); {
		if units[k].pair() {
			k++
			continue
		}
		m, words := k, 0
		for ; m < len(units) && !units[m].pair(); m++ {
			words += strings.Count(ps[units[m].lo].norm, " ") + 1
		}
		if words > best {
			best, bs, be = words, k, m-1
		}
		k = m
	}
	return bs, be
}

// teaserWindow is as much of a paragraph's normalised text as
// printedAgain reads of it, as either paragraph: a needle of
// teaserNeedle bytes found at most teaserShift bytes into the next.
// Most reports print no paragraph twice, and their paragraphs are then
// normalised only this far.
const teaserWindow = teaserNeedle + teaserShift

const (
	teaserNeedle = 60
	teaserShift  = 40
)

// newsParagraphs reads the report's paragraphs, their text normalised
// (their terms are read only where a teaser is printed twice).
func newsParagraphs(d *Doc) []newsPara {
	var ps []newsPara
	for s := range d.Sentences {
		if s == 0 || d.Sentences[s].Para != d.Sentences[s-1].Para {
			ps = append(ps, newsPara{para: d.Sentences[s].Para, first: s})
		}
	}
	for i := range ps {
		start := d.Sentences[ps[i].first].Start
		end := len(d.Article.Text)
		if i+1 < len(ps) {
			end = d.Sentences[ps[i+1].first].Start
		}
		ps[i].text = d.Article.Text[start:end]
		ps[i].norm = normalizeTeaser(ps[i].text, teaserWindow)
	}
	return ps
}

// teaserUnits groups each paragraph with those after it that print it
// again.
func teaserUnits(ps []newsPara) []newsUnit {
	var units []newsUnit
	for i := 0; i < len(ps); {
		j := i
		for j+1 < len(ps) && printedAgain(ps[j].norm, ps[j+1].norm) {
			j++
		}
		u := newsUnit{lo: i, hi: j, terms: map[string]int{}}
		for p := i; p <= j; p++ {
			u.terms = mergeTerms(u.terms, ps[p].terms)
		}
		units = append(units, u)
		i = j + 1
	}
	return units
}

// printedAgain reports whether paragraph b opens by printing paragraph a
// again, perhaps after a short credit ("(WMC-TV) – ").
func printedAgain(a, b string) bool {
	if len(a) <= 40 {
		return false
	}
	k := strings.Index(b, a[:min(len(a), teaserNeedle)])
	return k >= 0 && k <= teaserShift
}

// normalizeTeaser keeps the letters and digits of a paragraph, lower
// case, one space between words. With limit >= 0 it stops once it has
// written limit bytes: what it gives is then the opening of the whole
// normalised text (it only appends).
func normalizeTeaser(t string, limit int) string {
	var b strings.Builder
	space := false
	for _, r := range t {
		if limit >= 0 && b.Len() >= limit {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// addTerms adds a sentence's salient terms: content words by their stem,
// numbers of two figures or more, and names (a capitalised word after the
// first), which count twice, as numbers do. Weekdays and months name no
// topic: every report has them.
func addTerms(into map[string]int, toks []Token) {
	first := true
	for _, t := range toks {
		w := 0
		key := t.Stem
		switch {
		case t.Kind == Number:
			if len(t.Text) >= 2 {
				w, key = 2, t.Lower
			}
		case t.Kind == Word:
			if t.Stop || len(t.Lower) < 3 || commonNewsWords.Has(t.Lower) || english.Weekdays.Has(t.Lower) || english.Months.Has(t.Lower) {
				break
			}
			w = 1
			if t.Cap && !first {
				w = 2
			}
		}
		if t.Kind != Punct {
			first = false
		}
		if w > 0 && key != "" && w > into[key] {
			into[key] = w
		}
	}
}

// commonNewsWords are words any news report uses, whatever its story (the
// list claim alignment reads as its background of rarity).
var commonNewsWords = english.List("align/common-words")

// headlineTerms are the salient terms of the report's headline: its
// title's first part (before a site's name), else its first sentence.
func headlineTerms(d *Doc) map[string]int {
	out := map[string]int{}
	if t := d.Article.Title; strings.TrimSpace(t) != "" {
		for _, sep := range []string{" | ", " - ", " – ", " — "} {
			if k := strings.Index(t, sep); k > 0 {
				t = t[:k]
			}
		}
		addTerms(out, Tokenize(t, 0))
		return out
	}
	addTerms(out, d.SentenceTokens(0))
	return out
}

// holdsHeadline reports whether a paragraph holds half of the headline's
// terms or more: the headline printed as a line of the page, or a lead
// that tells it.
func holdsHeadline(terms, head map[string]int) bool {
	if len(head) < 2 {
		return false
	}
	n := 0
	for k := range head {
		if terms[k] > 0 {
			n++
		}
	}
	return 2*n >= len(head)
}

// shared gives the weight of a paragraph's terms that the topic holds, and
// its share of the paragraph's whole weight.
func shared(terms, topic map[string]int) (int, float64) {
	sh, tot := 0, 0
	for k, w := range terms {
		tot += w
		if v, ok := topic[k]; ok {
			sh += min(w, v)
		}
	}
	if tot == 0 {
		return 0, 0
	}
	return sh, float64(sh) / float64(tot)
}

// sharedNames counts the names (terms of weight 2: capitalised words and
// numbers) that a paragraph and the topic both hold. Two of them (a
// victim's first and last name, a name and an age) tie a teaser to the
// report's own story, however much else it tells.
func sharedNames(terms, topic map[string]int) int {
	n := 0
	for k, w := range terms {
		if w == 2 && topic[k] == 2 {
			n++
		}
	}
	return n
}

// mergeTerms adds the terms of the others to a copy of the first.
func mergeTerms(first map[string]int, others ...map[string]int) map[string]int {
	out := make(map[string]int, len(first))
	for k, w := range first {
		out[k] = w
	}
	for _, o := range others {
		for k, w := range o {
			if w > out[k] {
				out[k] = w
			}
		}
	}
	return out
}
