package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// proposition is what a negation denies: its predicate, the subject it is
// said of, the verb that governs the cue ("found not guilty", "pleaded not
// guilty") and the other words of its scope. A contradiction needs another
// source to affirm the same proposition, not merely a sentence that shares
// a name and a word with it.
type proposition struct {
	pred     map[string]bool // the head of the negated phrase
	subject  map[string]bool // names the statement is about, before the cue
	scope    map[string]bool // names in the negated stretch
	args     map[string]bool // the other content terms of the negated stretch
	governor string          // a content verb right before the cue, or ""
	object   string          // the first content word after the predicate, or ""
}

// ambiguousPredicates are words that are as often a noun or a direction as
// the verb an affirmation would use ("two hard lefts", "nothing left").
var ambiguousPredicates = english.List("compare/ambiguous-predicates").Bools()

// objectAfter is the first content word, not a name or a number, within
// four tokens after the predicate at k, up to a clause break: what the
// predicate is done to ("sent eight experts": expert).
func objectAfter(toks []text.Token, k int) string {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := toks[j]
		if t.Kind == text.Punct || clauseStarts[t.Lower] {
			return ""
		}
		if t.Kind == text.Number || t.Lower == "only" || t.Lower == "just" {
			continue
		}
		if _, ok := align.ParseNumber(t.Lower); ok {
			continue
		}
		if term, name := termAt(t, j); term != "" && !name {
			return term
		}
	}
	return ""
}

// subjectBefore is the name nearest before the predicate at k within its
// clause ("Sudan bombed", "Putin accepted the invitation to visit"), or "".
func subjectBefore(toks []text.Token, k int) string {
	// "Putin has accepted Kim's invitation to visit": the subject of an
	// infinitive is the subject of the commitment that governs it.
	if k > 0 && toks[k-1].Lower == "to" {
	search:
		for j := k - 2; j >= 0 && j >= k-10; j-- {
			for _, c := range commitments {
				if strings.HasPrefix(toks[j].Lower, c) {
					k = j
					break search
				}
			}
		}
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := toks[j]
		if t.Kind == text.Punct && t.Text != "'" && t.Text != "’" || clauseStarts[t.Lower] && t.Lower != "that" {
			return ""
		}
		if term, ok := nameAt(toks, j); ok {
			return term
		}
	}
	return ""
}

// speechNouns are objects of a denial that stand for someone else's words
// ("dismissed calls to quit", "denied the accusations"): what is denied is
// their content, said elsewhere, not the act of calling or accusing.
var speechNouns = english.List("compare/speech-noun-stems").Bools()

// clauseStarts end the backward search for a negation's subject: after
// "said" or "that" comes the reported clause, whose subject follows them.
var clauseStarts = english.List("compare/clause-starts").Bools()

// negatedProposition reads the proposition a negation denies. It fails
// when the negation is about disclosure ("declined to comment"), about
// someone's words ("rejected calls"), or about an earlier moment than the
// text's ("had pleaded not guilty").
func negatedProposition(toks []text.Token, neg Negation, weight func(string) float64) (proposition, bool) {
	p := proposition{pred: map[string]bool{}, subject: map[string]bool{}, scope: map[string]bool{}, args: map[string]bool{}}
	// The predicate is the head of the negated phrase: its first content
	// word, or the word after a light noun ("no plan for Putin to visit":
	// visit). A reporting verb on the way makes it a refusal to disclose.
	predAt := -1
	for _, k := range neg.Scope {
		low := toks[k].Lower
		if reporting[text.Stem(low)] || low == "say" || low == "said" {
			return p, false
		}
		if low == "had" && denials[neg.Cue] {
			return p, false
		}
		term, name := termAt(toks[k], k)
		if term == "" || name || lightNouns[low] {
			continue
		}
		if denials[neg.Cue] && speechNouns[text.Stem(low)] {
			return p, false
		}
		if ambiguousPredicates[low] {
			return p, false
		}
		if weight(term) >= 1 {
			p.pred[term] = true
			predAt = k
			p.object = objectAfter(toks, k)
		}
		break
	}
	if predAt < 0 {
		return p, false
	}
	for _, k := range neg.Scope {
		if k == predAt {
			continue
		}
		term, name := termAt(toks[k], k)
		switch {
		case term == "" || lightNouns[toks[k].Lower]:
		case name:
			p.scope[term] = true
		default:
			p.args[term] = true
		}
	}
	// Before the cue: auxiliaries, the governing verb, then the subject.
	k := neg.Tok - 1
	for k >= 0 && auxiliaries[toks[k].Lower] {
		// "had not been told", "hadn't": the negation is of an earlier
		// moment than the report, which another source's plain statement
		// does not contradict.
		if toks[k].Lower == "had" {
			return p, false
		}
		k--
	}
	if strings.HasSuffix(toks[neg.Tok].Lower, "n't") && strings.HasPrefix(toks[neg.Tok].Lower, "had") {
		return p, false
	}
	if !denials[neg.Cue] && k >= 0 && toks[k].Kind == text.Word && !toks[k].Stop && !(toks[k].Cap && k > 0) && !clauseStarts[toks[k].Lower] {
		if term, _ := termAt(toks[k], k); term != "" {
			p.governor = term
			// "had pleaded not guilty": an earlier moment too.
			if k > 0 && toks[k-1].Lower == "had" {
				return p, false
			}
			k--
		}
	}
	for ; k >= 0 && k >= neg.Tok-6; k-- {
		t := toks[k]
		if t.Kind == text.Punct || clauseStarts[t.Lower] || reporting[text.Stem(t.Lower)] {
			break
		}
		if term, ok := nameAt(toks, k); ok {
			p.subject[term] = true
		}
	}
	if len(p.subject) == 0 && len(p.scope) == 0 {
		return p, false
	}
	// A verbal negation ("has never been nominated") denies something of
	// its subject; without one read, the names of its scope ("for an
	// Oscar") are not what it is about. Only "no", "nothing" and the like
	// ("there was no plan for Putin to visit") name it in their scope.
	if len(p.subject) == 0 && (neg.Cue == "not" || neg.Cue == "never") {
		return p, false
	}
	return p, true
}

// affirmedBy reports whether a sentence affirms the proposition: the same
// predicate, asserted, with the negation's governing verb before it, its
// subject (or, without one, most names of its scope) next to it, and at
// least half the other words of the negated stretch. It returns a score
// (the informativeness of what matched) and the predicate as written.
func (p proposition) affirmedBy(jt []text.Token, weight func(string) float64) (float64, string, bool) {
	terms := map[string]bool{}
	for k, t := range jt {
		if term, _ := termAt(t, k); term != "" {
			terms[term] = true
		}
	}
	if len(p.args) > 0 {
		in := 0
		for a := range p.args {
			if terms[a] {
				in++
			}
		}
		if 2*in < len(p.args) {
			return 0, "", false
		}
	}
	if len(p.scope) > 0 {
		in := 0
		for a := range p.scope {
			if terms[a] {
				in++
			}
		}
		if 2*in < len(p.scope) {
			return 0, "", false
		}
	}
	best, pred := 0.0, ""
	for k, t := range jt {
		term, name := termAt(t, k)
		if name || !p.pred[term] || !Asserted(jt, k) {
			continue
		}
		// "had shot": an earlier moment than the denial's.
		if k > 0 && jt[k-1].Lower == "had" {
			continue
		}
		if p.governor != "" && !governedBy(jt, k, p.governor) {
			continue
		}
		if ambiguousPredicates[t.Lower] {
			continue
		}
		// The same object: "sent eight experts" does not affirm "has not
		// sent three observers".
		if obj := objectAfter(jt, k); p.object != "" && obj != "" && obj != p.object {
			continue
		}
		want := p.subject
		if len(want) == 0 {
			want = p.scope
		}
		// The same subject: the name the affirmed predicate is said of
		// (the nearest before it in its clause) must be the one denied;
		// "Klitschko landed 178 punches to just 30 for Rahman" does not
		// affirm "Rahman didn't land a punch".
		nt := subjectBefore(jt, k)
		if nt == "" || !want[nt] {
			continue
		}
		if score := weight(term) + weight(nt); score > best {
			best, pred = score, t.Text
		}
	}
	return best, pred, best > 0
}

// governedBy reports whether the word at k follows the governing verb
// within three tokens ("found guilty", "was found to be guilty").
func governedBy(toks []text.Token, k int, governor string) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if term, _ := termAt(toks[j], j); term == governor {
			return true
		}
	}
	return false
}

// nameAt reads the token at k as a name: capitalised inside the sentence,
// or a capitalised word that is not a stop word at its start ("Smith was
// found ...").
func nameAt(toks []text.Token, k int) (string, bool) {
	t := toks[k]
	if t.Kind != text.Word || !t.Cap || t.Stop || len(t.Lower) < 2 {
		return "", false
	}
	return text.Stem(t.Lower), true
}

// eventAround reads the subject and object of the word at k, names or
// not: the content word nearest before it in its clause ("a team that
// won": team) and the first after it ("won 40 games": game). Two antonyms
// contradict only when both are the same.
func eventAround(toks []text.Token, k int) (subj, obj string) {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := toks[j]
		if t.Kind == text.Punct {
			break
		}
		if auxiliaries[t.Lower] || t.Lower == "that" || t.Lower == "who" || t.Lower == "which" {
			continue
		}
		if term, _ := termAt(t, j); term != "" {
			subj = term
			break
		}
		if t.Kind == text.Word && !t.Stop && j == 0 {
			subj = text.Stem(t.Lower)
		}
	}
	return subj, objectAfter(toks, k)
}
