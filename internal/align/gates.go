package align

import (
	"fmt"
	"slices"
	"strings"
)

// Gates are the measures that the support tests (addSupport) read of a
// claim's sentence A and another report's sentence B: why B is, or is not,
// cited for A's claim. `crosscheck eval citations -v` prints them under
// each carrier that a claim misses, so that a rule is fitted to the test
// that blocks the misses, not guessed (docs/claims.md).
type Gates struct {
	// Active: both sentences take part in the alignment; nothing else is
	// set when one does not.
	Active bool
	// Candidate: B is among the candidates the index retrieves for A (the
	// weighted tests read only those); Reverse: B is not, but B's own
	// search retrieves A (retrievers); Wide: among the wider search of
	// partial support by shared words.
	Candidate, Reverse, Wide bool
	// Cosine of the weighted terms; Coverage, the share of A's weight that
	// B holds; Back, the share of B's weight that A holds.
	Cosine, Coverage, Back float64
	// Shared is the count of shared informative terms (a common news word
	// 0.35), Words those of them that are not figures, WordCosine the
	// cosine counted that way (sharesFact); Veto: both give figures of one
	// thing, or dated figures, and share none (index.veto), so the
	// shared-word tests give nothing.
	Shared, Words, WordCosine float64
	Veto                      bool
	// PieceCosine, PieceCoverage and PieceWords are those of the pair of
	// pieces with the best cosine (carriesPiece).
	PieceCosine, PieceCoverage, PieceWords float64
	// Terms are the terms the two sentences share.
	Terms []string
}

// SupportGates measures sentence b against sentence a as the support tests
// do. It is for reading errors: it scores, and it may cut pieces, on every
// call.
func (r *Result) SupportGates(a, b SentRef) Gates {
	fa, fb := r.ix.sentence(a), r.ix.sentence(b)
	if fa == nil || fb == nil {
		return Gates{}
	}
	g := Gates{Active: true, Cosine: r.Similarity(a, b), Coverage: r.Coverage(a, b), Back: r.Coverage(b, a)}
	isB := func(n Scored) bool { return n.Ref == b }
	g.Candidate = slices.ContainsFunc(r.Neighbours(a, 0), isB)
	g.Reverse = !g.Candidate && slices.ContainsFunc(r.retrievers(a), isB)
	r.ix.eachCandidate(a, supportTerms, supportCandidates, func(o SentRef, _ bool) { g.Wide = g.Wide || o == b })
	sh := r.ix.sharedWeights(fa, fb)
	g.Veto = r.ix.veto(fa, fb, sh)
	g.Shared, g.Words = sh.shared, sh.words
	_, _, g.WordCosine = r.ix.overlapOf(fa, fb, sh)
	pa, pb := r.piecesOrWhole(a), r.piecesOrWhole(b)
	g.PieceCosine = -1
	for x := range pa {
		for y := range pb {
			s, _ := r.ix.simFeat(&pa[x], &pb[y], false)
			if s <= g.PieceCosine {
				continue
			}
			g.PieceCosine, g.PieceCoverage = s, 0
			if pa[x].norm > 0 {
				g.PieceCoverage = s * pb[y].norm / pa[x].norm
			}
			_, g.PieceWords, _ = r.ix.overlap(&pa[x], &pb[y])
		}
	}
	g.PieceCosine = max(g.PieceCosine, 0)
	for _, t := range fa.terms {
		if slices.Contains(fb.terms, t) {
			g.Terms = append(g.Terms, r.ix.names[t])
		}
	}
	slices.Sort(g.Terms)
	return g
}

// String writes the gates on one line, with the thresholds they are read
// against in the support tests.
func (g Gates) String() string {
	if !g.Active {
		return "not aligned (trivia, a fragment or not English)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "cosine %.2f (cited >= %.2f, partial >= %.2f), coverage %.2f (>= %.2f; partial >= %.2f), back %.2f",
		g.Cosine, SupportSimilarity, PartialSimilarity, g.Coverage, SupportCoverage, PartialCoverage, g.Back)
	if !g.Candidate {
		b.WriteString(", not a candidate")
		if g.Reverse {
			b.WriteString(" (but a candidate by its own search)")
		}
	}
	if !g.Wide {
		b.WriteString(", not a wide candidate")
	}
	fmt.Fprintf(&b, "; shared %.2f (>= %d), words %.2f, word cosine %.2f (>= %.2f)", g.Shared, FactTerms, g.Words, g.WordCosine, FactSimilarity)
	if g.Veto {
		b.WriteString(", figures veto")
	}
	fmt.Fprintf(&b, "; best piece cosine %.2f (>= %.2f), coverage %.2f (>= %.2f), words %.2f (>= %d); terms %s",
		g.PieceCosine, SupportSimilarity, g.PieceCoverage, SupportCoverage, g.PieceWords, MinTerms, strings.Join(g.Terms, " "))
	return b.String()
}
