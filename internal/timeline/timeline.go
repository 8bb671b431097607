// Package timeline places a story's events in time: it finds each report's
// time expressions (internal/timex), resolves them against the report's
// publication time, attaches each to the clause that says what happened,
// merges the same event told by several sources, and orders the result.
// Sources that put one event at different times make a date conflict.
package timeline

import (
	"cmp"
	"github.com/crosscheck/crosscheck/internal/text/english"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// event is one time expression of one source with its clause.
type event struct {
	doc        int
	tx         timex.Timex
	key        time.Time // sort key: Begin, or the virtual Begin without a publication time
	when       *string
	gran       string
	relative   string
	text       string
	start, end int // the clause's bytes
	stems      map[string]bool
	// side is true when the expression plainly dates the clause's event
	// (see attach), fr saying which event.
	side bool
	fr   frame
	mf   mframe // what the expression dates, for merging
}

// Build returns the story's timeline in order, and the date conflicts: one
// event put at different times by different sources.
//
// Relative expressions are resolved against each source's publication time.
// A source without one gets a virtual publication day: the weekday that
// makes its past-tense weekdays the most recent and its future ones the
// nearest, aligned with the other sources so that all fall within one
// week. Its relative entries keep when = null and their own wording in
// relative, and are still ordered by that virtual calendar, so "Sunday
// night" comes before "Tuesday" and "earlier in the day" before the
// afternoon meeting it precedes.
func Build(c *text.Corpus) ([]news.TimelineEntry, []news.Conflict) {
	// Each report is tokenized once for its time expressions, read without
	// a reference when it has no publication time, then against its
	// reference.
	prepared := make([]*timex.Text, len(c.Docs))
	for i, d := range c.Docs {
		prepared[i] = timex.PrepareDoc(d)
	}
	refs, virtual := references(c, prepared)
	// "local time" with no place near it takes the story's zone, when all
	// the places the reports name share one.
	texts := make([]string, len(c.Docs))
	var at time.Time
	for i, d := range c.Docs {
		texts[i] = d.Article.Text
		if at.IsZero() && !virtual[i] {
			at = refs[i]
		}
	}
	zone := timex.StoryZone(texts, at)
	var evs []event
	for i, d := range c.Docs {
		// The expressions and their frames are read with English rules
		// and the English annotation; a translation only repeats them.
		if !d.English() {
			continue
		}
		var txs []timex.Timex
		if zone == nil && !virtual[i] && refs[i].Equal(d.Article.Published) {
			// the comparison's reading of the report, resolved against
			// the same time, found once
			txs = timex.OfDoc(d)
		} else {
			txs = prepared[i].Find(timex.Ref{Time: refs[i], Zone: zone})
		}
		for xi, tx := range txs {
			if ev, ok := makeEvent(d, i, tx, refs[i], virtual[i]); ok {
				ev.fr, ev.side = attach(d, txs, xi, virtual[i])
				ev.mf = eventFrame(d, txs, xi)
				if ev.mf.cend > 0 {
					// the sentence states something else: show the clause
					// the time dates
					ev.start, ev.end = ev.mf.cstart, ev.mf.cend
					ev.text = d.Article.Text[ev.start:ev.end]
				}
				evs = append(evs, ev)
			}
		}
	}
	groups := merge(evs)
	slices.SortStableFunc(groups, func(a, b []event) int {
		if r := a[0].key.Compare(b[0].key); r != 0 {
			return r
		}
		if r := cmp.Compare(a[0].tx.Gran, b[0].tx.Gran); r != 0 {
			return r
		}
		if r := cmp.Compare(a[0].doc, b[0].doc); r != 0 {
			return r
		}
		return cmp.Compare(a[0].start, b[0].start)
	})
	out := make([]news.TimelineEntry, 0, len(groups))
	for _, g := range groups {
		if !slices.ContainsFunc(g, func(e event) bool { return !e.mf.caption }) {
			continue // a caption alone is no event of the story
		}
		out = append(out, entry(c, g))
	}
	return out, dateConflicts(c, evs)
}

// references returns each source's reference time: its publication time,
// or a virtual one (virtual[i] true) when it has none.
func references(c *text.Corpus, prepared []*timex.Text) ([]time.Time, []bool) {
	refs := make([]time.Time, len(c.Docs))
	virtual := make([]bool, len(c.Docs))
	var latest time.Time
	for i, d := range c.Docs {
		refs[i] = d.Article.Published
		if refs[i].After(latest) {
			latest = refs[i]
		}
	}
	// Each undated source's most likely publication weekday. The time
	// expressions found without a reference are found once per source and
	// kept for the year below.
	day := make([]int, len(c.Docs))
	unref := make([][]timex.Timex, len(c.Docs))
	found := func(i int) []timex.Timex {
		if unref[i] == nil {
			if c.Docs[i].Article.Published.IsZero() {
				// the comparison's reading of the report: resolved against
				// no time, as here, found once
				unref[i] = timex.OfDoc(c.Docs[i])
			} else {
				unref[i] = prepared[i].Find(timex.Ref{})
			}
			if unref[i] == nil {
				unref[i] = []timex.Timex{}
			}
		}
		return unref[i]
	}
	var undated []int
	for i := range c.Docs {
		if !refs[i].IsZero() {
			continue
		}
		virtual[i] = true
		day[i] = publicationWeekday(found(i))
		undated = append(undated, i)
	}
	if len(undated) == 0 {
		return refs, virtual
	}
	// The story's last day: the one after which the undated sources' days
	// fall within the shortest span.
	var base time.Time
	if !latest.IsZero() {
		base = latest
	} else {
		best, bestCost := 0, 1<<30
		for d := range 7 {
			cost := 0
			for _, i := range undated {
				cost += (d - day[i] + 7) % 7
			}
			if cost < bestCost {
				best, bestCost = d, cost
			}
		}
		// A virtual week after every date the reports write out in full
		// ("since 2019"), since news tells of its own week last; it is
		// never shown, only used to order.
		year := 2000
		for i := range c.Docs {
			for _, t := range found(i) {
				if t.IsPoint() && !t.Relative && t.Begin.Year() >= year && t.Begin.Year() < 2200 {
					year = t.Begin.Year() + 1
				}
			}
		}
		base = time.Date(year, 1, 1, 12, 0, 0, 0, time.UTC)
		base = base.AddDate(0, 0, (best-int(base.Weekday())+7)%7)
	}
	for _, i := range undated {
		back := (int(base.Weekday()) - day[i] + 7) % 7
		refs[i] = base.AddDate(0, 0, -back)
	}
	return refs, virtual
}

// publicationWeekday picks the weekday (0 = Sunday) a report was most
// likely written on: past-tense weekdays are the most recent such days and
// future ones the next, so the best day keeps them all closest to it.
func publicationWeekday(txs []timex.Timex) int {
	var past, future []int
	for _, t := range txs {
		v := t.Value
		if !strings.HasPrefix(v, "XXXX-WXX-") || len(v) < 10 {
			continue
		}
		iso := int(v[9] - '0') // 1 = Monday .. 7 = Sunday
		wd := iso % 7
		if t.Future {
			future = append(future, wd)
		} else {
			past = append(past, wd)
		}
	}
	best, bestCost := 0, 1<<30
	for d := range 7 {
		cost := 0
		for _, w := range past {
			cost += (d - w + 7) % 7
		}
		for _, w := range future {
			cost += (w - d + 7) % 7
		}
		// on a tie, the later day: a report follows what it tells
		if cost < bestCost || cost == bestCost && len(past) > 0 && (d-past[0]+7)%7 > (best-past[0]+7)%7 {
			best, bestCost = d, cost
		}
	}
	return best
}

// makeEvent attaches a point expression to its clause.
func makeEvent(d *text.Doc, doc int, tx timex.Timex, ref time.Time, virtual bool) (event, bool) {
	if !tx.IsPoint() || tx.Gran <= timex.GDecade {
		return event{}, false
	}
	if virtual && tx.Relative && !tx.Future && tx.Gran == timex.GMonth && !ref.IsZero() && tx.Begin.After(ref) {
		// On a virtual calendar the month of publication is made up, so
		// "visited in July" must not land after the week the report tells
		// of: a month without a year in past-tense text is the last such
		// month before publication.
		tx.Begin = tx.Begin.AddDate(-1, 0, 0)
	}
	si := slices.IndexFunc(d.Sentences, func(s text.Sentence) bool { return s.Start <= tx.Start && tx.End <= s.End })
	if si < 0 {
		return event{}, false
	}
	s := d.Sentences[si]
	start, end := clause(d.Article.Text, s.Start, s.End, tx.Start, tx.End)
	ev := event{doc: doc, tx: tx, key: tx.Begin.UTC(), start: start, end: end}
	ev.text = strings.TrimSpace(d.Article.Text[start:end])
	ev.gran, ev.when = calendar(tx)
	if tx.Relative || ev.when == nil {
		ev.relative = tx.Text
	}
	if virtual && tx.Relative {
		ev.when = nil
	}
	ev.stems = map[string]bool{}
	for _, t := range d.SentenceTokens(si) {
		if t.Start < start || t.End > end || t.Stop || t.Kind != text.Word || t.Start >= tx.Start && t.End <= tx.End || timeWord(t.Lower) {
			continue
		}
		ev.stems[t.Stem] = true
	}
	return ev, true
}

// calendar writes a point as the contract's when: as precise as the text
// allows, in calendar form. Quarters, halves and seasons are given as their
// year and weeks as their month (relative keeps the wording).
func calendar(tx timex.Timex) (string, *string) {
	b := tx.Begin
	var g, v string
	switch {
	case tx.Gran >= timex.GHour:
		g = news.GranularityTime
		if tx.Zoned {
			v = b.Format("2006-01-02T15:04:05-07:00")
		} else {
			v = b.Format("2006-01-02T15:04")
		}
	case tx.Gran >= timex.GDay:
		g, v = news.GranularityDay, b.Format("2006-01-02")
	case tx.Gran == timex.GWeekend:
		// a weekend is its Saturday and Sunday, not a week: "over the
		// weekend" in a report of Tuesday 4 August 2015 is 1-2 August,
		// though that week's Thursday is in July (GVA 387194)
		g, v = news.GranularityMonth, b.Format("2006-01")
	case tx.Gran == timex.GWeek:
		// the month of the week's Thursday holds most of the week
		wd := int(b.Weekday())
		if wd == 0 {
			wd = 7
		}
		th := b.AddDate(0, 0, 4-wd)
		g, v = news.GranularityMonth, th.Format("2006-01")
	case tx.Gran == timex.GMonth:
		g, v = news.GranularityMonth, b.Format("2006-01")
	default:
		g, v = news.GranularityYear, b.Format("2006")
	}
	return g, &v
}

// timeWord reports the words that are about time rather than the event,
// so two clauses that share only "Wednesday" are not one event.
func timeWord(w string) bool { return timeWords.Has(w) }

// timeWords are the words timeWord reports.
var timeWords = english.List("timeline/time-words")

// clause cuts a long sentence to the comma-separated part around the time
// expression, widened to at least a dozen words, so that the entry reads as
// the one thing that happened then.
func clause(t string, ss, se, xs, xe int) (int, int) {
	if words(t[ss:se]) <= 45 {
		return ss, se
	}
	var cuts []int // boundaries: positions after ", " or "; "
	cuts = append(cuts, ss)
	quoted := false
	for i := ss; i < se-1; i++ {
		switch {
		case t[i] == '"':
			quoted = !quoted
		case strings.HasPrefix(t[i:], "“"):
			quoted = true
		case strings.HasPrefix(t[i:], "”"):
			quoted = false
		}
		// Never inside a quotation, nor between a reporting verb and the
		// quotation it introduces (`Lord Triesman stated, "We've ...`):
		// either cut leaves half a statement.
		if (t[i] == ',' || t[i] == ';') && t[i+1] == ' ' && !quoted && !opensQuote(t[i+2:se]) {
			cuts = append(cuts, i+2)
		}
	}
	cuts = append(cuts, se)
	a := 0
	for a+1 < len(cuts) && cuts[a+1] <= xs {
		a++
	}
	b := a + 1
	for b < len(cuts)-1 && cuts[b] < xe {
		b++
	}
	for words(t[cuts[a]:cuts[b]]) < 12 && (a > 0 || b < len(cuts)-1) {
		if b < len(cuts)-1 {
			b++
		} else {
			a--
		}
	}
	s, e := cuts[a], cuts[b]
	for e > s && (t[e-1] == ' ' || t[e-1] == ',' || t[e-1] == ';') {
		e--
	}
	return s, e
}

// opensQuote reports whether s begins with a quotation mark.
func opensQuote(s string) bool {
	return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "'") || strings.HasPrefix(s, "‘")
}

func words(s string) int { return len(strings.FieldsFunc(s, unicode.IsSpace)) }

// when is the time an event is put at: two events are at the same time
// when their whens are equal (the same granularity, and the same resolved
// time, or both unresolved on the same virtual day, month or year).
type when struct {
	gran string
	set  bool
	at   string
}

func whenOf(e *event) when {
	if e.when != nil {
		return when{e.gran, true, *e.when}
	}
	// a virtual calendar: the same day (or month, year) at the
	// expressions' granularity ("early on Tuesday" and "Tuesday")
	layout := "2006-01-02T15:04"
	switch e.gran {
	case news.GranularityDay:
		layout = "2006-01-02"
	case news.GranularityMonth:
		layout = "2006-01"
	case news.GranularityYear:
		layout = "2006"
	}
	return when{e.gran, false, e.key.Format(layout)}
}

// similar is how much two clauses share: the overlap of their content stems.
func similar(a, b event) (shared int, overlap float64) {
	for s := range a.stems {
		if b.stems[s] {
			shared++
		}
	}
	n := min(len(a.stems), len(b.stems))
	if n == 0 {
		return 0, 0
	}
	return shared, float64(shared) / float64(n)
}

// merge groups the events that are one event at one time: the same
// resolved time, and clauses that tell one event (oneEvent: an event class
// and a participant shared with any event of the group) or share most of
// their content words with the group's first, unless their verbs plainly
// tell different events or their names differ.
func merge(evs []event) [][]event {
	var groups [][]event
	// atWhen holds the groups of each time (the when of their first
	// event), in the order they were made: an event is tried against
	// those alone, the groups at another time being no candidates.
	atWhen := map[when][]int{}
	for _, ev := range evs {
		placed := false
		w := whenOf(&ev)
		for _, gi := range atWhen[w] {
			g := groups[gi]
			join := slices.ContainsFunc(g, func(e event) bool { return oneEvent(e.mf, ev.mf) })
			if !join {
				shared, ov := similar(g[0], ev)
				join = shared >= 2 && ov >= 0.4 && !otherEvents(g[0].mf, ev.mf) && !nameClash(g[0].mf, ev.mf)
			}
			if join {
				groups[gi] = append(groups[gi], ev)
				placed = true
				break
			}
		}
		if !placed {
			atWhen[w] = append(atWhen[w], len(groups))
			groups = append(groups, []event{ev})
		}
	}
	return groups
}

// entry writes a group as one timeline entry, in the clearest wording
// of its events (best), with every source and piece of evidence.
func entry(c *text.Corpus, g []event) news.TimelineEntry {
	first := best(g)
	e := news.TimelineEntry{
		When: first.when, Granularity: first.gran, Relative: first.relative,
		Expression: first.tx.Text, Text: first.text,
	}
	for _, ev := range g {
		id := c.IDs[ev.doc]
		if !slices.Contains(e.Sources, id) {
			e.Sources = append(e.Sources, id)
		}
		e.Evidence = append(e.Evidence, news.Evidence{Source: id, Start: ev.start, End: ev.end})
	}
	return e
}
