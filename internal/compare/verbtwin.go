package compare

import (
	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A verb twin is a negated verb phrase that another independent source
// asserts word for word, whoever it says it of: "A spokeswoman ... said
// the boy was [not] pronounced dead at 4:25 p.m., Saturday" / "The boy was
// taken to University Hospital in Newark where he was pronounced dead at
// 4:25 p.m."; "All four victims survived the shooting spree and were
// [not] released from Vidant Medical Center" / "All four victims have
// since been released from Vidant Medical Center" (GVA calibration). The
// twin denial (twindenial.go) needs the same words before the negation
// too, and the proposition model a subject it can read and match; here
// the subject is told with other words ("the boy" / "he") or the verb
// group with another auxiliary ("were" / "have since been"), in another
// claim as often as not, and what follows the verb, the same three
// content words or more, says that both speak of one act.

// verbTwinSim is the least neighbour score of a verb twin: the anchor may
// be in another claim, and the shared verb phrase carries the evidence.
const verbTwinSim = 0.3

// verbTwinContent is the least number of content words in the run of
// words both sentences write from the predicate on, the predicate
// counted. Two are too few: "have not released the names of the other
// victims" / "have released the names of those injured" (GVA 558796)
// share "released the names of" and deny and affirm two lists.
const verbTwinContent = 3

// verbTwin finds a sentence of another independent source, unhedged and
// with no negation, that asserts the denied verb phrase word for word:
// the predicate after an auxiliary or a modal, and the words after it.
func (cp *comparer) verbTwin(ref align.SentRef, neg Negation) (align.SentRef, string, bool) {
	if !verbalCue(neg.Cue) {
		return align.SentRef{}, "", false
	}
	x := cp.c.Docs[ref.Doc].SentenceTokens(ref.Sent)
	c := neg.Tok
	// The negation of a verb group, as for a twin denial: after a lexical
	// verb "not" negates its complement ("pleaded not guilty").
	if c < 1 || !verbGroupWord(x[c-1].Lower) {
		return align.SentRef{}, "", false
	}
	p := c + 1
	for p < len(x) && english.Auxiliaries.Has(x[p].Lower) {
		p++
	}
	if p >= len(x) || x[p].Kind != text.Word || x[p].Stop || speechWord(x[p].Lower) {
		return align.SentRef{}, "", false
	}
	modal, names := modalBefore(x, c), namesBefore(x, c)
	for _, n := range cp.plainNeighbours(ref, verbTwinSim) {
		y := cp.c.Docs[n.Ref.Doc].SentenceTokens(n.Ref.Sent)
		for q := 1; q < len(y); q++ {
			if y[q].Lower != x[p].Lower || !verbGroupWord(y[q-1].Lower) || sharedContent(x[p:], y[q:]) < verbTwinContent {
				continue
			}
			// A possibility or a plan ("will be shipping") is not a
			// statement of the act, nor the act of a possibility; and two
			// sentences that name different people before the verb say
			// it of two people.
			if modalBefore(y, q) != modal || disjointNonEmpty(names, namesBefore(y, q)) {
				continue
			}
			return n.Ref, x[p].Lower, true
		}
	}
	return align.SentRef{}, "", false
}

// verbGroupWord reports an auxiliary or a modal: a word of a verb group
// before its verb.
func verbGroupWord(w string) bool { return english.Auxiliaries.Has(w) || english.Modals.Has(w) }

// sharedContent counts the content words (words that are no stop words,
// and numbers) of the run of words x and y both start with.
func sharedContent(x, y []text.Token) int {
	n := 0
	for i := 0; i < len(x) && i < len(y) && x[i].Lower == y[i].Lower; i++ {
		if t := x[i]; t.Kind == text.Number || t.Kind == text.Word && !t.Stop {
			n++
		}
	}
	return n
}

// modalBefore reports a modal in the verb group that ends before token k.
func modalBefore(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch w := toks[j].Lower; {
		case english.Modals.Has(w):
			return true
		case english.Auxiliaries.Has(w) || w == "not" || w == "n't":
		default:
			return false
		}
	}
	return false
}

// namesBefore are the names of the clause before token k, back to the
// nearest punctuation or clause start; the capital of a sentence's first
// word is not read as a name.
func namesBefore(toks []text.Token, k int) map[string]bool {
	out := map[string]bool{}
	for j := k - 1; j > 0; j-- {
		if toks[j].Kind == text.Punct || clauseStarts.Has(toks[j].Lower) {
			break
		}
		if term, ok := nameAt(toks, j); ok {
			out[term] = true
		}
	}
	return out
}
