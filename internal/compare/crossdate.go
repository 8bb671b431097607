package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// crossAnchored reports whether two dates of one aligned claim whose
// nearest words differ are still one fact dated differently, and the words
// that tell it: the word each date is attached to stands in the other
// sentence too, so each sentence dates a word of the other's account at
// another point of its clause ("was shot and killed inside his home in
// Englewood on Friday" / "was shot to death ... in his Englewood home Friday
// evening", GVA 704555). One direction is not enough: "died April 18, two
// days after she was shot" holds the "shot" of "shot on Apr. 16", but
// "shot on Apr. 16" holds no "died".
func (cp *comparer) crossAnchored(a, b dItem) ([]string, bool) {
	if !cp.twoDates(a, b) || ordersEvents(cp.c.Docs[a.ref.Doc].SentenceTokens(a.ref.Sent)) || ordersEvents(cp.c.Docs[b.ref.Doc].SentenceTokens(b.ref.Sent)) {
		return nil, false
	}
	wa, oka := anchorIn(a.words, cp.sentenceTerms(b.ref))
	wb, okb := anchorIn(b.words, cp.sentenceTerms(a.ref))
	// Two names alone date two facts of one person or place ("associate
	// director of the FBI in 1972" / "the resignation of President
	// Richard Nixon in 1974", ECB+ 28ecb): one word must be a plain one.
	if !oka || !okb || !plainWord(wa) && !plainWord(wb) {
		return nil, false
	}
	if wa == wb {
		return []string{wa}, true
	}
	return []string{wa, wb}, true
}

// anchorIn returns a word a date is attached to, no part of the day, that
// the other sentence has among its terms, a plain word rather than a name.
func anchorIn(words map[string]string, terms map[string]bool) (string, bool) {
	best := ""
	for term, w := range words {
		if dayParts.Has(term) || !terms[term] {
			continue
		}
		// A plain word before a name, then the first in order.
		if best == "" || plainWord(w) && !plainWord(best) || plainWord(w) == plainWord(best) && w < best {
			best = w
		}
	}
	return best, best != ""
}

// sentenceTerms are the terms of a sentence's words as dateAnchors reads
// them (termAt).
func (cp *comparer) sentenceTerms(r align.SentRef) map[string]bool {
	out := map[string]bool{}
	for k, t := range cp.c.Docs[r.Doc].SentenceTokens(r.Sent) {
		if t.Kind != text.Word {
			continue
		}
		if term, _ := termAt(t, k); term != "" {
			out[term] = true
		}
	}
	return out
}

// eventOrder are the words that order two events of one sentence in time.
var eventOrder = english.List("compare/event-order")

// ordersEvents reports a sentence holding a word of eventOrder.
func ordersEvents(toks []text.Token) bool {
	return slices.ContainsFunc(toks, func(t text.Token) bool { return eventOrder.Has(t.Lower) })
}
