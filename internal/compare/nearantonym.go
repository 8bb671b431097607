package compare

import (
	"math"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// nearAntonymSim is the least retrieval score of a neighbour whose
// antonym nearAntonyms reads: the floor nearDates reads dates at.
const nearAntonymSim = 0.1

// nearAntonyms finds the contradictions of two sentences of independent
// reports that would be one claim but for a pair of opposed words
// (oneAntonymApart). A word a story writes in every report of its central
// fact weighs much in the cosine ("pronounced dead", "in critical
// condition", "the fatal shooting"), so two reports that tell one fact in
// the same words are one claim while they agree and two once one of them
// gives the opposite word ("McCassie was pronounced dead at Morton
// Hospital an hour later" / "... where he was later pronounced alive
// around 6:40 p.m."), as a changed figure or day does (oneValueApart);
// and where they stay one claim, the claim's antonym test reads its short
// list (Antonym) and the slot reading a frame of three shared words
// ("through the [open] door of the apartment" / "through a closed door").
// Sentences that near alike but for the two words, which stand beside one
// shared word (besideShared), tell one fact two ways. A hedged or negated
// sentence is not read ("was not immediately known" / "was unknown").
func (cp *comparer) nearAntonyms(earlier []news.Conflict) []news.Conflict {
	covered := coveredSentences(cp, earlier, news.ConflictContradiction)
	var out []news.Conflict
	for d, doc := range cp.c.Docs {
		for s := range doc.Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if covered[ref] || !cp.a.Active(ref) || Hedged(doc, s) {
				continue
			}
			x := cp.subTokens(ref)
			if len(x) == 0 || negated(x) {
				continue
			}
			for _, n := range cp.a.Neighbours(ref, nearAntonymSim) {
				o := n.Ref
				if o.Doc <= d || covered[o] || cp.c.Group[o.Doc] == cp.c.Group[d] || Hedged(cp.c.Docs[o.Doc], o.Sent) {
					continue
				}
				y := cp.subTokens(o)
				if len(y) == 0 || negated(y) {
					continue
				}
				k, j, ok := cp.oneAntonymApart(ref, x, o, y)
				if !ok {
					continue
				}
				out = append(out, news.Conflict{Kind: news.ConflictContradiction, Topic: x[k].Lower + " / " + y[j].Lower,
					Sides: []news.Side{cp.side([]align.SentRef{ref}, x[k].Lower), cp.side([]align.SentRef{o}, y[j].Lower)}})
				covered[ref], covered[o] = true, true
				break
			}
		}
	}
	return out
}

// oneAntonymApart reports whether two sentences would be one claim but for
// a pair of opposed words x[k] and y[j] (opposedSlot's pairs and guards:
// no ordinal, no word after "and" or "or" that the frame does not show to
// be its noun's own, no sentence that holds both ends): neither holds the
// other's word, and their cosine with the two words' terms taken as one
// reaches align.Pair, while without them they share align.FactTerms terms
// at a cosine of align.FactSimilarity (the tests of oneValueApart).
func (cp *comparer) oneAntonymApart(a align.SentRef, x []subToken, b align.SentRef, y []subToken) (int, int, bool) {
	ta, tb := cp.termsOf(a), cp.termsOf(b)
	// The tests of a pair are one conjunction; the cheap ones (a shared
	// word beside both, then the antonym) run first and the scans of a
	// whole sentence last: most pairs of words fail the first.
	uReady := -1 // the k whose own tests passed
	for k, u := range x {
		if u.Stop || u.Cap || u.Kind != text.Word {
			continue
		}
		for j, v := range y {
			if v.Stop || v.Cap || v.Kind != text.Word || !besideShared(x, k, y, j) || !opposedSlot(x, k, y, j) {
				continue
			}
			if uReady != k {
				if hasToken(y, u.Lower) || english.Ordinals.Has(u.Lower) || !Asserted(cp.c.Docs[a.Doc].SentenceTokens(a.Sent), u.k) {
					break
				}
				uReady = k
			}
			if hasToken(x, v.Lower) || english.Ordinals.Has(v.Lower) || !Asserted(cp.c.Docs[b.Doc].SentenceTokens(b.Sent), v.k) {
				continue
			}
			tu, _ := termAt(u.Token, u.k)
			tv, _ := termAt(v.Token, v.k)
			if tu == "" || tv == "" || tu == tv {
				continue
			}
			if joinedCosine(ta, tb, tu, tv) >= align.Pair && sharedWithout(ta, tb, tu, tv) {
				return k, j, true
			}
		}
	}
	return 0, 0, false
}

// joinedCosine is the cosine of two sentences' terms with term u of the
// first and term v of the second taken as one.
func joinedCosine(ta, tb map[string]float64, u, v string) float64 {
	var dot, na, nb float64
	for t, w := range ta {
		na += w * w
		if _, ok := tb[t]; ok {
			dot += w * w
		}
	}
	for _, w := range tb {
		nb += w * w
	}
	if na == 0 || nb == 0 {
		return 0
	}
	dot += ta[u] * tb[v]
	return dot / math.Sqrt(na*nb)
}

// sharedWithout reports whether two sentences, the terms u and v left
// out, share align.FactTerms terms at a cosine of align.FactSimilarity.
func sharedWithout(ta, tb map[string]float64, u, v string) bool {
	var dot, na, nb float64
	shared := 0
	for t, w := range ta {
		if t == u || t == v {
			continue
		}
		na += w * w
		if _, ok := tb[t]; ok {
			dot += w * w
			shared++
		}
	}
	for t, w := range tb {
		if t != u && t != v {
			nb += w * w
		}
	}
	return shared >= align.FactTerms && na > 0 && nb > 0 && dot/math.Sqrt(na*nb) >= align.FactSimilarity
}

// besideShared reports whether the opposed words x[k] and y[j] stand
// beside one lower-case content word in both sentences, before or after:
// the word they say opposite things of ("pronounced [dead]", "in
// [critical] condition", "a [loaded] handgun"). Opposed words of a
// relation say where or when two different things are ("at the [front]
// gate" / "headed [back] up"; "just [outside] Reading" / "[inside] the
// family's home"; "by [late] Friday" / "as of [early] Friday evening").
func besideShared(x []subToken, k int, y []subToken, j int) bool {
	content := func(t subToken) bool { return t.Kind == text.Word && !t.Stop && !t.Cap }
	if k > 0 && j > 0 && x[k-1].Lower == y[j-1].Lower && content(x[k-1]) {
		return true
	}
	return k+1 < len(x) && j+1 < len(y) && x[k+1].Lower == y[j+1].Lower && content(x[k+1])
}
