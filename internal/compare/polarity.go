package compare

import (
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Negation is a negated or denied stretch of a sentence: the cue and the
// words it governs.
type Negation struct {
	Cue   string
	Tok   int   // index of the cue in the sentence's tokens
	Scope []int // indexes of the governed tokens
}

// denials are verbs by which a statement is denied or refused.
var denials = english.List("compare/denials")

// cueWords is a filter of the negators' and denials' words, the lists
// cueAt asks of every word: one test in line turns most words away
// instead of two calls. Neither list holds the empty word.
var cueWords = sync.OnceValue(func() *english.WordFilter {
	var f english.WordFilter
	for _, l := range []*english.Set{english.Negators, denials} {
		for _, w := range l.Words() {
			f.Add(w)
		}
	}
	return &f
})

// eventDenials are the denial verbs that take a thing as their object
// ("refused an abortion", "rejected the offer"): only with a "to" or "that"
// clause do they deny a proposition. "deny" and "refute" always do ("denied
// any bombing" says no bombing happened).
var eventDenials = english.List("compare/event-denials")

// notNegations are negation cues that do not negate a fact: "not only",
// "no doubt", "not clear" (uncertainty, not denial).
var notNegations = english.List("compare/not-negations")

// Negations finds the negated stretches of a sentence: "not", "n't",
// "never", "no" + noun ("no plan"), "nobody", "nothing", and the denial
// verbs ("denied"). The scope runs from the cue to the next clause break.
func Negations(doc *text.Doc, s int) []Negation {
	toks := doc.SentenceTokens(s)
	var out []Negation
	cues := cueWords()
	for k := range toks {
		cue := cueAt(toks, k, cues)
		if cue == "" || deniesNothing(toks, k) {
			continue
		}
		out = append(out, Negation{Cue: cue, Tok: k, Scope: scopeAfter(toks, k)})
	}
	return out
}

// cueAt returns the negation cue of the token at k, or "": a negator,
// a contraction with "n't" (written whole or apart), or a denial verb.
// cues is cueWords' filter.
func cueAt(toks []text.Token, k int, cues *english.WordFilter) string {
	low := toks[k].Lower
	switch {
	case strings.HasSuffix(low, "n't") || splitContraction(toks, k):
		return "not"
	case low != "" && !cues.MayHold(low):
		return ""
	case english.Negators.Has(low) && low != "nowhere" && low != "cannot":
		return low
	case denials.Has(low):
		return low
	}
	return ""
}

// deniesNothing reports a cue at k that denies no event: an idiom ("not
// only", "no doubt", "not the only one", "nothing left"), a refusal of a
// thing rather than of an act ("refused an abortion"), or no claim either
// way ("whether or not", "if not").
func deniesNothing(toks []text.Token, k int) bool {
	low := toks[k].Lower
	next := func(n int) string {
		if k+n < len(toks) {
			return toks[k+n].Lower
		}
		return ""
	}
	switch {
	case notNegations.Has(low + " " + next(1)):
		return true
	case next(1) == "the" && next(2) == "only", low == "nothing" && next(1) == "left":
		return true
	// "refused an abortion", "resisted demands": refusing a thing is
	// itself the event; it denies another source's statement only as
	// "refused to go" (the going did not happen).
	case eventDenials.Has(low) && next(1) != "to" && next(1) != "that":
		return true
	case k > 0 && (toks[k-1].Lower == "or" || toks[k-1].Lower == "if"):
		return true
	}
	return false
}

// scopeBreaks end a negation's scope: the next clause starts after them.
var scopeBreaks = english.List("compare/scope-breaks")

// scopeAfter is the scope of the cue at k: at most twelve tokens after
// it, up to a clause break.
func scopeAfter(toks []text.Token, k int) []int {
	var scope []int
	for j := k + 1; j < len(toks) && len(scope) < 12; j++ {
		tj := toks[j]
		if tj.Kind == text.Punct && strings.Contains(",;:.—–", tj.Text) || scopeBreaks.Has(tj.Lower) {
			break
		}
		scope = append(scope, j)
	}
	return scope
}

// splitContraction reads "doesn ' t" as "doesn't": some corpora tokenise
// the contraction apart.
func splitContraction(toks []text.Token, k int) bool {
	low := toks[k].Lower
	return len(low) > 2 && strings.HasSuffix(low, "n") && k+2 < len(toks) && toks[k+1].Lower == "'" && toks[k+2].Lower == "t" &&
		(low == "can" || low == "won" || strings.HasSuffix(low, "sn") || strings.HasSuffix(low, "dn") || strings.HasSuffix(low, "en") || strings.HasSuffix(low, "ren"))
}

// hedged words make a statement a possibility, a plan or a report of fear:
// a negation elsewhere cannot contradict it.
var hedged = english.List("compare/hedged")

// Hedged reports whether a sentence states a possibility rather than a fact.
// The comparison asks it of the same sentences for each pair they are in,
// so the answer is kept on the Doc (text.Mark).
func Hedged(doc *text.Doc, s int) bool {
	return doc.Marked(s, hedgedMark, hedgedSentence)
}

var hedgedMark = text.NewMark()

func hedgedSentence(doc *text.Doc, s int) bool {
	for _, t := range doc.SentenceTokens(s) {
		if hedged.Has(t.Lower) {
			return true
		}
	}
	return false
}

// antonymOf pairs words whose use for one event by two sources
// contradicts, both ways; built on first use.
var antonymOf = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for a, b := range english.List("compare/antonyms").Strings() {
		m[a] = b
		if _, ok := m[b]; !ok {
			m[b] = a
		}
	}
	// "declined" is the refusal of what "accepted" accepts.
	m["declined"] = "accepted"
	return m
})

// Antonym returns the word that contradicts a lower-case word, or "".
func Antonym(lower string) string { return antonymOf()[lower] }

// commitments are the words under which a "to" clause is asserted:
// "accepted the invitation to visit" says a visit will happen, while
// "invited him to visit" or "is due to visit" does not.
var commitments = sync.OnceValue(english.List("compare/commitment-stems").Words)

// Asserted reports whether the word at token k is asserted by its sentence:
// not inside a "to" clause that no commitment governs.
func Asserted(toks []text.Token, k int) bool {
	if k == 0 || toks[k-1].Lower != "to" {
		return true
	}
	for j := k - 2; j >= 0 && j >= k-10; j-- {
		for _, c := range commitments() {
			if strings.HasPrefix(toks[j].Lower, c) {
				return true
			}
		}
	}
	return false
}

// reporting verbs after a refusal ("declined to reveal", "did not
// confirm") make the negation one of disclosure, not of the fact.
var reporting = english.List("compare/reporting-stems")
