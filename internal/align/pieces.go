package align

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// factBreaks are the words that open another fact inside a sentence (the
// shared list align/fact-breaks).
var factBreaks = english.List("align/fact-breaks")

// pieces cuts sentence ref into the stretches that each state one fact: at
// commas, semicolons, colons, dashes and brackets, and before a conjunction
// of clauses, a relative word or a subordinator. A stretch with fewer than
// MinTerms informative terms joins the one before it (the first, the one
// after it), so a piece is never a lone name or figure, and a piece that
// only names a speaker is left out (attribution). It returns nil when the
// sentence is one piece. The features are the sentence's own terms, so
// weights and synonym classes are the alignment's.
func (r *Result) pieces(ref SentRef) []sentFeat {
	out, _ := r.ix.cut(ref)
	return out
}

// cut is pieces, with, besides, the sentence's terms that lie in a piece
// that only names a speaker (attribution), sorted.
func (ix *index) cut(ref SentRef) (out []sentFeat, attr []int32) {
	f := ix.sentence(ref)
	if f == nil {
		return nil, nil
	}
	doc := ix.c.Docs[ref.Doc]
	toks := doc.SentenceTokens(ref.Sent)
	st := &ix.terms[ref.Doc][ref.Sent]
	terms, surf, tokAt := st.terms, st.surface, st.tokAt
	// The id of each of the sentence's terms: by how it is written when
	// the sentence's features hold that spelling (a name variant's id is
	// its canonical spelling's), else by the term.
	ids := make([]int32, len(surf))
	for k, s := range surf {
		ids[k] = -1
		for x, fs := range f.surface {
			if fs == s {
				ids[k] = f.terms[x]
				break
			}
		}
		if ids[k] >= 0 {
			continue
		}
		if id, ok := ix.vocab[terms[k]]; ok && slices.Contains(f.terms, id) {
			ids[k] = id
		}
	}
	var spans []span
	lo := 0
	for _, s := range append(pieceStarts(toks), len(toks)) {
		if s > lo {
			spans = append(spans, span{lo, s})
			lo = s
		}
	}
	count := func(sp span) int {
		n := 0
		for k := range ids {
			if ids[k] >= 0 && tokAt[k] >= sp.lo && tokAt[k] < sp.hi {
				n++
			}
		}
		return n
	}
	var merged []span
	for _, sp := range spans {
		if len(merged) > 0 && (count(sp) < MinTerms || count(merged[len(merged)-1]) < MinTerms) {
			merged[len(merged)-1].hi = sp.hi
			continue
		}
		merged = append(merged, sp)
	}
	if n := len(merged); n >= 2 && count(merged[n-1]) < MinTerms {
		merged[n-2].hi = merged[n-1].hi
		merged = merged[:n-1]
	}
	if len(merged) < 2 {
		return nil, nil
	}
	out = make([]sentFeat, 0, len(merged))
	for _, sp := range merged {
		in := func(k int) bool { return ids[k] >= 0 && tokAt[k] >= sp.lo && tokAt[k] < sp.hi }
		if attribution(toks[sp.lo:sp.hi]) {
			for k := range ids {
				if in(k) {
					attr = append(attr, ids[k])
				}
			}
			continue
		}
		p := makeFeat(ref, ids, surf, ix.names, in)
		ix.setNorm(&p)
		out = append(out, p)
	}
	slices.Sort(attr)
	return out, slices.Compact(attr)
}

// attribution reports whether a piece only says who spoke: it opens or
// ends on a verb of speech or on "according" ("said British Foreign
// Secretary Margaret Beckett to the House of Commons", "Marion County
// deputies said"). Two reports that name the same speaker do not say the
// same thing: without this test the example's Beckett and Hosseini quotes
// took another report's attribution of other words as partial support.
func attribution(toks []text.Token) bool {
	first := slices.IndexFunc(toks, func(t text.Token) bool { return t.Kind == text.Word })
	if first < 0 {
		return false
	}
	last := len(toks) - 1
	for toks[last].Kind != text.Word {
		last--
	}
	for _, w := range [2]string{toks[first].Lower, toks[last].Lower} {
		if w == "according" || english.SpeechVerbs.Has(w) {
			return true
		}
	}
	return false
}

// pieceStarts are the token positions where a piece of a sentence starts.
func pieceStarts(toks []text.Token) []int {
	var starts []int
	for k, t := range toks {
		switch {
		case t.Kind == text.Punct && isPieceBreak(t.Text) && !insideNumber(toks, k):
			starts = append(starts, k+1)
		case t.Kind == text.Word && k > 0 && factBreaks.Has(t.Lower):
			starts = append(starts, k)
		}
	}
	return starts
}

// insideNumber reports a colon or comma written between two numbers with
// no space, inside a clock time or a figure ("12:00", "17:06", "1,000"):
// no break between two facts.
func insideNumber(toks []text.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].Kind == text.Number && toks[k+1].Kind == text.Number &&
		toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start
}

func isPieceBreak(p string) bool {
	switch p {
	case ",", ";", ":", "(", ")", "—", "–", "--":
		return true
	}
	return false
}

// sharesFactOrPiece reports whether sentence b says one of the facts of
// sentence a by sharesFact or by carriesPiece, the words the two share
// counted once for both.
func (r *Result) sharesFactOrPiece(a, b SentRef) bool {
	fa, fb := r.ix.sentence(a), r.ix.sentence(b)
	if fa == nil || fb == nil {
		return false
	}
	sh := r.ix.sharedWeights(fa, fb)
	if shared, _, cos := r.ix.overlapOf(fa, fb, sh); shared >= FactTerms && cos >= FactSimilarity {
		return true
	}
	// A piece's terms are some of its sentence's, so pieces share no more
	// words than their sentences do: most candidates fail here, before
	// their sentence is cut.
	return sh.words >= MinTerms && r.carriesPiece(a, b)
}

// carriesPiece reports whether a piece of sentence b carries a piece of
// sentence a as a claim's support must (cosine >= SupportSimilarity, >=
// SupportCoverage of the piece's weight), sharing at least MinTerms
// informative words (not figures) counted without the story's weights, and,
// when both pieces give figures, one of them (numbers compare as values). A
// sentence that is one piece is its own piece.
func (r *Result) carriesPiece(a, b SentRef) bool {
	pa, pb := r.piecesOrWhole(a), r.piecesOrWhole(b)
	for x := range pa {
		for y := range pb {
			s, _ := r.ix.simFeat(&pa[x], &pb[y], false)
			if s < SupportSimilarity || s*pb[y].norm < SupportCoverage*pa[x].norm {
				continue
			}
			// A shared value alone does not make two pieces one fact
			// ("offered $160 million" of two teams): MinTerms shared
			// words, besides figures; and none when both give figures
			// and share none.
			if _, words, _ := r.ix.overlap(&pa[x], &pb[y]); words >= MinTerms {
				return true
			}
		}
	}
	return false
}

// piecesOrWhole returns the pieces of sentence ref, or its whole features
// when it is one piece, cut once.
func (r *Result) piecesOrWhole(ref SentRef) []sentFeat {
	return r.pieceCache.get(r.ix, ref, func(ref SentRef) []sentFeat {
		if pieces := r.pieces(ref); pieces != nil {
			return pieces
		}
		return []sentFeat{*r.ix.sentence(ref)}
	})
}

// sentMemo keeps a value for each sentence of the index, worked out on
// its first use; by the index of the sentence's first unit. Not safe for
// concurrent use, as the Result that holds it is not.
type sentMemo[T any] struct {
	done []bool
	vals []T
}

// get returns the value of sentence ref, building it the first time; the
// zero value for a sentence the index does not hold.
func (m *sentMemo[T]) get(ix *index, ref SentRef, build func(SentRef) T) T {
	i := ix.flatOf(ref)
	if i < 0 {
		var zero T
		return zero
	}
	if m.done == nil {
		m.done = make([]bool, len(ix.sents))
		m.vals = make([]T, len(ix.sents))
	}
	if !m.done[i] {
		m.done[i] = true
		m.vals[i] = build(ref)
	}
	return m.vals[i]
}

// sharesOnlySpeaker reports whether every term two units share lies in a
// piece of one of them that only names who spoke ("according to West Coast
// Bank Chief Executive Robert Sznewajs"): two sentences attributed to one
// person, or one attributed to a person the other speaks of, do not say
// the same thing (ECB+ 8_7ecb's "The bank had been evacuated before the
// bomb detonated, according to West Coast Bank Chief Executive Robert
// Sznewajs." and 8_1ecb's "... a statement echoed by its president and
// chief executive, Robert Sznewajs." share only the speaker, at cosine
// 0.58). attr gives a sentence's attribution terms (index.cut).
func sharesOnlySpeaker(fa, fb *sentFeat, attr func(SentRef) []int32) bool {
	var shared []int32
	for _, t := range fa.terms {
		if _, ok := slices.BinarySearch(fb.terms, t); ok {
			shared = append(shared, t)
		}
	}
	if len(shared) == 0 {
		return false
	}
	within := func(set []int32) bool {
		if len(set) == 0 {
			return false
		}
		for _, t := range shared {
			if _, ok := slices.BinarySearch(set, t); !ok {
				return false
			}
		}
		return true
	}
	return within(attr(fa.ref)) || within(attr(fb.ref))
}

// attributionCache returns a function giving each sentence's attribution
// terms, cut once.
func (ix *index) attributionCache() func(SentRef) []int32 {
	seen := map[SentRef][]int32{}
	return func(ref SentRef) []int32 {
		if a, ok := seen[ref]; ok {
			return a
		}
		_, a := ix.cut(ref)
		seen[ref] = a
		return a
	}
}

// withoutSpeakerLinks drops the edges of units that share only a speaker
// (sharesOnlySpeaker).
func (ix *index) withoutSpeakerLinks(edges []edge) []edge {
	attr := ix.attributionCache()
	return slices.DeleteFunc(edges, func(e edge) bool {
		return sharesOnlySpeaker(&ix.sents[e.i], &ix.sents[e.j], attr)
	})
}

// sharesOnlySpeaker is sharesOnlySpeaker of two sentences, their
// attribution terms cut once for the result: a report whose sentence
// shares only the claim's speaker is no source of the claim either.
func (r *Result) sharesOnlySpeaker(a, b SentRef) bool {
	fa, fb := r.ix.sentence(a), r.ix.sentence(b)
	if fa == nil || fb == nil {
		return false
	}
	if r.attr == nil {
		r.attr = r.ix.attributionCache()
	}
	return sharesOnlySpeaker(fa, fb, r.attr)
}
