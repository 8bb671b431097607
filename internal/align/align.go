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
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
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

	ix *index
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
func Align(c *text.Corpus) *Result {
	ix := buildIndex(c)
	edges := ix.candidateEdges()
	clusters, links := ix.cluster(edges)
	return ix.claims(clusters, links)
}

// Similarity is the alignment score of two sentences (0 when either is not
// aligned at all).
func (r *Result) Similarity(a, b SentRef) float64 {
	i, j := r.ix.flatOf(a), r.ix.flatOf(b)
	if i < 0 || j < 0 {
		return 0
	}
	s, _ := r.ix.sim(i, j, false)
	return s
}

// Coverage is the share of sentence a's informative weight (squared, as
// in the cosine) that sentence b carries too: near 1 when b says all that a
// says, whatever else b adds. A short claim inside a long sentence of
// another source has a low cosine and a high coverage.
func (r *Result) Coverage(a, b SentRef) float64 {
	i, j := r.ix.flatOf(a), r.ix.flatOf(b)
	if i < 0 || j < 0 || r.ix.sents[i].norm == 0 {
		return 0
	}
	s, _ := r.ix.sim(i, j, false)
	return s * r.ix.sents[j].norm / r.ix.sents[i].norm
}

// Scored is a sentence with its similarity to another.
type Scored struct {
	Ref   SentRef
	Score float64
}

// Neighbours returns the sentences of other reports most similar to ref with
// a score of at least min, the best first. It uses the same inverted index as
// the alignment, so it costs a few posting lists, not a scan of the story.
func (r *Result) Neighbours(ref SentRef, min float64) []Scored {
	i := r.ix.flatOf(ref)
	if i < 0 {
		return nil
	}
	var out []Scored
	for _, j := range r.ix.candidates(i) {
		if s, _ := r.ix.sim(i, j, false); s >= min {
			out = append(out, Scored{r.ix.sents[j].ref, s})
		}
	}
	slices.SortFunc(out, func(a, b Scored) int { return cmp.Compare(b.Score, a.Score) })
	return out
}

// Active reports whether a sentence takes part in the alignment (an English
// report, not trivia).
func (r *Result) Active(ref SentRef) bool { return r.ix.flatOf(ref) >= 0 }

// Terms returns a sentence's informative terms (stems, "#5" for numbers,
// "~class" for synonyms) with their weights.
func (r *Result) Terms(ref SentRef) map[string]float64 {
	i := r.ix.flatOf(ref)
	if i < 0 {
		return nil
	}
	out := map[string]float64{}
	for _, t := range r.ix.sents[i].terms {
		out[r.ix.names[t]] = r.ix.w[t]
	}
	return out
}

// Weight is the informativeness of a term in this story (0 when unknown).
func (r *Result) Weight(term string) float64 {
	if t, ok := r.ix.vocab[term]; ok {
		return r.ix.w[t]
	}
	return 0
}

type sentFeat struct {
	ref     SentRef
	terms   []int32  // sorted, unique
	surface []string // surface[k] is how terms[k] is written in this sentence
	norm    float64
}

type index struct {
	c     *text.Corpus
	vocab map[string]int32
	names []string
	w     []float64
	sents []sentFeat
	flat  [][]int // flat[doc][sent] is the index in sents, or -1
	post  [][]int32
	// acc and touched are scratch space of the candidate search, kept to
	// avoid an allocation per sentence (a Result is not safe for
	// concurrent use).
	acc     []float64
	touched []int32
	heap    minHeap
}

func (ix *index) flatOf(r SentRef) int {
	if r.Doc < 0 || r.Doc >= len(ix.flat) || r.Sent < 0 || r.Sent >= len(ix.flat[r.Doc]) {
		return -1
	}
	return ix.flat[r.Doc][r.Sent]
}

// English reports only: the lexicon and stems are English, and comparing a
// translation word by word would find nothing but noise.
func english(d *text.Doc) bool { return d.Language == "" || d.Language == "en" }

func buildIndex(c *text.Corpus) *index {
	ix := &index{c: c, vocab: map[string]int32{}, flat: make([][]int, len(c.Docs))}
	var df []int
	var capCount, count []int
	// The independent groups that use each term: counted once per (term,
	// document), the first time the document uses it.
	var groupCount, lastDoc, lastSent []int
	groupSeen := map[[2]int]bool{}
	for d, doc := range c.Docs {
		ix.flat[d] = make([]int, len(doc.Sentences))
		for s := range doc.Sentences {
			ix.flat[d][s] = -1
			if !english(doc) || Trivia(doc, s) {
				continue
			}
			terms, surf, caps := SentenceTerms(doc, s)
			if len(terms) < MinTerms {
				continue
			}
			f := sentFeat{ref: SentRef{d, s}}
			serial := len(ix.sents)
			for k, t := range terms {
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
				if lastSent[id] == serial {
					continue
				}
				lastSent[id] = serial
				df[id]++
				f.terms = append(f.terms, id)
				f.surface = append(f.surface, surf[k])
			}
			sortFeat(&f)
			ix.flat[d][s] = len(ix.sents)
			ix.sents = append(ix.sents, f)
		}
	}
	n := float64(len(ix.sents))
	groups := max(1, c.Independent(englishDocs(c)))
	ix.w = make([]float64, len(ix.names))
	for t, name := range ix.names {
		w := math.Log((n+1)/(float64(df[t])+0.5)) * backgroundWeight(name)
		if capCount[t]*2 > count[t] {
			// A name is what a claim is about, unless nearly every report
			// uses it: then it names the story ("Vladimir Putin" in each
			// lede), not one claim of it.
			spread := float64(groupCount[t]) / float64(groups)
			w *= 1.25 * (1 - 0.6*spread*spread)
		}
		ix.w[t] = math.Max(w, 0.05)
	}
	ix.post = make([][]int32, len(ix.names))
	for i := range ix.sents {
		f := &ix.sents[i]
		sum := 0.0
		for _, t := range f.terms {
			sum += ix.w[t] * ix.w[t]
			ix.post[t] = append(ix.post[t], int32(i))
		}
		f.norm = math.Sqrt(sum)
	}
	return ix
}

func englishDocs(c *text.Corpus) []int {
	var out []int
	for d, doc := range c.Docs {
		if english(doc) {
			out = append(out, d)
		}
	}
	return out
}

func sortFeat(f *sentFeat) {
	idx := make([]int, len(f.terms))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(f.terms[a], f.terms[b]) })
	terms := make([]int32, len(idx))
	surf := make([]string, len(idx))
	for k, i := range idx {
		terms[k], surf[k] = f.terms[i], f.surface[i]
	}
	f.terms, f.surface = terms, surf
}

// SentenceTerms returns the informative terms of a sentence, in order, with
// how each is written and whether it is capitalised inside the sentence (a
// name). A term is a stem ("invit"), a synonym class ("~meet" for "talks"),
// or a normalised number ("#5" for "five", "5" and the "five" of
// "five-hour"). Stop words and punctuation are not terms.
func SentenceTerms(doc *text.Doc, s int) (terms, surface []string, caps []bool) {
	toks := doc.SentenceTokens(s)
	for k, tok := range toks {
		if tok.Kind == text.Punct {
			continue
		}
		parts := []string{tok.Lower}
		written := []string{tok.Text}
		if strings.Contains(tok.Lower, "-") && Synonym(tok.Lower) == "" {
			if _, ok := ParseNumber(tok.Lower); !ok {
				parts = strings.Split(tok.Lower, "-")
				written = strings.Split(tok.Text, "-")
			}
		}
		name := tok.Cap && k > 0
		for p, part := range parts {
			var term string
			if len(parts) == 1 && tok.Kind == text.Word && !text.IsStop(part) && len(part) >= 2 && (name || Synonym(part) == "") {
				if _, isNum := ParseNumber(part); !isNum {
					term = tok.Stem // already stemmed by text.Analyze
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
			if p < len(written) {
				surface = append(surface, written[p])
			} else {
				surface = append(surface, part)
			}
			caps = append(caps, name)
		}
	}
	return terms, surface, caps
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
var boilerplate = []string{
	"read more", "follow ", "contributed to this", "all rights reserved", "copyright",
	"click here", "sign up", "subscribe", "newsletter", "share this", "related:",
	"watch:", "listen:", "image caption", "photo:", "getty images", "editing by",
	"reporting by", "writing by", "additional reporting", "email us", "download the",
}

// Trivia reports whether a sentence is page furniture rather than a claim:
// boilerplate, a question (a subheading), or a line that is only a name.
func Trivia(doc *text.Doc, s int) bool {
	sent := doc.Sentences[s].Text
	low := strings.ToLower(sent)
	for _, b := range boilerplate {
		if strings.Contains(low, b) {
			return true
		}
	}
	if strings.HasSuffix(strings.TrimRight(sent, `"'”’ `), "?") {
		return true
	}
	if strings.HasSuffix(strings.TrimSpace(sent), ":") {
		return true
	}
	words := 0
	for _, t := range doc.SentenceTokens(s) {
		if t.Kind != text.Punct {
			words++
		}
	}
	return words < 5
}

// sim is the cosine of two sentences' weighted term sets; with why, it also
// returns the shared terms as written, the most informative first.
func (ix *index) sim(i, j int, why bool) (float64, []string) {
	a, b := &ix.sents[i], &ix.sents[j]
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

// candidates are the sentences of other reports that share one of i's most
// informative terms, the most promising first.
func (ix *index) candidates(i int) []int {
	f := &ix.sents[i]
	terms := slices.Clone(f.terms)
	slices.SortFunc(terms, func(p, q int32) int { return cmp.Compare(ix.w[q], ix.w[p]) })
	if len(terms) > retrievalTerms {
		terms = terms[:retrievalTerms]
	}
	if ix.acc == nil {
		ix.acc = make([]float64, len(ix.sents))
	}
	touched := ix.touched[:0]
	doc := f.ref.Doc
	for _, t := range terms {
		post := ix.post[t]
		if len(post) > postingCap {
			// A term this common still links its sentences through the
			// first postingCap of them; reading all would be quadratic.
			post = post[:postingCap]
		}
		w2 := ix.w[t] * ix.w[t]
		for _, j := range post {
			if ix.sents[j].ref.Doc == doc {
				continue
			}
			if ix.acc[j] == 0 {
				touched = append(touched, j)
			}
			ix.acc[j] += w2
		}
	}
	// The best maxCandidates by accumulated weight, kept in a min-heap:
	// sorting every touched sentence was most of the alignment's time in
	// large stories, where a sentence touches thousands.
	h := ix.heap[:0]
	for _, j := range touched {
		x := scored{int(j), ix.acc[j]}
		ix.acc[j] = 0
		if len(h) < maxCandidates {
			h = append(h, x)
			h.up(len(h) - 1)
		} else if x.better(h[0]) {
			h[0] = x
			h.down(0)
		}
	}
	ix.touched = touched
	ix.heap = h
	list := slices.Clone([]scored(h))
	slices.SortFunc(list, func(p, q scored) int {
		if p.better(q) {
			return -1
		}
		if q.better(p) {
			return 1
		}
		return 0
	})
	out := make([]int, len(list))
	for k, x := range list {
		out[k] = x.j
	}
	return out
}

// scored is a candidate sentence with its accumulated shared weight.
type scored struct {
	j   int
	acc float64
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
		for _, j := range ix.candidates(i) {
			keys = append(keys, uint64(min(i, j))<<32|uint64(max(i, j)))
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	var edges []edge
	for _, k := range keys {
		i, j := int(k>>32), int(k&0xffffffff)
		if s, _ := ix.sim(i, j, false); s >= Pair {
			edges = append(edges, edge{i, j, s})
		}
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
		if sum/float64(n) < Coherence*Pair {
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
	r := &Result{Of: make([][]int, len(c.Docs)), ix: ix}
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
			ref := ix.sents[i].ref
			refs = append(refs, ref)
			r.Of[ref.Doc][ref.Sent] = k
			sent := c.Docs[ref.Doc].Sentences[ref.Sent]
			cl.Evidence = append(cl.Evidence, news.Evidence{Source: c.IDs[ref.Doc], Start: sent.Start, End: sent.End})
			if !seenDoc[ref.Doc] {
				seenDoc[ref.Doc] = true
				cl.Sources = append(cl.Sources, c.IDs[ref.Doc])
			}
		}
		cl.Text = c.Docs[refs[0].Doc].Sentences[refs[0].Sent].Text
		if len(cd.members) > 1 {
			best := ix.central(cd.members)
			ref := ix.sents[best].ref
			cl.Text = c.Docs[ref.Doc].Sentences[ref.Sent].Text
		}
		var ls []Link
		for _, e := range cd.links {
			score, shared := ix.sim(e.i, e.j, true)
			l := Link{A: ix.sents[e.i].ref, B: ix.sents[e.j].ref, Score: score, Shared: shared}
			ls = append(ls, l)
			if len(cl.Why) < 8 {
				cl.Why = append(cl.Why, fmt.Sprintf("%s#%d ~ %s#%d (%.2f): %s",
					c.IDs[l.A.Doc], l.A.Sent+1, c.IDs[l.B.Doc], l.B.Sent+1, score, strings.Join(shared[:min(8, len(shared))], ", ")))
			}
		}
		r.Claims = append(r.Claims, cl)
		r.Members = append(r.Members, refs)
		r.Links = append(r.Links, ls)
	}
	return r
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
		ref := ix.sents[i].ref
		sent := ix.c.Docs[ref.Doc].Sentences[ref.Sent].Text
		score := sum / float64(len(sample)-1)
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
func QuotedShare(s string) float64 {
	s = text.FoldQuotes(s)
	in := false
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
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
