// Package summarize picks the sentences of an extractive multi-document
// summary within a length budget.
//
// The method is concept coverage (Gillick and Favre 2009, the ICSI system of
// TAC 2008-2011): the "concepts" of a story are the bigrams of word stems, a
// concept is worth the number of independent sources that use it, and the
// summary is the set of sentences that covers the most concept weight within
// the budget. A concept counts once however many picked sentences hold it, so
// the objective itself avoids repeats; a similarity threshold removes the
// near-repeats it would still allow. Counting sources in copy groups makes the
// summary prefer what many independent reports say.
//
// On top of that objective, readability rules: boilerplate, headlines,
// captions, questions and sentences with an unclosed quotation are never
// picked; a sentence that opens with a connective or a pronoun ("But ...",
// "He said ...") is picked only right after the sentence it leans on; and the
// picks are put in reading order (sources by publication time, then position).
package summarize

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Budget bounds a summary: Words, or Bytes when Words is 0.
type Budget struct {
	Words, Bytes int
}

// maxSimilarity is the cosine similarity (TF-IDF of stems) above which a
// sentence is a near-repeat of one already picked. A conventional value
// (MMR-style thresholds in the literature sit at 0.5-0.7), not tuned.
const maxSimilarity = 0.5

// rareWeight scales the weight of concepts below the support threshold, so
// they only decide what fills the budget after the supported ones.
const rareWeight = 0.01

// laterReport is how long after the story's first report a report must be
// published for its lead to count as news of its own (gain): a week, the
// span of a news cycle, set before measuring; a day gives nearly the same
// figures (docs/summary.md).
const laterReport = 7 * 24 * time.Hour

// positionPrior weighs a sentence of a report in a language other than
// English by its place: its value (new concept weight per word) is
// multiplied by 1 + positionPrior/(1+k) for the report's sentence k, so a
// report's opening sentences come first. English has its own readings (the
// annotation's leaning, propositions, later reports' leads) and no prior; the
// other languages have only the concepts, whose bigrams of unstemmed words
// (Hebrew's: without their prefixes, conceptTokens) with no stop list
// (Hebrew has one) favour long sentences of common words over the news. Set
// on MultiLing 2011's calibration topics (odd) in six languages, where every
// weight from 8 to 64 gives within 0.005 of the same ROUGE; it holds on the
// reporting topics (docs/summary.md).
const positionPrior = 32

// prior is the position prior (positionPrior) of sentence k of a report.
func prior(english bool, k int) float64 {
	if english {
		return 1
	}
	return 1 + positionPrior/float64(1+k)
}

// minWords is the length below which a sentence is too short to stand in a
// summary on its own (captions, fragments).
const minWords = 6

// candidate is one sentence that may be picked.
type candidate struct {
	ref      align.SentRef
	cost     int   // in budget units (words or bytes)
	concepts []int // distinct concept ids
	vec      []weighted
	norm     float64
	lean     bool    // leans on the sentence before it (connective, pronoun)
	later    bool    // the lead of a later report (laterReport)
	prior    float64 // position prior on its value (positionPrior); 1 for English
	claim    int     // index in the alignment's claims, or -1
	support  int     // independent sources of its claim
	props    props
}

type weighted struct {
	term int
	w    float64
}

// sentInfo is what the first pass learns of every sentence.
type sentInfo struct {
	ref      align.SentRef
	concepts []int
	terms    []weighted // one entry per occurrence of a content stem
}

// Select returns the summary's sentences, in reading order. The summary never
// exceeds the budget; with a zero budget it is empty.
func Select(c *text.Corpus, a *align.Result, b Budget) []align.SentRef {
	return SelectFacts(c, a, b, Facts{})
}

// SelectFacts is Select that also knows what the comparison found: after
// the lead, the summary states the figures the reports disagree on
// (Facts.Disputed) before the greedy pass fills the rest.
func SelectFacts(c *text.Corpus, a *align.Result, b Budget, f Facts) []align.SentRef {
	if c == nil || len(c.Docs) == 0 || (b.Words <= 0 && b.Bytes <= 0) {
		return nil
	}
	s := newSelector(c, a, b)
	s.seedLead()
	s.seedDisputed(f)
	s.greedy()
	return s.ordered()
}

type selector struct {
	c       *text.Corpus
	budget  int
	words   bool
	cands   []candidate
	index   map[align.SentRef]int // sentence -> candidate index
	weight  []float64             // concept weights
	rare    []bool                // by concept: below the support threshold
	picked  []bool                // by candidate
	blocked []bool                // by candidate: repeats a pick
	order   []int                 // picked candidates, in the order picked
	lead    int                   // the candidate that opens the summary, or -1
	dated   bool                  // every usable source has a publication time
	used    int                   // budget used
	cover   []int                 // how many picked sentences hold each concept
}

// groupsOf is the number of independent sources (copy groups) of docs.
func groupsOf(c *text.Corpus, docs []int) int {
	groups := map[int]bool{}
	for _, d := range docs {
		groups[c.Group[d]] = true
	}
	return len(groups)
}

// weigh gives each concept its weight: the independent sources (copy
// groups) that hold it, one more for each group past its first
// (otherGroups), or with fewer than three sources the sentences that hold
// it (sents); nGroups is the story's number of groups.
func (s *selector) weigh(otherGroups [][]int, sents []int, nGroups int) {
	s.weight = make([]float64, len(otherGroups))
	s.rare = make([]bool, len(otherGroups))
	minSupport := 2
	if nGroups >= 6 {
		minSupport = 3
	}
	for id := range s.weight {
		w := 1 + len(otherGroups[id])
		if nGroups < 3 {
			w = sents[id]
		}
		s.weight[id] = float64(w)
		if w < minSupport {
			// Too rare to be the story's core, but enough to choose among
			// sentences once the core is covered and budget remains.
			s.weight[id] *= rareWeight
			s.rare[id] = true
		}
	}
	s.cover = make([]int, len(s.weight))
}

func newSelector(c *text.Corpus, a *align.Result, b Budget) *selector {
	s := &selector{c: c, words: b.Words > 0, budget: b.Words, index: map[align.SentRef]int{}, lead: -1}
	if !s.words {
		s.budget = b.Bytes
	}
	docs := usableDocs(c)
	var first time.Time
	s.dated, first = firstPublished(c, docs)

	// Concepts: stem bigrams, not both stop words. Their weight is the number
	// of independent sources (copy groups) whose text holds them; with fewer
	// than three sources that says little, so sentence frequency is used.
	// A story has fewer terms and concepts than tokens: room for that many
	// up front instead of growing the tables token by token.
	nToks := 0
	for _, d := range docs {
		nToks += len(c.Docs[d].Tokens)
	}
	termID := make(map[string]int, nToks/2) // every stem, stop words too
	conceptID := make(map[uint64]int, nToks)
	var (
		// The distinct groups of each concept: its first, and the others
		// (most concepts have one, and need no list of their own).
		conceptGroup1 = make([]int, 0, nToks)
		conceptGroups = make([][]int, 0, nToks)
		conceptSents  = make([]int, 0, nToks)
		conceptLast   = make([]int, 0, nToks) // last sentence (serial) that counted the concept
		termDF        []int                   // sentences per term
		termLast      []int
		infos         []sentInfo
		toks          []text.Token
		nSents        int
		// Every sentence's terms and concepts are cut from one backing
		// array each, not a list of their own per sentence.
		termSlab    = make([]weighted, 0, nToks)
		conceptSlab = make([]int, 0, nToks)
	)
	stem := func(t text.Token) int {
		id, ok := termID[t.Stem]
		if !ok {
			id = len(termDF)
			termID[t.Stem] = id
			termDF = append(termDF, 0)
			termLast = append(termLast, -1)
		}
		return id
	}
	for _, d := range docs {
		doc := c.Docs[d]
		g := c.Group[d]
		for si := range doc.Sentences {
			toks = contentTokens(toks[:0], doc.SentenceTokens(si))
			conceptTokens(doc.Language, toks)
			info := sentInfo{ref: align.SentRef{Doc: d, Sent: si}}
			termStart, conceptStart := len(termSlab), len(conceptSlab)
			prev := -1
			for i, t := range toks {
				id := stem(t)
				if !t.Stop {
					if termLast[id] != nSents {
						termLast[id] = nSents
						termDF[id]++
					}
					termSlab = append(termSlab, weighted{term: id, w: 1})
				}
				if i > 0 && !(t.Stop && toks[i-1].Stop) {
					key := uint64(prev)<<32 | uint64(id)
					cid, ok := conceptID[key]
					if !ok {
						cid = len(conceptGroups)
						conceptID[key] = cid
						conceptGroup1 = append(conceptGroup1, g)
						conceptGroups = append(conceptGroups, nil)
						conceptSents = append(conceptSents, 0)
						conceptLast = append(conceptLast, -1)
					}
					if conceptLast[cid] != nSents {
						conceptLast[cid] = nSents
						if conceptGroup1[cid] != g && !slices.Contains(conceptGroups[cid], g) {
							conceptGroups[cid] = append(conceptGroups[cid], g)
						}
						conceptSents[cid]++
						conceptSlab = append(conceptSlab, cid)
					}
				}
				prev = id
			}
			nSents++
			if n := len(termSlab); n > termStart {
				info.terms = termSlab[termStart:n:n]
			}
			if n := len(conceptSlab); n > conceptStart {
				info.concepts = conceptSlab[conceptStart:n:n]
			}
			infos = append(infos, info)
		}
	}
	s.weigh(conceptGroups, conceptSents, groupsOf(c, docs))

	// The candidates' concepts and vectors are cut from one backing array
	// each, as the sentences' are.
	candConcepts := make([]int, 0, len(conceptSlab))
	candVecs := make([]weighted, 0, len(termSlab))
	for _, info := range infos {
		doc := c.Docs[info.ref.Doc]
		sent := doc.Sentences[info.ref.Sent]
		ok, words := eligibleCost(doc, info.ref.Sent)
		if !ok {
			continue
		}
		cost := len(sent.Text) + 1
		if s.words {
			cost = words
		}
		if cost > s.budget {
			continue
		}
		toks := doc.SentenceTokens(info.ref.Sent)
		// The readings of the annotation are English's: a story with no
		// English report is summarised without them.
		en := doc.English()
		cand := candidate{ref: info.ref, claim: -1, support: 1, lean: leans(toks) || en && (pronounFirst(doc, info.ref.Sent) || elliptical(doc, info.ref.Sent)), cost: cost, prior: prior(en, info.ref.Sent)}
		cand.later = s.dated && s.laterLead(&cand, first)
		if en {
			cand.props = propositions(doc, info.ref.Sent)
		}
		start := len(candConcepts)
		for _, id := range info.concepts {
			if s.weight[id] > 0 {
				candConcepts = append(candConcepts, id)
			}
		}
		if n := len(candConcepts); n > start {
			cand.concepts = candConcepts[start:n:n]
		}
		// TF-IDF vector over stems, merged by term, for the cosine test.
		slices.SortFunc(info.terms, func(x, y weighted) int { return x.term - y.term })
		start = len(candVecs)
		for _, tw := range info.terms {
			if n := len(candVecs); n > start && candVecs[n-1].term == tw.term {
				candVecs[n-1].w++
				continue
			}
			candVecs = append(candVecs, tw)
		}
		if n := len(candVecs); n > start {
			cand.vec = candVecs[start:n:n]
		}
		for i := range cand.vec {
			cand.vec[i].w *= math.Log(float64(nSents+1) / float64(termDF[cand.vec[i].term]))
			cand.norm += cand.vec[i].w * cand.vec[i].w
		}
		cand.norm = math.Sqrt(cand.norm)
		if a != nil && info.ref.Doc < len(a.Of) && info.ref.Sent < len(a.Of[info.ref.Doc]) {
			if ci := a.Of[info.ref.Doc][info.ref.Sent]; ci >= 0 && ci < len(a.Claims) {
				cand.claim = ci
				cand.support = max(1, a.Claims[ci].Independent)
			}
		}
		s.index[info.ref] = len(s.cands)
		s.cands = append(s.cands, cand)
	}
	s.picked = make([]bool, len(s.cands))
	s.blocked = make([]bool, len(s.cands))
	return s
}

// firstPublished reports whether every document has a publication time,
// and the earliest.
func firstPublished(c *text.Corpus, docs []int) (dated bool, first time.Time) {
	for _, d := range docs {
		a := c.Docs[d].Article
		if a == nil || a.Published.IsZero() {
			return false, time.Time{}
		}
		if first.IsZero() || a.Published.Before(first) {
			first = a.Published
		}
	}
	return true, first
}

// laterLead reports whether cand, about to be added to the candidates, is
// the lead of a report published more than laterReport after the first:
// its report's first candidate, not leaning on anything before it.
func (s *selector) laterLead(cand *candidate, first time.Time) bool {
	if cand.lean || (len(s.cands) > 0 && s.cands[len(s.cands)-1].ref.Doc == cand.ref.Doc) {
		return false
	}
	return s.c.Docs[cand.ref.Doc].Article.Published.Sub(first) > laterReport
}

// usableDocs are the documents to summarise: the English ones (crosscheck
// analyses English), or all of them when none is English.
func usableDocs(c *text.Corpus) []int {
	var en, all []int
	for i, d := range c.Docs {
		all = append(all, i)
		if d.English() {
			en = append(en, i)
		}
	}
	if len(en) > 0 {
		return en
	}
	return all
}

// contentTokens appends to out the tokens without punctuation, so bigrams
// join the words a reader sees side by side.
func contentTokens(out, toks []text.Token) []text.Token {
	for _, t := range toks {
		if t.Kind != text.Punct && t.Stem != "" {
			out = append(out, t)
		}
	}
	return out
}

// gain is the weight of the concepts a candidate would newly cover. In the
// lead of a later report (laterReport) a concept below the support
// threshold keeps its full weight: the discount is for details that few
// sources give, and such a lead is no detail but the news its report
// brings, which the earlier reports could not carry (the release after the
// capture, the sentence after the shooting).
func (s *selector) gain(ci int) float64 {
	g := 0.0
	later := s.cands[ci].later
	for _, id := range s.cands[ci].concepts {
		if s.cover[id] == 0 {
			w := s.weight[id]
			if later && s.rare[id] {
				w /= rareWeight
			}
			g += w
		}
	}
	return g
}

// conflicts reports whether two candidates may not stand in one summary:
// they are wordings of one aligned claim, near-repeats, or one restates the
// other's main proposition. The last catches a repeat that the two other
// tests miss because one sentence carries more than the repeated claim
// ("Kim invited Putin ... following their five-hour meeting" and "Kim
// courteously invited Putin to visit, KCNA reports, referring to ...").
func (s *selector) conflicts(i, j int) bool {
	a, b := &s.cands[i], &s.cands[j]
	return (a.claim >= 0 && a.claim == b.claim) || cosine(a, b) > maxSimilarity ||
		restates(&a.props, &b.props) || restates(&b.props, &a.props)
}

// allowed reports whether candidate ci may join the picks: it fits, it is not
// a near-repeat or another wording of a picked claim, and if it leans on the
// sentence before it, that sentence is picked.
func (s *selector) allowed(ci int) bool {
	cand := &s.cands[ci]
	if s.used+cand.cost > s.budget || s.picked[ci] || s.blocked[ci] {
		return false
	}
	if cand.lean {
		prev, ok := s.index[align.SentRef{Doc: cand.ref.Doc, Sent: cand.ref.Sent - 1}]
		if !ok || !s.picked[prev] {
			return false
		}
	}
	return true
}

// add picks candidate ci and blocks what now repeats it.
func (s *selector) add(ci int) {
	s.picked[ci] = true
	s.order = append(s.order, ci)
	s.used += s.cands[ci].cost
	for _, id := range s.cands[ci].concepts {
		s.cover[id]++
	}
	for j := range s.cands {
		if !s.blocked[j] && !s.picked[j] && s.conflicts(ci, j) {
			s.blocked[j] = true
		}
	}
}

// better orders two candidates of equal value: more independent support
// first, then earlier in its source (news puts the essentials first), then
// earlier source.
func (s *selector) better(i, j int) bool {
	a, b := &s.cands[i], &s.cands[j]
	if a.support != b.support {
		return a.support > b.support
	}
	if a.ref.Sent != b.ref.Sent {
		return a.ref.Sent < b.ref.Sent
	}
	return a.ref.Doc < b.ref.Doc
}

// greedy adds, while anything fits, the allowed sentence with the most new
// concept weight per unit of length. A sentence that leans on the one before
// it may also come as a pair with that sentence, valued as one unit, so
// that readability does not cost the summary its content.
func (s *selector) greedy() {
	for {
		best, bestPrev, bestVal := -1, -1, 0.0
		consider := func(ci, prev int, g float64, cost int) {
			v := g / float64(cost) * s.cands[ci].prior
			if prev >= 0 {
				v = g / float64(cost) * s.cands[prev].prior
			}
			if best < 0 || v > bestVal+1e-12 || (math.Abs(v-bestVal) <= 1e-12 && s.better(ci, best)) {
				best, bestPrev, bestVal = ci, prev, v
			}
		}
		for ci := range s.cands {
			cand := &s.cands[ci]
			if s.picked[ci] || s.blocked[ci] {
				continue
			}
			g := s.gain(ci)
			if g <= 0 {
				continue
			}
			if s.allowed(ci) {
				consider(ci, -1, g, cand.cost)
				continue
			}
			if !cand.lean {
				continue
			}
			prev, ok := s.index[align.SentRef{Doc: cand.ref.Doc, Sent: cand.ref.Sent - 1}]
			if !ok || s.picked[prev] || s.cands[prev].lean || !s.allowed(prev) {
				continue
			}
			cost := s.cands[prev].cost + cand.cost
			gp := s.gain(prev)
			// The pair's value is at most this: skip the exact count when
			// it cannot win.
			if s.used+cost > s.budget || (best >= 0 && (gp+g)/float64(cost)*s.cands[prev].prior < bestVal-1e-12) || s.conflicts(prev, ci) {
				continue
			}
			g2 := 0.0
			for _, id := range cand.concepts {
				if s.cover[id] == 0 && !slices.Contains(s.cands[prev].concepts, id) {
					g2 += s.weight[id]
				}
			}
			if g2 > 0 {
				consider(ci, prev, gp+g2, cost)
			}
		}
		if best < 0 {
			return
		}
		if bestPrev >= 0 {
			s.add(bestPrev)
		}
		s.add(best)
	}
}

// seedLead picks the summary's opening sentence before the greedy pass: the
// lead of one source (its first sentence that may be picked and stands
// alone), the one with the most concept weight per word. A news lead says
// what happened, so a summary that opens with one gives the reader the event
// before the details that assume it.
func (s *selector) seedLead() {
	best, bestVal := -1, 0.0
	lastDoc := -1
	var bestTime time.Time
	for ci := range s.cands {
		cand := &s.cands[ci]
		if cand.ref.Doc == lastDoc {
			continue // not the source's first candidate
		}
		lastDoc = cand.ref.Doc
		if cand.lean || !s.allowed(ci) {
			continue
		}
		g := s.gain(ci)
		if g <= 0 {
			continue
		}
		v := g / float64(cand.cost)
		var t time.Time
		if a := s.c.Docs[cand.ref.Doc].Article; a != nil {
			t = a.Published
		}
		if best >= 0 && s.dated && !t.Equal(bestTime) {
			// The earliest report's lead tells the event that started
			// the story; later leads assume it.
			if t.Before(bestTime) {
				best, bestVal, bestTime = ci, v, t
			}
			continue
		}
		if best < 0 || v > bestVal+1e-12 || (math.Abs(v-bestVal) <= 1e-12 && s.better(ci, best)) {
			best, bestVal, bestTime = ci, v, t
		}
	}
	if best >= 0 {
		s.add(best)
		s.lead = best
	}
}

// ordered puts the picks in reading order: the seeded lead first, then
// sources by publication time when every picked source has one (else in the
// order given), each source's sentences in their own order.
func (s *selector) ordered() []align.SentRef {
	out := make([]align.SentRef, 0, len(s.order))
	for _, ci := range s.order {
		out = append(out, s.cands[ci].ref)
	}
	dated := true
	for _, r := range out {
		if s.c.Docs[r.Doc].Article == nil || s.c.Docs[r.Doc].Article.Published.IsZero() {
			dated = false
		}
	}
	lead := align.SentRef{Doc: -1}
	if s.lead >= 0 {
		lead = s.cands[s.lead].ref
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a == lead) != (b == lead) {
			return a == lead
		}
		if a.Doc != b.Doc {
			if dated {
				ta, tb := s.c.Docs[a.Doc].Article.Published, s.c.Docs[b.Doc].Article.Published
				if !ta.Equal(tb) {
					return ta.Before(tb)
				}
			}
			return a.Doc < b.Doc
		}
		return a.Sent < b.Sent
	})
	return out
}

func cosine(a, b *candidate) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	dot := 0.0
	i, j := 0, 0
	for i < len(a.vec) && j < len(b.vec) {
		switch {
		case a.vec[i].term == b.vec[j].term:
			dot += a.vec[i].w * b.vec[j].w
			i++
			j++
		case a.vec[i].term < b.vec[j].term:
			i++
		default:
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

// eligible reports whether sentence si of doc may stand in a summary at all.
// loneQuote is the share of a sentence's characters inside quotation marks
// from which it is a lone quotation (set a priori: most of it).
const loneQuote = 0.5

func eligible(doc *text.Doc, si int) bool {
	ok, _ := eligibleCost(doc, si)
	return ok
}

// eligibleCost is eligible with the sentence's word cost (text.BudgetWords), which
// it computes anyway.
func eligibleCost(doc *text.Doc, si int) (ok bool, cost int) {
	sent := doc.Sentences[si]
	t := strings.TrimSpace(sent.Text)
	cost = text.BudgetWords(t)
	if cost < minWords {
		return false, cost
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	// A question, a lead-in to a list, or a line with no end punctuation
	// (headline, caption, byline, dateline).
	// The danda (।, ॥) and the Arabic full stop (۔) end a statement as '.'
	// does; '؟' is the Arabic question mark.
	if !strings.ContainsRune(`.!"'”’)।॥۔`, last) && !text.ASCIIDanda(t, len(t)-1) {
		return false, cost
	}
	if q := strings.TrimRight(t, `"'”’)`); strings.HasSuffix(q, "?") || strings.HasSuffix(q, "؟") {
		return false, cost
	}
	alone := (si == 0 || doc.Sentences[si-1].Para != sent.Para) &&
		(si+1 == len(doc.Sentences) || doc.Sentences[si+1].Para != sent.Para)
	// A short paragraph of one sentence is a caption or a standfirst more
	// often than a paragraph of news ("HMS Cornwall at Zeebrugge in 2006.").
	if alone && cost < 10 {
		return false, cost
	}
	if a := doc.Article; a != nil && a.Title != "" && len(t) <= len(a.Title)+8 && sameWords(a.Title, t) {
		return false, cost
	}
	if boilerplate(t) || hasBoilerplate(doc, si, t) || align.Furniture(doc, si) || updateNote(t) || !quotesBalanced(t) || shouting(t) || insideQuote(doc, si) {
		return false, cost
	}
	// A lone quotation: words of someone, with at most a short attribution
	// ("'I'm very glad to see you,' Putin said."). It tells the reader what
	// was said, not what happened; the quotes section holds it.
	if align.QuotedShare(t) >= loneQuote || bareAttribution(t) {
		return false, cost
	}
	if doc.English() && notNews(doc, si) {
		return false, cost
	}
	if cutAtTitle(t) || (si > 0 && doc.Sentences[si-1].Para == sent.Para && cutAtTitle(doc.Sentences[si-1].Text)) {
		return false, cost
	}
	// A list item: its bullet would dangle in running text. A sentence that
	// opens on a comma or a semicolon is the tail of a broken one
	// ("، حسيب حسين، في شريط الفيديو.").
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune("*•·-–—>#|,،;؛", r) {
		return false, cost
	}
	return true, cost
}

// hasBoilerplate is align.HasBoilerplate(t) of sentence si's text t
// (trimmed): read from the answer alignment keeps for the sentence when
// trimming left its text as it was.
func hasBoilerplate(doc *text.Doc, si int, t string) bool {
	if t == doc.Sentences[si].Text {
		return align.SentenceBoilerplate(doc, si)
	}
	return align.HasBoilerplate(t)
}

// cutAtTitle reports whether a sentence ends with an abbreviated title
// (english.Abbreviations of kind "title"): it was cut in the middle of a
// name ("found Army Spc. | Charles Graner guilty"), so neither half can
// stand alone.
func cutAtTitle(t string) bool {
	if !strings.HasSuffix(t, ".") {
		return false
	}
	t = strings.TrimSuffix(t, ".")
	i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	w := strings.ToLower(t[i+1:])
	// "Jr." and "Sr." follow a name: a sentence may end on them.
	return english.Abbreviations.Kind(w) == "title" && w != "jr" && w != "sr"
}

// insideQuote reports whether sentence si starts inside a quotation that an
// earlier sentence of its paragraph opened: alone, it would be words without
// a speaker.
func insideQuote(doc *text.Doc, si int) bool {
	first := si
	for first > 0 && doc.Sentences[first-1].Para == doc.Sentences[si].Para {
		first--
	}
	if first == si || doc.Article == nil {
		return false
	}
	before := doc.Article.Text[doc.Sentences[first].Start:doc.Sentences[si].Start]
	return !quotesBalanced(before)
}

// sameWords reports whether two texts have the same words, ignoring case
// and punctuation (a headline repeated as the first line of the body).
func sameWords(a, b string) bool {
	split := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " ")
	}
	return split(a) == split(b)
}

// boilerplateStarts open lines that are the page's furniture, not the news.
var boilerplateStarts = sync.OnceValue(func() []string { return english.Phrases("summarize/boilerplate-starts") })

func boilerplate(t string) bool {
	// Only the opening is compared, so only it is lower-cased (the
	// longest start is 20 bytes).
	if hasLowerPrefix(t[:min(len(t), 24)], boilerplateStarts()) {
		return true
	}
	if strings.Contains(t, "://") || strings.Contains(t, "www.") || strings.Contains(t, "WWW.") {
		return true
	}
	// A call to the public with a telephone number ("Anyone with
	// information is asked to call 602-262-6141"): what readers may do,
	// not what happened. Local police news closes most reports so.
	if mayHoldPhone(t) && phoneNumber.MatchString(t) {
		return true
	}
	// A byline: "By Jane Smith" with nothing after the name.
	if strings.HasPrefix(t, "By ") && text.WordsUpTo(t, 6) <= 6 {
		return true
	}
	// A pointer to a page elsewhere ("The official website provides
	// detailed information."): it says where to look, not what happened,
	// and out of its report it names no one's website.
	if text.WordsUpTo(t, 12) <= 12 {
		l := strings.ToLower(t)
		return containsAny(l, "website", "web site", "web page", "homepage") && containsAny(l, "information", "details")
	}
	return false
}

// phoneNumber is a North American telephone number as news prints it:
// "602-262-6141", "(602) 262-6141", "602.262.6141", "1-800-222-8477",
// "1-800-CALL-FBI".
var phoneNumber = lazyre.New(`(?:\(\d{3}\)\s?|\b\d{3}[-.])\d{3}[-.]\d{4}\b|\b1-8\d\d-[A-Z0-9]{3,4}-[A-Z0-9]{3,4}\b`)

// mayHoldPhone reports whether s holds three ASCII digits followed by '-'
// or '.', as every match of phoneNumber does ("262-6141", "1-800-"): that
// expression is tried at each position of the sentence (about 13 µs for a
// sentence of 130 bytes, 9% of the briefs of one-report stories), and this
// byte scan turns most sentences away first.
func mayHoldPhone(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			run++
		case (c == '-' || c == '.') && run >= 3:
			return true
		default:
			run = 0
		}
	}
	return false
}

// updateNotes open an editor's note added on top of a report
// ("UPDATE: ...", "Correction: ...").
var updateNotes = english.Phrases("summarize/update-notes")

// updateNote reports whether a sentence is an editor's note on its report
// ("UPDATE: Two more suspects have been identified", "UPDATE#1
// (01/21/2013): ..."): a label of english update-notes, then a colon within
// 24 bytes. The note tells of a later state than the report it tops, so as
// the summary's lead it opens on an outdated update rather than the event.
func updateNote(t string) bool {
	// An ASCII opening is lower-cased a byte at a time, in place of
	// strings.ToLower's copy; the tests below see the same letters.
	l := t[:min(len(t), 40)]
	if !isASCII(l) {
		l = strings.ToLower(l)
	}
	for _, p := range updateNotes {
		if !hasPrefixLower(l, p) {
			continue
		}
		rest := l[len(p):]
		if rest != "" && unicode.IsLetter(rune(rest[0])) {
			continue // "updates" is not "update" followed by a note
		}
		if i := strings.IndexByte(rest, ':'); i >= 0 && i <= 24 {
			return true
		}
	}
	return false
}

// hasLowerPrefix reports whether strings.ToLower(s) starts with one of
// prefixes, lower-casing an ASCII s a byte at a time instead of copying it.
func hasLowerPrefix(s string, prefixes []string) bool {
	if !isASCII(s) {
		s = strings.ToLower(s)
	}
	for _, p := range prefixes {
		if hasPrefixLower(s, p) {
			return true
		}
	}
	return false
}

// hasPrefixLower reports whether s, its ASCII capitals lower-cased, starts
// with p.
func hasPrefixLower(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// quotesBalanced reports whether the sentence closes every quotation it
// opens: a sentence cut from a quotation that runs on reads as a fragment.
// A quote inside a word is no quotation mark (text.InWordQuote): Hebrew
// writes its acronyms so ("ארה"ב", "האו"ם"), and a sentence that held one
// was never a candidate, nor were the sentences after it in its paragraph.
func quotesBalanced(t string) bool {
	return text.CountQuotes(text.FoldQuotes(t))%2 == 0
}

// shouting reports an all-capitals line (a kicker or a section label).
// An ASCII byte is read in line (its letters are A to Z and a to z, the
// capitals A to Z), not decoded and passed to the unicode package:
// summary selection asks this of most sentences.
func shouting(t string) bool {
	letters, upper := 0, 0
	for i := 0; i < len(t); {
		if c := t[i]; c < utf8.RuneSelf {
			i++
			if 'A' <= c && c <= 'Z' {
				letters++
				upper++
			} else if 'a' <= c && c <= 'z' {
				letters++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 0 && upper*10 > letters*8
}

// leanOpeners are first words that tie a sentence to the one before it: a
// summary that starts or jumps with them reads as a fragment.
var leanOpeners = english.List("summarize/lean-openers")

// leanPhrases are multi-word openers with the same effect.
var leanPhrases = sync.OnceValue(func() []string { return english.Phrases("summarize/lean-phrases") })

// pronounSpeaker reports an attribution pronoun: "..., he said." names no
// one. A switch, not a map: leans asks it of every word of every
// candidate sentence.
func pronounSpeaker(w string) bool {
	switch w {
	case "he", "she", "they":
		return true
	}
	return false
}

// leans reports whether a sentence depends on the one before it to be
// understood: it opens with a connective or a pronoun, or it attributes its
// words to a pronoun ("..., he said").
func leans(toks []text.Token) bool {
	words := make([]string, 0, len(toks))
	// closes[i]: words[i] ends a clause (punctuation or the sentence end
	// follows it).
	closes := make([]bool, 0, len(toks))
	for k, t := range toks {
		if t.Kind != text.Punct {
			words = append(words, t.Lower)
			closes = append(closes, k+1 == len(toks) || toks[k+1].Kind == text.Punct)
		}
	}
	if len(words) == 0 {
		return false
	}
	if leanOpeners.Has(words[0]) {
		return true
	}
	if deicticOpening(toks) {
		return true
	}
	head := strings.Join(words[:min(4, len(words))], " ")
	for _, p := range leanPhrases() {
		if strings.HasPrefix(head, p+" ") || head == p {
			return true
		}
	}
	for i := 1; i < len(words); i++ {
		// "he said", or the inverted "said he" that ends an attribution
		// ("Officials said they ..." names its speaker).
		if (pronounSpeaker(words[i-1]) && english.SpeechVerbs.Has(words[i])) || (pronounSpeaker(words[i]) && closes[i] && english.SpeechVerbs.Has(words[i-1])) {
			return true
		}
		// "such intentions", "such a move": refers to what came before
		// ("such as" introduces examples instead).
		if words[i-1] == "such" && words[i] != "as" {
			return true
		}
		if pluralPronoun(words[i]) && !pluralBefore(words[:i]) {
			return true
		}
	}
	return false
}

// discourseDeictics are demonstratives that point back into the text.
var discourseDeictics = english.List("summarize/discourse-deictics")

// deicticOpening reports an opening adverbial of a few words, up to its
// comma, that points back with a demonstrative: "Soon after that, medics
// showed up.", "By then, ...", "At that point, ...".
func deicticOpening(toks []text.Token) bool {
	for k, t := range toks {
		if k > 5 || t.Kind == text.Punct {
			return false
		}
		if discourseDeictics.Has(t.Lower) {
			// The adverbial must close on a comma within the few words.
			for _, u := range toks[k+1 : min(len(toks), 6)] {
				if u.Text == "," {
					return true
				}
			}
			return false
		}
	}
	return false
}

// pluralPronoun reports a pronoun that refers to a plural antecedent.
func pluralPronoun(w string) bool {
	switch w {
	case "they", "them", "their", "themselves":
		return true
	}
	return false
}

// pluralNouns are plurals without the "-s" of most English plurals.
var pluralNouns = english.List("summarize/plural-nouns")

// notPlural are words in "-s" that are not plural nouns.
var notPlural = english.List("summarize/not-plural")

// pluralBefore reports whether the words before a plural pronoun hold
// something it can refer to: a plural noun (a word in "-s" that is not
// followed by "that" or a pronoun, as a verb in "insists that they" is), a
// number above one, or a conjunction of two names. Without one, "they" points
// to the sentence before: "The Royal Navy insists that they were operating in
// Iraqi waters" says nothing alone about who "they" are.
func pluralBefore(words []string) bool {
	for k, w := range words {
		if pluralNouns.Has(w) {
			return true
		}
		if v, ok := align.ParseNumber(w); ok && v > 1 {
			return true
		}
		if len(w) < 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") ||
			strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || notPlural.Has(w) {
			continue
		}
		if k+1 < len(words) {
			if next := words[k+1]; next == "that" || pronounSpeaker(next) || pluralPronoun(next) {
				continue // a verb: "insists that they", "says they"
			}
		}
		return true
	}
	return false
}
