package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
)

// A hedge word hedges what its sentence says after it ("is accused of
// firing the shot": the firing; "may have information": the having), not
// itself nor what comes before it. When the denied predicate is the hedge
// word ("Hudson is [not] charged with three counts of capital murder" /
// "Hudson ... was arrested and charged with one count of murder"; "the
// victims are [not] expected to survive" / "all are expected to survive")
// or stands before it ("Vincent Jackson has [not] been arrested on
// suspicion of drink-driving" / "... was arrested on suspicion of drunk
// driving"), the charge, the expectation and the arrest are what both
// reports state as facts. A sentence hedged before the predicate stays
// out of the comparison, as every hedged sentence was before. A denial in
// a hedged sentence is affirmed only by a sentence that writes the same
// hedge words: both reports then hedge alike, and the negation is the
// one difference (a denial hedged after its predicate against a plain
// affirmation listed one more false difference on the reporting half's
// unedited stories).

// hedgedBefore reports a hedge word among the first k tokens of a sentence.
func hedgedBefore(toks []text.Token, k int) bool {
	for j := 0; j < k && j < len(toks); j++ {
		if hedged.Has(toks[j].Lower) {
			return true
		}
	}
	return false
}

// denialHedged reports whether a sentence's hedge words hedge what its
// negation denies: one stands before the denied predicate, or no predicate
// is read (the whole sentence then counts, as Hedged).
func denialHedged(doc *text.Doc, s int, neg Negation, weight func(string) float64) bool {
	if !Hedged(doc, s) {
		return false
	}
	toks := doc.SentenceTokens(s)
	at, ok := predicateIn(toks, neg, weight)
	return !ok || hedgedBefore(toks, at)
}

// affirmingNeighbours are plainNeighbours with the hedged sentences kept:
// affirmedBy reads a predicate of theirs only when no hedge word stands
// before it.
func (cp *comparer) affirmingNeighbours(ref align.SentRef, min float64) []align.Scored {
	return cp.unnegatedNeighbours(ref, min, true)
}

// hedgeWords are the hedge words of a sentence, lower case, or nil.
func hedgeWords(doc *text.Doc, s int) []string {
	if !Hedged(doc, s) {
		return nil
	}
	var out []string
	for _, t := range doc.SentenceTokens(s) {
		if hedged.Has(t.Lower) {
			out = append(out, t.Lower)
		}
	}
	return out
}

// writesAll reports whether a sentence writes every one of words.
func writesAll(toks []text.Token, words []string) bool {
	for _, w := range words {
		if !slices.ContainsFunc(toks, func(t text.Token) bool { return t.Lower == w }) {
			return false
		}
	}
	return true
}
