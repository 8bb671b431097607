package align

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// act is one proposition of a sentence (text.Proposition) read in the
// alignment's terms: its verb and the head of who or what it was done to
// (the undergoer: the object, or the subject of a passive), with who did
// it (the actor) when the sentence names one.
type act struct {
	verb, actor, undergoer int32 // term ids; actor -1 when none
	// lemma is the verb's lemma ("shoot" for "shot"), which meets another
	// form of the verb whose stem differs.
	lemma   string
	negated bool
	// given: the undergoer is written as known already ("the girl", "its
	// offer"): the sentence takes the act as told and says something else
	// of it (when, where, how much), so the act is not its fact.
	given bool
	// actorNames and undergoerNames are the name terms of the two phrases
	// but their heads ("Wells Fargo" of "a Wells Fargo Bank").
	actorNames, undergoerNames []int32
	// actorProper: the actor's head is a name ("the Angels").
	actorProper bool
}

// actsOf returns the acts of sentence ref, read once from its report's
// annotation (readActs).
func (r *Result) actsOf(ref SentRef) []act {
	return r.actCache.get(r.ix, ref, r.readActs)
}

// readActs reads the acts of sentence ref from its report's annotation:
// the propositions that tell an act as having happened (no infinitive, no
// modal, no verb of speech), whose verb and undergoer's head are terms of
// the sentence (not a stop word such as "be", a pronoun or a figure).
func (r *Result) readActs(ref SentRef) []act {
	var acts []act
	f := r.ix.sentence(ref)
	doc := r.ix.c.Docs[ref.Doc]
	sent := doc.Sentences[ref.Sent]
	// idAt[k] is the term id of the sentence's token k, or -1: by how the
	// term is written when the features hold that spelling (a name
	// variant's id is its canonical spelling's), else by the term, as cut
	// reads them.
	st := &r.ix.terms[ref.Doc][ref.Sent]
	idAt := make([]int32, sent.TokEnd-sent.TokStart)
	for k := range idAt {
		idAt[k] = -1
	}
	for k, s := range st.surface {
		id := int32(-1)
		if x := slices.Index(f.surface, s); x >= 0 {
			id = f.terms[x]
		} else if t, ok := r.ix.vocab[st.terms[k]]; ok && slices.Contains(f.terms, t) {
			id = t
		}
		if tk := st.tokAt[k]; tk < len(idAt) && idAt[tk] < 0 {
			idAt[tk] = id
		}
	}
	term := func(tok int) int32 {
		k := tok - sent.TokStart
		if tok < 0 || k < 0 || k >= len(idAt) || idAt[k] < 0 || r.ix.num[idAt[k]] {
			return -1
		}
		return idAt[k]
	}
	names := func(sp text.TokenSpan, head int) []int32 {
		var out []int32
		for t := sp.Start; t < sp.End; t++ {
			if t != head && t > sent.TokStart && doc.Tokens[t].Cap {
				if id := term(t); id >= 0 {
					out = append(out, id)
				}
			}
		}
		return out
	}
	a := doc.Annotation()
	for k := range a.Props {
		p := &a.Props[k]
		// An infinitive ("declined to make an offer", "chose not to") or
		// a modal ("would do so") tells no act that happened.
		if p.Sentence != ref.Sent || p.Speech() || p.Modal != "" || a.Words[p.Group.Start].POS == "TO" {
			continue
		}
		// A verb that governs an infinitive ("were being held to mark a
		// week", "is expected to appear") tells the act it is for, not
		// one of its own. (After an object the tagger reads "an offer
		// to free agent" as one, so only the verb's own is read.)
		if j := p.Group.End; j+1 < sent.TokEnd && doc.Tokens[j].Lower == "to" && a.Words[j+1].POS == "VB" {
			continue
		}
		// The simple present of a sentence tells what is usually or now
		// so ("Microsoft typically releases patches on the second
		// Tuesday", "LaSalle is expected to appear in court"), not an act
		// that happened, but in a headline, which tells the news in the
		// present ("Saints place Bush on IR").
		if simplePresent(a, p) && !headline(sent.Text) {
			continue
		}
		v := term(p.Verb)
		us, uh := p.Undergoer()
		u := term(uh)
		if v < 0 || u < 0 {
			continue
		}
		as, ah := p.Actor()
		x := act{verb: v, actor: term(ah), undergoer: u, lemma: p.Lemma, negated: p.Negated,
			actorNames: names(as, ah), undergoerNames: names(us, uh), actorProper: ah >= 0 && a.Proper(ah)}
		if !us.Empty() && english.Negators.Has(doc.Tokens[us.Start].Lower) {
			// "reached no formal agreement" denies the act.
			x.negated = !x.negated
		}
		if !us.Empty() && !a.Proper(uh) {
			switch english.Determiners.Kind(doc.Tokens[us.Start].Lower) {
			case "possessive", "demonstrative":
				x.given = true
			case "article":
				x.given = doc.Tokens[us.Start].Lower == "the"
			}
		}
		acts = append(acts, x)
	}
	return acts
}

// sharesAct reports whether sentence b tells one of the acts that
// sentence a tells as its news: the same verb (one term, a WordNet synonym
// of the story, or one lemma) done to the same undergoer ("Four people
// were shot" / "a gunman who shot four people"; "the team has made an
// eight-year contract offer" / "the Angels have made an offer"), at the
// same polarity, by no other actor, and with figures that do not keep the
// two apart (the veto of the shared-word tests). Two or three words shared
// in their roles say what a count of shared words cannot: the word tests
// need four. An act of a whose undergoer is given is no fact of a ("The
// team made its offer, reportedly worth about US $160 million": its facts
// are the worth and the place).
func (r *Result) sharesAct(a, b SentRef) bool {
	xa := r.actsOf(a)
	if len(xa) == 0 {
		return false
	}
	xb := r.actsOf(b)
	if len(xb) == 0 {
		return false
	}
	fa, fb := r.ix.sentence(a), r.ix.sentence(b)
	if r.ix.veto(fa, fb, r.ix.sharedWeights(fa, fb)) {
		return false
	}
	for _, p := range xa {
		if p.given {
			continue
		}
		for _, q := range xb {
			if p.negated != q.negated || !r.ix.sameTerm(p.undergoer, q.undergoer) {
				continue
			}
			if !r.ix.sameTerm(p.verb, q.verb) && p.lemma != q.lemma {
				continue
			}
			if r.otherActors(p, q) || otherNames(p.actorNames, q.actorNames) || otherNames(p.undergoerNames, q.undergoerNames) {
				continue
			}
			return true
		}
	}
	return false
}

// sameTerm reports whether terms x and y are one, or one names the other
// in other words (a WordNet synonym of the story: index.rel).
func (ix *index) sameTerm(x, y int32) bool {
	if x < 0 || y < 0 {
		return false
	}
	if x == y {
		return true
	}
	return int(x) < len(ix.rel) && slices.Contains(ix.rel[x], y) || int(y) < len(ix.rel) && slices.Contains(ix.rel[y], x)
}

// otherActors reports whether two acts are said of two actors: both name
// one, and the two are neither one term nor a name and a description ("the
// Angels" / "the team" may be one; "a Wells Fargo Bank" received a call,
// "an officer" received another).
func (r *Result) otherActors(p, q act) bool {
	if p.actor < 0 || q.actor < 0 || r.ix.sameTerm(p.actor, q.actor) {
		return false
	}
	return p.actorProper == q.actorProper
}

// otherNames reports whether two phrases each name someone and share no
// name: "the West Coast Bank" and "a Wells Fargo Bank" are two banks.
func otherNames(a, b []int32) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// headline reports a sentence that ends on no stop, question or
// exclamation mark (nor a closing quote or bracket after one): a title
// line.
func headline(s string) bool {
	s = strings.TrimRight(s, " \t\n\"'”’)")
	return s != "" && !strings.ContainsAny(s[len(s)-1:], ".!?")
}

// simplePresent reports a verb group in the simple present: present, not
// perfect ("has made", whose participle the tagger may read as a past),
// not progressive ("is getting").
func simplePresent(a *text.Annotation, p *text.Proposition) bool {
	if p.Tense != "present" || p.Perfect || a.Words[p.Verb].POS == "VBG" {
		return false
	}
	for j := p.Group.Start; j < p.Verb; j++ {
		if a.Words[j].Lemma == "have" {
			return false
		}
	}
	return true
}
