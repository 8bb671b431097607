package timeline

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// A date conflict says that sources put ONE event at different times. A
// false one misleads more than a missed one, so an expression is a side
// only when it plainly dates what a clause says happened: it modifies a
// clause with a main verb (not a noun: "the 2007 Oscars"), it is a point
// (not a limit: "by", "until", "since"), it is not one of a list ("in 1994,
// 1996 and 2002") or an approximation ("late 2009"), and the clause is not
// a birth, founding or age. Two sides are one event when their clauses have
// the same main verb and share a participant; they differ when their times
// cannot overlap at their common granularity.

// frame is what a time expression dates: the main verb of the clause it
// modifies and that clause's participants.
type frame struct {
	verb  string          // the verb's lemma key (irregular base, else stem)
	parts map[string]bool // participants: names and informative nouns
	names map[string]bool // the words of names ("kim", "jong", "un")
	heads map[string]bool // the last word of each name ("un", "page")
	pre   map[string]bool // the participants before the verb: its subject
	// postNames and postHeads are the names after the verb (its object
	// and place) and their last words.
	postNames, postHeads map[string]bool
	topic                string // "Kim arrived in Russia"
	// future is true for a planned or expected event ("will arrive", "is
	// expected to arrive"): a plan and what happened are not one statement.
	future bool
	// lo, hi bound the resolved time as civil days [lo, hi); zero when the
	// expression is compared by weekday name (undated reports).
	lo, hi time.Time
	// weekday is the weekday name of an unresolved weekday expression, and
	// night whether it is a night (which runs into the next day).
	weekday      time.Weekday
	byWeekday    bool
	night, early bool
}

// attach finds the frame of the expression xi of a document's expressions,
// or false when the expression cannot be a side of a date conflict.
func attach(d *text.Doc, txs []timex.Timex, xi int, virtual bool) (frame, bool) {
	tx := txs[xi]
	var f frame
	if !tx.IsPoint() || tx.Gran <= timex.GDecade || tx.Anaphoric || tx.Mod != "" {
		return f, false
	}
	toks, xs, xe, ok := expressionTokens(d, tx)
	if !ok || !adverbial(toks, xs, xe, tx) || inList(d, txs, xi) {
		return f, false
	}
	if !f.setTime(tx, virtual) {
		return f, false
	}
	f.night, f.early = edges(tx)
	// The clause: the tokens between clause boundaries around the
	// expression, widened to a neighbour when it has no verb (a fronted
	// "On Tuesday," belongs to the clause after it).
	cs, ce := clauseTokens(toks, xs, xe)
	v := mainVerb(toks, cs, ce, xs, xe)
	if v < 0 {
		return f, false
	}
	f.verb = lemma(toks[v].Lower)
	if neverSide()[f.verb] || lifeWords.Has(toks[v].Lower) {
		return f, false
	}
	if linkedApart(toks, v, xs) || otherTimeInClause(d, txs, xi, toks, cs, ce) {
		return f, false
	}
	if !f.collect(toks, cs, ce, xs, xe, v) {
		return f, false
	}
	f.openingSubject(toks, cs)
	f.topic = topic(d.Article.Text, toks, cs, ce, v, xs, xe)
	return f, true
}

// setTime sets the frame's value as a span of civil days, or a weekday
// name; false when the expression has no value to compare.
func (f *frame) setTime(tx timex.Timex, virtual bool) bool {
	if virtual && tx.Relative {
		// On an undated report only weekday names are compared, by name:
		// "yesterday" or "last week" depend on the unknown publication day.
		if !weekdayNamed(tx.Text) || tx.Gran < timex.GDay {
			return false
		}
		f.byWeekday, f.weekday = true, tx.Begin.Weekday()
		return true
	}
	f.lo, f.hi = span(tx)
	return !f.lo.IsZero()
}

// linkedApart reports a linking word between the verb v and the
// expression at xs: the expression then dates a phrase after it, not the
// verb's clause. In "charged after a shooting in Vancouver Friday", Friday
// is the shooting's.
func linkedApart(toks []text.Token, v, xs int) bool {
	for k := min(v, xs) + 1; k < max(v, xs); k++ {
		if linking.Has(toks[k].Lower) {
			return true
		}
	}
	return false
}

// otherTimeInClause reports another time in the clause [cs, ce), not next
// to the expression xi ("signed Wynn on Tuesday and Bell today"): it
// dates a part of the clause, and which part xi dates is not clear.
func otherTimeInClause(d *text.Doc, txs []timex.Timex, xi int, toks []text.Token, cs, ce int) bool {
	tx := txs[xi]
	for yi, y := range txs {
		if yi == xi || !y.IsPoint() || y.End <= toks[cs].Start || y.Start >= toks[ce-1].End {
			continue
		}
		gap := d.Article.Text[min(y.End, tx.End):max(y.Start, tx.Start)]
		if y.End > tx.Start && y.Start < tx.End {
			continue
		}
		switch strings.TrimSpace(strings.ToLower(gap)) {
		case "", ",", "on", "at", "of", ", on", "in":
			continue // "at 10:57 on 11 October": one time
		}
		return true
	}
	return false
}

// collect gathers the participants of the clause [cs, ce) around the verb
// v, outside the expression [xs, xe). False when the clause cannot be a
// side: a birth, founding or age, a negated event, or no participant.
func (f *frame) collect(toks []text.Token, cs, ce, xs, xe, v int) bool {
	f.parts, f.pre = map[string]bool{}, map[string]bool{}
	f.names, f.heads = map[string]bool{}, map[string]bool{}
	f.postNames, f.postHeads = map[string]bool{}, map[string]bool{}
	for k := cs; k < ce; k++ {
		if k >= xs && k < xe || k == v {
			continue
		}
		low := toks[k].Lower
		if lifeWords.Has(low) {
			return false // born, founded, aged: not the story's event
		}
		if negations.Has(low) && k < v {
			return false // "did not arrive on Tuesday" dates nothing
		}
		if futureCue(toks, k, v) {
			f.future = true
		}
		f.addParticipant(toks, k, v)
	}
	return len(f.parts) > 0
}

// addParticipant adds the participant at k, if any, as a name (with its
// head word) and as a part of the subject (before v) or object (after).
func (f *frame) addParticipant(toks []text.Token, k, v int) {
	p := participant(toks, k)
	if p == "" {
		return
	}
	f.parts[p] = true
	if k < v {
		f.pre[p] = true
	}
	if !toks[k].Cap {
		return
	}
	f.names[p] = true
	head := k+1 >= len(toks) || !toks[k+1].Cap || toks[k+1].Kind != text.Word
	if head {
		f.heads[p] = true
	}
	if k > v {
		f.postNames[p] = true
		if head {
			f.postHeads[p] = true
		}
	}
}

// openingSubject takes the sentence's opening name as the subject of a
// clause that has none: in "Pierre Thomas, one of the stars of last
// season, was placed ...", the clause's subject is Pierre Thomas.
func (f *frame) openingSubject(toks []text.Token, cs int) {
	n := openingName(toks)
	if len(f.pre) > 0 || cs <= n || n <= 0 || toks[n].Lower != "," {
		return
	}
	for k := range n {
		if p := participant(toks, k); p != "" {
			f.pre[p], f.names[p] = true, true
			if k == n-1 {
				f.heads[p] = true
			}
		}
	}
}

// adverbial reports whether the expression dates its clause rather than a
// noun ("the 2007 Oscars", "its 2008 season"), and is not a limit ("by
// Friday", "until 2010", "since 2019", "before Tuesday").
func adverbial(toks []text.Token, xs, xe int, tx timex.Timex) bool {
	first := toks[xs].Lower
	if limits.Has(first) || determiners.Has(first) {
		return false
	}
	prev := ""
	if xs > 0 {
		prev = toks[xs-1].Lower
	}
	if limits.Has(prev) || determiners.Has(prev) || xs > 1 && (prev == "than" || prev == "as" && limits.Has(toks[xs-2].Lower)) {
		return false
	}
	if xs > 1 && (toks[xs-2].Lower == "as" || toks[xs-2].Lower == "than") {
		return false // "as early as Monday", "no later than"
	}
	if xe < len(toks) {
		next := toks[xe]
		if next.Lower == "'s" || next.Lower == "'" || next.Kind == text.Number {
			return false
		}
		// "2014 Oscars", "the February 27 earthquake": a noun follows
		if next.Kind == text.Word && !next.Stop && !verbAt(toks, xe) && !clauseBreak(toks, xe) && !(next.Cap && tx.Relative) {
			return false
		}
	}
	// "said Friday that ...": the time of the saying, not of what is said
	for k := xs - 1; k >= 0 && k >= xs-2; k-- {
		if speech.Has(toks[k].Lower) {
			return false
		}
		if toks[k].Lower != "on" {
			break
		}
	}
	// "(0241 GMT Friday)": a restatement of another time, often in
	// another zone, which falls on another day
	open := 0
	for k := 0; k < xs; k++ {
		switch toks[k].Lower {
		case "(", "[":
			open++
		case ")", "]":
			open--
		}
	}
	if open > 0 {
		return false
	}
	switch prev {
	case "on", "in", "at", "during":
		return true
	case ":", "-", "--", "—", "–", "|":
		return false // a headline's or dateline's label: "restored: 4 November 2011"
	}
	// Bare: "arrived Tuesday", "yesterday", "last week", "Sept. 12" (AP
	// style); a bare year is too often a modifier.
	return tx.Relative || tx.Gran >= timex.GDay
}

// inList reports whether the expression is one of a list or range of
// times ("in 1994, 1996 and 2002", "late 2009 or early 2010"): no one of
// them dates the clause alone.
func inList(d *text.Doc, txs []timex.Timex, xi int) bool {
	t := d.Article.Text
	joins := func(s string) bool {
		s = strings.TrimSpace(strings.ToLower(s))
		for _, w := range []string{"", ",", "and", "or", "to", "-", "–", "/", ", and", ", or", "and/or", "through"} {
			if s == w {
				return true
			}
		}
		return false
	}
	if xi > 0 && txs[xi-1].End <= txs[xi].Start && txs[xi].Start-txs[xi-1].End <= 8 && joins(t[txs[xi-1].End:txs[xi].Start]) {
		return true
	}
	if xi+1 < len(txs) && txs[xi].End <= txs[xi+1].Start && txs[xi+1].Start-txs[xi].End <= 8 && joins(t[txs[xi].End:txs[xi+1].Start]) {
		return true
	}
	return false
}

func weekdayNamed(s string) bool {
	s = strings.ToLower(s)
	for _, w := range english.Weekdays.Words() {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// span is the expression's time as civil days [lo, hi): a clock time or
// part of a day is its day, as written in its own zone.
func span(tx timex.Timex) (time.Time, time.Time) {
	b := tx.Begin
	day := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	switch {
	case tx.Gran >= timex.GDay:
		return day, day.AddDate(0, 0, 1)
	case tx.Gran == timex.GWeek || tx.Gran == timex.GWeekend:
		// The week's start is not kept exactly: any day within six days
		// of the given one may belong to it.
		return day.AddDate(0, 0, -6), day.AddDate(0, 0, 7)
	case tx.Gran == timex.GMonth:
		m := time.Date(b.Year(), b.Month(), 1, 0, 0, 0, 0, time.UTC)
		return m, m.AddDate(0, 1, 0)
	case tx.Gran == timex.GQuarter || tx.Gran == timex.GSeason:
		m := time.Date(b.Year(), b.Month(), 1, 0, 0, 0, 0, time.UTC)
		return m, m.AddDate(0, 3, 0)
	case tx.Gran == timex.GHalf:
		m := time.Date(b.Year(), b.Month(), 1, 0, 0, 0, 0, time.UTC)
		return m, m.AddDate(0, 6, 0)
	case tx.Gran == timex.GYear:
		y := time.Date(b.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return y, y.AddDate(1, 0, 0)
	}
	return time.Time{}, time.Time{}
}

// edges says whether a time lies at a day's edge, where one event is told
// on two dates: a night runs into the next day, the small hours belong to
// the night before.
func edges(tx timex.Timex) (night, early bool) {
	if tx.Gran < timex.GPartOfDay {
		return false, false
	}
	if tx.Gran == timex.GPartOfDay {
		v := tx.Value
		return strings.HasSuffix(v, "TNI") || strings.HasSuffix(v, "TEV"), strings.HasSuffix(v, "TMO")
	}
	h := tx.Begin.Hour()
	return h >= 18, h < 6
}

// differ reports whether two frames' times cannot be one: spans that do
// not overlap, widened by a day at a night's or small hours' edge, or
// different weekday names.
func differ(a, b frame) bool {
	if a.byWeekday != b.byWeekday {
		return false // an undated weekday and a date are not comparable
	}
	if a.byWeekday {
		if a.weekday == b.weekday {
			return false
		}
		next := func(x, y frame) bool { return (x.weekday+1)%7 == y.weekday && (x.night || y.early) }
		return !next(a, b) && !next(b, a)
	}
	alo, ahi, blo, bhi := a.lo, a.hi, b.lo, b.hi
	if a.night {
		ahi = ahi.AddDate(0, 0, 1)
	}
	if a.early {
		alo = alo.AddDate(0, 0, -1)
	}
	if b.night {
		bhi = bhi.AddDate(0, 0, 1)
	}
	if b.early {
		blo = blo.AddDate(0, 0, -1)
	}
	return !alo.Before(bhi) || !blo.Before(ahi)
}

// clauseBreak reports whether the token at k ends or starts a clause.
func clauseBreak(toks []text.Token, k int) bool {
	t := toks[k]
	if t.Kind == text.Punct {
		switch t.Lower {
		case ",", ";", ":", "(", ")", "\"", "--", "—", "–":
			return true
		}
		return false
	}
	if clauseStarts.Has(t.Lower) {
		return true
	}
	switch t.Lower {
	case "and", "but", "or":
		// a clause, not a noun, follows: "and declared", "and he said"
		return k+1 < len(toks) && (verbAt(toks, k+1) || pronouns.Has(toks[k+1].Lower))
	case "after", "before", "as":
		return k+1 < len(toks) && pronouns.Has(toks[k+1].Lower)
	}
	return false
}

// clauseTokens returns the clause around tokens [xs, xe): from the break
// before to the break after, joined with the next (then the previous)
// stretch while it has no verb.
func clauseTokens(toks []text.Token, xs, xe int) (int, int) {
	cs := xs
	for cs > 0 && !clauseBreak(toks, cs-1) {
		cs--
	}
	ce := xe
	for ce < len(toks) && !clauseBreak(toks, ce) {
		ce++
	}
	hasVerb := func(a, b int) bool {
		for k := a; k < b; k++ {
			if (k < xs || k >= xe) && verbAt(toks, k) {
				return true
			}
		}
		return false
	}
	for step := 0; step < 3 && !hasVerb(cs, ce); step++ {
		// a fronted adverbial ("On Tuesday, Kim arrived") joins the clause
		// after it; one at the end joins the clause before it.
		if cs == 0 || ce < len(toks) && onlyFiller(toks, cs, xs) {
			if ce >= len(toks) {
				break
			}
			ce++
			for ce < len(toks) && !clauseBreak(toks, ce) {
				ce++
			}
			continue
		}
		if cs == 0 {
			break
		}
		cs--
		for cs > 0 && !clauseBreak(toks, cs-1) {
			cs--
		}
	}
	// breaks at the clause's edges are not part of it
	for cs < ce && toks[cs].Kind == text.Punct {
		cs++
	}
	return cs, ce
}

// onlyFiller reports whether tokens [a, b) hold nothing but prepositions
// and punctuation: the expression starts its stretch.
func onlyFiller(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].Kind != text.Punct && !toks[k].Stop && !clauseBreak(toks, k) {
			return false
		}
	}
	return true
}

// mainVerb picks the clause's verb that the expression modifies: the
// nearest before it, else the nearest after it.
func mainVerb(toks []text.Token, cs, ce, xs, xe int) int {
	for k := xs - 1; k >= cs; k-- {
		if verbAt(toks, k) {
			return k
		}
	}
	for k := xe; k < ce; k++ {
		if verbAt(toks, k) {
			return k
		}
	}
	return -1
}

// verbAt reports whether the token at k is a verb, from its form and
// neighbours (there is no tagger): an irregular past form, a regular "-ed"
// form not after a determiner, a word after an auxiliary or "to", or a
// headline's "-s" form after a name.
func verbAt(toks []text.Token, k int) bool {
	t := toks[k]
	if t.Kind != text.Word || t.Cap && k > 0 {
		return false
	}
	w := t.Lower
	prev := ""
	if k > 0 {
		prev = toks[k-1].Lower
	}
	irr := irregular.Has(w)
	if (determiners.Has(prev) || prev == "of") && !(prev == "that" && (irr || strings.HasSuffix(w, "ed"))) {
		return false // "the injured", "the meeting", "of the accused"; but "a train that crossed"
	}
	if irr {
		return true
	}
	// "-ed" after a preposition is an adjective: "on injured reserve"
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !notVerbs.Has(w) && !prepBefore.Has(prev) {
		return true
	}
	if t.Stop || len(w) < 3 {
		return false
	}
	if auxiliaries.Has(prev) || prev == "to" && k > 1 && !toks[k-2].Stop && verbLike(toks[k-2].Lower) {
		return true
	}
	// "Kim arrives in Russia", "Kim meets Putin"
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && k > 0 && toks[k-1].Cap && k+1 < len(toks) {
		n := toks[k+1]
		return n.Cap || n.Lower == "in" || n.Lower == "at" || n.Lower == "with" || n.Lower == "for" || n.Lower == "to"
	}
	return false
}

// verbLike reports the forms that take "to" plus a verb: "expected to",
// "plans to", "is set to".
func verbLike(w string) bool {
	return verbsBeforeTo.Has(w)
}

// lemma is a verb's key: the base of an irregular form, else its stem.
func lemma(w string) string {
	if b, ok := irregular.Value(w); ok {
		return text.Stem(b)
	}
	return text.Stem(w)
}

// participant returns the participant term at k ("" when none): a name
// (a capitalised word past the sentence's start) or an informative noun
// (a content word that is not a verb, a time word or a generic word).
func participant(toks []text.Token, k int) string {
	t := toks[k]
	if t.Kind != text.Word || t.Stop || len(t.Lower) < 3 || timeWord(t.Lower) || generic.Has(t.Lower) {
		return ""
	}
	if t.Cap {
		return t.Lower
	}
	if verbAt(toks, k) || strings.HasSuffix(t.Lower, "ly") {
		return ""
	}
	return t.Stem
}

// futureCue reports a word at k before the verb v that makes the clause a
// plan: "will", "expected", "scheduled", "plans to".
func futureCue(toks []text.Token, k, v int) bool {
	if k > v {
		return false
	}
	return futureCues.Has(toks[k].Lower)
}

// topic writes the event short: the participant before the verb (the
// clause's subject, or the sentence's opening name when the clause has
// none), the verb, and what follows it up to the time expression.
func topic(src string, toks []text.Token, cs, ce, v, xs, xe int) string {
	start := v
	for k := v - 1; k >= cs; k-- {
		if participant(toks, k) != "" && toks[k].Cap {
			start = k
			for start > cs && toks[start-1].Cap && toks[start-1].Kind == text.Word {
				start--
			}
			break
		}
	}
	var subj string
	if e := openingName(toks); start == v && cs > e && e > 0 {
		// "Kim, who ..., arrived": the sentence's opening name
		subj = src[toks[0].Start:toks[e-1].End] + " "
	}
	// after the verb: up to the expression (and the preposition before it)
	// or the clause's end, at most eight words
	end := ce
	if xs > v && xs < end {
		end = xs
		if end-1 > v && prepositions[toks[end-1].Lower] {
			end--
		}
	}
	end = min(end, v+9)
	for end > v+1 && (toks[end-1].Kind == text.Punct || toks[end-1].Stop) {
		end--
	}
	var b strings.Builder
	b.WriteString(subj)
	last := -1
	for k := start; k < end; k++ {
		if k >= xs && k < xe {
			continue
		}
		if last >= 0 && toks[k].Start > toks[last].End {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
		last = k
	}
	return strings.TrimSpace(b.String())
}

// openingName returns the number of tokens of the name a sentence opens
// with (up to four capitalised words), or 0.
func openingName(toks []text.Token) int {
	e := 0
	for e < len(toks) && toks[e].Cap && toks[e].Kind == text.Word && !toks[e].Stop {
		e++
	}
	if e > 4 {
		return 0
	}
	return e
}

// dateConflicts finds one event that independent sources put at times that
// cannot be one. Sides gather every source that dates the event (same verb,
// a shared participant) at the side's time; a conflict is dropped when one
// source stands on both sides, since then the two times are two events of
// that source's story ("arrived in Russia on Tuesday ... arrived at the
// cosmodrome on Wednesday") rather than a disagreement.
func dateConflicts(c *text.Corpus, evs []event) []news.Conflict {
	var out []news.Conflict
	done := map[string]bool{}
	for i := range evs {
		a := &evs[i]
		if !a.side {
			continue
		}
		for j := range evs {
			b := &evs[j]
			if j <= i || !b.side || c.Group[a.doc] == c.Group[b.doc] {
				continue
			}
			if !sameEvent(a.fr, b.fr) || !differ(a.fr, b.fr) {
				continue
			}
			if !a.fr.future && (!reportable(c.Docs[a.doc].Article.Published, b.fr) || !reportable(c.Docs[b.doc].Article.Published, a.fr)) {
				continue
			}
			if a.fr.future && laterPlan(c.Docs[a.doc].Article.Published, a.fr, c.Docs[b.doc].Article.Published, b.fr) {
				continue
			}
			va, vb := sideValue(*a), sideValue(*b)
			if va > vb {
				va, vb = vb, va
			}
			key := a.fr.verb + "|" + va + "|" + vb
			if done[key] {
				continue
			}
			done[key] = true
			// Each side: the events of the same frame at that time.
			var sa, sb []event
			for k := range evs {
				e := evs[k]
				if !e.side || !(sameEvent(e.fr, a.fr) || sameEvent(e.fr, b.fr)) {
					continue
				}
				switch {
				case !differ(e.fr, a.fr) && differ(e.fr, b.fr):
					sa = append(sa, e)
				case !differ(e.fr, b.fr) && differ(e.fr, a.fr):
					sb = append(sb, e)
				}
			}
			if sharesGroup(c, sa, sb) {
				continue
			}
			cf := news.Conflict{
				Kind:  news.ConflictDate,
				Topic: a.fr.topic,
				Sides: []news.Side{conflictSide(c, sa), conflictSide(c, sb)},
			}
			// two expressions of one sentence give the same sides once
			if slices.ContainsFunc(out, func(o news.Conflict) bool { return sameSides(o, cf) }) {
				continue
			}
			out = append(out, cf)
		}
	}
	return out
}

// sameEvent reports whether two frames tell one event: the same main verb,
// the same tense class (a plan is not what happened), and a shared
// participant.
func sameEvent(a, b frame) bool {
	if a.verb != b.verb || a.future != b.future {
		return false
	}
	// at least one shared participant, and half of the smaller set: one
	// shared word ("coach", "police") joins different people's events
	shared := 0
	for p := range a.parts {
		if b.parts[p] {
			shared++
		}
	}
	if shared == 0 || 2*shared < min(len(a.parts), len(b.parts)) {
		return false
	}
	// The subject tells whose event it is: when both clauses have one,
	// they must share a word ("Pierre Thomas was placed on injured
	// reserve" and "the Saints placed Chris Ivory on injured reserve"
	// are two moves).
	if len(a.pre) > 0 && len(b.pre) > 0 && !overlaps(a.pre, b.pre) {
		return false
	}
	// Names too: when both clauses name someone or somewhere, the last
	// word of one name must be in the other's ("Kim Jong Un" and "Kim"
	// match; "Hurricane George" and "Hurricane Katrina" do not; "the
	// Trail Blazers hired him" and "O'Brien was hired" are two hirings).
	if len(a.names) > 0 && len(b.names) > 0 && !overlaps(a.heads, b.names) && !overlaps(b.heads, a.names) {
		return false
	}
	// And the names after the verb, its object or place: "placed Pierre
	// Thomas on IR" and "placed Chris Ivory on injured reserve", "arrived
	// in Russia" and "arrived at Vostochny", are two events.
	if len(a.postNames) > 0 && len(b.postNames) > 0 && !overlaps(a.postHeads, b.postNames) && !overlaps(b.postHeads, a.postNames) {
		return false
	}
	return true
}

func overlaps(a, b map[string]bool) bool {
	for x := range a {
		if b[x] {
			return true
		}
	}
	return false
}

// reportable reports whether a report published at pub could tell of an
// event at the other side's time: a report cannot have seen an event that
// happened after it was written, so when one side's time is after the
// other report's publication (a day's slack for zones), the two tell
// different occurrences ("a strong earthquake hit Chile on Friday" in May
// and another "hit Chile on Wednesday night" in October).
func reportable(pub time.Time, other frame) bool {
	if pub.IsZero() || other.byWeekday {
		return true
	}
	return !other.lo.After(pub.AddDate(0, 0, 1))
}

// laterPlan reports whether two plans are told by reports of different
// days, the earlier report's planned day come by the day of the later
// report ("was due to appear in court Wednesday", written that Wednesday;
// "is expected to appear at Danielson Superior Court on Sept. 11", written
// nine days later, GVA 170442): the later report tells the plan it knew, a
// hearing put off or the next one, so the two times are different moments,
// not one event told two ways.
func laterPlan(pa time.Time, fa frame, pb time.Time, fb frame) bool {
	if pa.IsZero() || pb.IsZero() {
		return false
	}
	if pb.Before(pa) {
		pa, pb, fa = pb, pa, fb
	}
	ya, ma, da := pa.Date()
	yb, mb, db := pb.Date()
	if ya == yb && ma == mb && da == db || fa.lo.IsZero() {
		return false
	}
	y, m, d := fa.lo.Date()
	return !time.Date(y, m, d, 0, 0, 0, 0, time.UTC).After(time.Date(yb, mb, db, 0, 0, 0, 0, time.UTC))
}

func sameSides(a, b news.Conflict) bool {
	for i := range a.Sides {
		if a.Sides[i].Text != b.Sides[i].Text || !slices.Equal(a.Sides[i].Sources, b.Sides[i].Sources) {
			return false
		}
	}
	return true
}

func sharesGroup(c *text.Corpus, a, b []event) bool {
	for _, x := range a {
		for _, y := range b {
			if c.Group[x.doc] == c.Group[y.doc] {
				return true
			}
		}
	}
	return false
}

// sideValue is a side's value as shown: the resolved when, or the
// weekday's words for an undated report.
func sideValue(e event) string {
	if e.fr.byWeekday || e.when == nil {
		return e.tx.Text
	}
	return *e.when
}

func conflictSide(c *text.Corpus, g []event) news.Side {
	e := entry(c, g)
	return news.Side{Text: e.Text, Value: sideValue(g[0]), Sources: e.Sources, Evidence: e.Evidence}
}

var (
	limits       = english.List("timeline/limits")
	determiners  = english.List("timeline/determiners")
	speech       = english.List("timeline/speech-verbs")
	prepBefore   = english.List("timeline/prepositions-before")
	prepositions = map[string]bool{"on": true, "in": true, "at": true, "during": true}
	pronouns     = english.List("timeline/pronouns")
	auxiliaries  = english.List("timeline/auxiliaries")
	// linking words start a phrase of its own between a verb and a time
	linking       = english.List("timeline/linking")
	negations     = english.List("timeline/negations")
	clauseStarts  = english.List("timeline/clause-starts")
	verbsBeforeTo = english.List("timeline/verbs-before-to")
	futureCues    = english.List("timeline/future-cues")
	// neverSide are verbs whose time is not the story's event: saying and
	// announcing (one statement is told on several days), being and
	// having, and births, foundings and ages.
	// lifeWords in a clause make it a birth, founding, death date or age.
	lifeWords = english.List("timeline/life-words")
	generic   = english.List("timeline/generic-nouns")
	notVerbs  = english.List("timeline/not-verbs")
	irregular = english.List("timeline/irregular-verbs")
)

// neverSide is built on first use, not at start-up (stemming costs in every
// process): from the lemma keys, so a new irregular form needs no second list.
var neverSide = sync.OnceValue(func() map[string]bool {
	neverSide := map[string]bool{}
	for _, w := range english.List("timeline/never-side").Words() {
		neverSide[lemma(w)] = true
	}
	// "found" is both "find" in the past and "to found": as a side it is
	// too often the founding of something.
	neverSide[text.Stem("find")] = true
	neverSide[text.Stem("founded")] = true
	return neverSide
})
