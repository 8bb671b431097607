package align

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A span is a clause of a sentence: its tokens [Lo, Hi) in the sentence.
type span struct{ lo, hi int }

// clauseConjunctions open a clause that can carry a claim of its own after
// a comma: "Iran says they were in its waters, while the UK insists they
// were in Iraq's".
var clauseConjunctions = english.List("align/clause-conjunctions")

// finiteVerbs are the auxiliaries, modals and reporting verbs that make a
// stretch of words a clause; with past tenses they find the verb of most
// news clauses without a tagger.
var finiteVerbs = english.List("align/finite-verbs")

// minClauseWords is the fewest words a clause needs to stand as a unit of
// its own; shorter stretches stay with their neighbour.
const minClauseWords = 5

// hasVerb reports whether tokens hold a finite verb: an auxiliary, a past
// tense in "-ed", an irregular past, or a present tense in "-s" right after
// a name or a pronoun ("the UK insists", "Iran says").
func hasVerb(toks []text.Token) bool {
	for k, t := range toks {
		if t.Kind != text.Word {
			continue
		}
		if finiteVerbs.Has(t.Lower) {
			return true
		}
		if t.Cap {
			continue
		}
		if len(t.Lower) >= 4 && strings.HasSuffix(t.Lower, "ed") && !strings.HasSuffix(t.Lower, "eed") {
			return true
		}
		if k > 0 && len(t.Lower) >= 4 && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") {
			prev := toks[k-1]
			if prev.Kind == text.Word && (prev.Cap || prev.Lower == "he" || prev.Lower == "she" || prev.Lower == "it") {
				return true
			}
		}
	}
	return false
}

func wordCount(toks []text.Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind != text.Punct {
			n++
		}
	}
	return n
}

// clauses splits a sentence's tokens into clauses: at a semicolon, and at a
// comma followed by a conjunction of clauses, when both sides hold a finite
// verb and enough words, and never inside a quotation (a quote is one
// statement of its speaker). The conjunction and the punctuation belong to
// no clause. A sentence that is not split is one span.
func clauses(toks []text.Token) []span {
	var out []span
	lo := 0
	inQuote := false
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Kind == text.Punct && (t.Lower == `"` || t.Text == "“" || t.Text == "”") {
			inQuote = !inQuote
			continue
		}
		if inQuote || t.Kind != text.Punct {
			continue
		}
		next := k + 1
		switch {
		case t.Text == ";":
		case t.Text == "," && k+1 < len(toks) && clauseConjunctions.Has(toks[k+1].Lower):
			next = k + 2
		default:
			continue
		}
		left, right := toks[lo:k], toks[min(next, len(toks)):]
		if wordCount(left) < minClauseWords || wordCount(right) < minClauseWords || !hasVerb(left) || !hasVerb(right) || !standsAlone(right) {
			continue
		}
		out = append(out, span{lo, k})
		lo = next
	}
	if len(out) == 0 {
		return []span{{0, len(toks)}}
	}
	return append(out, span{lo, len(toks)})
}

// standsAlone reports whether a clause opens as a sentence could, on a
// subject of its own: a name, a number or a noun phrase with an article
// ("the UK insists ..."). A clause that opens on a pronoun or a connective
// ("then heard her named", "most are", "it wasn't until") leans on the
// other clause and would read as a fragment if shown alone.
func standsAlone(toks []text.Token) bool {
	for _, t := range toks {
		if t.Kind == text.Punct {
			continue
		}
		switch {
		case t.Kind == text.Number:
			return true
		case t.Lower == "the" || t.Lower == "a" || t.Lower == "an":
			return true
		case t.Cap:
			return !text.IsStop(t.Lower) // a name, not "He" or "This"
		}
		return false
	}
	return false
}
