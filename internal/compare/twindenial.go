package compare

import (
	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A twin denial is a negation in a sentence that another independent
// source writes in the same words without it: "Police said they had [not]
// recovered 80% of the haul in 2009" / "In 2009, police said they had
// recovered 80 percent of the haul"; "Hundreds of government and private
// buildings have [not] been damaged by the Sunday quakes" / "Hundreds of
// government and private buildings were damaged in the quake". The
// proposition model needs a named subject for a verbal negation, and a
// pronoun ("they") or a quantity ("Hundreds") gives none; here the words
// around the negation are the same words in both sentences, so what is
// denied of whom is what the other asserts, whatever the subject is.
//
// The negation's hunk (spandiff's differing stretch) holds nothing but the
// cue and auxiliaries ("has not been" / "was"), on both sides, and the
// shared runs beside it hold a content word on each side; the first
// content word after the cue, the predicate, is in the shared run, and is
// no verb of speech (a refusal to say is no denial of a fact).

// twinSim is the least neighbour score of a twin: the two sentences say
// one thing in mostly the same words.
const twinSim = 0.5

// twinDenial finds the sentence of another independent source that
// writes the negated sentence's words without its negation, and the
// predicate denied.
func (cp *comparer) twinDenial(ref align.SentRef, neg Negation) (align.SentRef, string, bool) {
	if !verbalCue(neg.Cue) {
		return align.SentRef{}, "", false
	}
	x := cp.subTokens(ref)
	cx := -1
	for i, t := range x {
		if t.k == neg.Tok {
			cx = i
		}
	}
	// The negation of a verb group: the cue stands after an auxiliary or
	// a modal ("had not recovered", "will not be"). After a lexical verb
	// it negates the verb's complement, a fixed phrase of its own
	// ("has pleaded not guilty" / "pleaded guilty": two pleas).
	if cx < 1 || !verbGroupWord(x[cx-1].Lower) {
		return align.SentRef{}, "", false
	}
	for _, n := range cp.plainNeighbours(ref, twinSim) {
		j := n.Ref
		y := cp.subTokens(j)
		if len(y) == 0 {
			continue
		}
		for _, h := range hunks(x, y) {
			if cx < h.xa || cx >= h.xb {
				continue
			}
			if pred, ok := twinHunk(h, x, y, cx); ok {
				return j, pred, true
			}
			break
		}
	}
	return align.SentRef{}, "", false
}

// twinHunk reads the hunk that holds the cue x[cx] as a negation and
// nothing else.
func twinHunk(h hunk, x, y []subToken, cx int) (string, bool) {
	if !h.leftContent || !h.rightContent {
		return "", false
	}
	for i := h.xa; i < h.xb; i++ {
		if i != cx && !english.Auxiliaries.Has(x[i].Lower) {
			return "", false
		}
	}
	for i := h.ya; i < h.yb; i++ {
		if !english.Auxiliaries.Has(y[i].Lower) {
			return "", false
		}
	}
	// The predicate: the first content word of the shared run after it.
	for i := h.xb; i < h.xb+h.right && i < len(x); i++ {
		t := x[i]
		if t.Kind != text.Word || t.Stop {
			continue
		}
		if speechWord(t.Lower) {
			return "", false
		}
		return t.Lower, true
	}
	return "", false
}
