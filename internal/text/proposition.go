package text

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Proposition is one clause's who-did-what-to-whom: a verb group with its
// subject and object, its polarity and modality, and the time, place and
// number arguments visible in the clause. It is the one proposition model
// of crosscheck: claims, differences and the timeline compare these.
//
// "Iranian forces did not seize the 15 sailors in Iraqi waters on March 23"
// gives Lemma seize, Subject "Iranian forces", Object "the 15 sailors",
// Negated, Tense past, Place ["Iraqi waters"], Time ["March 23"], Number
// ["the 15 sailors"].
type Proposition struct {
	Sentence int       // index in Doc.Sentences
	Group    TokenSpan // the verb group: modal, auxiliaries, negation, main verb
	Verb     int       // token index of the main verb
	Lemma    string
	// Finite is false for an infinitive ("to visit"), a participle clause
	// ("sailors seized by Iran", "saying that") or a bare verb without a
	// subject.
	Finite bool
	Tense  string // "past", "present" or "future"; "" when not finite
	// Perfect marks a perfect verb group ("has sent", "had pleaded"): with
	// Tense past, a moment earlier than the report's.
	Perfect  bool
	Passive  bool
	Negated  bool
	Modal    string // the modal's lemma ("may", "will"), or ""
	Modality string // the modal's kind (english.Modals): possible, necessary, obligation, future, conditional
	// Subject is the noun phrase the verb is said of, with its
	// prepositional and appositive attachments ("the leader of Iran");
	// SubjectHead its head token, or -1 when none was found.
	Subject     TokenSpan
	SubjectHead int
	// Object is the noun phrase after the verb (its direct object, or the
	// complement of a copula); ObjectHead its head, or -1.
	Object     TokenSpan
	ObjectHead int
	// Agent is the by-phrase of a passive ("seized by Iran"); AgentHead
	// its head, or -1.
	Agent     TokenSpan
	AgentHead int
	// Clause is the stretch of the sentence the proposition covers.
	Clause TokenSpan
	// Time, Place and Number are the noun phrases of the clause that name
	// a date or day, a place after a locative preposition, or a number.
	Time, Place, Number []TokenSpan
}

// Actor is who did it: the agent of a passive, else the subject.
func (p *Proposition) Actor() (TokenSpan, int) {
	if p.Passive {
		return p.Agent, p.AgentHead
	}
	return p.Subject, p.SubjectHead
}

// Undergoer is who or what it was done to: the subject of a passive, else
// the object.
func (p *Proposition) Undergoer() (TokenSpan, int) {
	if p.Passive {
		return p.Subject, p.SubjectHead
	}
	return p.Object, p.ObjectHead
}

// Speech reports whether the proposition attributes words ("said", "told",
// "denied"): its content is someone's statement, not the news itself.
func (p *Proposition) Speech() bool { return english.SpeechVerbs.Has(p.Lemma) }

// propositions finds the verb groups of sentence si and reads each one's
// arguments.
func (a *Annotation) propositions(si int) {
	s := a.doc.Sentences[si]
	first := len(a.Props)
	for i := s.TokStart; i < s.TokEnd; {
		if !a.groupStarts(i) {
			i++
			continue
		}
		g := a.verbGroup(i, s.TokEnd)
		p := Proposition{Sentence: si, Group: g, SubjectHead: -1, ObjectHead: -1, AgentHead: -1}
		a.readGroup(&p)
		a.Props = append(a.Props, p)
		i = g.End
	}
	props := a.Props[first:]
	for k := range props {
		p := &props[k]
		a.findSubject(p, props[:k], s.TokStart)
		a.findObject(p, s.TokEnd)
	}
	for k := range props {
		end := s.TokEnd
		if k+1 < len(props) {
			end = props[k+1].Group.Start
			if n := props[k+1]; n.SubjectHead >= 0 && n.Subject.Start > props[k].Group.End && n.Subject.Start < end {
				end = n.Subject.Start
			}
		}
		start := props[k].Group.Start
		if props[k].SubjectHead >= 0 && props[k].Subject.Start < start {
			start = props[k].Subject.Start
		}
		props[k].Clause = TokenSpan{start, max(end, props[k].Group.End)}
		a.arguments(&props[k])
	}
}

// groupStarts reports whether a verb group starts at token i: a modal or
// a verb that is not part of a noun phrase ("armed men", "the seized
// ship"), or an infinitive's "to".
func (a *Annotation) groupStarts(i int) bool {
	w := a.Words[i]
	if w.Phrase >= 0 {
		return false
	}
	if w.POS == "TO" {
		return i+1 < len(a.Words) && a.Words[i+1].POS == "VB"
	}
	return w.POS == "MD" || strings.HasPrefix(w.POS, "VB")
}

// verbGroup returns the verb group starting at i: verbs, modals, "to" and
// the adverbs between them ("had not yet been told"), without trailing
// adverbs.
func (a *Annotation) verbGroup(i, end int) TokenSpan {
	last := i
	for j := i + 1; j < end; j++ {
		p := a.Words[j].POS
		if strings.HasPrefix(p, "VB") || p == "MD" {
			if a.Words[j].Phrase >= 0 {
				break
			}
			last = j
			continue
		}
		if p == "RB" || p == "RBR" || p == "RBS" {
			continue
		}
		break
	}
	return TokenSpan{i, last + 1}
}

// readGroup reads the verb group's main verb, finiteness, tense, voice,
// polarity and modality.
func (a *Annotation) readGroup(p *Proposition) {
	g := p.Group
	p.Verb = g.End - 1
	p.Lemma = a.Words[p.Verb].Lemma
	firstVerb := -1
	sawBe := false
	for j := g.Start; j < g.End; j++ {
		w := a.Words[j]
		if w.Negated {
			p.Negated = true
		}
		switch {
		case w.POS == "MD":
			p.Modal = english.Lemma(w.Lemma, "MD")
			p.Modality = english.Modals.Kind(p.Modal)
		case j < p.Verb && (w.Lemma == "be" || w.Lemma == "get"):
			sawBe = true
		case j < p.Verb && w.Lemma == "have" && !p.Perfect:
			p.Perfect = a.Words[j+1].POS == "VBN" || a.Words[j+1].Lemma == "be" || isAdverb(a.Words[j+1].POS)
		}
		if firstVerb < 0 && (w.POS == "MD" || strings.HasPrefix(w.POS, "VB") || w.POS == "TO") {
			firstVerb = j
		}
	}
	// "did not" before the group: the negator came first ("never said")
	if g.Start > 0 && a.Words[g.Start-1].Negated && a.Words[g.Start-1].POS == "RB" {
		p.Negated = true
	}
	vpos := a.Words[p.Verb].POS
	if vpos == "VBN" && firstVerb == p.Verb && a.pastNotParticiple(p.Verb) {
		a.Words[p.Verb].POS, vpos = "VBD", "VBD"
	}
	p.Passive = vpos == "VBN" && (sawBe || firstVerb == p.Verb)
	switch fp := a.Words[firstVerb].POS; fp {
	case "VBD":
		p.Finite, p.Tense = true, "past"
	case "VBZ", "VBP":
		p.Finite, p.Tense = true, "present"
	case "MD":
		p.Finite, p.Tense = true, "present"
		switch p.Modal {
		case "will", "shall":
			p.Tense = "future"
		case "would", "could", "might":
			p.Tense = "past"
		}
	}
}

// pastNotParticiple reports a lone "-ed" verb that the model tagged as a
// participle but reads as a past tense: after an adverb ("also
// confirmed"), or followed by its object, a "that" clause or an
// infinitive ("confirmed that", "seized the ship", "continued to call"). A participle clause after a noun ("sailors
// seized by Iran") takes no object.
func (a *Annotation) pastNotParticiple(v int) bool {
	if v > 0 && isAdverb(a.Words[v-1].POS) && v > 1 && a.phraseEndingAt(v-2) != nil {
		return true
	}
	if v+1 >= len(a.Words) {
		return false
	}
	// "Small groups of protesters continued to call for", "Trump
	// denounced ... and pledged to confront": a lone "-ed" verb before an
	// infinitive, after a noun or a conjunction, is the past tense that
	// governs it; after a determiner it is a participle ("allowing those
	// involved to receive").
	if a.doc.Tokens[v+1].Lower == "to" && v+2 < len(a.Words) && a.Words[v+2].POS == "VB" && v > 0 {
		if p := a.Words[v-1].POS; strings.HasPrefix(p, "NN") || p == "PRP" || p == "CC" {
			return true
		}
	}
	return a.doc.Tokens[v+1].Lower == "that" || a.phraseStartingAt(v+1) != nil
}

// finiteAt reports a finite verb or modal at token i.
func (a *Annotation) finiteAt(i int) bool {
	switch a.Words[i].POS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// findSubject is the one subject finder of crosscheck. For a finite verb it
// takes the noun phrase that ends right before the verb group (adverbs
// skipped), carried back over its prepositional phrases ("the leader of
// Iran") and appositions ("Tony Blair, the Prime Minister,"), through a
// relative pronoun to its antecedent ("the sailors, who were"), and over a
// coordination ("Britain and the US"). A verb of speech with no subject
// before it takes the phrase after it ("..., said the ministry"). An
// infinitive takes the subject of the verb that governs it ("Iran agreed
// to release"), or that verb's object when it has one ("urged Iran to
// release"); a participle clause after a noun takes that noun ("the
// sailors seized by Iran").
func (a *Annotation) findSubject(p *Proposition, earlier []Proposition, sentStart int) {
	g := p.Group.Start
	if a.Words[g].POS == "TO" {
		a.infinitiveSubject(p, earlier, sentStart)
		return
	}
	j := g - 1
	for j >= sentStart && (isAdverb(a.Words[j].POS) || a.Words[j].POS == "''") {
		j--
	}
	// "Marlin Banks Jr. was shot": the dot of an abbreviation inside the
	// sentence ends no phrase
	if j > sentStart && a.doc.Tokens[j].Text == "." && a.Words[j-1].Phrase >= 0 {
		j--
	}
	if j < sentStart {
		a.subjectAfter(p)
		return
	}
	// "a girl has died after being shot", "he was arrested without
	// being charged": a participle clause after a preposition is said of
	// the subject of the clause it hangs on
	if a.Words[g].POS == "VBG" && a.Words[j].POS == "IN" {
		if e := lastFinite(earlier); e != nil {
			p.Subject, p.SubjectHead = e.Subject, e.SubjectHead
		}
		return
	}
	// a relative pronoun stands for the phrase before it
	if pos := a.Words[j].POS; pos == "WDT" || pos == "WP" {
		j--
		for j >= sentStart && (a.doc.Tokens[j].Text == "," || a.doc.Tokens[j].Text == "(" || a.Words[j].POS == "''") {
			j--
		}
	}
	// "X, the Y of Z, said", "X (who ...) said": skip what the commas or
	// brackets set off
	if j >= sentStart {
		j = a.skipParenthetical(j, sentStart)
	}
	// "Donyae Jones, 18, who was shot", "Donyae Jones, 18, who was shot,
	// was taken": an age set off by commas stands beside the person it
	// gives the age of, who is the subject
	if j-2 >= sentStart && j+1 < len(a.Words) && a.Words[j].POS == "CD" && a.doc.Tokens[j+1].Text == "," && a.doc.Tokens[j-1].Text == "," && a.phraseEndingAt(j-2) != nil {
		j -= 2
	}
	// "were released ... and made to apologise": the subject of the
	// first verb
	if j >= sentStart && a.Words[j].POS == "CC" {
		if e := a.coordinate(earlier, sentStart); e != nil {
			p.Subject, p.SubjectHead = e.Subject, e.SubjectHead
			return
		}
	}
	if j < sentStart {
		return
	}
	np := a.phraseEndingAt(j)
	if np == nil {
		a.subjectAfter(p)
		return
	}
	np = a.overTime(np, sentStart)
	p.Subject, p.SubjectHead = a.extendBack(np, sentStart)
	a.unclosedApposition(p, sentStart)
}

// lastFinite returns the last finite verb with a subject before a
// participle clause, or nil.
func lastFinite(earlier []Proposition) *Proposition {
	for k := len(earlier) - 1; k >= 0; k-- {
		if e := &earlier[k]; e.Finite && e.SubjectHead >= 0 {
			return e
		}
	}
	return nil
}

// coordinate returns the verb a second verb after "and" or "but" shares
// its subject with: the last finite verb before it with a subject that
// stands in no subordinate, relative or reported clause ("Sen. Rand Paul
// said Rubio's plan would ... and called", "He praised those who left but
// said"), else the last finite verb with a subject, or nil.
func (a *Annotation) coordinate(earlier []Proposition, sentStart int) *Proposition {
	var last *Proposition
	for k := len(earlier) - 1; k >= 0; k-- {
		e := &earlier[k]
		if !e.Finite || e.SubjectHead < 0 {
			continue
		}
		if last == nil {
			last = e
		}
		if !a.subordinate(e, sentStart) && !a.reported(e, sentStart) {
			return e
		}
	}
	return last
}

// reported reports a clause whose subject follows a verb: the content of
// a verb of saying or thinking ("said the move was", "noted that he").
func (a *Annotation) reported(p *Proposition, sentStart int) bool {
	b := p.Subject.Start - 1
	if b >= sentStart && a.doc.Tokens[b].Lower == "that" {
		b--
	}
	return b >= sentStart && b < p.Group.Start && strings.HasPrefix(a.Words[b].POS, "VB")
}

// overTime steps back over a time phrase between a subject and its verb
// ("Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed", "Trump
// Thursday said") to the phrase before it; a time phrase with nothing
// before it is the subject ("Tuesday was").
func (a *Annotation) overTime(np *Phrase, sentStart int) *Phrase {
	if !a.timePhrase(np) {
		return np
	}
	k := np.Start - 1
	// "Priebus later Thursday told", "Trump on Saturday said"
	if k >= sentStart && (a.Words[k].POS == "IN" || isAdverb(a.Words[k].POS)) {
		k--
	}
	if k >= sentStart {
		k = a.skipParenthetical(k, sentStart)
	}
	if k >= sentStart && a.doc.Tokens[k].Text != "," {
		if prev := a.phraseEndingAt(k); prev != nil {
			return prev
		}
	}
	return np
}

// unclosedApposition reads a name that opens the sentence, a comma and a
// common-noun phrase before the verb as the name with an apposition whose
// closing comma is missing ("Mohammad Reza Bahonar, the deputy speaker of
// the Majlis of Iran has stated"): the subject is the name. A reporting
// clause set off by commas ("Iran, the report said, had") is not one.
func (a *Annotation) unclosedApposition(p *Proposition, sentStart int) {
	c := p.Subject.Start - 1
	if c-1 < sentStart || a.doc.Tokens[c].Text != "," || !a.Noun(p.SubjectHead) || a.Proper(p.SubjectHead) {
		return
	}
	if e := p.Group.End; e < len(a.Words) && a.doc.Tokens[e].Text == "," {
		return
	}
	name := a.phraseEndingAt(c - 1)
	if name == nil || name.Start != sentStart || !a.Proper(name.Head) {
		return
	}
	for q := p.Subject.Start; q < p.Subject.End; q++ {
		if a.Words[q].POS == "CC" {
			return
		}
	}
	p.Subject, p.SubjectHead = name.TokenSpan, name.Head
}

// infinitiveSubject reads the subject of an infinitive at p: the noun
// phrase after "for" ("no plan for Putin to visit"); else the object of
// the verb that governs it ("urged Iran to release"), unless that object
// is an event noun the infinitive complements ("accepted the invitation
// to visit": the one who accepts visits); else that verb's subject ("Iran
// agreed to release").
func (a *Annotation) infinitiveSubject(p *Proposition, earlier []Proposition, sentStart int) {
	g := p.Group.Start
	if np := a.phraseEndingAt(g - 1); np != nil && np.Start-1 >= sentStart && a.doc.Tokens[np.Start-1].Lower == "for" {
		p.Subject, p.SubjectHead = np.TokenSpan, np.Head
		return
	}
	if len(earlier) == 0 {
		return
	}
	gov := &earlier[len(earlier)-1]
	switch {
	case gov.ObjectHead >= 0 && gov.Object.End == g && english.EventVerb(a.doc.Tokens[gov.ObjectHead].Lower) != "":
		p.Subject, p.SubjectHead = gov.Subject, gov.SubjectHead
	case gov.ObjectHead >= 0 && gov.Object.End == g:
		p.Subject, p.SubjectHead = gov.Object, gov.ObjectHead
	case gov.Group.End == g:
		p.Subject, p.SubjectHead = gov.Subject, gov.SubjectHead
	}
}

// skipParenthetical steps back over a stretch set off by commas or
// brackets that ends at token j (", a spokesman for the department,",
// "(who wished to remain anonymous)") to the token before it, when a noun
// phrase stands there; else it returns j.
func (a *Annotation) skipParenthetical(j, sentStart int) int {
	return a.skipWithin(j, sentStart, 25)
}

// skipWithin is skipParenthetical over a stretch of at most n tokens.
func (a *Annotation) skipWithin(j, sentStart, n int) int {
	closeTok := a.doc.Tokens[j].Text
	// "Sen. Jack Reed (D-R.I.), said": a comma after a bracket closes
	// nothing of its own
	if closeTok == "," && j-1 > sentStart && a.doc.Tokens[j-1].Text == ")" {
		if k := a.skipWithin(j-1, sentStart, n); k != j-1 {
			return k
		}
	}
	var open string
	switch closeTok {
	case ",":
		open = ","
	case ")":
		open = "("
	default:
		return j
	}
	for k := j - 1; k > sentStart && k >= j-n; k-- {
		t := a.doc.Tokens[k].Text
		if t == open {
			if a.phraseEndingAt(k-1) != nil {
				return k - 1
			}
			// "Former governor Ed Rendell (D), a Clinton supporter,
			// praised": a party label before the apposition
			if open == "," && k-1 > sentStart && a.doc.Tokens[k-1].Text == ")" {
				if b := a.skipWithin(k-1, sentStart, n); b != k-1 {
					return b
				}
			}
			return j
		}
		// a comma-bounded stretch holds no finite verb of its own, unless
		// it is a relative clause ("X, who was there, said")
		if open == "," && (t == ";" || t == ":" || a.Words[k].POS == "VBD" || a.Words[k].POS == "VBZ" || a.Words[k].POS == "VBP" || a.Words[k].POS == "MD") && !a.relativeBefore(k, j-n) && !a.adverbialBefore(k, j-n) {
			return j
		}
	}
	return j
}

// adverbialBefore reports a comma-bounded stretch before token k that
// opens with a subordinating conjunction or a preposition ("Michael
// Phillips, though his hand were raised in surrender, was shot", "X, in a
// statement he released, said"): an adverbial clause set off between a
// subject and its verb.
func (a *Annotation) adverbialBefore(k, floor int) bool {
	for q := k - 1; q > 0 && q >= floor; q-- {
		if a.doc.Tokens[q].Text != "," {
			continue
		}
		if q+1 >= k {
			return false
		}
		pos := a.Words[q+1].POS
		return pos == "IN" && a.doc.Tokens[q+1].Lower != "that" || pos == "WRB"
	}
	return false
}

// relativeBefore reports a relative pronoun between token floor and k.
func (a *Annotation) relativeBefore(k, floor int) bool {
	for q := k - 1; q >= 0 && q >= floor; q-- {
		if p := a.Words[q].POS; p == "WP" || p == "WDT" || p == "WP$" {
			return true
		}
		// "the Free State Project that encourages": "that" between a noun
		// and a finite verb, tagged as a conjunction
		if a.doc.Tokens[q].Lower == "that" && q > 0 && q+1 < len(a.Words) && a.phraseEndingAt(q-1) != nil && a.finiteAt(q+1) {
			return true
		}
		if a.doc.Tokens[q].Text == "," {
			return false
		}
	}
	return false
}

// extendBack carries a noun phrase back over the prepositional phrases and
// coordination it closes ("the leader | of Iran", "Britain and | the US")
// to the phrase that heads them.
func (a *Annotation) extendBack(np *Phrase, sentStart int) (TokenSpan, int) {
	sp, head := np.TokenSpan, np.Head
	list := false
	for k := 0; k < 8; k++ {
		j := sp.Start - 1
		if j-1 < sentStart {
			break
		}
		w := a.Words[j]
		prev := a.phraseEndingAt(j - 1)
		if prev == nil {
			break
		}
		switch {
		case k == 0 && w.POS == "IN" && a.timePhrase(np):
			// "Sanders during a Sunday interview said": the time is the
			// clause's, not the subject's
			sp, head = prev.TokenSpan, prev.Head
		case w.POS == "IN" && w.Lemma != "that" && !english.Conjunctions.Has(w.Lemma) || w.POS == "TO":
			// "the leader of Iran": the head is the first phrase's
			sp.Start, head = prev.Start, prev.Head
		case w.POS == "CC" && (w.Lemma == "and" || w.Lemma == "or"):
			sp.Start, head = prev.Start, prev.Head
			list = true
		case list && a.doc.Tokens[j].Text == ",":
			// "artists, writers, actors and scientists": a list's
			// commas before its "and"
			sp.Start, head = prev.Start, prev.Head
		default:
			return sp, head
		}
	}
	return sp, head
}

// subjectAfter takes the phrase right after a verb of speech as its
// subject: "..., said the ministry", "according to ..." is not one.
func (a *Annotation) subjectAfter(p *Proposition) {
	if !p.Finite || !english.SpeechVerbs.Has(p.Lemma) {
		return
	}
	if np := a.phraseStartingAt(p.Group.End); np != nil && a.doc.Tokens[np.Head].Lower != "it" {
		sp, h := a.extendForward(np)
		p.Subject, p.SubjectHead = sp, h
	}
}

// findObject takes the noun phrase after the verb group (particles and
// adverbs skipped) as the object, with its "of" phrase ("the release of
// the sailors"); a passive's "by" phrase is its agent.
func (a *Annotation) findObject(p *Proposition, sentEnd int) {
	j := p.Group.End
	for j < sentEnd && (a.Words[j].POS == "RP" || isAdverb(a.Words[j].POS)) {
		j++
	}
	if j >= sentEnd {
		return
	}
	if p.Passive {
		if a.doc.Tokens[j].Lower == "by" && j+1 < sentEnd {
			if np := a.phraseStartingAt(j + 1); np != nil {
				p.Agent, p.AgentHead = a.extendForward(np)
			}
		}
		return
	}
	np := a.phraseStartingAt(j)
	if np == nil || np.Start >= p.Subject.Start && np.Start < p.Subject.End {
		return
	}
	// "said the talks had failed": the phrase is the subject of the
	// clause that follows, not the object
	if np.End < sentEnd && a.groupStarts(np.End) && a.finiteAt(np.End) {
		return
	}
	p.Object, p.ObjectHead = a.extendForward(np)
}

// extendForward carries a phrase over a following "of" phrase.
func (a *Annotation) extendForward(np *Phrase) (TokenSpan, int) {
	sp := np.TokenSpan
	if sp.End+1 < len(a.Words) && a.doc.Tokens[sp.End].Lower == "of" {
		if next := a.phraseStartingAt(sp.End + 1); next != nil {
			sp.End = next.End
		}
	}
	return sp, np.Head
}

func isAdverb(pos string) bool { return pos == "RB" || pos == "RBR" || pos == "RBS" }

// arguments finds the time, place and number phrases of the clause.
func (a *Annotation) arguments(p *Proposition) {
	for k := p.Clause.Start; k < p.Clause.End; {
		np := a.phraseStartingAt(k)
		if np == nil {
			k++
			continue
		}
		if a.timePhrase(np) {
			p.Time = append(p.Time, np.TokenSpan)
		} else if k > 0 && english.Prepositions.Kind(a.doc.Tokens[k-1].Lower) == "place" && a.hasProper(np) {
			p.Place = append(p.Place, np.TokenSpan)
		}
		for q := np.Start; q < np.End; q++ {
			if a.Words[q].POS == "CD" && !a.timePhrase(np) {
				p.Number = append(p.Number, np.TokenSpan)
				break
			}
		}
		k = np.End
	}
}

// hasProper reports a phrase that holds a proper noun ("Iraqi waters").
func (a *Annotation) hasProper(np *Phrase) bool {
	for q := np.Start; q < np.End; q++ {
		if a.Proper(q) {
			return true
		}
	}
	return false
}

// timePhrase reports a phrase that names a date, a day or a year: a month
// or weekday name, "today" and its kin, a year, or a calendar unit after a
// determiner or an adjective ("this week", "last month").
func (a *Annotation) timePhrase(np *Phrase) bool {
	if np.End-np.Start >= 2 && np.Head == np.End-1 && calendarUnits.Has(a.doc.Tokens[np.Head].Lower) {
		if p := a.Words[np.Start].POS; p == "DT" || p == "JJ" {
			return true
		}
	}
	for q := np.Start; q < np.End; q++ {
		low := a.doc.Tokens[q].Lower
		if _, ok := english.IsMonth(low); ok && a.doc.Tokens[q].Cap && (low != "may" || a.Words[q].POS == "NNP") {
			return true
		}
		if english.Weekdays.Has(low) || english.RelativeDays.Has(low) {
			return true
		}
		if a.Words[q].POS == "CD" && len(low) == 4 {
			if y, err := strconv.Atoi(low); err == nil && y >= 1000 && y <= 2999 {
				return true
			}
		}
	}
	return false
}

// calendarUnits are the units of the calendar and the clock ("week",
// "months"), as the time expressions read them.
var calendarUnits = english.List("timex/units")

// SubjectOf returns the subject of the word at token i and its head (-1
// when none): the subject of the proposition whose verb group holds i, or,
// for any other word (a noun that names an event, "the invitation"), what
// the subject finder reads before it as if a verb stood there.
func (a *Annotation) SubjectOf(i int) (TokenSpan, int) {
	if p := a.PropAt(i); p != nil {
		return p.Subject, p.SubjectHead
	}
	si := a.sentenceOf(i)
	if si < 0 {
		return TokenSpan{}, -1
	}
	s := a.doc.Sentences[si]
	var earlier []Proposition
	for _, p := range a.Props {
		if p.Sentence == si && p.Group.End <= i {
			earlier = append(earlier, p)
		}
	}
	p := Proposition{Sentence: si, Group: TokenSpan{i, i + 1}, Verb: i, Lemma: a.Words[i].Lemma, Finite: true, SubjectHead: -1}
	a.findSubject(&p, earlier, s.TokStart)
	return p.Subject, p.SubjectHead
}

// SentenceSubject returns the subject of sentence si's main clause, and
// its head (-1 when none): the subject of its first finite verb that has
// one and does not stand in a subordinate or relative clause ("When he
// returned he began", "If he wins, Trump has indicated", "responses to
// create websites that would identify"). It is the one a later "he" most
// likely means ("Mohammad Reza Bahonar, the deputy speaker ... has
// stated"), and the one a participle hangs on ("..., saying").
func (a *Annotation) SentenceSubject(si int) (TokenSpan, int) {
	if si < 0 || si >= len(a.doc.Sentences) {
		return TokenSpan{}, -1
	}
	start := a.doc.Sentences[si].TokStart
	for k := range a.Props {
		p := &a.Props[k]
		if p.Sentence != si || !p.Finite || p.SubjectHead < 0 || a.subordinate(p, start) {
			continue
		}
		return p.Subject, p.SubjectHead
	}
	return TokenSpan{}, -1
}

// subordinate reports a proposition whose subject follows a subordinating
// word or a preposition ("when he returned", "after Clinton suffered"), or
// whose verb follows a relative pronoun ("websites that would identify";
// not "Clinton, who was speaking there, did not mention").
func (a *Annotation) subordinate(p *Proposition, sentStart int) bool {
	if b := p.Subject.Start - 1; b >= sentStart {
		switch a.Words[b].POS {
		case "IN", "WRB", "WDT", "WP":
			return true
		}
	}
	q := p.Group.Start - 1
	for q >= sentStart && isAdverb(a.Words[q].POS) {
		q--
	}
	return q >= sentStart && (a.Words[q].POS == "WDT" || a.Words[q].POS == "WP")
}

// ClauseOf returns the proposition whose clause holds token i, the one
// whose verb group comes last before it when clauses overlap ("was found
// guilty": the proposition of "was found" for "guilty"), or nil.
func (a *Annotation) ClauseOf(i int) *Proposition {
	var best *Proposition
	for k := range a.Props {
		p := &a.Props[k]
		if p.Clause.Start <= i && i < p.Clause.End && (best == nil || p.Group.Start <= i) {
			best = p
		}
	}
	return best
}

// Sentence returns the index of the sentence holding token i, or -1.
func (a *Annotation) Sentence(i int) int { return a.sentenceOf(i) }

// sentenceOf returns the index of the sentence holding token i, or -1.
func (a *Annotation) sentenceOf(i int) int {
	ss := a.doc.Sentences
	lo, hi := 0, len(ss)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case i < ss[m].TokStart:
			hi = m
		case i >= ss[m].TokEnd:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
