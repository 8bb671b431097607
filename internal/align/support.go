package align

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"

	"github.com/crosscheck/crosscheck/internal/news"
)

// Support thresholds. A claim is a tight group (its members must stay
// coherent with one another), so a report can carry what a claim says in a
// sentence that did not join it: a sentence that says more besides (low
// cosine, high coverage), or one that matched a member of another claim
// better. Such a report is cited for the claim when one of its sentences
// matches the claim's wording as well as claim members must
// (SupportSimilarity) and carries at least SupportCoverage of its
// informative weight.
//
// A report whose best sentence carries less of the claim but still a fair
// part of it (PartialSimilarity, PartialCoverage) is partial support: it is
// shown, apart, and not counted as a source.
const (
	SupportSimilarity = 0.34
	SupportCoverage   = 0.5
	PartialSimilarity = 0.15
	PartialCoverage   = 0.25
	// PartialTextCoverage: a report whose text, taken whole, holds this
	// share of the claim's informative weight carries it in part, spread
	// over several sentences (a long sentence's facts told one a sentence).
	PartialTextCoverage = 0.4
	// supportTerms and supportCandidates widen the candidate search of
	// partial support by shared words beyond the alignment's.
	supportTerms      = 40
	supportCandidates = 120
	// PartialPairCoverage: a report two of whose sentences hold together
	// this share of the claim's informative weight tells its facts over
	// two sentences ("The Angels made an eight-year offer ..." / "The
	// team made its offer, reportedly worth about US $160 million"):
	// partial support, shown only (pairCoverage).
	PartialPairCoverage = 0.3
	// FactTerms and FactSimilarity: a sentence that shares this many of a
	// claim's informative terms, counted without the story's weights, at
	// this cosine, says one of its facts: partial support (sharesFact).
	FactTerms      = 4
	FactSimilarity = 0.25
	// SupportContainment: a sentence that holds this share of the claim's
	// informative weight carries it in full even at a low cosine (at least
	// PartialSimilarity): it says what the claim says and more besides
	// ("single largest shareholder" for "largest shareholder"), and the
	// more it adds the lower the cosine. Set before measuring at "nearly
	// all"; 0.75 and 0.9 give the same figures (docs/claims.md).
	SupportContainment = 0.8
)

// addSupport cites, for each claim, every other report that carries the
// claim's wording, with the sentence that carries it as evidence, and
// recounts the claim's independent sources.
func (r *Result) addSupport() {
	c := r.ix.c
	r.Support = make([][]SentRef, len(r.Claims))
	r.Corroborating = make([][]int, len(r.Claims))
	// tested[u] is 1 + the claim whose wider search last tested the
	// sentence whose first unit is u: a split sentence is a candidate once
	// per clause, and the test's answer is the same each time.
	tested := make([]int, len(r.ix.sents))
	actTested := make([]int, len(r.ix.sents)) // the same for sharesAct
	for i := range r.Claims {
		cl := &r.Claims[i]
		rep := r.representative(i)
		docs := make([]int, 0, len(r.Members[i]))
		for _, m := range r.Members[i] {
			if !slices.Contains(docs, m.Doc) {
				docs = append(docs, m.Doc)
			}
		}
		added := false
		// strong: partial support by the weighted tests (a fair share of
		// the claim's informative weight); weak: by shared words alone.
		var strong, weak []int
		// Every candidate the index retrieves, scored once: the sentence
		// tests need a fair cosine, the text test only that the report be
		// among the candidates (so it costs a few documents, not all).
		near := r.Neighbours(rep, 0)
		for _, n := range near {
			d := n.Ref.Doc
			if n.Score < PartialSimilarity || slices.Contains(docs, d) || slices.Contains(strong, d) {
				continue
			}
			if r.figuresApart(rep, n.Ref) {
				// Figures of one thing that differ: another event of
				// the same kind (another aftershock's magnitude), which
				// carries none of this claim, in full or in part.
				continue
			}
			cov := r.Coverage(rep, n.Ref)
			if ((n.Score >= SupportSimilarity && cov >= SupportCoverage) || r.holds(rep, n.Ref, n.Score, cov)) && !r.sharesOnlySpeaker(rep, n.Ref) {
				docs = append(docs, d)
				r.Support[i] = append(r.Support[i], n.Ref)
				if len(r.Links[i]) == 0 && len(cl.Why) < 8 {
					// A claim of one sentence that support makes a claim
					// of several reports says why, as merges do.
					cl.Why = append(cl.Why, fmt.Sprintf("%s carries %s (%.2f, %.0f%% of its weight)",
						r.ix.c.IDs[d]+"#"+strconv.Itoa(n.Ref.Sent+1), c.IDs[rep.Doc]+"#"+strconv.Itoa(rep.Sent+1), n.Score, 100*cov))
				}
				sent := c.Docs[d].Sentences[n.Ref.Sent]
				cl.Evidence = append(cl.Evidence, news.Evidence{Source: c.IDs[d], Start: sent.Start, End: sent.End})
				added = true
				continue
			}
			if cov >= PartialCoverage || r.liesInside(rep, n.Ref) {
				strong = append(strong, d)
			}
		}
		// Partial support by shared words is searched wider: a long
		// sentence's most informative terms are its rarest details, and a
		// report that says one of its facts shares only its commoner
		// terms. Citations in full and the weighted tests keep the
		// alignment's own candidates: a wider search there lent support to
		// sentences of another story inserted into a report (crosscheck
		// eval differences, inserted facts 0.850 -> 0.823).
		// Only which reports share a fact counts here, not the candidates'
		// scores or order (weak is sorted below), so they are not scored:
		// the reports already counted are skipped before the test.
		var reached []int // the reports the wider search meets
		r.ix.eachCandidate(rep, supportTerms, supportCandidates, func(other SentRef, may bool) {
			if !slices.Contains(reached, other.Doc) {
				reached = append(reached, other.Doc)
			}
			d := other.Doc
			if slices.Contains(docs, d) || slices.Contains(strong, d) || slices.Contains(weak, d) {
				return
			}
			u := r.ix.flatOf(other)
			if may && tested[u] != i+1 {
				tested[u] = i + 1
				if r.sharesFactOrPiece(rep, other) {
					weak = append(weak, d)
					return
				}
			}
			// One act told in its roles needs fewer shared words than
			// the word tests (sharesAct), so it is tried on the
			// candidates they turn away too.
			if actTested[u] != i+1 {
				actTested[u] = i + 1
				if r.sharesAct(rep, other) {
					weak = append(weak, d)
				}
			}
		})
		for _, n := range near {
			d := n.Ref.Doc
			if !slices.Contains(docs, d) && !slices.Contains(strong, d) && r.TextCoverage(rep, d) >= PartialTextCoverage {
				strong = append(strong, d)
			}
		}
		for _, d := range reached {
			if !slices.Contains(docs, d) && !slices.Contains(strong, d) && !slices.Contains(weak, d) && r.pairCoverage(rep, d) >= PartialPairCoverage {
				weak = append(weak, d)
			}
		}
		strong = slices.DeleteFunc(strong, func(d int) bool { return slices.Contains(docs, d) })
		weak = slices.DeleteFunc(weak, func(d int) bool { return slices.Contains(docs, d) || slices.Contains(strong, d) })
		slices.Sort(strong)
		r.Corroborating[i] = strong
		partial := slices.Concat(strong, weak)
		slices.Sort(partial)
		for _, d := range partial {
			cl.Partial = append(cl.Partial, c.IDs[d])
		}
		if !added {
			continue
		}
		// Sources in the corpus's order, so citation marks read s1, s2, s3.
		slices.Sort(docs)
		cl.Sources = cl.Sources[:0]
		for _, d := range docs {
			cl.Sources = append(cl.Sources, c.IDs[d])
		}
		cl.Independent = c.Independent(docs)
	}
	r.reorder()
}

// reorder puts the claims back in order of independent support (ids c1,
// c2, ... by support, then first appearance) after support has recounted
// them: a claim of one sentence that other reports carry is a claim of
// several.
func (r *Result) reorder() {
	n := len(r.Claims)
	perm := make([]int, n) // perm[new] = old
	for i := range perm {
		perm[i] = i
	}
	slices.SortStableFunc(perm, func(a, b int) int { return r.Claims[b].Independent - r.Claims[a].Independent })
	if slices.IsSorted(perm) {
		return
	}
	newOf := make([]int, n)
	claims, members, links := make([]news.Claim, n), make([][]SentRef, n), make([][]Link, n)
	support, corr := make([][]SentRef, n), make([][]int, n)
	for k, old := range perm {
		newOf[old] = k
		claims[k], members[k], links[k] = r.Claims[old], r.Members[old], r.Links[old]
		support[k], corr[k] = r.Support[old], r.Corroborating[old]
		claims[k].ID = "c" + strconv.Itoa(k+1)
	}
	r.Claims, r.Members, r.Links, r.Support, r.Corroborating = claims, members, links, support, corr
	for u, ci := range r.unitClaim {
		if ci >= 0 {
			r.unitClaim[u] = newOf[ci]
		}
	}
	for d := range r.Of {
		for s, ci := range r.Of[d] {
			if ci < 0 {
				continue
			}
			// A split sentence's Of is the best supported claim of its
			// clauses: the lowest index once reordered.
			best := newOf[ci]
			lo, hi := r.ix.units(SentRef{d, s})
			for u := lo; u < hi; u++ {
				if cu := r.unitClaim[u]; cu >= 0 && cu < best {
					best = cu
				}
			}
			r.Of[d][s] = best
		}
	}
}

// figuresApart reports whether the figures of sentences a and b keep them
// apart (the figure veto: each gives figures of one thing and they share
// none), taken whole.
func (r *Result) figuresApart(a, b SentRef) bool {
	fa, fb := r.ix.sentence(a), r.ix.sentence(b)
	if fa == nil || fb == nil {
		return false
	}
	return r.ix.figuresDiffer(fa, fb, r.ix.sharedWeights(fa, fb))
}

// sharesFact reports whether sentence b says one of the facts of sentence
// a, judged by words rather than by the story's weights: within one story
// the words of its main facts ("offer", "eight-year", the names) are in
// most sentences, so their weight is low, and a long sentence that holds
// three of them meets another report's wording of one at a cosine of 0.1.
// Here each informative term counts 1 (a word common in any news text
// 0.35, as in the weights): b shares at least FactTerms of a's terms, and
// the cosine of the two counted that way is at least FactSimilarity.
func (r *Result) sharesFact(a, b SentRef) bool {
	shared, cos := r.wordOverlap(a, b)
	return shared >= FactTerms && cos >= FactSimilarity
}

// holds reports whether sentence b, at cosine score with sentence a and
// holding cov of a's informative weight, says all that a says and more
// besides: cov >= SupportContainment at a cosine of at least
// PartialSimilarity, and the words they share (counted as in sharesFact)
// are at least MinTerms, as many as a claim needs. Without that floor a
// short sentence is held by any that shares its one rare word: "The
// Angels apparently are good with that." (ECB+ 10_5ecb) by "apparently
// there are teams ... willing to spend money" (10_7ecb).
func (r *Result) holds(a, b SentRef, score, cov float64) bool {
	return score >= PartialSimilarity && cov >= SupportContainment && r.sharedWords(a, b) >= MinTerms
}

// liesInside reports whether sentence b says one of the facts of the longer
// sentence a: SupportCoverage of b's own weight lies in a, and the two share
// at least MinTerms words (counted as in sharesFact), as many as a claim
// needs. Without the floor a short sentence lies inside a long one on a
// name and a word or two: a sentence of another story inserted into GVA
// 546760 ("The start of the campaign for this election will be announced
// on October 5, 2013, in Turkmenistan.", a plant of crosscheck eval
// differences) left the single-source list so; and "The Angels apparently
// are good with that." (ECB+ 10_5ecb) holds 82% of its weight in 10_1ecb's
// "... which, apparently, has not happened" (cosine 0.21).
func (r *Result) liesInside(a, b SentRef) bool {
	return r.Coverage(b, a) >= SupportCoverage && r.sharedWords(a, b) >= MinTerms
}

// sharedWords is the number of informative terms sentences a and b share,
// each counted 1 (a word common in any news text 0.35), as in sharesFact.
func (r *Result) sharedWords(a, b SentRef) float64 {
	shared, _ := r.wordOverlap(a, b)
	return shared
}

// wordOverlap counts the informative terms sentences a and b share, each
// 1 (a word common in any news text 0.35), and the cosine of the two
// counted that way; 0 when both give figures and share none (numbers
// compare as values).
func (r *Result) wordOverlap(a, b SentRef) (shared, cos float64) {
	fa, fb := r.ix.sentence(a), r.ix.sentence(b)
	if fa == nil || fb == nil {
		return 0, 0
	}
	return r.ix.featOverlap(fa, fb)
}

// featOverlap is wordOverlap of two units' features.
func (ix *index) featOverlap(fa, fb *sentFeat) (shared, cos float64) {
	shared, _, cos = ix.overlap(fa, fb)
	return shared, cos
}

// overlap is featOverlap with, besides, the shared terms that are words,
// not figures (counted the same way).
func (ix *index) overlap(fa, fb *sentFeat) (shared, words, cos float64) {
	return ix.overlapOf(fa, fb, ix.sharedWeights(fa, fb))
}

// overlapOf is overlap from the sums of sharedWeights.
func (ix *index) overlapOf(fa, fb *sentFeat, sh sharedWeight) (shared, words, cos float64) {
	if ix.veto(fa, fb, sh) {
		return 0, 0, 0
	}
	na, _ := ix.background(fa)
	nb, _ := ix.background(fb)
	return sh.shared, sh.words, sh.shared / math.Sqrt(na*nb)
}

// veto reports whether two units' figures keep them apart. Numbers compare
// as values: two sentences that each give figures of one thing and share
// none speak of two things (Monday's magnitude-5.2 quake that injured
// three, Sunday's 5.6 that injured five: "injured" is next to a figure in
// both). Figures of different things tell nothing of each other ("more than
// 50 firefighters" and "ten fire engines"; a suspect aged 24 and "two gang
// members"), so they are no veto. Two measures that differ (a decimal:
// 5.2 and 5.6 on the Richter scale) are always a veto, and so is a figure
// that dates one of the two facts (countedBy).
func (ix *index) veto(fa, fb *sentFeat, sh sharedWeight) bool {
	_, numA := ix.background(fa)
	_, numB := ix.background(fb)
	if !numA || !numB || sh.number {
		return false
	}
	return sharesSorted(fa.counted, fb.counted) || slices.Contains(fa.counted, anchor) || slices.Contains(fb.counted, anchor)
}

// figuresDiffer is the veto without its one-sided date: two units that
// each give figures of one thing (the same word next to a figure, both a
// measure, or both dated) and share none. It keeps two facts out of one
// claim and out of each other's citations, where the whole veto asked too
// much: a sentence dated "July 7, 2005" and one of the same bombings that
// counts "three bombs" and no date are one fact, the date against a count
// of another thing.
func (ix *index) figuresDiffer(fa, fb *sentFeat, sh sharedWeight) bool {
	_, numA := ix.background(fa)
	_, numB := ix.background(fb)
	if !numA || !numB || sh.number {
		return false
	}
	return sharesCount(fa.counted, fb.counted)
}

// sharesCount is sharesSorted of two units' counted words and measures,
// their dates left out: two sentences dated two ways may be one fact told
// with two dates, the difference the comparison lists ("a key meeting in
// 1974" against "a March 30, 1972, meeting"), and keeping them apart hid it.
func sharesCount(a, b []int32) bool {
	return sharesSorted(undated(a), undated(b))
}

// undated is a sorted counted list without its anchor, which, the
// smallest value, can only open it.
func undated(counted []int32) []int32 {
	if len(counted) > 0 && counted[0] == anchor {
		return counted[1:]
	}
	return counted
}

// sharesSorted reports whether two sorted lists have an element in common.
func sharesSorted(a, b []int32) bool {
	for x, y := 0, 0; x < len(a) && y < len(b); {
		switch {
		case a[x] < b[y]:
			x++
		case a[x] > b[y]:
			y++
		default:
			return true
		}
	}
	return false
}

// sharedWeight sums the background weights of the terms two units share
// (shared; a term one unit says with a WordNet synonym of the other's
// counts too: relatedShared), and of those that are words, not figures
// (words); number says whether they share a figure.
type sharedWeight struct {
	shared, words float64
	number        bool
}

func (ix *index) sharedWeights(fa, fb *sentFeat) sharedWeight {
	var sh sharedWeight
	for x, y := 0, 0; x < len(fa.terms) && y < len(fb.terms); {
		switch {
		case fa.terms[x] < fb.terms[y]:
			x++
		case fa.terms[x] > fb.terms[y]:
			y++
		default:
			sh.shared += ix.bg[fa.terms[x]]
			if ix.num[fa.terms[x]] {
				sh.number = true
			} else {
				sh.words += ix.bg[fa.terms[x]]
			}
			x++
			y++
		}
	}
	ix.relatedShared(fa, fb, &sh)
	return sh
}

// relatedShared adds to sh the terms of fa that fb does not hold but says
// in other words (a WordNet synonym: "an individual" for "an unknown
// person"), each counted once.
func (ix *index) relatedShared(fa, fb *sentFeat, sh *sharedWeight) {
	var used []int32
	for _, x := range fa.terms {
		if int(x) >= len(ix.rel) || len(ix.rel[x]) == 0 {
			continue
		}
		if _, ok := slices.BinarySearch(fb.terms, x); ok {
			continue
		}
		for _, y := range ix.rel[x] {
			if slices.Contains(used, y) {
				continue
			}
			if _, ok := slices.BinarySearch(fb.terms, y); !ok {
				continue
			}
			if _, ok := slices.BinarySearch(fa.terms, y); ok {
				continue
			}
			used = append(used, y)
			w := min(ix.bg[x], ix.bg[y])
			sh.shared += w
			sh.words += w
			break
		}
	}
}

// background returns the sum of f's terms' background weights and whether
// one of them is a number; the same sentences are compared again and
// again, so both are kept on f.
func (ix *index) background(f *sentFeat) (float64, bool) {
	if !f.bgDone {
		for _, t := range f.terms {
			f.bgSum += ix.bg[t]
			f.hasNum = f.hasNum || ix.num[t]
		}
		f.bgDone = true
	}
	return f.bgSum, f.hasNum
}

// representative is the member whose sentence the claim is shown by.
func (r *Result) representative(i int) SentRef {
	c := r.ix.c
	for _, m := range r.Members[i] {
		if c.Docs[m.Doc].Sentences[m.Sent].Text == r.Claims[i].Text {
			return m
		}
	}
	return r.Members[i][0]
}

// TextCoverage is the share of sentence ref's informative weight (squared,
// as in the cosine) whose terms occur anywhere in document doc.
func (r *Result) TextCoverage(ref SentRef, doc int) float64 {
	f := r.ix.sentence(ref)
	if f == nil || f.norm == 0 {
		return 0
	}
	if r.docTerms == nil {
		r.docTerms = make([][]uint64, len(r.ix.c.Docs))
	}
	set := r.docTerms[doc]
	if set == nil {
		set = make([]uint64, (len(r.ix.names)+63)/64+1)
		for s := range r.ix.c.Docs[doc].Sentences {
			if g := r.ix.sentence(SentRef{doc, s}); g != nil {
				for _, t := range g.terms {
					set[t>>6] |= 1 << (t & 63)
				}
			}
		}
		r.docTerms[doc] = set
	}
	got := 0.0
	for _, t := range f.terms {
		if set[t>>6]&(1<<(t&63)) != 0 {
			w := r.ix.w[t]
			got += w * w
		}
	}
	return got / (f.norm * f.norm)
}

// isNumberTerm reports whether a term is a number by value ("#5").
func isNumberTerm(t string) bool { return len(t) > 1 && t[0] == '#' }

// pairCoverage is the share of a sentence's informative weight (as
// Coverage counts it) that two sentences of a report hold together, the
// best two (or one): a report that tells a claim's facts one a sentence, or
// a fact and its place or time in the next, carries it in part. Unlike
// TextCoverage it does not add up a whole report's words, which in a long
// report meet any claim of the story in part.
func (r *Result) pairCoverage(ref SentRef, doc int) float64 {
	f := r.ix.sentence(ref)
	if f == nil || f.norm == 0 {
		return 0
	}
	// masks[a] has bit x set when the a-th sentence of the report (in the
	// report's order, those that share none left out) holds f.terms[x].
	// They are read off the report's postings (postingsOf): a look-up per
	// term of f, not a walk through every sentence's terms, which was the
	// most of this test's work (it runs for every claim and every report
	// the wider search meets).
	p := r.postingsOf(doc)
	nSent := len(r.ix.c.Docs[doc].Sentences)
	n := (len(f.terms) + 63) / 64
	sc := &r.pairScratch
	sc.grid = resetUint64(sc.grid, nSent*n)
	sc.hit = resetBool(sc.hit, nSent)
	lo := 0
	for x, t := range f.terms {
		if p.has[t>>6]&(1<<(t&63)) == 0 {
			continue
		}
		k, _ := slices.BinarySearch(p.terms[lo:], t)
		lo += k
		for _, s := range p.sents[p.off[lo]:p.off[lo+1]] {
			sc.grid[int(s)*n+x>>6] |= 1 << (x & 63)
			sc.hit[s] = true
		}
	}
	masks := sc.masks[:0]
	for s, h := range sc.hit {
		if h {
			masks = append(masks, sc.grid[s*n:(s+1)*n])
		}
	}
	sc.masks = masks
	// Each pair's exact weight is summed as before, term by term; the
	// pairs are visited heaviest first and those whose two weights
	// together cannot reach the best so far are skipped (the weight of a
	// union is at most the sum), which leaves the result the same and
	// spares most of the quadratic work in a long report.
	ws := resetFloat(sc.ws, len(f.terms))
	sc.ws = ws
	for x, t := range f.terms {
		w := r.ix.w[t]
		ws[x] = w * w
	}
	weights := resetFloat(sc.weights, len(masks))
	sc.weights = weights
	for a, m := range masks {
		weights[a] = sumBits(m, ws)
	}
	order := sc.order[:0]
	for a := range masks {
		order = append(order, a)
	}
	sc.order = order
	heaviestFirst(order, weights)
	const slack = 1 + 1e-9 // rounding of the sums the bound adds
	best := 0.0
	for i, a := range order {
		if 2*weights[a]*slack < best {
			break
		}
		for _, b := range order[i:] {
			if (weights[a]+weights[b])*slack < best {
				break
			}
			got := 0.0
			for k, wa := range masks[a] {
				for m := wa | masks[b][k]; m != 0; m &= m - 1 {
					got += ws[k<<6|bits.TrailingZeros64(m)]
				}
			}
			best = math.Max(best, got)
		}
	}
	return best / (f.norm * f.norm)
}

// heaviestFirst sorts order by weights, the heaviest first, equal weights
// in the order they came: slices.SortStableFunc's order, by an insertion
// sort where there are few (most reports share terms with a claim in a
// handful of sentences), which spares the calls of a comparison.
func heaviestFirst(order []int, weights []float64) {
	if len(order) > fewToSort {
		slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(weights[j], weights[i]) })
		return
	}
	for i := 1; i < len(order); i++ {
		a := order[i]
		w := weights[a]
		j := i
		for ; j > 0 && weights[order[j-1]] < w; j-- {
			order[j] = order[j-1]
		}
		order[j] = a
	}
}

// fewToSort is the most items heaviestFirst and byScore sort by
// insertion: slices' stable sort does the same below 20, through a
// comparison function.
const fewToSort = 24

// sumBits sums ws[x] for each bit x set in mask, in ascending order of x
// (the order of a loop over the terms, so the sum is the same to the bit).
func sumBits(mask []uint64, ws []float64) float64 {
	sum := 0.0
	for k, m := range mask {
		for ; m != 0; m &= m - 1 {
			sum += ws[k<<6|bits.TrailingZeros64(m)]
		}
	}
	return sum
}

// pairScratch is pairCoverage's scratch space, kept on the Result (which
// is not safe for concurrent use) so that a call allocates nothing.
type pairScratch struct {
	grid        []uint64 // a mask per sentence of the report
	hit         []bool   // whether the sentence shares a term
	masks       [][]uint64
	ws, weights []float64
	order       []int
}

// docPostings are a report's whole-sentence features turned around: for
// each term its sentences hold, which of them hold it.
type docPostings struct {
	has   []uint64 // a bit a term id: whether the report holds it
	terms []int32  // sorted, each once
	off   []int32  // the sentences of terms[k] are sents[off[k]:off[k+1]]
	sents []int32  // sentence numbers, ascending within a term
}

// postingsOf returns report doc's postings, built on first use.
func (r *Result) postingsOf(doc int) *docPostings {
	if r.docPost == nil {
		r.docPost = make([]*docPostings, len(r.ix.c.Docs))
	}
	if p := r.docPost[doc]; p != nil {
		return p
	}
	var keys []uint64 // term << 32 | sentence
	for s := range r.ix.c.Docs[doc].Sentences {
		if g := r.ix.sentence(SentRef{doc, s}); g != nil {
			for _, t := range g.terms {
				keys = append(keys, uint64(t)<<32|uint64(s))
			}
		}
	}
	slices.Sort(keys)
	p := &docPostings{sents: make([]int32, len(keys)), has: make([]uint64, (len(r.ix.names)+63)/64)}
	for k, key := range keys {
		if t := int32(key >> 32); len(p.terms) == 0 || p.terms[len(p.terms)-1] != t {
			p.terms = append(p.terms, t)
			p.off = append(p.off, int32(k))
			p.has[t>>6] |= 1 << (t & 63)
		}
		p.sents[k] = int32(uint32(key))
	}
	p.off = append(p.off, int32(len(keys)))
	r.docPost[doc] = p
	return p
}

// resetUint64, resetBool and resetFloat return buf cut or grown to n
// elements, all zero.
func resetUint64(buf []uint64, n int) []uint64 {
	buf = slices.Grow(buf[:0], n)[:n]
	clear(buf)
	return buf
}

func resetBool(buf []bool, n int) []bool {
	buf = slices.Grow(buf[:0], n)[:n]
	clear(buf)
	return buf
}

func resetFloat(buf []float64, n int) []float64 {
	buf = slices.Grow(buf[:0], n)[:n]
	clear(buf)
	return buf
}
