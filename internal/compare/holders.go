package compare

import (
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// holderRoles are the nouns of a part a person played in an event
// ("suspect", "owner", "customer"), with the part; holderVerbs the verbs
// whose object is a person of a part ("killed" a victim, "charged" a
// suspect). The data lists say where they come from.
var (
	holderRoles = english.List("compare/holder-roles")
	holderVerbs = english.List("compare/holder-verbs")
	personNouns = english.List("compare/person-nouns")
)

// holder is whom an age is told of in its sentence: the name set beside it
// and the part the sentence gives that person.
type holder struct {
	name []string // lower-case words of the name, nil when none is set beside the age
	role string   // "suspect", "victim", "owner"...; "" when none
}

// ageHolder reads whom the age q is told of: the name in apposition
// ("Stephen Lovell, 42,", "42-year-old Stephen Lovell", "the 72-year-old
// customer, Richard Sommerville") and the part, from the noun after the age
// ("the 72-year-old customer") or the verb it is the object of ("killed a
// 20-year-old man", "an 18-year-old man accused of", "a 20-year-old man was
// killed").
func ageHolder(toks []text.Token, q Quantity) holder {
	var h holder
	last := q.Tok
	for last+1 < len(toks) && toks[last+1].Start < q.End {
		last++
	}
	// After the age: the noun of the person, then a name.
	k := last + 1
	noun := -1
	for ; k < len(toks) && k <= last+2 && toks[k].Kind == text.Word && !toks[k].Cap; k++ {
		if w := toks[k].Lower; english.Auxiliaries.Has(w) || holderVerbs.Has(w) || english.Prepositions.Has(w) || english.Determiners.Has(w) {
			break
		}
		noun = k
	}
	if noun >= 0 {
		h.role = holderRoles.Kind(toks[noun].Lower)
	}
	if k < len(toks) && toks[k].Text == "," && noun >= 0 {
		k++
	}
	h.name = nameRunAt(toks, k, 1)
	if h.name == nil && q.Tok >= 2 && toks[q.Tok-1].Text == "," && last+1 < len(toks) && toks[last+1].Text == "," {
		// "Stephen Lovell, 42,": the name before the age.
		h.name = nameRunAt(toks, q.Tok-2, -1)
	}
	if h.name == nil && h.role == "" && q.Tok >= 3 && toks[q.Tok-2].Lower == "who" && english.Auxiliaries.Has(toks[q.Tok-1].Lower) {
		// "Stephen Lovell, who is 42", "the owner, who was 42".
		p := q.Tok - 3
		if toks[p].Text == "," {
			p--
		}
		if h.name = nameRunAt(toks, p, -1); h.name == nil && p >= 0 {
			h.role = holderRoles.Kind(toks[p].Lower)
		}
	}
	if h.role != "" {
		return h
	}
	// The verb the person is the object of.
	j := q.Tok - 1
	for j >= 0 && english.Determiners.Has(toks[j].Lower) {
		j--
	}
	if j >= 0 {
		h.role = holderVerbs.Kind(toks[j].Lower)
	}
	if h.role != "" || noun < 0 {
		return h
	}
	// The person as the subject of a passive ("was killed") or of a
	// reduced relative followed by its preposition ("accused of").
	v := noun + 1
	aux := v < len(toks) && english.Auxiliaries.Has(toks[v].Lower)
	if aux {
		v++
	}
	if v < len(toks) && (aux || v+1 < len(toks) && english.Prepositions.Has(toks[v+1].Lower)) {
		h.role = holderVerbs.Kind(toks[v].Lower)
	}
	return h
}

// nameRunAt is the run of capitalised words of a name starting at k and
// going in direction dir (+1 forward, -1 backward), lower-cased in reading
// order; nil when there is none. Titles, months and weekdays are no name.
func nameRunAt(toks []text.Token, k, dir int) []string {
	var run []string
	for ; k >= 0 && k < len(toks); k += dir {
		t := toks[k]
		if t.Kind != text.Word || !t.Cap || t.Stop || english.Titles.Has(t.Lower) || english.Months.Has(t.Lower) || english.Weekdays.Has(t.Lower) {
			break
		}
		run = append(run, t.Lower)
	}
	if dir > 0 && k < len(toks) && run != nil && placeBefore(toks[k]) {
		// "a 20-year-old Chicago man": where the person is from.
		return nil
	}
	if dir < 0 {
		for a, b := 0, len(run)-1; a < b; a, b = a+1, b-1 {
			run[a], run[b] = run[b], run[a]
		}
	}
	return run
}

// twoHolders reports whether two ages are told of two different people:
// each set beside a name and the names different (no word shared, no
// surname spelt two ways), or, with no name to tell, each given a part and
// the parts apart (owner and customer; suspect and victim).
func twoHolders(a, b []text.Token, qa, qb Quantity) bool {
	if qa.Dim != "age" || qb.Dim != "age" {
		return false
	}
	ha, hb := ageHolder(a, qa), ageHolder(b, qb)
	if ha.name != nil && hb.name != nil {
		return differentNames(ha.name, hb.name)
	}
	return rolesApart(ha.role, hb.role)
}

// differentNames reports whether two names share no word and their last
// words are not one surname spelt two ways.
func differentNames(a, b []string) bool {
	for _, w := range a {
		for _, v := range b {
			if w == v {
				return false
			}
		}
	}
	la, lb := a[len(a)-1], b[len(b)-1]
	return !(la[0] == lb[0] && text.EditDistance(la, lb) <= 2)
}

// rolesApart reports whether two parts cannot be one person's: a suspect
// and a victim, or two parts of the scene (owner and customer). A victim or
// a suspect may be the owner or the customer.
func rolesApart(a, b string) bool {
	if a == "" || b == "" || a == b {
		return false
	}
	party := func(r string) bool { return r == "suspect" || r == "victim" }
	return party(a) == party(b)
}

// twoAgeHolders reports whether two items' ages are told of two people
// (twoHolders).
func (cp *comparer) twoAgeHolders(i, j qItem) bool {
	ta := cp.c.Docs[i.ref.Doc].SentenceTokens(i.ref.Sent)
	tb := cp.c.Docs[j.ref.Doc].SentenceTokens(j.ref.Sent)
	return twoHolders(ta, tb, i.q, j.q)
}

// twoAgeSlots reports whether the figures x[k] and y[j] of a substitution
// are ages told of two different people (twoHolders), read from the
// sentences' words without their punctuation.
func twoAgeSlots(x []subToken, k int, y []subToken, j int) bool {
	qa, ta, ok := ageSlot(x, k)
	if !ok {
		return false
	}
	qb, tb, ok := ageSlot(y, j)
	return ok && twoHolders(ta, tb, qa, qb)
}

// ageSlot is the age whose figure is ts[k] ("42" of "42-year-old"), with
// the tokens it is read in; false when the figure is no age.
func ageSlot(ts []subToken, k int) (Quantity, []text.Token, bool) {
	end := 0
	switch {
	case k+1 < len(ts) && units()[ts[k+1].Lower].dim == "age":
		end = ts[k+1].End
	case k+2 < len(ts) && units()[ts[k+1].Lower].dim == "duration" && ts[k+2].Lower == "old":
		// "72 years old".
		end = ts[k+2].End
	default:
		return Quantity{}, nil, false
	}
	toks := make([]text.Token, len(ts))
	for i, t := range ts {
		toks[i] = t.Token
	}
	return Quantity{Tok: k, End: end, Dim: "age"}, toks, true
}

// placeBefore reports whether t is a noun that the capitalised words
// before it qualify (a place, a team: "Chicago man", "Milwaukee police"),
// so that they are no person's name: a person noun, a part, or a
// lower-case noun that is no verb.
func placeBefore(t text.Token) bool {
	if t.Kind != text.Word || t.Cap || t.Stop {
		return false
	}
	w := t.Lower
	if personNouns.Has(w) || holderRoles.Has(w) {
		return true
	}
	return english.IsNoun(english.NounLemma(w)) && !english.IsVerb(english.VerbLemma(w)) && !english.Auxiliaries.Has(w)
}
