package timeline

import (
	"github.com/crosscheck/crosscheck/internal/text/english"
	"slices"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// Merging timeline entries. Two entries at the same resolved time are one
// event when the clauses their expressions date tell one event: a verb (or
// an event noun: "their meeting on Wednesday") of one synonym class, and a
// shared participant. This is looser than a date conflict's "one event"
// (conflict.go), whose sides must plainly date the clause: here the time is
// already the same, so a wrong merge needs the time, the kind of event and
// a participant to coincide.

// mframe is what an expression dates, for merging and for choosing the
// wording of a merged entry.
type mframe struct {
	events       []string        // event classes of the dated verbs and event nouns
	parts        map[string]bool // participants, with name variants and noun classes
	names, heads map[string]bool
	future       bool
	// caption is true for a sentence without a finite verb ("HMS Cornwall
	// at Zeebrugge in 2006.", "A patrol boat similar to the two seized by
	// Iran on March 23.") or one wholly in parentheses: a photo caption or
	// fragment, which is no statement of an event.
	caption bool
	// embedded is true when the date's clause is not what the sentence
	// states: a participle after a noun ("sailors detained by Iranian
	// forces on March 23"), a relative clause, or a noun after a linking
	// word ("following their meeting on Wednesday").
	embedded bool
	// linked is true when the time dates a noun after a linking word
	// ("invited Putin following their meeting on Wednesday").
	linked bool
	// cstart, cend are the bytes of the embedded clause when it can be read
	// alone (zero otherwise): the entry shows it rather than a sentence
	// whose main statement is of another time.
	cstart, cend int
	// ann is the document's annotation, and base the index in its tokens
	// of the sentence's first token.
	ann  *text.Annotation
	base int
}

// furniture reports whether the sentence of tx is what the page adds
// around the report (align's page furniture: a photo caption, a credit,
// a line that is only the page's time stamp, "Updated: 6:45 p.m. |
// Posted: 2:58 p.m."), which dates the page
// or a picture, not an event.
func furniture(d *text.Doc, tx timex.Timex) bool {
	for si, s := range d.Sentences {
		if s.Start <= tx.Start && tx.End <= s.End {
			return align.Furniture(d, si) || align.SentenceBoilerplate(d, si) || align.TimeLine(d.SentenceTokens(si))
		}
	}
	return false
}

// eventFrame analyses the clause the expression xi dates.
func eventFrame(d *text.Doc, txs []timex.Timex, xi int) mframe {
	loadLexicon()
	var f mframe
	toks, xs, xe, ok := expressionTokens(d, txs[xi])
	if !ok {
		return f
	}
	f.ann, f.base = d.Annotation(), sentenceBase(d, txs[xi])
	f.caption = !hasFinite(toks) || len(toks) > 1 && toks[0].Lower == "(" && (toks[len(toks)-1].Lower == ")" || toks[len(toks)-2].Lower == ")") ||
		furniture(d, txs[xi])
	cs, ce := clauseTokens(toks, xs, xe)
	// A fronted adverbial ("On March 23, the sailors had been inspecting a
	// ship when they were surrounded and taken into custody") dates the
	// whole sentence, its subordinate clauses too.
	fronted := onlyFiller(toks, 0, xs) && xe < len(toks) && toks[xe].Lower == ","
	lo, hi, v := 0, len(toks), -1
	if fronted {
		f.frontedEvents(toks, xs, xe)
	} else {
		lo, hi, v = f.clauseEvents(toks, cs, ce, xs, xe)
	}
	f.readParticipants(toks, lo, hi, xs, xe, v)
	if f.embedded && v >= 0 && !fronted {
		f.cstart, f.cend = readableClause(toks, cs, ce, v, xe)
	}
	return f
}

// expressionTokens returns the tokens of the sentence that holds the time
// expression and the expression's tokens [xs, xe) among them.
func expressionTokens(d *text.Doc, tx timex.Timex) ([]text.Token, int, int, bool) {
	si := slices.IndexFunc(d.Sentences, func(s text.Sentence) bool { return s.Start <= tx.Start && tx.End <= s.End })
	if si < 0 {
		return nil, 0, 0, false
	}
	toks := d.SentenceTokens(si)
	xs := slices.IndexFunc(toks, func(t text.Token) bool { return t.End > tx.Start })
	xe := slices.IndexFunc(toks, func(t text.Token) bool { return t.Start >= tx.End })
	if xs < 0 {
		return nil, 0, 0, false
	}
	if xe < 0 {
		xe = len(toks)
	}
	return toks, xs, xe, true
}

// frontedEvents takes the events of every verb of a sentence that a
// fronted time adverbial dates.
func (f *mframe) frontedEvents(toks []text.Token, xs, xe int) {
	for k := range toks {
		if k >= xs && k < xe {
			continue
		}
		if verbAt(toks, k) {
			f.addEvent(eventClass(toks, k, len(toks)))
		}
	}
}

// clauseEvents takes the events of the clause [cs, ce) that holds the time
// expression [xs, xe): its main verb's, a linked noun's, the event nouns
// before the expression. It returns the stretch [lo, hi) whose words are
// the event's participants, and the main verb (-1 for none).
func (f *mframe) clauseEvents(toks []text.Token, cs, ce, xs, xe int) (lo, hi, v int) {
	lo, hi = cs, ce
	v = mainVerb(toks, cs, ce, xs, xe)
	link := -1
	for k := min(v, xs) + 1; v >= 0 && k < max(v, xs); k++ {
		if linking.Has(toks[k].Lower) {
			link = k
		}
	}
	switch {
	case v >= 0 && v < xs && slices.ContainsFunc(toks[v:xs], func(t text.Token) bool { return speech.Has(t.Lower) }):
		// "KCNA reported on Thursday": a saying, which tells no event
		// of its own ("reported" is not taken as a verb)
	case link >= 0 && link < xs:
		// "invited Putin following their meeting on Wednesday": the
		// time is the meeting's
		f.nounEvents(toks, link+1, xs)
		f.linked = true
	case v >= 0:
		hi = f.verbEvents(toks, v, ce, xs, xe, hi)
	}
	// "A meeting between ... lasted five hours and wrapped up on
	// Wednesday": a verb without its own subject shares the
	// sentence's, and an aspectual verb tells its subject's event.
	if v >= 0 && cs > 0 && (v == cs || auxiliaries.Has(toks[cs].Lower)) && (toks[cs-1].Lower == "and" || toks[cs-1].Lower == "but") {
		lo = 0
	}
	if v >= 0 && aspectual[lemma(toks[v].Lower)] {
		f.nounEvents(toks, lo, v)
	}
	// "the seizure on March 23", "their talks in Russia on Wednesday"
	f.nounEvents(toks, max(cs, xs-4), xs)
	if !f.embedded && v >= 0 {
		f.embedded = f.embeddedAt(toks, cs, v)
	}
	return lo, hi, v
}

// nounEvents takes the events that the nouns of toks[from:to] name.
func (f *mframe) nounEvents(toks []text.Token, from, to int) {
	for k := from; k < to; k++ {
		if c := eventNouns[toks[k].Lower]; c != "" {
			f.addEvent(c)
		}
	}
}

// verbEvents takes the event of the main verb v (or of the verb its
// auxiliary governs), of the noun a light verb follows, and of the verbs
// joined to it; it returns where the last joined verb's clause ends, or
// hi.
func (f *mframe) verbEvents(toks []text.Token, v, ce, xs, xe, hi int) int {
	c := eventClass(toks, v, ce)
	for k := v + 1; c == "" && k < ce && k <= v+3; k++ {
		// "had been inspecting": the auxiliary's verb
		if (k < xs || k >= xe) && verbAt(toks, k) {
			c = eventClass(toks, k, ce)
		}
	}
	f.addEvent(c)
	if lightVerbs[lemma(toks[v].Lower)] && v > 0 {
		// "a press conference held Friday": the noun a light
		// verb's participle follows is the event
		for k := v - 1; k >= max(0, v-2); k-- {
			f.addEvent(eventNouns[toks[k].Lower])
		}
	}
	// "were surrounded ... and taken into custody": verbs joined
	// to the dated one share its time
	for k := ce; k+1 < len(toks) && (toks[k].Lower == "and" || toks[k].Lower == "or"); {
		n := k + 1
		if auxiliaries.Has(toks[n].Lower) && n+1 < len(toks) {
			n++
		}
		if !verbAt(toks, n) {
			break
		}
		e := n + 1
		for e < len(toks) && !clauseBreak(toks, e) {
			e++
		}
		f.addEvent(eventClass(toks, n, e))
		hi, k = e, e
	}
	return hi
}

// readParticipants reads the participants of the event from toks[lo:hi],
// but the expression [xs, xe) and the verb v: their keys, which of them
// are names and heads of names, and whether a cue makes the event a plan.
func (f *mframe) readParticipants(toks []text.Token, lo, hi, xs, xe, v int) {
	f.parts, f.names, f.heads = map[string]bool{}, map[string]bool{}, map[string]bool{}
	f.parts, f.names, f.heads = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for k := lo; k < hi; k++ {
		if k >= xs && k < xe || k == v || eventNouns[toks[k].Lower] != "" {
			continue
		}
		// "to" marks a plan only before the verb ("to visit"), not
		// "similar to the two seized"
		if v >= 0 && futureCue(toks, k, v) && (toks[k].Lower != "to" || k+1 == v || k+1 < len(toks) && auxiliaries.Has(toks[k+1].Lower)) {
			f.future = true
		}
		p := participant(toks, k)
		if p == "" {
			continue
		}
		head := toks[k].Cap && (k+1 >= len(toks) || !toks[k+1].Cap || toks[k+1].Kind != text.Word || k+1 >= xs && k+1 < xe)
		// A capitalised word opening the sentence is a name only when a
		// name goes on after it: "Police arrested" is no name.
		name := toks[k].Cap && (k > 0 || k+1 < len(toks) && toks[k+1].Cap && toks[k+1].Kind == text.Word)
		for _, q := range variants(p, toks[k].Cap) {
			f.parts[q] = true
			if name {
				f.names[q] = true
				if head {
					f.heads[q] = true
				}
			}
		}
	}
}

func (f *mframe) addEvent(c string) {
	if c != "" && !slices.Contains(f.events, c) {
		f.events = append(f.events, c)
	}
}

// eventClass is the event a verb at k tells, as its synonym class: ""
// for verbs that tell no event of their own (be, have, saying). A light
// verb takes its object's class: "had their summit", "taken into
// custody", "held talks"; "crossed (the border) into" is an arrival.
func eventClass(toks []text.Token, k, end int) string {
	w := toks[k].Lower
	l := lemma(w)
	for j := k + 1; j < end && j <= k+4; j++ {
		if c := eventNouns[toks[j].Lower]; c != "" && lightVerbs[l] {
			return c
		}
		if l == crossKey && toks[j].Lower == "into" {
			return "arrive"
		}
	}
	if neverSide()[l] || auxiliaries.Has(w) {
		return ""
	}
	if c, ok := verbClasses[l]; ok {
		return c
	}
	return l
}

// embeddedAt reports whether the clause [cs, ...) whose verb is v is
// subordinate to a noun: a relative clause ("who were detained on March
// 23") or a participle right after a noun ("sailors detained by Iranian
// forces on March 23").
func (f *mframe) embeddedAt(toks []text.Token, cs, v int) bool {
	if cs > 0 && relatives.Has(toks[cs-1].Lower) {
		return true
	}
	if v == 0 || !f.ann.Participle(f.base+v) {
		return false
	}
	p := toks[v-1]
	if p.Kind != text.Word || auxiliaries.Has(p.Lower) || p.Stop || pronouns.Has(p.Lower) || strings.HasSuffix(p.Lower, "ly") {
		return false
	}
	// A participle after a noun is also a finite past ("the minister
	// visited North Korea"): it is a reduced relative when its agent follows ("the
	// two seized by Iran") or when the noun is a preposition's object, so
	// cannot be the subject ("at a press conference held Friday").
	if v+1 < len(toks) && toks[v+1].Lower == "by" {
		return true
	}
	k := v - 1
	for k >= 0 && toks[k].Kind != text.Punct && (!toks[k].Stop || nounPhraseWords.Has(toks[k].Lower)) && !determiners.Has(toks[k].Lower) {
		k--
	}
	if k >= 0 && determiners.Has(toks[k].Lower) {
		k--
	}
	return k >= 0 && (prepBefore.Has(toks[k].Lower) || toks[k].Lower == "of")
}

// sentenceBase returns the index in the document's tokens of the first
// token of the sentence that holds tx.
func sentenceBase(d *text.Doc, tx timex.Timex) int {
	si := slices.IndexFunc(d.Sentences, func(s text.Sentence) bool { return s.Start <= tx.Start && tx.End <= s.End })
	return d.Sentences[si].TokStart
}

// readableClause returns the bytes of an embedded clause with the noun it
// depends on ("15 British sailors and marines detained by Iranian forces on
// March 23"), ending at the expression when a verb of the main clause
// follows it; zero when that is too short to read alone.
func readableClause(toks []text.Token, cs, ce, v, xe int) (int, int) {
	start, floor := v, cs
	if cs > 0 && relatives.Has(toks[cs-1].Lower) {
		start, floor = cs-1, 0
		if start > 0 && toks[start-1].Lower == "," {
			start--
		}
	}
	// the noun before: words, numbers and determiners back to a
	// preposition or a break
	for start > floor {
		p := toks[start-1]
		if p.Kind == text.Punct || p.Stop && !nounPhraseWords.Has(p.Lower) || verbAt(toks, start-1) {
			break
		}
		start--
		if determiners.Has(p.Lower) {
			break
		}
	}
	end := ce
	if xe < ce && (auxiliaries.Has(toks[xe].Lower) || verbAt(toks, xe)) {
		end = xe
	}
	for end > start && toks[end-1].Kind == text.Punct {
		end--
	}
	if end-start < 8 || start >= len(toks) {
		return 0, 0
	}
	return toks[start].Start, toks[end-1].End
}

// hasFinite reports whether a sentence has a finite verb: an auxiliary or
// modal, a past or present form not followed by "by" (which makes it a
// participle: "the two seized by Iran"), or a pronoun subject.
func hasFinite(toks []text.Token) bool {
	for k, t := range toks {
		if t.Kind != text.Word {
			continue
		}
		if finiteForms.Has(t.Lower) || auxiliaries.Has(t.Lower) && t.Lower != "not" && t.Lower != "n't" && t.Lower != "be" && t.Lower != "been" {
			return true
		}
		if pronouns.Has(t.Lower) && k+1 < len(toks) && toks[k+1].Kind == text.Word {
			return true
		}
		if !verbAt(toks, k) {
			continue
		}
		if k+1 < len(toks) && toks[k+1].Lower == "by" {
			continue
		}
		if irregular.Has(t.Lower) && !finiteForms.Has(t.Lower) && !strings.HasSuffix(t.Lower, "ed") {
			// "taken", "seen": participles only
			if strings.HasSuffix(t.Lower, "en") || strings.HasSuffix(t.Lower, "wn") || t.Lower == "done" || t.Lower == "gone" || t.Lower == "begun" || t.Lower == "sunk" {
				continue
			}
		}
		return true
	}
	return false
}

// variants are a participant's keys: its own, a demonym's country
// ("Russian" ~ "Russia", "Iranian" ~ "Iran", "Iraqi" ~ "Iraq") and a noun's
// class ("sailors", "marines", "crew" ~ personnel).
func variants(p string, name bool) []string {
	p = strings.TrimSuffix(strings.TrimSuffix(p, "'s"), "’s")
	out := []string{p}
	if !name {
		if c := nounClasses[p]; c != "" {
			out = append(out, c)
		}
		return out
	}
	switch {
	case strings.HasSuffix(p, "ian") && len(p) > 5:
		out = append(out, p[:len(p)-1], p[:len(p)-3])
	case strings.HasSuffix(p, "an") && len(p) > 4:
		out = append(out, p[:len(p)-1])
	case strings.HasSuffix(p, "qi") || strings.HasSuffix(p, "li") || strings.HasSuffix(p, "ni") || strings.HasSuffix(p, "ti"):
		out = append(out, p[:len(p)-1])
	}
	return out
}

// oneEvent reports whether two frames at the same time tell one event: a
// shared event class, the same tense class, a shared participant, and
// names that agree when both clauses name someone.
func oneEvent(a, b mframe) bool {
	if a.future != b.future || len(a.events) == 0 || len(b.events) == 0 {
		return false
	}
	if !slices.ContainsFunc(a.events, func(c string) bool { return slices.Contains(b.events, c) }) {
		return false
	}
	if !overlaps(a.parts, b.parts) {
		return false
	}
	return !nameClash(a, b)
}

// nameClash reports two clauses that both name someone or somewhere and
// share no name's last word: "arrested a teacher in Lyon" and "arrested
// two bankers in Oslo".
func nameClash(a, b mframe) bool {
	return len(a.names) > 0 && len(b.names) > 0 && !overlaps(a.heads, b.names) && !overlaps(b.heads, a.names)
}

// otherEvents reports two frames that plainly tell different events: both
// have event classes and share none ("Putin greeted Kim" and "their
// meeting", though they share the names).
func otherEvents(a, b mframe) bool {
	return len(a.events) > 0 && len(b.events) > 0 &&
		!slices.ContainsFunc(a.events, func(c string) bool { return slices.Contains(b.events, c) })
}

// wording ranks an event as the wording of its merged entry (lower is
// better): a statement before an embedded clause, an embedded clause
// before a caption, then the shorter text (a sentence of a dozen words
// reads better than one of forty), though not a fragment of under six
// words, and an anaphoric time ("earlier in the day") counts ten words
// more than a written one.
func wording(e event) (int, int) {
	r := 0
	switch {
	case e.mf.caption:
		r = 2
	case e.mf.embedded || e.mf.linked:
		r = 1
	}
	n := words(e.text)
	if n < 6 {
		n += 100
	}
	if e.tx.Anaphoric {
		n += 10
	}
	return r, n
}

// best is the event whose wording the merged entry shows.
func best(g []event) event {
	b := g[0]
	for _, e := range g[1:] {
		r1, n1 := wording(e)
		r0, n0 := wording(b)
		if r1 < r0 || r1 == r0 && n1 < n0 {
			b = e
		}
	}
	return b
}

var (
	// verbClasses map a verb's lemma key to its synonym class; built by
	// loadLexicon from the lists below.
	verbClasses = map[string]string{}
	// eventNouns are nouns that name an event, by their class.
	eventNouns = map[string]string{}
	// nounClasses join the participant nouns news uses for one group.
	nounClasses = map[string]string{}
	lightVerbs  = map[string]bool{}
	crossKey    string
	aspectual   = map[string]bool{}
	relatives   = english.List("timeline/relatives")
	// finiteForms are forms that are only finite: auxiliaries and simple
	// pasts that are never participles.
	finiteForms     = english.List("timeline/finite-forms")
	nounPhraseWords = english.List("timeline/noun-phrase-words")
)

// loadLexicon fills the tables above on first use (eventFrame calls it), not
// at start-up, where stemming them cost in every process.
var loadLexicon = sync.OnceFunc(func() {
	for _, v := range english.List("timeline/event-verbs").Words() {
		verbClasses[lemma(v)] = english.List("timeline/event-verbs").Kind(v)
	}
	for _, n := range english.List("timeline/event-nouns").Words() {
		eventNouns[n] = english.List("timeline/event-nouns").Kind(n)
	}
	for _, n := range english.List("timeline/participant-nouns").Words() {
		nounClasses[text.Stem(n)] = english.List("timeline/participant-nouns").Kind(n)
	}
	for _, v := range english.List("timeline/light-verbs").Words() {
		lightVerbs[lemma(v)] = true
	}
	crossKey = lemma("cross")
	for _, v := range english.List("timeline/aspectual-verbs").Words() {
		aspectual[lemma(v)] = true
	}
})
