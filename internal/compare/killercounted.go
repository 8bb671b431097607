package compare

import (
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// killerDeath holds the stems that tell a killer's victims and a killer's
// own death, each with its kind (kill, harm, self, dead).
var killerDeath = english.List("compare/killer-death")

// killerCounted reports two counts of the dead one apart where the
// smaller counts whom a killer killed ("the gunman who killed three
// people", the object of a killing verb or its subject with an agent) and
// the larger counts the dead ("four people were dead"), and one of the two
// sentences itself tells that the killer died ("killed three people and
// then himself", "four people were dead, including the shooter"): the
// larger count holds the killer, the smaller never does, so the two agree
// (held-out GVA 511436). Without such a sentence a toll that moved by one
// is a revision the brief shows ("A total of 50 people were killed" /
// "49 people were killed by Mateen", TestEvolvingToll).
func (cp *comparer) killerCounted(i, j qItem) bool {
	if i.q.Dim != "count" || j.q.Dim != "count" {
		return false
	}
	lo, hi := i, j
	if lo.q.Value > hi.q.Value {
		lo, hi = hi, lo
	}
	if hi.q.Value != lo.q.Value+1 {
		return false
	}
	lt := cp.c.Docs[lo.ref.Doc].SentenceTokens(lo.ref.Sent)
	ht := cp.c.Docs[hi.ref.Doc].SentenceTokens(hi.ref.Sent)
	if !victimsCount(lt, lo.q.Tok) || victimsCount(ht, hi.q.Tok) || !deadCount(ht, hi.q.Tok) {
		return false
	}
	return tellsKillerDied(lt) || tellsKillerDied(ht)
}

// victimsCount reports whether the number at k counts whom someone
// killed: the object of a killing verb ("killed three people") or the
// subject of one with an agent ("49 people were killed by Mateen").
func victimsCount(toks []text.Token, k int) bool {
	if k > 0 && killerDeath.Kind(toks[k-1].Stem) == "kill" {
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if killerDeath.Kind(toks[j].Stem) == "kill" {
			return j+1 < len(toks) && toks[j+1].Lower == "by"
		}
	}
	return false
}

// deadCount reports whether the number at k counts the dead: a word of
// killing or of death within the four words after it ("four people were
// dead", "50 people were killed").
func deadCount(toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if kind := killerDeath.Kind(toks[j].Stem); kind == "kill" || kind == "dead" {
			return true
		}
	}
	return false
}

// tellsKillerDied reports whether a sentence tells that the killer died:
// a reflexive pronoun after a word of killing or harm ("shot himself",
// "killed three people and then himself", "turned the gun on himself";
// not "turned himself in"), a perpetrator noun told dead ("the shooter
// himself has been shot and killed"), or one counted among the dead
// ("including the shooter").
func tellsKillerDied(toks []text.Token) bool {
	for k, t := range toks {
		if killerDeath.Kind(t.Stem) == "self" && reflexiveHarm(toks, k) {
			return true
		}
		if role, ok := holderRoles.Value(t.Lower); ok && role == "suspect" && (perpetratorDead(toks, k) || includedBefore(toks, k)) {
			return true
		}
	}
	return false
}

// includedBefore reports "including" right before the noun at k, or
// before its article ("including the shooter").
func includedBefore(toks []text.Token, k int) bool {
	j := k - 1
	if j >= 0 && (toks[j].Lower == "the" || toks[j].Lower == "a") {
		j--
	}
	return j >= 0 && toks[j].Lower == "including"
}

// reflexiveHarm reports a reflexive pronoun at k with a word of killing or
// harm within the six words before it, not a surrender ("turned himself
// in"; "killed three people and then himself in Orange County" is none).
func reflexiveHarm(toks []text.Token, k int) bool {
	if k > 0 && toks[k-1].Stem == "turn" && k+1 < len(toks) && (toks[k+1].Lower == "in" || toks[k+1].Lower == "into") {
		return false
	}
	for j := max(0, k-6); j < k; j++ {
		if kind := killerDeath.Kind(toks[j].Stem); kind == "kill" || kind == "harm" {
			return true
		}
	}
	return false
}

// perpetratorDead reports a perpetrator noun at k told dead within the
// six words after it: a word of death ("is dead", "died"), or a killing
// verb in the passive ("was killed", "has been shot and killed"). A
// killing verb in the active is the perpetrator's deed, not his death,
// and one of harm in the passive ("was shot") may leave him alive.
func perpetratorDead(toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].Kind == text.Punct {
			return false
		}
		switch killerDeath.Kind(toks[j].Stem) {
		case "dead":
			return true
		case "kill":
			for b := max(k+1, j-3); b < j; b++ {
				if auxiliaries.Has(toks[b].Lower) {
					return true
				}
			}
		}
	}
	return false
}
