package compare

import (
	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A contradiction by negation is read in the one proposition model of
// crosscheck, text.Proposition: the proposition a negation denies in one
// source, against a proposition of another source that asserts the same
// predicate of the same subject and object. A sentence that merely shares
// a name and a word with the negation contradicts nothing.

// denial is a negation read in the shared annotation: the predicate it
// denies, the proposition whose subject and object go with it, and the
// verb that governs a predicate which is not a verb of its own ("found
// not guilty"). It keeps no reading of its own: subject and object are
// the annotation's.
type denial struct {
	pred     int    // token index in the document of the predicate
	term     string // the predicate's alignment term
	lemma    string // the predicate's lemma
	governor string // the lemma of the verb the predicate is the complement of, or ""
	verb     bool   // the predicate is the verb of its proposition
	// perfect: the negation is in a past perfect ("had not recovered"),
	// of an earlier moment than the report's, which only a past perfect
	// affirms.
	perfect bool
	// subject are the names of the subject the predicate is said of (or,
	// for "no" and its kin without one, the names of the negated stretch).
	subject map[string]bool
	// undergoer is the term of the common noun a negated passive is said
	// of ("the suspect was not arrested": suspect), when no name is.
	undergoer string
	// undergoerMods are the other content words of its phrase ("the
	// surrounding area"): "a triangular area" is another thing.
	undergoerMods map[string]bool
	// actor is the term of the common noun (not a name, not a pronoun)
	// the denial is said of as subject ("five people had not received
	// treatment": people), when no name is; actorMods the other content
	// words of its phrase. An affirmation must say its predicate of the
	// same noun, with no disjoint words beside it.
	actor     string
	actorMods map[string]bool
	object    string // the term of the annotation's object head, or ""
	// hedges are the hedge words of the denial's sentence, all at or
	// after its predicate ("is not charged with", "on suspicion of"): an
	// affirmation must write them too (hedgedpred.go).
	hedges []string
	// said is the noun phrase the denial is said of (its span and head,
	// -1 without one), and person the story's person it stands for, when
	// one (personjoin.go): an affirmation may tell that person with other
	// words ("Tyshawn Lee, 9," / "a 9-year-old boy").
	said     text.TokenSpan
	saidHead int
	person   string
	scope    map[string]bool // names in the negated stretch
	args     map[string]bool // the other content terms of the negated stretch
}

// ambiguousPredicates are words that are as often a noun or a direction as
// the verb an affirmation would use ("two hard lefts", "nothing left").
var ambiguousPredicates = english.List("compare/ambiguous-predicates")

// speechNouns are objects of a denial that stand for someone else's words
// ("dismissed calls to quit", "denied the accusations"): what is denied is
// their content, said elsewhere, not the act of calling or accusing.
var speechNouns = english.List("compare/speech-noun-stems")

// broadNegatives are the approximate negators ("barely", "hardly").
var broadNegatives = english.List("compare/broad-negatives")

// clauseStarts end the search for the object of an antonym's event
// (eventAround): after "said" or "that" comes another clause.
var clauseStarts = english.List("compare/clause-starts")

// negatedProposition reads the proposition a negation denies from the
// annotation of the sentence's document. It fails when the negation is
// about disclosure ("declined to comment"), about someone's words
// ("rejected calls"), or when no subject is read for a verbal negation.
// A negation of an earlier moment than the text's ("had pleaded not
// guilty") is read as such (perfect): only a past perfect affirms it.
func negatedProposition(doc *text.Doc, s int, neg Negation, weight func(string) float64) (denial, bool) {
	toks := doc.SentenceTokens(s)
	base := doc.Sentences[s].TokStart
	at, ok := predicateIn(toks, neg, weight)
	if !ok {
		return denial{}, false
	}
	a := doc.Annotation()
	d := denial{pred: base + at, lemma: a.Words[base+at].Lemma, saidHead: -1, scope: map[string]bool{}, args: map[string]bool{}}
	d.term, _ = termAt(toks[at], at)
	cue := base + neg.Tok
	// The proposition that carries the cue: its verb group holds it
	// ("did not seize", "denied"), starts after it ("never admitted"), or
	// ends before it ("found not guilty", "was not guilty").
	held := a.PropAt(cue)
	if held == nil && verbalCue(neg.Cue) {
		held = a.PropAt(cue + 1)
		if held == nil || held.Group.Start != cue+1 {
			held = a.PropAt(cue - 1)
		}
	}
	if held == nil && !verbalCue(neg.Cue) {
		held = a.ClauseOf(cue)
	}
	if held == nil && verbalCue(neg.Cue) {
		return denial{}, false
	}
	// "had not been told", "had denied", "had pleaded not guilty": the
	// negation is of an earlier moment than the report, which another
	// source's plain statement does not contradict; only a statement of
	// the same earlier moment ("had been told") does.
	d.perfect = held != nil && pastPerfect(held)
	own := a.PropAt(d.pred)
	switch {
	case own != nil && own.Verb == d.pred:
		d.verb = true
		d.object = objectTerm(doc, own)
	case held != nil && !denials.Has(neg.Cue):
		// "found not guilty", "had no children", "was not at home": the
		// predicate is what the verb says of its subject, and another
		// verb ("was one of six children") says something else.
		d.governor = held.Lemma
	}
	var of *text.Proposition
	d.subject, of = subjectNames(doc, own, held, cue)
	if of != nil {
		d.said, d.saidHead = of.Subject, of.SubjectHead
	}
	for _, k := range neg.Scope {
		if k == at {
			continue
		}
		term, name := termAt(toks[k], k)
		switch {
		case term == "" || lightNouns.Has(toks[k].Lower):
		case name:
			d.scope[term] = true
		default:
			d.args[term] = true
		}
	}
	if len(d.subject) == 0 && d.verb && verbalCue(neg.Cue) {
		d.undergoer = passiveUndergoer(doc, own)
	}
	if d.undergoer != "" {
		d.undergoerMods = undergoerMods(doc, own)
		d.said, d.saidHead = own.Undergoer()
	}
	if len(d.subject) == 0 && d.undergoer != "" {
		return d, true
	}
	if len(d.subject) == 0 && verbalCue(neg.Cue) {
		p := held
		if d.verb {
			p = own
		}
		// A common noun names less than a name: a denial of it is read
		// only when plain, not of an ability or a possibility ("officers
		// couldn't return fire initially").
		if d.actor = commonSubject(doc, p, cue); d.actor != "" && (held == nil || held.Modal == "") {
			d.actorMods = modifiers(doc, p.Subject, p.SubjectHead)
			d.said, d.saidHead = p.Subject, p.SubjectHead
			return d, true
		}
		d.actor = ""
	}
	if len(d.subject) == 0 {
		// A verbal negation ("has never been nominated") denies something
		// of its subject; without one read, the names of its scope ("for
		// an Oscar") are not what it is about. Only "no", "nothing" and
		// the like ("there was no plan for Putin to visit") name it in
		// their scope.
		if verbalCue(neg.Cue) || len(d.scope) == 0 {
			return denial{}, false
		}
		d.subject = d.scope
	}
	return d, true
}

// verbalCue reports a negation of a verb ("not", "n't", "never"), not of a
// noun phrase ("no plan", "nothing") or by a verb of denial.
func verbalCue(cue string) bool { return cue == "not" || cue == "never" }

// predicateIn finds the predicate of a negation in its scope: its first
// content word, or the word after a light noun ("no plan for Putin to
// visit": visit). It fails on a reporting verb on the way (a refusal to
// disclose), on "had" after a denial ("denied he had"), on someone's words
// as the object of a denial, and on a predicate that is as often a noun.
func predicateIn(toks []text.Token, neg Negation, weight func(string) float64) (int, bool) {
	for _, k := range neg.Scope {
		low := toks[k].Lower
		if speechWord(low) {
			return 0, false
		}
		if low == "had" && denials.Has(neg.Cue) {
			return 0, false
		}
		term, name := termAt(toks[k], k)
		if term == "" || name || lightNouns.Has(low) {
			continue
		}
		if denials.Has(neg.Cue) && speechNouns.Has(text.Stem(low)) || ambiguousPredicates.Has(low) {
			return 0, false
		}
		return k, weight(term) >= minPredicateWeight
	}
	return 0, false
}

// speechWord reports a verb of speech or disclosure (lower case): a
// negation of it is a refusal to say, no denial of a fact, and it is no
// predicate of a twin either.
func speechWord(low string) bool {
	return reporting.Has(text.Stem(low)) || low == "say" || low == "said"
}

// minPredicateWeight is the least alignment weight of a denied predicate:
// a word of the story's every sentence tells no act. Plain verbs of the
// news weigh less than 1 ("McCray was [not] taken to Stroger Hospital",
// "Alford was [not] wanted on an outstanding warrant", GVA calibration),
// and yet they are the act denied: the subject, object and scope tests of
// the affirmation tell one act, not the predicate's rarity (wave 18: 1 ->
// 0.5, negation found 286 -> 288 of 564 on calibration, 257 -> 262 of 538
// on reporting, the unedited stories' lists the same).
const minPredicateWeight = 0.5

// pastPerfect reports a proposition of an earlier moment than the
// report's: "had pleaded", "hadn't been told".
func pastPerfect(p *text.Proposition) bool { return p.Perfect && p.Tense == "past" }

// objectTerm is the term of a proposition's object head when it is a
// content word, not a name or a number ("sent eight experts": expert).
func objectTerm(doc *text.Doc, p *text.Proposition) string {
	if p.ObjectHead < 0 {
		return ""
	}
	t := doc.Tokens[p.ObjectHead]
	if t.Kind != text.Word {
		return ""
	}
	if _, ok := align.ParseNumber(t.Lower); ok {
		return ""
	}
	if term, name := termAt(t, 1); !name {
		return term
	}
	return ""
}

// subjectNames are the names in the annotation's subject of the
// predicate, with the proposition they are read from: of the proposition
// whose verb it is ("to visit", with its subject "for Putin"), else of
// the proposition that carries the cue ("Sudan's government denied any
// bombing"), unless the cue stands inside that subject ("no one was
// hurt").
func subjectNames(doc *text.Doc, own, held *text.Proposition, cue int) (map[string]bool, *text.Proposition) {
	for _, p := range []*text.Proposition{own, held} {
		if p == nil || p.SubjectHead < 0 || p.Subject.Start <= cue && cue < p.Subject.End {
			continue
		}
		if ns := subjectTerms(doc, p); len(ns) > 0 {
			return ns, p
		}
	}
	return nil, nil
}

// commonSubject is the term of a proposition's subject head when it is a
// common noun, the subject holds no name and not the cue at token cue ("no
// one was hurt"), or "". A pronoun is not read: without its antecedent,
// "he was not very social" and "he was our social glue" may be two people
// (tried: more false differences than denials found).
func commonSubject(doc *text.Doc, p *text.Proposition, cue int) string {
	if p == nil || p.SubjectHead < 0 || p.Subject.Start <= cue && cue < p.Subject.End || len(names(doc, p.Subject)) > 0 {
		return ""
	}
	h := p.SubjectHead
	t := doc.Tokens[h]
	a := doc.Annotation()
	if t.Kind != text.Word || !a.Noun(h) || a.Proper(h) {
		return ""
	}
	if term, name := termAt(t, 1); !name {
		return term
	}
	return ""
}

// affirmedSubject are the names of the annotation's subject of the word
// at token i: of its proposition when it is a verb, else of the verb
// group it follows in its clause ("Smith was found guilty": Smith).
func affirmedSubject(doc *text.Doc, own, clause *text.Proposition, i int) map[string]bool {
	p := own
	if p == nil && clause != nil && clause.Group.End <= i {
		p = clause
	}
	if p == nil || p.SubjectHead < 0 {
		return nil
	}
	return subjectTerms(doc, p)
}

// names returns the names (capitalised words inside the sentence, not
// stop words) of a span of tokens, as alignment terms.
func names(doc *text.Doc, sp text.TokenSpan) map[string]bool {
	out := map[string]bool{}
	for i := sp.Start; i < sp.End; i++ {
		if term, ok := nameAt(doc.Tokens, i); ok {
			out[term] = true
		}
	}
	return out
}

// affirmedBy reports whether sentence s of doc affirms the denied
// proposition: the same predicate, asserted, with the negation's governing
// verb before it, its subject (or, without one, most names of its scope)
// as the annotation's subject of the predicate, the same object, and at
// least half the other words of the negated stretch. The subject may be
// the denial's person told with other words, as person reads a noun
// phrase of the affirming sentence (nil: names and nouns only). It returns
// a score (the informativeness of what matched) and the predicate as
// written.
func (d denial) affirmedBy(doc *text.Doc, s int, weight func(string) float64, person func(sp text.TokenSpan, h int) string) (float64, string, bool) {
	jt := doc.SentenceTokens(s)
	if !d.wordsIn(jt) || !writesAll(jt, d.hedges) {
		return 0, "", false
	}
	a := doc.Annotation()
	base := doc.Sentences[s].TokStart
	best, pred := 0.0, ""
	for k, t := range jt {
		term, name := termAt(t, k)
		i := base + k
		if name || term == "" || term != d.term && a.Words[i].Lemma != d.lemma || !Asserted(jt, k) || ambiguousPredicates.Has(t.Lower) || hedgedBefore(jt, k) {
			continue
		}
		own := a.PropAt(i)
		clause := own
		if clause == nil {
			clause = a.ClauseOf(i)
		}
		// "barely landed a punch": almost a denial itself; "held without
		// bail" denies the bail it names.
		if k > 0 && (broadNegatives.Has(jt[k-1].Lower) || privative(jt, k)) {
			continue
		}
		// "had shot": an earlier moment than the denial's, unless the
		// denial is of that moment too ("had not recovered").
		if (clause != nil && pastPerfect(clause)) != d.perfect {
			continue
		}
		verb := own != nil && own.Verb == i
		if d.governor != "" && !verb && !d.governs(clause, i) {
			continue
		}
		// A denied act is affirmed by a verb that asserts it, not by a
		// noun ("was not home" against "lived in the home").
		if d.verb && !verb {
			continue
		}
		// "allegations that Gray pointed a gun": someone's words, not
		// the source's assertion.
		if clause != nil && reportedBy(doc, clause) {
			continue
		}
		if verb && !d.sameObject(doc, own) {
			continue
		}
		// The same subject: the annotation's subject of the affirmed
		// predicate must name who the denial is about; "Klitschko landed
		// 178 punches to just 30 for Rahman" does not affirm "Rahman
		// didn't land a punch".
		if d.undergoer != "" || d.actor != "" {
			score, ok := d.commonNounScore(doc, own, clause, i, verb, weight)
			if !ok && d.samePerson(own, clause, i, verb, person) {
				score, ok = 1, true
			}
			if ok && score+weight(term) > best {
				best, pred = score+weight(term), t.Text
			}
			continue
		}
		nt := ""
		for n := range affirmedSubject(doc, own, clause, i) {
			if d.subject[n] && (nt == "" || weight(n) > weight(nt)) {
				nt = n
			}
		}
		score := weight(term) + weight(nt)
		if nt == "" {
			if !d.samePerson(own, clause, i, verb, person) {
				continue
			}
			score = weight(term) + 1
		}
		if score > best {
			best, pred = score, t.Text
		}
	}
	return best, pred, best > 0
}

// sameObject reports whether the verb of the proposition own is said of
// the denial's object: "sent eight experts" does not affirm "has not sent
// three observers".
func (d denial) sameObject(doc *text.Doc, own *text.Proposition) bool {
	if d.object == "" {
		return true
	}
	obj := objectTerm(doc, own)
	return obj == "" || obj == d.object
}

// commonNounScore is, for a denial said of a common noun, the weight the
// noun adds when the predicate at token i is said of the same noun (ok):
// for a negated passive ("the suspect was not arrested"), a plain act done
// to it ("police arrested the suspect"); for a subject ("five people had
// not received treatment"), the predicate said of it as subject, a verb
// as a plain act. The noun's other words must not be disjoint.
func (d denial) commonNounScore(doc *text.Doc, own, clause *text.Proposition, i int, verb bool, weight func(string) float64) (float64, bool) {
	if d.undergoer != "" {
		if verb && plainAct(own) && d.undergoer == undergoerTerm(doc, own) && !disjointNonEmpty(d.undergoerMods, undergoerMods(doc, own)) {
			return weight(d.undergoer), true
		}
		return 0, false
	}
	p := own
	if !verb {
		p = clause
		if p != nil && p.Group.End > i {
			p = nil
		}
	}
	if p != nil && (!verb || plainAct(p)) && commonSubject(doc, p, -1) == d.actor && !disjointNonEmpty(d.actorMods, modifiers(doc, p.Subject, p.SubjectHead)) {
		return 1, true
	}
	return 0, false
}

// wordsIn reports whether a sentence holds at least half the other words
// and half the names of the negated stretch.
func (d denial) wordsIn(jt []text.Token) bool {
	terms := map[string]bool{}
	for k, t := range jt {
		if term, _ := termAt(t, k); term != "" {
			terms[term] = true
		}
	}
	for _, want := range []map[string]bool{d.args, d.scope} {
		in := 0
		for a := range want {
			if terms[a] {
				in++
			}
		}
		if 3*in < len(want) {
			return false
		}
	}
	return true
}

// governs reports whether the predicate at token i is the complement of a
// verb group of the governing verb, at most two words after it ("was found
// guilty", "was at home").
func (d denial) governs(clause *text.Proposition, i int) bool {
	return clause != nil && clause.Group.End <= i && i-clause.Group.End <= 2 && clause.Lemma == d.governor
}

// reportedBy reports a clause that gives the content of someone's words
// named by a noun: "allegations that ...", "reports that ...".
func reportedBy(doc *text.Doc, p *text.Proposition) bool {
	start := p.Group.Start
	if p.SubjectHead >= 0 && p.Subject.Start < start {
		start = p.Subject.Start
	}
	if start < 2 || doc.Tokens[start-1].Lower != "that" {
		return false
	}
	return speechNouns.Has(text.Stem(doc.Tokens[start-2].Lower))
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
		if auxiliaries.Has(t.Lower) || t.Lower == "that" || t.Lower == "who" || t.Lower == "which" {
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

// objectAfter is the first content word, not a name or a number, within
// four tokens after the word at k, up to a clause break: what an
// antonym's event is done to ("won 40 games": game).
func objectAfter(toks []text.Token, k int) string {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := toks[j]
		if t.Kind == text.Punct || clauseStarts.Has(t.Lower) {
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

// passiveUndergoer is the term of the common-noun subject of a passive
// ("the suspect was not arrested": suspect), or "": what a negated
// passive denies is said of it, and an affirmation must say the act of
// the same thing, as subject of a passive or object of an active verb
// ("police arrested the suspect").
func passiveUndergoer(doc *text.Doc, p *text.Proposition) string {
	if p == nil || !p.Passive {
		return ""
	}
	return undergoerTerm(doc, p)
}

// undergoerTerm is the term of a proposition's undergoer head when it is
// a common noun (not a name, a pronoun or a number), or "".
func undergoerTerm(doc *text.Doc, p *text.Proposition) string {
	if p == nil {
		return ""
	}
	_, h := p.Undergoer()
	if h < 0 || h >= len(doc.Tokens) {
		return ""
	}
	a := doc.Annotation()
	if !a.Noun(h) || a.Proper(h) {
		return ""
	}
	if term, name := termAt(doc.Tokens[h], 1); !name {
		return term
	}
	return ""
}

// undergoerMods are the content words of a proposition's undergoer phrase
// beside its head.
func undergoerMods(doc *text.Doc, p *text.Proposition) map[string]bool {
	sp, h := p.Undergoer()
	if h < 0 {
		return nil
	}
	return modifiers(doc, sp, h)
}

// plainAct reports a proposition that states an act as done: finite, not
// negated ("did not immediately release" is no negation cue, yet no
// affirmation), with no modal and not in the future ("will be released").
func plainAct(p *text.Proposition) bool {
	return p != nil && p.Finite && !p.Negated && p.Modal == "" && p.Tense != "future"
}
