// Package align groups the sentences of all reports of a story into claims:
// one piece of information with the sentences that express it in each source.
//
// Two sentences of different reports express one claim when they share
// enough informative terms: stems weighted by how rare they are in the story
// (IDF over its sentences) and in news in general (a background list of
// common words), with names, numbers ("two" = "2", "five-hour" = "five
// hours") and a small synonym lexicon helping paraphrases meet. Candidates
// come from an inverted index over the informative terms, so a story of
// thousands of sentences is never compared pair by pair. Claims grow by
// merging the best pairs first, and a merge must keep the claim coherent (its
// sentences similar on average), so that chains of loosely related sentences
// do not become one claim. Every merge keeps its reason: the pair, its score
// and the terms they share.
package align

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// SentRef names one sentence of a corpus: Docs[Doc].Sentences[Sent].
type SentRef struct{ Doc, Sent int }

// Link is one pair of sentences of different reports that matched, and why.
type Link struct {
	A, B   SentRef
	Score  float64
	Shared []string // the shared terms as written, the most informative first
}

// Result is the alignment of a corpus.
type Result struct {
	Claims []news.Claim
	// Members[i] lists the sentences that make Claims[i].
	Members [][]SentRef
	// Of[doc][sent] is the index in Claims of that sentence's claim, or -1.
	Of [][]int
	// Links[i] are the pairs that joined the sentences of Claims[i].
	Links [][]Link
	// Support[i] are sentences of other reports that carry what Claims[i]
	// says without having joined it (see addSupport): their reports are
	// among the claim's sources, but not among its members.
	Support [][]SentRef
	// Corroborating[i] are the reports (corpus indices) that carry a fair
	// share of Claims[i]'s informative weight without carrying it whole:
	// the part of its partial support that tells a claim of one source
	// from one that others corroborate in part. Partial support by shared
	// words alone (sharesFact) is shown to the reader but is not that.
	Corroborating [][]int

	ix *index
	// docTerms[d] is the set of document d's terms, one bit a term id,
	// built on demand.
	docTerms [][]uint64
	// docPost[d] is document d's postings (postingsOf), and pairScratch
	// pairCoverage's buffers.
	docPost     []*docPostings
	pairScratch pairScratch
	// unitClaim[u] is the claim of unit u of the index (a sentence or a
	// clause), or -1.
	unitClaim []int
	// near holds each neighbour search's scored candidates (min 0).
	near map[nearKey][]Scored
	// seen and search: scoreNeighbours' scratch space.
	seen   []int
	search int
	// pieceCache holds each sentence's pieces, or its whole features when
	// it is one piece (pieces.go), cut on demand; by the index of the
	// sentence's first unit.
	pieceCache sentMemo[[]sentFeat]
	// actCache holds each sentence's acts (acts.go), read on demand; by
	// the index of the sentence's first unit.
	actCache sentMemo[[]act]
	// attr gives each sentence's attribution terms (sharesOnlySpeaker).
	attr func(SentRef) []int32
}

// Thresholds of the alignment. Pair is the cosine above which two sentences
// are taken to say the same thing; a merge of two groups also needs their
// members similar on average (Coherence x Pair).
const (
	Pair      = 0.34
	Coherence = 0.7
	// MinTerms is the fewest informative terms a sentence needs to be a
	// claim at all: shorter fragments ("Read more", captions) are not.
	MinTerms = 3
	// retrievalTerms and postingCap bound the candidate search: each
	// sentence looks up its most informative terms only, and reads at most
	// postingCap sentences per term.
	retrievalTerms = 10
	postingCap     = 400
	maxCandidates  = 60
)

// Align groups the sentences of the corpus into claims. Sentences of reports
// that are not in English, and trivia (boilerplate, fragments), belong to no
// claim: Of is -1 for them.
func Align(c *text.Corpus) *Result { return AlignWith(c, Options{}) }

// Options change how Align works.
type Options struct {
	// Clauses makes the clauses of long sentences units of their own ("X
	// happened; Y said Z", "..., while the UK insists ..."), so that a
	// sentence holding two claims can join two claims, with its evidence
	// at the clause. It is off by default: measured on MultiLing 2011 and
	// ECB+, it changed no difference and no summary, and about half of the
	// agreements it added were wrong (short clauses match on a shared name
	// alone); see docs/claims.md.
	Clauses bool
}

// AlignWith is Align with options.
func AlignWith(c *text.Corpus, opt Options) *Result {
	ix := buildIndex(c, opt.Clauses)
	edges := ix.withoutSpeakerLinks(ix.candidateEdges())
	clusters, links := ix.cluster(edges)
	clusters, links = ix.foldClauses(clusters, links)
	r := ix.claims(clusters, links)
	r.addSupport()
	return r
}

// Similarity is the alignment score of two sentences (0 when either is not
// aligned at all), taken whole even when they are split into clauses.
func (r *Result) Similarity(a, b SentRef) float64 {
	fa, fb := r.ix.sentence(a), r.ix.sentence(b)
	if fa == nil || fb == nil {
		return 0
	}
	s, _ := r.ix.simFeat(fa, fb, false)
	return s
}

// Coverage is the share of sentence a's informative weight (squared, as
// in the cosine) that sentence b carries too: near 1 when b says all that a
// says, whatever else b adds. A short claim inside a long sentence of
// another source has a low cosine and a high coverage.
func (r *Result) Coverage(a, b SentRef) float64 {
	fa, fb := r.ix.sentence(a), r.ix.sentence(b)
	if fa == nil || fb == nil || fa.norm == 0 {
		return 0
	}
	s, _ := r.ix.simFeat(fa, fb, false)
	return s * fb.norm / fa.norm
}

// Scored is a sentence with its similarity to another.
type Scored struct {
	Ref   SentRef
	Score float64
}

// Neighbours returns the sentences of other reports most similar to ref with
// a score of at least min, the best first. It uses the same inverted index as
// the alignment (retrieving for each clause of ref), so it costs a few
// posting lists, not a scan of the story.
func (r *Result) Neighbours(ref SentRef, min float64) []Scored {
	return r.neighbours(ref, min, retrievalTerms, maxCandidates)
}

// neighbours is Neighbours looking up nTerms terms of each unit and keeping
// maxCand candidates of each. Every candidate is scored once per sentence
// and search: the list (with min 0) is kept, and a call with a higher min
// returns its head (the alignment's support, the comparison and the
// summary ask for the same sentences' neighbours).
func (r *Result) neighbours(ref SentRef, min float64, nTerms, maxCand int) []Scored {
	key := nearKey{ref, nTerms, maxCand}
	all, ok := r.near[key]
	if !ok {
		all = r.scoreNeighbours(ref, nTerms, maxCand)
		if r.near == nil {
			r.near = map[nearKey][]Scored{}
		}
		r.near[key] = all
	}
	n := slices.IndexFunc(all, func(x Scored) bool { return x.Score < min })
	if n < 0 {
		n = len(all)
	}
	if n == 0 {
		return nil
	}
	return slices.Clone(all[:n])
}

// retrievers returns, scored, the sentences whose units' candidates hold one
// of ref's units and that ref's own search does not meet: the other side of
// the search. Clustering already takes each pair from either side
// (candidateEdges), Neighbours only ref's side: a long claim sentence's
// search, keyed on its own details, misses the short sentences of other
// reports that tell one of its facts, and theirs meets it. The support tests
// do not read them (wave 17 measured liesInside on them and did not keep
// it: docs/claims.md); SupportGates says which carriers they are.
func (r *Result) retrievers(ref SentRef) []Scored {
	f, lo, hi := r.startSearch(ref)
	if f == nil {
		return nil
	}
	mark := func(j int32) bool {
		k := r.ix.flatOf(r.ix.sents[j].ref)
		if r.seen[k] == r.search {
			return false
		}
		r.seen[k] = r.search
		return true
	}
	for u := lo; u < hi; u++ {
		for _, j := range r.ix.candidates(u) {
			mark(j)
		}
	}
	var out []Scored
	for u := lo; u < hi; u++ {
		for _, j := range r.ix.reverse(u) {
			if !mark(j) {
				continue
			}
			other := r.ix.sents[j].ref
			if s, _ := r.ix.simFeat(f, r.ix.sentence(other), false); s >= 0 {
				out = append(out, Scored{other, s})
			}
		}
	}
	return out
}

// startSearch opens a neighbour search of ref: its features and units,
// nil when it has none. seen[k] == r.search after it marks the sentence
// whose first unit is k as met in this search.
func (r *Result) startSearch(ref SentRef) (f *sentFeat, lo, hi int) {
	if f = r.ix.sentence(ref); f == nil {
		return nil, 0, 0
	}
	lo, hi = r.ix.units(ref)
	if r.seen == nil {
		r.seen = make([]int, len(r.ix.sents))
	}
	r.search++
	return f, lo, hi
}

// nearKey names one neighbour search of a sentence.
type nearKey struct {
	ref            SentRef
	nTerms, maxCan int
}

// scoreNeighbours scores every candidate of ref's units, the best first.
func (r *Result) scoreNeighbours(ref SentRef, nTerms, maxCand int) []Scored {
	f, lo, hi := r.startSearch(ref)
	if f == nil {
		return nil
	}
	var out []Scored
	var spread spreadFeat // f's weights, spread out on the first candidate
	for u := lo; u < hi; u++ {
		var cands []int32
		if nTerms == retrievalTerms && maxCand == maxCandidates {
			cands = r.ix.candidates(u)
		} else {
			cands = r.ix.candidatesN(u, nTerms, maxCand)
		}
		if out == nil && len(cands) > 0 {
			out = make([]Scored, 0, len(cands))
		}
		for _, j := range cands {
			other := r.ix.sents[j].ref
			k := r.ix.flatOf(other)
			if r.seen[k] == r.search {
				continue
			}
			r.seen[k] = r.search
			if spread.f == nil {
				spread = r.ix.spread(f)
			}
			if s := spread.sim(r.ix.sentence(other)); s >= 0 {
				out = append(out, Scored{other, s})
			}
		}
	}
	if spread.f != nil {
		spread.done()
	}
	byScore(out)
	return out
}

// byScore sorts scored sentences, the best first, equal scores in the
// order they came (slices.SortStableFunc's order; see heaviestFirst).
func byScore(out []Scored) {
	if len(out) > fewToSort {
		slices.SortStableFunc(out, func(a, b Scored) int { return cmp.Compare(b.Score, a.Score) })
		return
	}
	for i := 1; i < len(out); i++ {
		x := out[i]
		j := i
		for ; j > 0 && out[j-1].Score < x.Score; j-- {
			out[j] = out[j-1]
		}
		out[j] = x
	}
}

// eachCandidate calls f for each sentence among the candidates of ref's
// units (nTerms terms looked up, maxCand kept per unit), without scoring
// them, in no particular order; a sentence that is a candidate of several
// units comes more than once (f must not mind: deduplicating cost more than
// the repeats). The second argument of f is false when the candidate is
// known to share fewer than FactTerms of ref's terms and fewer than
// MinTerms that are words (so that sharesFactOrPiece must say no): when
// ref and the candidate are whole sentences, every term of ref was looked
// up and no posting list was cut, the search counted the terms they share.
func (ix *index) eachCandidate(ref SentRef, nTerms, maxCand int, f func(SentRef, bool)) {
	lo, hi := ix.units(ref)
	for u := lo; u < hi; u++ {
		// A copy: f may search candidates itself (not by eachCandidate).
		h, complete := ix.gather(u, nTerms, maxCand, true)
		ix.each = append(ix.each[:0], h...)
		counted := complete && hi-lo == 1 && ix.sents[u].clause == 0
		for _, x := range ix.each {
			may := !counted || ix.sents[x.j].clause != 0 || x.n >= FactTerms || x.words >= MinTerms
			f(ix.sents[x.j].ref, may)
		}
	}
}

// Active reports whether a sentence takes part in the alignment (an English
// report, not trivia).
func (r *Result) Active(ref SentRef) bool { return r.ix.flatOf(ref) >= 0 }

// Terms returns a sentence's informative terms (stems, "#5" for numbers,
// "~class" for synonyms) with their weights.
func (r *Result) Terms(ref SentRef) map[string]float64 {
	f := r.ix.sentence(ref)
	if f == nil {
		return nil
	}
	out := make(map[string]float64, len(f.terms))
	for _, t := range f.terms {
		out[r.ix.names[t]] = r.ix.w[t]
	}
	return out
}

// ClaimsOf returns the claims of a sentence's clauses, the best supported
// first: one claim for most sentences, several for a sentence whose clauses
// say different things ("X happened, while Y insists Z"). Of holds the
// first.
func (r *Result) ClaimsOf(ref SentRef) []int {
	lo, hi := r.ix.units(ref)
	var out []int
	for u := lo; u < hi; u++ {
		if c := r.unitClaim[u]; c >= 0 && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// Weight is the informativeness of a term in this story (0 when unknown).
func (r *Result) Weight(term string) float64 {
	if t, ok := r.ix.vocab[term]; ok {
		return r.ix.w[t]
	}
	return 0
}

// sentFeat is a unit of alignment: a sentence, or one clause of a sentence
// that holds several.
type sentFeat struct {
	ref     SentRef
	terms   []int32  // sorted, unique
	surface []string // surface[k] is how terms[k] is written in this sentence
	// counted holds, sorted, the words next to the unit's figures (the
	// nearest word term before and after each): what the figures count or
	// measure ("50 firefighters", "injured three"), for the figure veto.
	counted []int32
	norm    float64
	// clause is 0 for a whole sentence, else the clause's number (1, 2,
	// ...) in its sentence; start and end are its bytes in the article.
	clause     int
	start, end int
	// bgSum is the sum of the terms' background weights and hasNum whether
	// one is a number, worked out on first use (wordOverlap).
	bgSum          float64
	hasNum, bgDone bool
}

type index struct {
	c     *text.Corpus
	vocab map[string]int32
	names []string
	w     []float64
	bg    []float64 // bg[t] is backgroundWeight(names[t])
	num   []bool    // num[t] is isNumberTerm(names[t])
	sents []sentFeat
	flat  [][]int // flat[doc][sent] is the index in sents of its first unit, or -1
	// terms holds each sentence's terms (allTerms), read again when a
	// sentence is cut into pieces.
	terms [][]sentTerms
	// whole holds the features of each split sentence as a whole, by the
	// index of its first clause: the sentence-level API (Similarity,
	// Coverage, Terms, Neighbours) speaks of sentences.
	whole map[int]*sentFeat
	post  [][]int32
	// acc and touched are scratch space of the candidate search, kept to
	// avoid an allocation per sentence (a Result is not safe for
	// concurrent use).
	acc     []float64
	touched []int32
	heap    minHeap
	each    []scored // eachCandidate's copy of the heap
	// nShared and nWords: gather's counts of shared terms, by unit.
	nShared, nWords []uint8
	// sorted[i] holds unit i's terms by weight (byWeight).
	sorted [][]int32
	// cand[i] holds candidates(i), kept from the candidate search of the
	// alignment: Neighbours asks for the same units again.
	cand [][]int32
	// retrievedBy[i] holds the units whose candidates hold unit i
	// (reverse), built on first use from cand.
	retrievedBy [][]int32
	// dense holds one unit's squared weights by term id (spread), zero
	// elsewhere.
	dense []float64
	// rel[t] holds the terms that name what term t names in other words
	// (WordNet synonyms of the first sense), for the shared-word tests.
	rel [][]int32
}

// sentence returns the features of a sentence as a whole, or nil when it
// takes no part in the alignment.
func (ix *index) sentence(r SentRef) *sentFeat {
	i := ix.flatOf(r)
	if i < 0 {
		return nil
	}
	if w, ok := ix.whole[i]; ok {
		return w
	}
	return &ix.sents[i]
}

// units returns the range of a sentence's units in sents (empty when it
// takes no part).
func (ix *index) units(r SentRef) (lo, hi int) {
	i := ix.flatOf(r)
	if i < 0 {
		return 0, 0
	}
	hi = i + 1
	for hi < len(ix.sents) && ix.sents[hi].ref == r {
		hi++
	}
	return i, hi
}

func (ix *index) flatOf(r SentRef) int {
	if r.Doc < 0 || r.Doc >= len(ix.flat) || r.Sent < 0 || r.Sent >= len(ix.flat[r.Doc]) {
		return -1
	}
	return ix.flat[r.Doc][r.Sent]
}

func buildIndex(c *text.Corpus, split bool) *index {
	ix := &index{c: c, vocab: map[string]int32{}, flat: make([][]int, len(c.Docs)), whole: map[int]*sentFeat{}}
	var df []int
	var capCount, count []int
	// The independent groups that use each term: counted once per (term,
	// document), the first time the document uses it.
	var groupCount, lastDoc, lastSent []int
	groupSeen := map[[2]int]bool{}
	nSent := 0
	var wholes []sentFeat // features of split sentences, by first unit
	var wholeAt []int
	all := allTerms(c)
	ix.terms = all
	var surfs [][]string // by term id: the lower-case words written for it
	canon := nameVariants(all)
	for d, doc := range c.Docs {
		ix.flat[d] = make([]int, len(doc.Sentences))
		for s := range doc.Sentences {
			ix.flat[d][s] = -1
			if !doc.English() || Trivia(doc, s) {
				continue
			}
			st := all[d][s]
			terms, surf, caps, tokAt := st.terms, st.surface, st.caps, st.tokAt
			if len(terms) < MinTerms {
				continue
			}
			ids := make([]int32, len(terms))
			for k, t := range terms {
				if v, ok := canon[t]; ok && caps[k] {
					t = v
				}
				id, ok := ix.vocab[t]
				if !ok {
					id = int32(len(ix.names))
					ix.vocab[t] = id
					ix.names = append(ix.names, t)
					df = append(df, 0)
					capCount = append(capCount, 0)
					count = append(count, 0)
					groupCount = append(groupCount, 0)
					lastDoc = append(lastDoc, -1)
					lastSent = append(lastSent, -1)
					surfs = append(surfs, nil)
				}
				ids[k] = id
				if !caps[k] && t[0] >= 'a' && t[0] <= 'z' {
					if l := strings.ToLower(surf[k]); !slices.Contains(surfs[id], l) {
						surfs[id] = append(surfs[id], l)
					}
				}
				count[id]++
				if caps[k] {
					capCount[id]++
				}
				if lastDoc[id] != d {
					lastDoc[id] = d
					if key := [2]int{int(id), c.Group[d]}; !groupSeen[key] {
						groupSeen[key] = true
						groupCount[id]++
					}
				}
				// Document frequency is over sentences, split or not, so
				// splitting does not change what is rare.
				if lastSent[id] != nSent {
					lastSent[id] = nSent
					df[id]++
				}
			}
			nSent++
			ref := SentRef{d, s}
			sent := doc.Sentences[s]
			toks := doc.SentenceTokens(s)
			whole := makeFeat(ref, ids, surf, ix.names, func(int) bool { return true })
			whole.start, whole.end = sent.Start, sent.End
			var parts []sentFeat
			if split {
				parts = clauseFeats(ref, toks, ids, surf, ix.names, tokAt)
			}
			ix.flat[d][s] = len(ix.sents)
			if parts == nil {
				ix.sents = append(ix.sents, whole)
				continue
			}
			wholes = append(wholes, whole)
			wholeAt = append(wholeAt, len(ix.sents))
			ix.sents = append(ix.sents, parts...)
		}
	}
	n := float64(nSent)
	groups := max(1, c.Independent(englishDocs(c)))
	ix.w = make([]float64, len(ix.names))
	ix.bg = make([]float64, len(ix.names))
	ix.num = make([]bool, len(ix.names))
	for t, name := range ix.names {
		ix.bg[t] = backgroundWeight(name)
		ix.num[t] = isNumberTerm(name)
		w := math.Log((n+1)/(float64(df[t])+0.5)) * ix.bg[t]
		if capCount[t]*2 > count[t] {
			// A name is what a claim is about, unless nearly every report
			// uses it: then it names the story ("Vladimir Putin" in each
			// lede), not one claim of it.
			spread := float64(groupCount[t]) / float64(groups)
			w *= 1.25 * (1 - 0.6*spread*spread)
		}
		ix.w[t] = math.Max(w, 0.05)
	}
	ix.rel = relatedTerms(ix.vocab, ix.names, surfs)
	// The postings are cut from one array: counted first, then filled.
	ix.post = make([][]int32, len(ix.names))
	postLen := make([]int32, len(ix.names))
	total := 0
	for i := range ix.sents {
		for _, t := range ix.sents[i].terms {
			postLen[t]++
			total++
		}
	}
	slab := make([]int32, 0, total)
	for t, n := range postLen {
		if n > 0 {
			ix.post[t] = slab[len(slab) : len(slab) : len(slab)+int(n)]
			slab = slab[:len(slab)+int(n)]
		}
	}
	for i := range ix.sents {
		f := &ix.sents[i]
		for _, t := range f.terms {
			ix.post[t] = append(ix.post[t], int32(i))
		}
		ix.setNorm(f)
	}
	for k := range wholes {
		ix.setNorm(&wholes[k])
		ix.whole[wholeAt[k]] = &wholes[k]
	}
	return ix
}

func (ix *index) setNorm(f *sentFeat) {
	sum := 0.0
	for _, t := range f.terms {
		sum += ix.w[t] * ix.w[t]
	}
	f.norm = math.Sqrt(sum)
}

// makeFeat builds the features of the terms that keep selects: each term
// once, sorted.
func makeFeat(ref SentRef, ids []int32, surf, names []string, keep func(k int) bool) sentFeat {
	// The kept terms and the distinct ones are worked out in buffers on the
	// stack (most units have fewer than 64 terms); only the features'
	// two lists, of their final size, are allocated.
	var keptBuf [64]int32
	var termBuf [64]termSurface
	kept := keptBuf[:0] // in sentence order, repeats kept
	distinct := termBuf[:0]
	for k, id := range ids {
		if !keep(k) {
			continue
		}
		kept = append(kept, id)
		if !slices.ContainsFunc(distinct, func(p termSurface) bool { return p.term == id }) {
			distinct = append(distinct, termSurface{id, surf[k]})
		}
	}
	f := sentFeat{ref: ref, counted: countedBy(kept, names)}
	// The terms are distinct, so the order is the same whatever the sort.
	slices.SortFunc(distinct, func(a, b termSurface) int { return cmp.Compare(a.term, b.term) })
	f.terms = make([]int32, len(distinct))
	f.surface = make([]string, len(distinct))
	for k, p := range distinct {
		f.terms[k], f.surface[k] = p.term, p.surface
	}
	return f
}

type termSurface struct {
	term    int32
	surface string
}

// measure stands in sentFeat.counted for a figure with a decimal point,
// anchor for a figure that dates the fact (timeAnchor).
const (
	measure int32 = -1
	anchor  int32 = -2
)

// timeAnchor reports whether the figure kept[k] dates what its sentence
// says: a year ("in June 2004"), a day next to a month ("Feb. 13"), or an
// hour next to a time zone or a part of the day ("12 noon BST", "2045
// GMT"). A sentence dated so is kept apart from one that gives other
// figures, whatever they count: the other's may be of another time (the
// 2004 seizure of eight personnel and the 2007 seizure of fifteen).
func timeAnchor(kept []int32, k int, names []string) bool {
	if v, err := strconv.Atoi(names[kept[k]][1:]); err == nil && v >= 1800 && v <= 2100 {
		return true
	}
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(kept) {
			continue
		}
		n := names[kept[j]]
		if strings.HasPrefix(n, "@m") || english.List("timex/zone-abbrev").Has(n) || english.List("timex/parts-of-day").Has(n) {
			return true
		}
	}
	return false
}

// countedBy returns, sorted and unique, the word terms next to the figures
// of a unit's terms in sentence order: for each figure (or run of figures,
// "$160 million"), the nearest word before it and after it, which name what
// it counts or measures ("more than 50 firefighters", "injured three").
// Only the nearest: a wider window (two or three words each side) was
// measured and lost what the rule gains on the calibration half
// (docs/claims.md).
//
// A figure with a decimal point is a measure, not a count (a magnitude 5.2,
// 5.6 "on the Richter scale", a rate): it adds measure, so that two units
// that each give one and share no figure are kept apart whatever words
// surround them.
func countedBy(kept []int32, names []string) []int32 {
	var out []int32
	isNum := func(id int32) bool { return isNumberTerm(names[id]) }
	for k, id := range kept {
		if !isNum(id) {
			continue
		}
		if strings.IndexByte(names[id], '.') >= 0 {
			out = append(out, measure)
		}
		if timeAnchor(kept, k, names) {
			// A figure that dates counts nothing: the "7" of "the July
			// 7 bombings" is no count of bombings ("three bombs").
			out = append(out, anchor)
			continue
		}
		if k > 0 && !isNum(kept[k-1]) {
			out = append(out, kept[k-1])
		}
		if k+1 < len(kept) && !isNum(kept[k+1]) {
			out = append(out, kept[k+1])
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// clauseFeats splits a sentence into its clauses' features, or returns nil
// when it stays one unit: one clause, or a clause too poor in terms to be a
// claim of its own.
func clauseFeats(ref SentRef, toks []text.Token, ids []int32, surf, names []string, tokAt []int) []sentFeat {
	spans := clauses(toks)
	if len(spans) < 2 {
		return nil
	}
	out := make([]sentFeat, len(spans))
	for c, sp := range spans {
		f := makeFeat(ref, ids, surf, names, func(k int) bool { return tokAt[k] >= sp.lo && tokAt[k] < sp.hi })
		if len(f.terms) < MinTerms {
			return nil
		}
		f.clause = c + 1
		f.start, f.end = toks[sp.lo].Start, toks[sp.hi-1].End
		out[c] = f
	}
	return out
}

func englishDocs(c *text.Corpus) []int {
	var out []int
	for d, doc := range c.Docs {
		if doc.English() {
			out = append(out, d)
		}
	}
	return out
}

// SentenceTerms returns the informative terms of a sentence, in order, with
// how each is written and whether it is capitalised inside the sentence (a
// name). A term is a stem ("invit"), a synonym class ("~meet" for "talks"),
// or a normalised number ("#5" for "five", "5" and the "five" of
// "five-hour"). Stop words and punctuation are not terms.
func SentenceTerms(doc *text.Doc, s int) (terms, surface []string, caps []bool) {
	terms, surface, caps, _ = sentenceTerms(doc, s)
	return terms, surface, caps
}

// sentenceTerms is SentenceTerms with, for each term, the index of its
// token in the sentence (to split the terms by clause).
func sentenceTerms(doc *text.Doc, s int) (terms, surface []string, caps []bool, tokAt []int) {
	toks := doc.SentenceTokens(s)
	n := 0
	for _, tok := range toks {
		if tok.Kind != text.Punct {
			n++
		}
	}
	terms, surface = make([]string, 0, n), make([]string, 0, n)
	caps, tokAt = make([]bool, 0, n), make([]int, 0, n)
	var one, oneWritten [1]string // no allocation for the usual word of one part
	withheld := false
	for k, tok := range toks {
		if tok.Kind == text.Punct {
			continue
		}
		if !withheld && withheldAt(toks, k) {
			// One term for the wordings of "not made public".
			terms, surface = append(terms, withheldTerm), append(surface, tok.Text)
			caps, tokAt = append(caps, false), append(tokAt, k)
			withheld = true
		}
		if refused(toks, k) || k >= 2 && refused(toks, k-2) || withheldWords.Kind(tok.Lower) == "adjective" {
			// "declined to provide" and "undisclosed" say only that: the
			// term stands for them. A verb under a plain negator keeps
			// its own term beside it: a planted "not" ("police have not
			// said ...") must still meet the statement it negates
			// (taking its term away lost planted negations).
			continue
		}
		one[0], oneWritten[0] = tok.Lower, tok.Text
		parts, written := one[:], oneWritten[:]
		if strings.IndexByte(tok.Lower, '-') >= 0 && Synonym(tok.Lower) == "" {
			if _, ok := ParseNumber(tok.Lower); !ok {
				parts = strings.Split(tok.Lower, "-")
				written = strings.Split(tok.Text, "-")
			}
		}
		name := tok.Cap && k > 0
		for p, part := range parts {
			var term string
			if len(parts) == 1 && tok.Kind == text.Word && !text.IsStop(part) && len(part) >= 2 && (name || Synonym(part) == "") {
				if t, ok := dateTerm(part, tok.Cap); ok {
					term = t
				} else if _, isNum := ParseNumber(part); !isNum {
					term = tok.Stem // already stemmed by text.Analyze
					if v := english.EventVerb(part); v != "" && !name {
						// An event noun meets its verb: "explosion"
						// as "exploded" (WordNet's derivations).
						term = text.Stem(v)
					}
				} else {
					term = wordTerm(part, name)
				}
			} else {
				term = wordTerm(part, name && p == 0)
			}
			if term == "" {
				continue
			}
			terms = append(terms, term)
			tokAt = append(tokAt, k)
			if p < len(written) {
				surface = append(surface, written[p])
			} else {
				surface = append(surface, part)
			}
			caps = append(caps, name)
		}
	}
	return terms, surface, caps, tokAt
}

// sentTerms are what sentenceTerms returns of one sentence.
type sentTerms struct {
	terms, surface []string
	caps           []bool
	tokAt          []int
}

// allTerms holds the terms of every sentence of the English reports (nil
// for the others), worked out once for nameVariants and the index.
func allTerms(c *text.Corpus) [][]sentTerms {
	all := make([][]sentTerms, len(c.Docs))
	for d, doc := range c.Docs {
		if !doc.English() {
			continue
		}
		all[d] = make([]sentTerms, len(doc.Sentences))
		for s := range doc.Sentences {
			st := &all[d][s]
			st.terms, st.surface, st.caps, st.tokAt = sentenceTerms(doc, s)
		}
	}
	return all
}

// nameVariants maps the rarer spelling of a name to the commoner one when
// the two differ by one letter and are long enough for that to be a
// spelling, not another name ("Jamyha" and "Jamayha" Luss in two reports of
// one shooting): names of six letters or more, same first letter.
func nameVariants(all [][]sentTerms) map[string]string {
	count := map[string]int{}
	for _, doc := range all {
		for _, st := range doc {
			for k, t := range st.terms {
				if st.caps[k] && len(t) >= 6 && t[0] >= 'a' && t[0] <= 'z' {
					count[t]++
				}
			}
		}
	}
	names := make([]string, 0, len(count))
	for n := range count {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if x := cmp.Compare(count[b], count[a]); x != 0 {
			return x
		}
		return strings.Compare(a, b)
	})
	canon := map[string]string{}
	byFirst := map[byte][]string{}
	for _, n := range names {
		for _, m := range byFirst[n[0]] {
			if d := len(n) - len(m); d >= -1 && d <= 1 && text.EditDistance(n, m) == 1 {
				canon[n] = m
				break
			}
		}
		if _, ok := canon[n]; !ok {
			byFirst[n[0]] = append(byFirst[n[0]], n)
		}
	}
	return canon
}

// dateTerm reads a month ("Aug", "August": "@m8"; "may" only written
// "May") or an ordinal in digits ("2nd": "#2", the day of "August 2nd"
// meeting the "2" of "Aug. 2") as a value, so that dates compare as values.
func dateTerm(lower string, capital bool) (string, bool) {
	if m, ok := english.IsMonth(lower); ok && (capital || lower != "may") {
		return "@m" + strconv.Itoa(m), true
	}
	n := len(lower)
	if n >= 3 && lower[0] >= '0' && lower[0] <= '9' {
		switch lower[n-2:] {
		case "st", "nd", "rd", "th":
			if v, err := strconv.Atoi(lower[:n-2]); err == nil {
				return "#" + strconv.Itoa(v), true
			}
		}
	}
	return "", false
}

func wordTerm(lower string, name bool) string {
	if v, ok := ParseNumber(lower); ok {
		if lower == "one" {
			return "" // mostly a pronoun ("one of the")
		}
		return "#" + FormatNumber(v)
	}
	if len(lower) < 2 || text.IsStop(lower) {
		return ""
	}
	if !name {
		if s := Synonym(lower); s != "" {
			return s
		}
	}
	return text.Stem(lower)
}

// boilerplate are phrases of page furniture and credit lines, not claims.
var boilerplate = sync.OnceValue(func() []string { return english.Phrases("align/boilerplate") })

// boilerplateBytes holds the same phrases as byte slices (HasBoilerplate),
// with a bitmap of the hashes of their first four bytes: a sentence is
// read once, and only where four bytes may open a phrase are the phrases
// tried, instead of searching it for each phrase in turn.
var boilerplateBytes = sync.OnceValue(func() *phraseSet {
	ps := &phraseSet{}
	for _, b := range boilerplate() {
		rest, opens := strings.CutPrefix(b, "^")
		ph := phrase{text: []byte(rest), opens: opens, words: !strings.ContainsAny(rest, "./@")}
		ps.phrases = append(ps.phrases, ph)
		if t := ph.text; len(t) < 4 {
			ps.short = true
		} else {
			h := quadHash(t[0], t[1], t[2], t[3])
			ps.opens[h>>6] |= 1 << (h & 63)
		}
	}
	return ps
})

// phraseSet finds whether a text holds one of its phrases.
type phraseSet struct {
	phrases []phrase
	// opens has the bit quadHash of each phrase's first four bytes set.
	opens [1 << 10]uint64
	// short is set when a phrase is under four bytes: opens cannot
	// stand for it, and every phrase is tried at every byte.
	short bool
}

// phrase is one phrase of a phraseSet, lower-cased.
type phrase struct {
	text []byte
	// words asks for the phrase as whole words: "subscribe" is not in
	// "subscribers", nor "reach her at" in "reach her attorney". A phrase
	// of an address ("pic.twitter.com") is found anywhere, glued to a
	// handle as pages print it ("@wsoctvpic.twitter.com/...").
	words bool
	// opens asks the phrase to open the sentence, after nothing but
	// punctuation and symbols (the data file's "^"): "Follow Levi on
	// Twitter" is the page's, "detectives follow up on leads" is news.
	opens bool
}

func quadHash(a, b, c, d byte) uint32 {
	k := uint32(a) | uint32(b)<<8 | uint32(c)<<16 | uint32(d)<<24
	return (k * 0x9E3779B1) >> 16
}

// in reports whether low holds one of the phrases as whole words.
func (ps *phraseSet) in(low []byte) bool {
	for i := range low {
		if !ps.short {
			if i+4 > len(low) {
				return false
			}
			h := quadHash(low[i], low[i+1], low[i+2], low[i+3])
			if ps.opens[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
		}
		for _, p := range ps.phrases {
			if bytes.HasPrefix(low[i:], p.text) && p.at(low, i) {
				return true
			}
		}
	}
	return false
}

// at reports whether the phrase, found at low[i:], stands there as whole
// words, and opening the sentence if it must.
func (p phrase) at(low []byte, i int) bool {
	if !p.words {
		return true
	}
	if i > 0 && asciiAlnum(low[i-1]) && asciiAlnum(p.text[0]) {
		return false
	}
	if end := i + len(p.text); end < len(low) && asciiAlnum(low[end]) && asciiAlnum(p.text[len(p.text)-1]) {
		return false
	}
	if p.opens {
		for _, c := range low[:i] {
			if asciiAlnum(c) {
				return false
			}
		}
	}
	return true
}

func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
}

// PageFurniture reports a sentence that the page adds around the report's
// own text: one wholly in parentheses (a photo credit, "(Michigan
// Department of Corrections via AP).", or an editor's note), or one that
// carries the signature of an embedded social-media post ("— Governor Rick
// Snyder (@onetoughnerd) July 11, 2016", the shape of Twitter's embed
// markup: the author, the handle in parentheses, the date).
func PageFurniture(sent string) bool {
	t := strings.TrimRight(strings.TrimSpace(sent), ".")
	// A gallery's caption may close on its credit then the toggle that
	// shows or hides the caption ("(Mark Mulligan / Houston Chronicle)
	// less").
	if u, ok := strings.CutSuffix(t, ") less"); ok {
		t = u + ")"
	} else if u, ok := strings.CutSuffix(t, ") more"); ok {
		t = u + ")"
	}
	// Trivia asks this of every sentence: each pattern runs only where
	// its cheap mark is.
	if strings.HasSuffix(t, ")") {
		if strings.HasPrefix(t, "(") && strings.Count(t, "(") == 1 || photoCredit.MatchString(t) {
			return true
		}
	}
	return strings.Contains(sent, " | ") && menu(t) ||
		writerContact(t) || (strings.Contains(t, "/") || strings.Contains(t, " for ")) && text.SlashCredit(t) ||
		strings.Contains(sent, "(@") && embedSignature.MatchString(sent) ||
		strings.Contains(t, "is a") && mayBeWriterNote(t) && writerNote.MatchString(t) ||
		strings.Contains(t, " cover") && writerBeat.MatchString(t) ||
		weatherAlert(t) ||
		Caption(t)
}

// weatherAlertLine is the banner of a National Weather Service product
// that television stations' pages print above every report ("Tornado
// Watch issued May 8 at 7:41PM CDT expiring May 9 at 3:00AM CDT in effect
// for: McCurtain"): the product's name (a watch, warning, advisory or
// statement), when it was issued and expires, and the counties it covers.
var weatherAlertLine = lazyre.New(`(?:Watch|Warning|Advisory|Statement) issued .{3,40} expiring .{3,40} in effect for`)

// weatherAlert reports a weather alert's banner (weatherAlertLine): the
// page's, and its counties name nothing of the story.
func weatherAlert(t string) bool {
	return strings.Contains(t, " in effect for") && weatherAlertLine.MatchString(t)
}

// PageLine reports a line of the page's own, around any report it prints:
// a notice, a credit, a call to follow or to subscribe (HasBoilerplate), or
// how to reach the writer (writerContact), a photo's credit
// (text.SlashCredit), a weather alert's banner. The names it holds are the
// site's staff and buttons, nobody of the story.
func PageLine(sent string) bool {
	return HasBoilerplate(sent) || writerContact(strings.TrimSpace(sent)) || text.SlashCredit(sent) || weatherAlert(sent)
}

// writerContact reports the line that tells readers how to reach the
// writer or the newsroom ("Contact Katrease Stafford: kstafford@freepress.com
// or 313-223-4759.", "Contact Jessica Parks at 610-313-8117;
// jparks@philly.com, or @JS_Parks on Twitter.", "Call Star reporter Tony
// Cook at (317) 444-6081.", "Reach Greg Sowinski at 567-242-0464 or on
// Twitter @Lima_Sowinski"): an imperative of contact with an e-mail
// address or a handle, or a telephone number and a newsroom's role. A tip
// line ("Contact Crime Stoppers at (800) 222-8477.") gives a number only,
// and stays the report's own.
func writerContact(t string) bool {
	w, _, _ := strings.Cut(t, " ")
	if w == "" || w[0] < 'A' || w[0] > 'Z' || !contactOpeners.Has(strings.ToLower(strings.TrimSuffix(w, ":"))) {
		return false
	}
	return strings.Contains(t, "@") || staffRole.MatchString(t) && phoneNumber.MatchString(t)
}

// contactOpeners open a line of contact: "Contact", "Call", "Reach".
var contactOpeners = english.List("align/contact-openers")

// staffRole is a newsroom's role ("Star reporter Tony Cook").
var staffRole = lazyre.New(`\b(?:reporter|writer|editor|columnist|correspondent)\b`)

// phoneNumber is a North American telephone number.
var phoneNumber = lazyre.New(`\(?\d{3}\)?[ .-]\d{3}-\d{4}`)

// menu reports a line of a page's menu of links, items of a few words
// between bars ("Get the latest from WMC Action News 5 anytime: iPhone |
// iPad | Android | SMS Alerts | Email Alerts | Facebook", "FREE APPS | NOW
// | FACEBOOK | TWITTER"): four items or more, each after the first of
// three words at most (the first may carry the line's lead-in).
func menu(t string) bool {
	items := strings.Split(t, " | ")
	if len(items) < 4 {
		return false
	}
	for _, it := range items[1:] {
		if len(strings.Fields(it)) > 3 {
			return false
		}
	}
	return true
}

// Caption reports a photo's caption in the newspaper convention: it places
// the people it names in the picture ("Jasmine Rockymore, left, shares a
// hug outside ...", "Pastor Danny Givens, front middle, left, and ...",
// "(from left)"), or a gallery or video label opens it ("Gallery: Mourners
// are seen ..."), or it closes on the day the picture was taken, as the
// Associated Press's captions do ("... where two bailiffs were killed,
// Monday, July 11, 2016."). A caption describes a picture, often of another
// day or place, not what the report tells. Positional words within running
// text ("turned left, then", "on the left, a") are not captions: the word
// stands between two commas right after a name or a noun.
func Caption(sent string) bool {
	t := strings.TrimSpace(sent)
	return (strings.Contains(t, ":") || strings.HasPrefix(t, "Caption ") || strings.HasPrefix(t, "(")) && captionLabel.MatchString(t) ||
		captionPlaced(t) ||
		strings.Contains(t, "day, ") && endsOnYear(t) && datedCaption.MatchString(t) ||
		(strings.HasPrefix(t, "In this ") || strings.HasPrefix(t, "In a ")) && inThisPhoto.MatchString(t) ||
		placedDatedCaption(t) ||
		strings.HasPrefix(t, "This ") && thisPhotoShows.MatchString(t)
}

// endsOnYear reports whether t ends on four ASCII digits, or on them and a
// full stop, as every match of datedCaption does. That expression is tried
// at each position of the sentence, and news sentences hold "day, " ("on
// Monday, police said") far more often than they end on a year: this test
// turns them away first.
func endsOnYear(t string) bool {
	t = strings.TrimSuffix(t, ".")
	if len(t) < 4 {
		return false
	}
	for i := len(t) - 4; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// inThisPhoto opens the Associated Press's caption of a file picture: "In
// this April 27, 2001 photo, pub owner John Russell Houser speaks at ...",
// "In this photo provided by 9NEWS/KUSA-TV Denver, ...": the picture's
// moment, often years before the news. The date may abbreviate its month
// ("In this Wednesday, Dec. 5, 2012 photo, ..."), and a dated picture may
// be "a" one ("In a June 9, 2012 photo, police ..."); "In a video posted
// online, ..." without a year is the report's own.
var inThisPhoto = lazyre.New(`^In (?:this (?:(?:[^.]|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.){0,60} )?|a (?:(?:[^.]|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.){0,40}\d{4} ))(?:photo|image|photograph|video|frame grab|screen grab|picture|handout)\b[^.]{0,40},`)

// thisPhotoShows opens a photo's caption in the Associated Press's
// convention: "This undated photo provided by the New York State Police
// shows Kurt R. Meyers, ...", "This photo provided by News 12, shows the
// scene ...", "This March 11, 2013 photo shows ...". The sentence tells
// what a picture shows, not what the report tells.
var thisPhotoShows = lazyre.New(`^This (?:[\p{L}\d,'’.-]+ ){0,6}?(?:photo|image|picture|frame grab|booking photo|mug shot|mugshot)(?: (?:released|provided|taken|obtained|made available)(?: by| from)? [^.]{0,80}?)?,? shows? `)

// placedDatedCaption reports a caption in the convention of the photo
// agencies (Getty Images): it closes on the day the picture was taken and
// its town and state, both spelled out ("A police vehicle sits outside Noah
// Foods December 28, 2012 in Chicago, Illinois.", "... lowered into a grave
// at Oak Woods Cemetery on June 20, 2012 in Chicago, Illinois."). A
// report's own sentence dates an event without its year, or abbreviates
// the month and the state (the Associated Press's style); a birth ("was
// born on May 3, 1990 in Dallas, Texas.") is a statement.
func placedDatedCaption(t string) bool {
	i := strings.LastIndex(t, " in ")
	if i < 6 || !yearEnd(strings.TrimSuffix(t[:i], ",")) || strings.Contains(t, "born") {
		return false
	}
	return agencyCaption.MatchString(t[max(0, i-24):])
}

// yearEnd reports whether s ends on four digits.
func yearEnd(s string) bool {
	if len(s) < 4 {
		return false
	}
	for _, c := range s[len(s)-4:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// agencyCaption is the end of a photo agency's caption: a month spelled
// out, the day and the year, then the town and the state or country.
var agencyCaption = lazyre.New(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4},? in (?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*, (?:\p{Lu}[\p{L}.'’-]*\s?){1,3}\.?$`)

// captionPlaced reports a caption that places people in the picture.
// Every match of captionPlace holds a place word with a comma right after
// it ("left,", "center,"): the expression, tried at each position of the
// sentence (about 12 µs for 140 bytes), runs only on a sentence that
// holds one ("Medical Center", "rights" and "Middle East" do not).
func captionPlaced(t string) bool {
	return mayPlace(t) && captionPlace.MatchString(t)
}

// mayPlace reports whether t holds a place word of captionPlace with a
// comma right after it. It reads the text once, from comma to comma (a
// sentence has few), where five searches for the words read it five times.
func mayPlace(t string) bool {
	for i := strings.IndexByte(t, ','); i >= 0; {
		w := t[:i]
		if strings.HasSuffix(w, "left") || strings.HasSuffix(w, "right") || strings.HasSuffix(w, "center") || strings.HasSuffix(w, "centre") || strings.HasSuffix(w, "middle") {
			return true
		}
		k := strings.IndexByte(t[i+1:], ',')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// captionLabel opens a caption of a gallery, a slide show or a video.
// The USA TODAY network's video carousel labels each item "Caption"
// ("Caption Video: Newport News trailer destroyed by fire ...").
// A credit in parentheses may open the caption instead of closing it
// ("(Photo courtesy: Facebook) Brooke Dooley was ...").
var captionLabel = lazyre.New(`^(?:(?:Gallery|Slideshow|Slide show|Photo gallery|PHOTOS?|Photos?|VIDEO|Video|WATCH|Watch)\s*:|Caption \p{Lu}|\((?i:photos?|image|video|courtesy)\b[^()]*\)\s*\p{Lu})`)

// captionPlace is a caption's place of a person in the picture, in the
// forms of the Associated Press Stylebook ("Smith, left, and Jones",
// "Smith, second from left,", "front row, center,", "from left,"). A
// "(right)" in running text points at a picture beside a sentence that
// still tells the news ("... and 19-year-old Raekwon Manigault (right)").
var captionPlace = lazyre.New(`\p{L}[.’']?,\s+(?:(?:front|back|top|bottom|far|second from|third from|fourth from|standing|seated|front row|back row|top row|bottom row)\s+)?(?:left|right|center|centre|middle)(?:,?\s+(?:left|right|center|centre|middle))?,\s|(?:^|\s)(?:From|from) left,`)

// datedCaption is the end of an Associated Press photo caption: the day the
// picture was taken.
var datedCaption = lazyre.New(`, \p{Lu}\p{Ll}+day, \p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}\.?$`)

// photoCredit closes a photo's caption: "(AP Photo/Charles Rex Arbogast)",
// "(Photo: WFAA)", "(Travis County Jail Photo)", "(Photo by Scott
// Olson/Getty Images)", and the credits of a picture from the outlet's
// archive or from someone else's hands, "(File/FOX5)", "(FILE)",
// "(Courtesy of the family)" (AP Stylebook, "photo credits").
var photoCredit = lazyre.New(`\((?:[^()]*\s)?Photo(?:[:/ ][^()]*)?\)$|^\((?:File|FILE)(?:[:/ ][^()]*)?\)$|^\((?:Courtesy|COURTESY)\b[^()]*\)$`)

// writerNote is the note on the author at the end of a newspaper report:
// "Paul Peirce is a Tribune-Review staff writer.", "Megan Guza is a staff
// writer for Trib Total Media." (a name, then the staff role and the
// paper, nothing else).
var writerNote = lazyre.New(`^(\p{Lu}[\p{L}.'’-]*\s+){1,3}is an?\s+([\p{Lu}][\p{L}.'’&-]*\s+){0,5}(staff writers?|staff reporter|staff photographer|reporter|correspondent|columnist|contributing writer|freelance writer)(\s+(for|with|at)\s+(the\s+)?(\p{Lu}[\p{L}.'’&-]*\s*){1,5})?$`)

// writerBeat is the note on the author in its other usual form, the
// writer's beat: "Staff writer John Turk covers the Oakland County Board of
// Commissioners, police and general assignment.", "Harry Harris and David
// DeBolt cover breaking news." (one or two names of three words at most,
// a staff role before them, then the beat, which names a field of news).
// A name that covers anything else ("Mayor John Smith covers the cost of
// the funeral") is news.
var writerBeat = lazyre.New(`^(?:(?:(?:Staff|Senior|Contributing|Freelance)\s+(?:writer|reporter)|Reporter|Writer)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?covers?\s+(?:[^.]*\s)?(?:news|police|crime|courts|public safety|general assignment|beat|politics|government|education)\b[^.]*$`)

// mayBeWriterNote reports whether t holds a word that each of
// writerNote's staff roles holds: most sentences with "is a" hold none, and
// so neither run the expression nor make a process compile it (its
// Unicode classes repeated up to five times).
func mayBeWriterNote(t string) bool {
	return strings.Contains(t, "writer") || strings.Contains(t, "reporter") || strings.Contains(t, "photographer") ||
		strings.Contains(t, "correspondent") || strings.Contains(t, "columnist")
}

var embedSignature = lazyre.New(`\(@\w{1,15}\)\s+\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}`)

// Trivia reports whether a sentence is page furniture rather than a claim:
// boilerplate, a question (a subheading), a line that is only a name, a
// time line or a fragment without a subject (see fragment).
func Trivia(doc *text.Doc, s int) bool {
	sent := doc.Sentences[s].Text
	if SentenceBoilerplate(doc, s) || Furniture(doc, s) {
		return true
	}
	if strings.HasSuffix(strings.TrimRight(sent, `"'”’ `), "?") {
		return true
	}
	if strings.HasSuffix(strings.TrimSpace(sent), ":") {
		return true
	}
	if s > 0 && nameLine(doc.SentenceTokens(s)) {
		return true
	}
	words := 0
	for _, t := range doc.SentenceTokens(s) {
		if t.Kind != text.Punct {
			words++
		}
	}
	return words < 5 || fragment(doc.SentenceTokens(s))
}

// Furniture reports a sentence that the page adds around the report, read
// in its paragraph: page furniture by itself (PageFurniture), a sentence of
// a caption's paragraph (inCaption), or another story's headline between
// paragraphs (heading).
//
// The answer is kept on the Doc (text.Doc.Marked): alignment (Trivia),
// summary selection and the timeline ask it of the same sentences.
func Furniture(doc *text.Doc, s int) bool {
	return doc.Marked(s, furnitureMark, furniture)
}

// furnitureMark and boilerplateMark keep the answers of Furniture and
// SentenceBoilerplate on the Doc.
var furnitureMark, boilerplateMark = text.NewMark(), text.NewMark()

func furniture(doc *text.Doc, s int) bool {
	return PageFurniture(doc.Sentences[s].Text) || inCaption(doc, s) || labelledCaption(doc, s) || creditNext(doc, s) || creditLineNext(doc, s) || heading(doc, s) || repeated(doc, s) || clipTitle(doc, s) || doc.OtherNews(s)
}

// SentenceBoilerplate is HasBoilerplate of sentence s's text, worked out
// once per sentence and kept on the Doc, as Furniture is.
func SentenceBoilerplate(doc *text.Doc, s int) bool {
	return doc.Marked(s, boilerplateMark, sentenceBoilerplate)
}

func sentenceBoilerplate(doc *text.Doc, s int) bool {
	return HasBoilerplate(doc.Sentences[s].Text)
}

// creditNext reports a caption by the photo credit after it in its
// paragraph, which the sentence splitter makes a piece of its own
// ("Downtown Columbus, Oh. is viewed from across the Scioto River. (Photo:
// Robert Deutsch, USA TODAY)"): the credit names a picture, and the
// sentence before it describes that picture. A credit of the report
// ("(Reporting by ...)") names no photo.
func creditNext(doc *text.Doc, s int) bool {
	if s+1 >= len(doc.Sentences) || doc.Sentences[s+1].Para != doc.Sentences[s].Para {
		return false
	}
	t := strings.TrimSpace(doc.Sentences[s+1].Text)
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1 && photoCredit.MatchString(t)
}

// creditLineNext reports a caption by the labelled credit after it,
// Wikinews's "Image: Francis Tyers." (MultiLing M0017: "Russell Square
// after the bombings." was an agreement of two reports): the caption is
// the credit's paragraph's sentence before it, or a line of its own.
func creditLineNext(doc *text.Doc, s int) bool {
	if s+1 >= len(doc.Sentences) || !labelledCredit.MatchString(strings.TrimSpace(doc.Sentences[s+1].Text)) {
		return false
	}
	// The credit is a line of its own: a gallery's "Photo: Kerr County
	// Jail Image 1 of 2 ..." run on one line credits the picture after it.
	t, c := doc.Article.Text, doc.Sentences[s+1]
	if !ownLine(t, c.Start, c.End) {
		return false
	}
	p := doc.Sentences[s].Para
	return doc.Sentences[s+1].Para == p || s == 0 || doc.Sentences[s-1].Para != p
}

// ownLine reports text[start:end] alone on its line, but for spaces.
func ownLine(t string, start, end int) bool {
	before := strings.TrimRight(t[:start], " \t")
	after := strings.TrimLeft(t[end:], " \t")
	return (before == "" || strings.HasSuffix(before, "\n")) && (after == "" || strings.HasPrefix(after, "\n") || strings.HasPrefix(after, "\r"))
}

// labelledCredit is a picture's credit on a line of its own: a label and
// the name of one to four capitalised words ("Image: Francis Tyers.",
// "Photo: David Guralnick").
var labelledCredit = lazyre.New(`^(?:Image|Photo|Picture|Photograph)s?:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\.?$`)

// labelledCaption reports a sentence of a paragraph that a short label
// opens and that ends on no stop: the caption of a tabloid's photo ("Killer:
// Syed's body is covered by a tarp after his chaotic shooting spree ended
// early on Tuesday morning", "House of horrors: Police today identified
// ..."), or a linked headline ("Police: Dad cleaning handgun shoots
// daughter, 9, in stomach"). A report's sentences end on a stop; an
// editor's update ("Update: On June 17, Elmi pleaded guilty ...") and a
// speaker's words after "said:" are the report's own.
func labelledCaption(doc *text.Doc, s int) bool {
	first, last := s, s
	for first > 0 && doc.Sentences[first-1].Para == doc.Sentences[s].Para {
		first--
	}
	for last+1 < len(doc.Sentences) && doc.Sentences[last+1].Para == doc.Sentences[s].Para {
		last++
	}
	// a quotation or a bracket closes after the stop it holds ("...
	// described as an 'execution'" holds none)
	end := strings.TrimRight(strings.TrimSpace(doc.Sentences[last].Text), "\"”’')")
	if end == "" || strings.ContainsRune(".!?:;", rune(end[len(end)-1])) || strings.HasSuffix(end, "…") {
		return false
	}
	t := strings.TrimSpace(doc.Sentences[first].Text)
	m := captionTag.FindStringSubmatch(t)
	// A gallery's or a video's label ("Photo: Metro Video Image 1 of 10
	// ...") is Caption's, sentence by sentence: the Hearst newspapers'
	// galleries tell the story in their captions (see inCaption).
	if m == nil || captionLabel.MatchString(t) {
		return false
	}
	switch m[1] {
	case "Update", "Updated":
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if w == "said" || w == "says" || w == "told" {
			return false
		}
	}
	return true
}

// captionTag is the label that opens a caption: a capitalised word and up
// to three lower-case ones, a colon, then a capital.
var captionTag = lazyre.New(`^(\p{Lu}\p{Ll}+(?: [\p{Ll}'’]+){0,3}): ["“'‘]?\p{Lu}`)

// clipTitle reports a line of a list of videos that news pages print
// beside or in place of the report: the clip's length, then its title
// ("1:08 Goran Dragic says Heat 'can get better' Pause", "0:34 Miss
// Universe runner-up arrives"). Each is another story's headline. A time
// with its zone opening a dateline ("16:58 PDT SAN FRANCISCO --") is not
// one: the word after the figure is a zone.
func clipTitle(doc *text.Doc, s int) bool {
	if s > 0 && doc.Sentences[s-1].Para == doc.Sentences[s].Para {
		return false
	}
	m := clipLength.FindStringSubmatch(doc.Sentences[s].Text)
	return m != nil && !zoneAbbrevs.Has(strings.ToLower(strings.TrimSpace(m[1])))
}

// zoneAbbrevs are the abbreviations of time zones ("PDT", "GMT").
var zoneAbbrevs = english.List("timex/zone-abbrev")

// clipLength is a video's length opening a line, and the first word of the
// title after it.
var clipLength = lazyre.New(`^\d{1,2}:[0-5]\d\s+['‘"“]?(\p{Lu}[\p{L}'’-]*|\d+\s)`)

// repeated reports a sentence that the report already printed, word for
// word: a gallery caption printed a second time (text.SplitSentences
// cuts the second print off), the same caption under each frame of a
// gallery, or a line of the page repeated between paragraphs. A second
// print cut short ("Seven people have been shot, five fatally, Wednesday
// afternoon,...") is one too: the words before its ellipsis open an
// earlier sentence. A report tells its news once; the first print stays.
func repeated(doc *text.Doc, s int) bool {
	t := doc.Sentences[s].Text
	short := ""
	if k := strings.Index(t, "..."); k >= 40 {
		short = t[:k]
	} else if k := strings.Index(t, "…"); k >= 40 {
		short = t[:k]
	}
	for o := range s {
		if u := doc.Sentences[o].Text; u == t || short != "" && len(u) > len(short) && strings.HasPrefix(u, short) {
			return true
		}
	}
	return false
}

// inCaption reports a sentence of a paragraph that opens with a caption:
// the caption's next sentence ("Jasmine Rockymore, left, shares a hug
// outside of North Memorial Medical Center. Rockymore's cousin was
// involved in the shooting."), or the USA TODAY network's carousel of other
// videos, which its pages print as one paragraph opening "Caption ...",
// each item's title and caption twice, every sentence of another story.
// A paragraph opened by another label ("Photo: Metro Video Image 1 of 8
// ...") is not wholly a caption: the Hearst newspapers' galleries tell the
// story itself in their captions.
func inCaption(doc *text.Doc, s int) bool {
	first := s
	for first > 0 && doc.Sentences[first-1].Para == doc.Sentences[s].Para {
		first--
	}
	if first == s {
		return false
	}
	t := strings.TrimSpace(doc.Sentences[first].Text)
	return strings.HasPrefix(t, "Caption ") && captionLabel.MatchString(t) || captionPlaced(t)
}

// heading reports a paragraph of one sentence that ends without a full
// stop, question or exclamation mark or closing quote: a subheading, or
// the headline of another story that the page links between paragraphs
// ("Arkansas man Tasered by cop sues for excessive force"). It states no
// fact of this report; the summary refuses such a line too. The report's
// own headline is not one.
func heading(doc *text.Doc, s int) bool {
	// The report's first line is its own headline, which states the news,
	// also after a line of the page's date ("June 06, 2013").
	if !bareLine(doc, s) {
		return false
	}
	first := 0
	for first < s && TimeLine(doc.SentenceTokens(first)) {
		first++
	}
	if s == first {
		return false
	}
	// Headlines drop articles and the forms of "be" and "have" (Mårdh,
	// "Headlinese: On the grammar of English front page headlines",
	// 1980); a line that keeps them is a sentence whose full stop the
	// page lost ("Stewart was charged with involuntary manslaughter ...").
	toks := doc.SentenceTokens(s)
	for _, t := range toks {
		if headlineDropped.Has(t.Lower) {
			return false
		}
	}
	// The report's own headline, printed again below a site's name or a
	// photo ("Teen boy, 15, shot and killed during robbery at ..."), tells
	// what the report tells: most of its words and all of its names come
	// back in its sentences (other bare lines aside: a page may link two
	// stories of one place). Another story's does not.
	told := toldStems(doc, toks)
	back, words := 0, 0
	for k, t := range toks {
		if t.Kind == text.Word && !t.Stop {
			words++
			if told[k] {
				back++
			} else if k > 0 && t.Cap {
				return true // a name the report never gives: "... after Oregon barricade situation"
			}
		}
	}
	return 2*back < words
}

// toldStems reports, for each of a bare line's tokens that is a word and
// not a stop word, whether its stem comes back in a sentence of the report
// that is not a bare line (the line itself is one). It reads the report's
// tokens once, looking up the line's own few stems and stopping when all
// are found: a map of the whole report's stems, built anew for each bare
// line a report has, cost far more (align.heading, wave 22).
func toldStems(doc *text.Doc, line []text.Token) []bool {
	told := make([]bool, len(line))
	left := 0
	for _, t := range line {
		if t.Kind == text.Word && !t.Stop {
			left++
		}
	}
	for o := range doc.Sentences {
		if left == 0 {
			break
		}
		if bareLine(doc, o) {
			continue
		}
		for _, t := range doc.SentenceTokens(o) {
			if t.Kind != text.Word || t.Stop {
				continue
			}
			for k, l := range line {
				if !told[k] && l.Kind == text.Word && !l.Stop && l.Stem == t.Stem {
					told[k] = true
					left--
				}
			}
		}
	}
	return told
}

// TitleCase reports whether a line is written in title case ("Gangmember
// Convicted Of Murdering"): a headline or subheading, which the lede says
// in full, or a line of names and titles.
func TitleCase(toks []text.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.Kind != text.Word || len(t.Lower) < 3 {
			continue
		}
		words++
		if t.Cap {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// nameLine reports a line of names and titles after the headline, every
// word capitalised but the function words, with no verb ("Special Agent In
// Charge of the Bureau of Alcohol, Tobacco, Firearms and Explosives Tampa
// Field Office."): a caption, or the list of the officials at a news
// conference, no claim. A sentence that lists names ("It connects 12
// countries: Pakistan, Indonesia, ...") has words of its own.
func nameLine(toks []text.Token) bool {
	words := 0
	for _, t := range toks {
		if t.Kind != text.Word || t.Stop {
			continue
		}
		if !t.Cap {
			return false
		}
		words++
	}
	return words >= 4 && !hasVerb(toks)
}

// headlineDropped are the words headlines leave out.
var headlineDropped = english.List("align/headline-dropped")

// bareLine reports a paragraph of one sentence with no end punctuation.
func bareLine(doc *text.Doc, s int) bool {
	sent := doc.Sentences[s]
	if s > 0 && doc.Sentences[s-1].Para == sent.Para || s+1 < len(doc.Sentences) && doc.Sentences[s+1].Para == sent.Para {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(sent.Text))
	return last != utf8.RuneError && !strings.ContainsRune(`.!?"'”’)…,;`, last)
}

// HasBoilerplate reports whether the sentence, lower-cased, holds one of
// the boilerplate phrases. Most sentences are ASCII and short: they are
// lower-cased into a buffer on the stack, not a new string (Trivia asks
// it of every sentence of every report).
func HasBoilerplate(sent string) bool {
	var buf [512]byte
	if len(sent) > len(buf) || !isASCII(sent) {
		// A curly quote or a dash makes a sentence non-ASCII (most of
		// some outlets'): lower-cased as strings.ToLower does, into the
		// buffer while it fits, then searched as the ASCII ones are, not
		// for each phrase in turn.
		return boilerplateBytes().in(appendLower(buf[:0], sent))
	}
	low := buf[:len(sent)]
	for i := 0; i < len(sent); i++ {
		c := sent[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return boilerplateBytes().in(low)
}

// appendLower appends s lower-cased to dst: the bytes of
// strings.ToLower(s) (each rune through unicode.ToLower, an invalid byte
// as U+FFFD, as strings.Map writes it), without the string. strings.ToLower
// maps every rune of a non-ASCII string through unicode.ToLower, about 70
// instructions a byte; an ASCII byte is lowered here in place.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// timeWords are the words a time line is made of besides its figures:
// "Sunday, 6:30 p.m.", "on Dec 23 2012, 5:03p", "Jul. 7 5:59 PM EDT",
// "Updated: 6:45 p.m. | Posted: 2:58 p.m." (a page's stamp words).
var timeWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []*english.Set{english.List("align/time-line-words"), english.List("compare/stamp-words"), english.Months, english.MonthAbbreviations, english.Weekdays, english.WeekdayAbbreviations, english.List("timex/parts-of-day"), english.List("timex/zone-abbrev")} {
		for _, w := range l.Words() {
			m[w] = true
		}
	}
	return m
})

// fragment reports a sentence that states nothing by itself, though it has
// words enough: a time line with no verb ("Sunday, 6:30 p.m.", a
// subheading of a timeline that the sentence splitter keeps apart), or a
// piece of a sentence that opens on its verb, lower case, with no subject
// ("was wanted on multiple charges", left when a page's markup cut the
// sentence). Either would otherwise become a claim, and an agreement when
// two reports share the layout. A sentence without any verb is not a
// fragment as such: the tagger finds no verb in 660 of the 15,212 ECB+
// sentences, and most are statements ("He's an extremely competitive
// guy", "A new built-in battery powers the laptop", headlines such as
// "Strong earthquake hits Indonesia's Aceh province").
func fragment(toks []text.Token) bool {
	if timeFragment(toks) {
		return true
	}
	first := -1
	for k, t := range toks {
		// the opening token, figures included: "6 was recorded ..." is the
		// end of a magnitude cut at its decimal point, not a verb without
		// subject
		if t.Kind != text.Punct {
			first = k
			break
		}
	}
	if first < 0 || toks[first].Kind != text.Word || toks[first].Cap || toks[first].Lower != toks[first].Text {
		return false
	}
	return hasVerb(toks[first : first+1])
}

// timeFragment reports a line of figures and time words only, no year
// among the figures ("Sunday, 6:30 p.m."). The words are looked up only
// when the line has a figure and no year: most sentences have none, and
// the look-up of every word cost more than the rest of fragment (2% of a
// brief).
func timeFragment(toks []text.Token) bool {
	figures := 0
	for _, t := range toks {
		if t.Kind == text.Number {
			// a year: a dated stamp ("9:53 AM, MON 22 JUL 2013") stays a
			// unit, as the comparison of dates reads it
			if len(t.Text) == 4 {
				return false
			}
			figures++
		}
	}
	if figures == 0 {
		return false
	}
	words := timeWords()
	for _, t := range toks {
		if t.Kind == text.Word && !words[t.Lower] {
			return false
		}
	}
	return true
}

// TimeLine reports whether a line is only a moment, year included: every
// word a time word ("THURSDAY, APRIL 11, 2013, 12:12 AM", "June 11, 2012
// 10:24 AM PDT"), with a figure. Such a line is a page's own time, when it
// was posted, not a fact the report tells; the alignment keeps it as a unit
// (fragment lets a dated line through), but no date of it is an account.
func TimeLine(toks []text.Token) bool {
	figures := 0
	for _, t := range toks {
		switch t.Kind {
		case text.Number:
			figures++
		case text.Word:
			if !timeWords()[t.Lower] {
				return false
			}
		}
	}
	return figures > 0
}

// sim is the cosine of two sentences' weighted term sets; with why, it also
// returns the shared terms as written, the most informative first.
func (ix *index) sim(i, j int, why bool) (float64, []string) {
	return ix.simFeat(&ix.sents[i], &ix.sents[j], why)
}

func (ix *index) simFeat(a, b *sentFeat, why bool) (float64, []string) {
	if a.norm == 0 || b.norm == 0 {
		return 0, nil
	}
	var dot float64
	type sh struct {
		w float64
		s string
	}
	var shared []sh
	for x, y := 0, 0; x < len(a.terms) && y < len(b.terms); {
		switch {
		case a.terms[x] < b.terms[y]:
			x++
		case a.terms[x] > b.terms[y]:
			y++
		default:
			w := ix.w[a.terms[x]]
			dot += w * w
			if why {
				s := a.surface[x]
				if !strings.EqualFold(s, b.surface[y]) {
					s += "~" + b.surface[y]
				}
				shared = append(shared, sh{w, s})
			}
			x++
			y++
		}
	}
	score := dot / (a.norm * b.norm)
	if !why {
		return score, nil
	}
	slices.SortStableFunc(shared, func(p, q sh) int { return cmp.Compare(q.w, p.w) })
	out := make([]string, len(shared))
	for k, s := range shared {
		out[k] = s.s
	}
	return score, out
}

// spreadFeat is one unit's squared term weights spread out by term id, so
// that its cosine with many others costs a look-up per term of each other
// unit rather than a merge of the two term lists (simFeat).
type spreadFeat struct {
	ix *index
	f  *sentFeat
}

// spread spreads f's weights into the index's buffer, which holds one
// unit's at a time: done clears it for the next.
func (ix *index) spread(f *sentFeat) spreadFeat {
	if ix.dense == nil {
		ix.dense = make([]float64, len(ix.names))
	}
	for _, t := range f.terms {
		w := ix.w[t]
		ix.dense[t] = w * w
	}
	return spreadFeat{ix, f}
}

func (s spreadFeat) done() {
	for _, t := range s.f.terms {
		s.ix.dense[t] = 0
	}
}

// sim is simFeat(s.f, b, false), the same to the bit: b's terms are read
// in the order the merge meets the shared ones, and a term s.f lacks adds
// +0, which leaves a sum as it is.
func (s spreadFeat) sim(b *sentFeat) float64 {
	a := s.f
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float64
	for _, t := range b.terms {
		dot += s.ix.dense[t]
	}
	return dot / (a.norm * b.norm)
}

// candidates are the sentences of other reports that share one of i's most
// informative terms, the most promising first.
func (ix *index) candidates(i int) []int32 {
	if ix.cand == nil {
		ix.cand = make([][]int32, len(ix.sents))
	}
	if ix.cand[i] == nil {
		ix.cand[i] = ix.candidatesN(i, retrievalTerms, maxCandidates)
	}
	return ix.cand[i]
}

// reverse returns the units whose candidates hold unit i: the other side of
// the search. A unit looks up its most informative terms only, so a long
// sentence, whose rarest terms are its own details, does not find the short
// sentence of another report that tells one of its facts in common words,
// while the short one, whose informative terms are those words, finds it.
func (ix *index) reverse(i int) []int32 {
	if ix.retrievedBy == nil {
		ix.retrievedBy = make([][]int32, len(ix.sents))
		for k := range ix.sents {
			for _, j := range ix.candidates(k) {
				ix.retrievedBy[j] = append(ix.retrievedBy[j], int32(k))
			}
		}
	}
	return ix.retrievedBy[i]
}

// candidatesN is candidates looking up i's nTerms most informative terms and
// keeping the best maxCand sentences.
func (ix *index) candidatesN(i, nTerms, maxCand int) []int32 {
	h, _ := ix.gather(i, nTerms, maxCand, false)
	list := slices.Clone(h)
	slices.SortFunc(list, func(p, q scored) int {
		if p.better(q) {
			return -1
		}
		if q.better(p) {
			return 1
		}
		return 0
	})
	out := make([]int32, len(list))
	for k, x := range list {
		out[k] = int32(x.j)
	}
	return out
}

// gather finds candidatesN's sentences, in no order, in a buffer of the
// index that the next call reuses. With count, each candidate's n and
// words count the looked-up terms it shares with unit i (all terms, and
// those that are words, not figures); complete says whether every term of
// unit i was looked up in full (no posting list cut), so that the counts
// are all the terms the two units share.
func (ix *index) gather(i, nTerms, maxCand int, count bool) ([]scored, bool) {
	f := &ix.sents[i]
	terms := ix.byWeight(i)
	complete := true
	if len(terms) > nTerms {
		terms = terms[:nTerms]
		complete = false
	}
	if ix.acc == nil {
		ix.acc = make([]float64, len(ix.sents))
	}
	if count && ix.nShared == nil {
		ix.nShared = make([]uint8, len(ix.sents))
		ix.nWords = make([]uint8, len(ix.sents))
	}
	touched := ix.touched[:0]
	doc := f.ref.Doc
	for _, t := range terms {
		post := ix.post[t]
		if len(post) > postingCap {
			// A term this common still links its sentences through the
			// first postingCap of them; reading all would be quadratic.
			post = post[:postingCap]
			complete = false
		}
		w2 := ix.w[t] * ix.w[t]
		word := uint8(1)
		if ix.num[t] {
			word = 0
		}
		for _, j := range post {
			if ix.sents[j].ref.Doc == doc {
				continue
			}
			if ix.acc[j] == 0 {
				touched = append(touched, j)
			}
			ix.acc[j] += w2
			if count {
				ix.nShared[j]++
				ix.nWords[j] += word
			}
		}
	}
	// The best maxCandidates by accumulated weight, kept in a min-heap:
	// sorting every touched sentence was most of the alignment's time in
	// large stories, where a sentence touches thousands.
	h := ix.heap[:0]
	for _, j := range touched {
		x := scored{j: int(j), acc: ix.acc[j]}
		ix.acc[j] = 0
		if count {
			x.n, x.words = ix.nShared[j], ix.nWords[j]
			ix.nShared[j], ix.nWords[j] = 0, 0
		}
		if len(h) < maxCand {
			h = append(h, x)
			h.up(len(h) - 1)
		} else if x.better(h[0]) {
			h[0] = x
			h.down(0)
		}
	}
	ix.touched = touched
	ix.heap = h
	return h, complete
}

// byWeight returns unit i's terms, the most informative first, sorted once
// (gather looks a unit's terms up for the alignment, its support and the
// neighbour searches).
func (ix *index) byWeight(i int) []int32 {
	if ix.sorted == nil {
		ix.sorted = make([][]int32, len(ix.sents))
	}
	if ix.sorted[i] == nil {
		terms := slices.Clone(ix.sents[i].terms)
		slices.SortFunc(terms, func(p, q int32) int { return cmp.Compare(ix.w[q], ix.w[p]) })
		ix.sorted[i] = terms
	}
	return ix.sorted[i]
}

// scored is a candidate sentence with its accumulated shared weight and,
// when gather counts them, the terms it shares (n) and of those the words
// (not figures).
type scored struct {
	j        int
	acc      float64
	n, words uint8
}

// better orders candidates: more shared weight first, then the earlier
// sentence, so the result does not depend on the order of the postings.
func (x scored) better(y scored) bool {
	if x.acc != y.acc {
		return x.acc > y.acc
	}
	return x.j < y.j
}

// minHeap keeps the worst of the kept candidates at the top.
type minHeap []scored

func (h minHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h[p].better(h[i]) {
			return
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

func (h minHeap) down(i int) {
	for {
		l, w := 2*i+1, i
		if l < len(h) && h[w].better(h[l]) {
			w = l
		}
		if r := l + 1; r < len(h) && h[w].better(h[r]) {
			w = r
		}
		if w == i {
			return
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}

type edge struct {
	i, j  int
	score float64
}

func (ix *index) candidateEdges() []edge {
	// Each pair once: the pairs as sorted keys, not a map (a map of
	// pairs was a fifth of the alignment's time).
	var keys []uint64
	for i := range ix.sents {
		for _, j32 := range ix.candidates(i) {
			j := int(j32)
			keys = append(keys, uint64(min(i, j))<<32|uint64(max(i, j)))
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	var edges []edge
	// The keys come in order of their first unit, whose weights are
	// spread out once for all its pairs.
	var spread spreadFeat
	for _, k := range keys {
		i, j := int(k>>32), int(k&0xffffffff)
		if spread.f != &ix.sents[i] {
			if spread.f != nil {
				spread.done()
			}
			spread = ix.spread(&ix.sents[i])
		}
		if s := spread.sim(&ix.sents[j]); s >= Pair {
			edges = append(edges, edge{i, j, s})
		}
	}
	if spread.f != nil {
		spread.done()
	}
	slices.SortFunc(edges, func(a, b edge) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(a.i, b.i); c != 0 {
			return c
		}
		return cmp.Compare(a.j, b.j)
	})
	return edges
}

// cluster merges sentences along the best edges first. Two groups merge only
// when their members are similar on average (checked on a few members of
// each, so the cost stays bounded), which stops a chain of pairwise matches
// from gluing different claims together.
func (ix *index) cluster(edges []edge) ([][]int, map[int][]edge) {
	parent := make([]int, len(ix.sents))
	members := make([][]int, len(ix.sents))
	for i := range parent {
		parent[i] = i
		members[i] = []int{i}
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	links := map[int][]edge{}
	const probe = 5
	for _, e := range edges {
		a, b := find(e.i), find(e.j)
		if a == b {
			continue
		}
		sum, n := 0.0, 0
		for _, x := range members[a][:min(probe, len(members[a]))] {
			for _, y := range members[b][:min(probe, len(members[b]))] {
				s, _ := ix.sim(x, y, false)
				sum += s
				n++
			}
		}
		if sum/float64(n) < Coherence*Pair || ix.figuresApart(members[a], members[b]) {
			continue
		}
		if len(members[a]) < len(members[b]) {
			a, b = b, a
		}
		parent[b] = a
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		links[a] = append(links[a], links[b]...)
		links[a] = append(links[a], e)
		delete(links, b)
	}
	var out [][]int
	lk := map[int][]edge{}
	for i := range members {
		if members[i] != nil {
			lk[len(out)] = links[i]
			out = append(out, members[i])
		}
	}
	return out, lk
}

// figureProbe bounds the members of each group whose figures figuresApart
// compares, so a merge of two large claims costs a bounded number of tests.
const figureProbe = 12

// figuresApart reports whether two groups of units give figures that keep
// them apart: a unit of one and a unit of the other that each give figures
// of one thing and share none (the figure veto of partial support, veto).
// Three reports of three aftershocks ("measured the aftershock's magnitude
// as 6.6", "had a magnitude of 5.8", "had a 4.7 magnitude") tell three
// events, not one fact; a chain of looser matches through a member that
// gives no figure must not join them either, hence every pair of the two
// groups' members that give figures, not only the edge's.
func (ix *index) figuresApart(a, b []int) bool {
	fb := ix.withFigures(b)
	for _, x := range ix.withFigures(a) {
		for _, y := range fb {
			if ix.figuresDiffer(&ix.sents[x], &ix.sents[y], ix.sharedWeights(&ix.sents[x], &ix.sents[y])) {
				return true
			}
		}
	}
	return false
}

// withFigures returns the first figureProbe members that give a figure.
func (ix *index) withFigures(members []int) []int {
	var out []int
	for _, x := range members {
		if _, num := ix.background(&ix.sents[x]); num {
			if out = append(out, x); len(out) == figureProbe {
				break
			}
		}
	}
	return out
}

// foldClauses keeps a clause as a unit of its own only where it links to
// another report. A clause that matched nothing belongs to no claim when
// another clause of its sentence did match (its sentence is then aligned
// by that clause); when no clause of a sentence matched, the sentence is
// one claim again, whole. Splitting is for finding what several sources
// share, and must not turn the rest of a sentence into fragments that seem
// to be told by one source only.
func (ix *index) foldClauses(clusters [][]int, links map[int][]edge) ([][]int, map[int][]edge) {
	matched := map[SentRef]bool{} // sentences with a clause in a claim of several units
	for _, m := range clusters {
		if len(m) > 1 {
			for _, i := range m {
				if ix.sents[i].clause > 0 {
					matched[ix.sents[i].ref] = true
				}
			}
		}
	}
	var out [][]int
	lk := map[int][]edge{}
	whole := map[SentRef]int{} // unmatched split sentence -> its cluster in out
	for k, m := range clusters {
		if len(m) == 1 && ix.sents[m[0]].clause > 0 {
			ref := ix.sents[m[0]].ref
			if matched[ref] {
				continue
			}
			if w, ok := whole[ref]; ok {
				out[w] = append(out[w], m[0])
				continue
			}
			whole[ref] = len(out)
		}
		lk[len(out)] = links[k]
		out = append(out, m)
	}
	return out, lk
}

// wholeSentence reports whether a claim's units are all the clauses of one
// sentence: the sentence is then the claim, whole.
func (ix *index) wholeSentence(members []int) bool {
	u := &ix.sents[members[0]]
	if u.clause == 0 {
		return false
	}
	lo, hi := ix.units(u.ref)
	return len(members) == hi-lo && ix.sents[members[len(members)-1]].ref == u.ref
}

func (ix *index) claims(clusters [][]int, links map[int][]edge) *Result {
	c := ix.c
	type cand struct {
		members []int
		links   []edge
		indep   int
		first   int
	}
	cands := make([]cand, len(clusters))
	for k, m := range clusters {
		slices.Sort(m) // flat order is document order, then sentence order
		docs := make([]int, len(m))
		for x, i := range m {
			docs[x] = ix.sents[i].ref.Doc
		}
		cands[k] = cand{m, links[k], c.Independent(docs), m[0]}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if x := cmp.Compare(b.indep, a.indep); x != 0 {
			return x
		}
		return cmp.Compare(a.first, b.first)
	})
	r := &Result{Of: make([][]int, len(c.Docs)), ix: ix, unitClaim: make([]int, len(ix.sents))}
	for u := range r.unitClaim {
		r.unitClaim[u] = -1
	}
	for d, doc := range c.Docs {
		r.Of[d] = make([]int, len(doc.Sentences))
		for s := range r.Of[d] {
			r.Of[d][s] = -1
		}
	}
	for k, cd := range cands {
		id := "c" + strconv.Itoa(k+1)
		cl := news.Claim{ID: id, Independent: cd.indep}
		var refs []SentRef
		seenDoc := map[int]bool{}
		for _, i := range cd.members {
			u := &ix.sents[i]
			ref := u.ref
			r.unitClaim[i] = k
			if r.Of[ref.Doc][ref.Sent] < 0 {
				// Claims come by support: a split sentence's Of is the
				// best supported claim of its clauses.
				r.Of[ref.Doc][ref.Sent] = k
			}
			if !slices.Contains(refs, ref) {
				refs = append(refs, ref)
			}
			// The evidence is the clause that says the claim, not its
			// whole sentence.
			cl.Evidence = append(cl.Evidence, news.Evidence{Source: c.IDs[ref.Doc], Start: u.start, End: u.end})
			if !seenDoc[ref.Doc] {
				seenDoc[ref.Doc] = true
				cl.Sources = append(cl.Sources, c.IDs[ref.Doc])
			}
		}
		best := cd.members[0]
		if len(cd.members) > 1 {
			best = ix.central(cd.members)
		}
		cl.Text = ix.unitText(best)
		if ix.wholeSentence(cd.members) {
			ref := ix.sents[best].ref
			sent := c.Docs[ref.Doc].Sentences[ref.Sent]
			cl.Text = sent.Text
			cl.Evidence = []news.Evidence{{Source: c.IDs[ref.Doc], Start: sent.Start, End: sent.End}}
		}
		var ls []Link
		for _, e := range cd.links {
			score, shared := ix.sim(e.i, e.j, true)
			l := Link{A: ix.sents[e.i].ref, B: ix.sents[e.j].ref, Score: score, Shared: shared}
			ls = append(ls, l)
			if len(cl.Why) < 8 {
				cl.Why = append(cl.Why, fmt.Sprintf("%s ~ %s (%.2f): %s",
					ix.unitName(e.i), ix.unitName(e.j), score, strings.Join(shared[:min(8, len(shared))], ", ")))
			}
		}
		r.Claims = append(r.Claims, cl)
		r.Members = append(r.Members, refs)
		r.Links = append(r.Links, ls)
	}
	return r
}

// unitText is the text of a unit: its sentence, or its clause as written.
func (ix *index) unitText(i int) string {
	u := &ix.sents[i]
	if u.clause == 0 {
		return ix.c.Docs[u.ref.Doc].Sentences[u.ref.Sent].Text
	}
	return ix.c.Docs[u.ref.Doc].Article.Text[u.start:u.end]
}

// unitName names a unit in a claim's reasons: "s3#6" for sentence 6 of s3,
// "s3#6b" for its second clause.
func (ix *index) unitName(i int) string {
	u := &ix.sents[i]
	name := ix.c.IDs[u.ref.Doc] + "#" + strconv.Itoa(u.ref.Sent+1)
	if u.clause > 0 {
		name += string(rune('a' + u.clause - 1))
	}
	return name
}

// central picks the clearest wording of a claim: the member most similar to
// the others (it says what they share), preferring shorter ones and ones that
// are not mostly a quotation. Large claims are judged on a sample, to stay
// linear.
func (ix *index) central(members []int) int {
	sample := members
	if len(sample) > 12 {
		sample = sample[:12]
	}
	best, bestScore := members[0], math.Inf(-1)
	for _, i := range sample {
		sum := 0.0
		for _, j := range sample {
			if i != j {
				s, _ := ix.sim(i, j, false)
				sum += s
			}
		}
		sent := ix.unitText(i)
		score := sum / float64(len(sample)-1)
		if ix.sents[i].clause > 0 {
			score -= 0.1 // a whole sentence reads better than a clause cut from one
		}
		words := float64(text.Words(sent))
		score -= 0.004 * math.Max(0, words-25) // long sentences carry more than the claim
		if QuotedShare(sent) > 0.5 {
			score -= 0.15
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// QuotedShare is the share of a sentence's bytes inside quotation marks.
// A quote inside a word (text.InWordQuote, Hebrew's acronyms) opens none.
func QuotedShare(s string) float64 {
	s = text.FoldQuotes(s)
	in := false
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '"' && !text.InWordQuote(s, i) {
			in = !in
			continue
		}
		if in {
			n++
		}
	}
	if len(s) == 0 {
		return 0
	}
	return float64(n) / float64(len(s))
}
