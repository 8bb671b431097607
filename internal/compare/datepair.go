package compare

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// dItem is a date a sentence gives for its fact, with the words it is
// attached to.
type dItem struct {
	ref   align.SentRef
	d     DateExpr
	words map[string]string
}

// dateItems are the dates of a sentence that can date its fact: of each
// kind (weekday, calendar date, year, ...) the one date of that kind the
// sentence names, so that "Tuesday, Dec. 15" is one day told twice, while
// a sentence of two weekdays tells two moments, unless one of them alone
// dates the violent act ("Police announced charges Sunday for a boy who
// allegedly killed 16-year-old Christian Bandemer in Bridgeport Friday
// morning", GVA 571210: Friday). Not a bound ("by Saturday"), the day of a
// statement ("police said Saturday") nor a page's stamp ("Published
// Thursday").
func (cp *comparer) dateItems(ref align.SentRef) []dItem {
	if got, ok := cp.dates[ref]; ok {
		return got
	}
	if cp.dates == nil {
		cp.dates = map[align.SentRef][]dItem{}
	}
	got := sentenceDateItems(cp.c.Docs[ref.Doc], ref, cp.datesOf(ref))
	cp.dates[ref] = got
	return got
}

// sentenceDateItems works out dateItems of one sentence.
func sentenceDateItems(doc *text.Doc, ref align.SentRef, dates []DateExpr) []dItem {
	toks := doc.SentenceTokens(ref.Sent)
	if len(dates) > 1 && pageTime(toks) {
		return nil
	}
	// A bound, the day of a statement, another occasion or a page's stamp
	// dates no fact of the sentence. They still count among the dates of
	// their kind: leaving them out of the count before it ("arrested
	// Tuesday ..., police sources said Wednesday", ECB+ 26ecb) found one
	// calibration plant and none on the reporting half (wave 23), fitted.
	var fact []DateExpr
	kinds := map[string]int{}
	for _, d := range dates {
		kinds[d.Kind]++
		if d.Tok > 0 && boundWords.Has(toks[d.Tok-1].Lower) || statementDay(doc, ref.Sent, d.Tok) || another(toks, d.Tok) || StampBefore(toks, d.Tok) {
			continue
		}
		fact = append(fact, d)
	}
	var out []dItem
	several := map[string][]dItem{}
	for _, d := range fact {
		it := dItem{ref, d, dateAnchors(toks, d.Tok)}
		if kinds[d.Kind] != 1 {
			if _, ok := incidentAt(doc, it); ok {
				several[d.Kind] = append(several[d.Kind], it)
			}
			continue
		}
		out = append(out, it)
	}
	for _, d := range fact {
		if its := several[d.Kind]; len(its) == 1 && its[0].d == d {
			out = append(out, its[0])
		}
	}
	return out
}

// datePair reports whether two dates of independent sources are one fact
// dated differently, and the words they share: the same kind, different
// values, neither sentence naming the other's value, and the dates attached
// to the same word ("voters in 2009 approved", "voters in 2010 approved"),
// not merely sharing one with the sentence.
func (cp *comparer) datePair(a, b dItem) ([]string, bool) {
	if !cp.twoDates(a, b) {
		return nil, false
	}
	sh := sharedKeys(a.words, b.words)
	// A name alone dates two deeds of one person as well ("Reeves in
	// January entered guilty pleas" / "In August, Reeves was charged",
	// GVA 353609): a month told without its year is read by a plain word,
	// as crossAnchored reads every date.
	if len(sh) == 0 || a.d.Kind == "monthname" && !slices.ContainsFunc(sh, plainWord) {
		return nil, false
	}
	return sh, true
}

// twoDates reports whether two dates of independent sources may be one
// fact dated differently: the same kind and different values, or two
// kinds whose resolved parts differ (dayApart: "Monday" / "Sept. 29"),
// neither sentence naming the other's day, and not two appointments told
// on different days (appointments).
func (cp *comparer) twoDates(a, b dItem) bool {
	if cp.c.Group[a.ref.Doc] == cp.c.Group[b.ref.Doc] {
		return false
	}
	var apart bool
	if a.d.Kind == b.d.Kind {
		apart = a.d.Value != b.d.Value && !mentions(cp.sentText(a.ref), b.d) && !mentions(cp.sentText(b.ref), a.d)
	} else {
		apart = dayApart(a.d, b.d) && !cp.namesDay(a.ref, b.d) && !cp.namesDay(b.ref, a.d)
	}
	return apart && !cp.appointments(a.ref, a.d, b.ref, b.d)
}

// dayApart reports two dates of different kinds that give different
// days: of the year, month and day, those both give (a weekday gives its
// month and day as timex resolves it against the publication time, never
// its year, which is the reference's guess), at least one, and one of them
// differs. A weekday is compared only with a date that gives its day, at most
// six days from it: news names the weekday of a day of the past week and
// the date of one before (AP style), so a date further from the weekday
// is another fact.
func dayApart(x, y DateExpr) bool {
	shared, same := dayParts3(x, y)
	return shared && !same
}

// dayParts3 compares the parts of two dates both give: whether they share
// one, and whether all they share agree.
func dayParts3(x, y DateExpr) (shared, same bool) {
	if x.Kind == "weekday" || y.Kind == "weekday" {
		if x.D == 0 || y.D == 0 || x.year == 0 || y.year == 0 {
			return false, false
		}
		dx := time.Date(x.year, time.Month(x.M), x.D, 0, 0, 0, 0, time.UTC)
		dy := time.Date(y.year, time.Month(y.M), y.D, 0, 0, 0, 0, time.UTC)
		if gap := dx.Sub(dy).Hours() / 24; gap > 6 || gap < -6 {
			return false, false
		}
	}
	same = true
	for _, p := range [][2]int{{x.Y, y.Y}, {x.M, y.M}, {x.D, y.D}} {
		if p[0] == 0 || p[1] == 0 {
			continue
		}
		shared = true
		same = same && p[0] == p[1]
	}
	return shared, same
}

// namesDay reports whether a sentence names d's day itself, with a date
// of any kind that agrees with it on the parts both give: then it gives
// both, and there is no difference.
func (cp *comparer) namesDay(ref align.SentRef, d DateExpr) bool {
	for _, x := range cp.datesOf(ref) {
		if shared, same := dayParts3(x, d); shared && same {
			return true
		}
	}
	return false
}

// pageTime reports a line that is a page's own moment rather than a
// sentence: only time words and figures ("Monday, Sep 10, 2012"), or a
// stamp word and no lower-case word of prose ("PUBLISHED: MONDAY, MARCH
// 11, 2013, 10:34 PM"). Its weekday and its calendar date are when the page
// was posted, not a fact.
func pageTime(toks []text.Token) bool {
	if align.TimeLine(toks) {
		return true
	}
	stamp := false
	for _, t := range toks {
		switch {
		case stampWords.Has(t.Lower):
			stamp = true
		case t.Kind == text.Word && !t.Cap && len(t.Text) > 2:
			return false
		}
	}
	return stamp
}

// another reports a date of another occasion than the one the story
// tells: a word of sequence within three words before it ("At an earlier
// news briefing Friday").
func another(toks []text.Token, k int) bool {
	for j := max(0, k-4); j < k; j++ {
		if sequenceWords.Has(toks[j].Lower) {
			return true
		}
	}
	return false
}

var sequenceWords = english.List("compare/sequence-words")

// nearDates finds dates that differ between two sentences that tell the same
// fact (nearPair) when the alignment put them in different claims or in
// none: a changed day makes the sentences less alike than their claim's
// threshold asks, and the sentence that carries it can join another claim.
func (cp *comparer) nearDates(earlier []news.Conflict) []news.Conflict {
	covered := coveredSentences(cp, earlier, news.ConflictDate)
	var sides valueSides[string]
	for d, doc := range cp.c.Docs {
		for s := range doc.Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if covered[ref] || !cp.a.Active(ref) {
				continue
			}
			items := cp.dateItems(ref)
			if len(items) == 0 {
				continue
			}
			for _, n := range cp.a.Neighbours(ref, 0.1) {
				// A neighbour without a date to pair is passed over before
				// the costlier tests.
				other := cp.dateItems(n.Ref)
				if len(other) == 0 || n.Ref.Doc == d || covered[n.Ref] || cp.sameClaim(ref, n.Ref) {
					continue
				}
				// One claim but for the day: the rules of one claim.
				apart := cp.oneValueApart(ref, n.Ref) && !ordersEvents(doc.SentenceTokens(s)) && !ordersEvents(cp.c.Docs[n.Ref.Doc].SentenceTokens(n.Ref.Sent))
				r := cp.dateResidual(ref, n.Ref)
				if r < nearMoment && !apart || cp.monthsApart(d, n.Ref.Doc) {
					continue
				}
				for _, a := range items {
					for _, b := range other {
						sh, ok := cp.nearPair(a, b, r)
						if !ok {
							sh, ok = cp.oneClock(a, b)
						}
						if !ok && apart {
							if sh, ok = cp.datePair(a, b); !ok {
								sh, ok = cp.crossAnchored(a, b)
							}
						}
						if !ok {
							continue
						}
						slices.Sort(sh)
						k := a.d.Kind + "\x00" + strings.Join(slices.Compact(sh), " ")
						for _, it := range []dItem{a, b} {
							sides.add(k, it.d.Value, it.ref)
						}
					}
				}
			}
		}
	}
	return sides.conflicts(cp, news.ConflictDate, func(k string) string {
		return "date: " + strings.Join(strings.Fields(strings.SplitN(k, "\x00", 2)[1]), ", ")
	})
}

// plainWord is a shared word that says what a date dates by itself: not a
// part of the day ("night") nor a name ("Justin"), which two facts of one
// story share.
func plainWord(w string) bool {
	return !dayParts.Has(strings.ToLower(w)) && w == strings.ToLower(w)
}

// sameClaim reports whether two sentences belong to one claim.
func (cp *comparer) sameClaim(a, b align.SentRef) bool {
	ca := cp.claimOf(a)
	return ca >= 0 && ca == cp.claimOf(b)
}

// dayParts are words that belong to a date rather than say what it dates:
// "Monday night", "early Sunday", "3 a.m. Sunday". The words a date is
// attached to are read past them.
var dayParts = english.List("compare/day-parts")

// timeZones are the zone abbreviations of clock times ("1630 GMT on
// Saturday"): no word a date is attached to.
var timeZones = english.List("timex/zone-abbrev")

// dateTerms are the alignment terms a date may give (weekdays and months,
// stemmed or not): left out of dateResidual.
var dateTerms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []*english.Set{english.Weekdays, english.Months} {
		for _, w := range set.Words() {
			m[w], m[text.Stem(w)] = true, true
		}
	}
	return m
})

// dateResidual is the cosine of two sentences' weighted terms without
// their figures and dates: how alike they are apart from the day they
// give. Within a story a weekday is a rare word, and it weighs more than
// the shared account ("Williams died early Thursday in her sleep,
// according to her publicist" / "... early Friday ...": cosine 0.26).
func (cp *comparer) dateResidual(a, b align.SentRef) float64 {
	return cp.cosineWithout(a, b, func(t string) bool { return t[0] == '#' || dateTerms()[strings.ToLower(t)] })
}

// nearDate is the dateResidual above which two sentences of different
// claims say the same thing but for the date.
const nearDate = 0.35

// nearMoment is the dateResidual above which two sentences of different
// claims may date one moment of the day told the same way (nearPair).
const nearMoment = 0.1

// nearPair reports whether two dates of sentences of different claims, r
// alike apart from their dates, are one fact dated differently, and the
// words they share. Either the sentences say the same thing but for the
// date (r >= nearDate, as for numbers) and the dates share a plain word, or
// the dates share a part of the day and date the same predicate ("An
// 11-year-old boy accidentally shot himself in southwest Detroit early
// Thursday morning" / "... after accidentally shooting himself Thursday
// morning"): one moment of the day told the same way of the same act. A part of the day alone dates no fact: "the Friday
// night shooting" and "a Saturday night press conference" are two. Or
// both dates date the violent act the story tells, in other words
// (incidentDays, wave 17; wave 19 without the shared word for a weekday).
func (cp *comparer) nearPair(a, b dItem, r float64) ([]string, bool) {
	sh, ok := cp.datePair(a, b)
	if !ok {
		// One weekday of the violent act needs no shared word: two
		// reports tell it with other words around the day ("was killed
		// by an Arkansas gunman Wednesday" / "A standoff at an Arkansas
		// home Wednesday morning has killed one police officer", GVA
		// 625854). Weekdays only: a year or a calendar date without a
		// shared word is as often another shooting told as background
		// ("the July 19, 2012 ..." of another city, GVA 380162).
		if a.d.Kind == "weekday" && cp.twoDates(a, b) && cp.shareName(a.ref, b.ref) &&
			!severalActs(cp.c.Docs[a.ref.Doc].SentenceTokens(a.ref.Sent)) && !severalActs(cp.c.Docs[b.ref.Doc].SentenceTokens(b.ref.Sent)) {
			return cp.incidentDays(a, b)
		}
		return nil, false
	}
	if r >= nearDate && slices.ContainsFunc(sh, plainWord) {
		return sh, true
	}
	if slices.ContainsFunc(sh, dayPartWord) && samePredicate(cp.c.Docs[a.ref.Doc], a, cp.c.Docs[b.ref.Doc], b) {
		return sh, true
	}
	return cp.incidentDays(a, b)
}

// incidentAt reports whether a date dates the violent act itself, and the
// word that tells it: the verb of the date's clause is one of
// incidentWords ("were shot", "opened fire"), or that verb's subject is
// one ("The shooting happened Tuesday night"), or the date stands right
// after one ("in a shooting late Tuesday night") or before one as its
// possessor ("Thursday night's shooting"). Not a negated act, nor speech.
func incidentAt(doc *text.Doc, it dItem) (string, bool) {
	a := doc.Annotation()
	toks := doc.SentenceTokens(it.ref.Sent)
	p := a.ClauseOf(doc.Sentences[it.ref.Sent].TokStart + it.d.Tok)
	if p != nil && p.Sentence == it.ref.Sent && !p.Negated && !p.Speech() {
		if incidentWords.Has(p.Lemma) && !dismissal(a, p) || p.ObjectHead >= 0 && incidentWords.Has(p.Lemma+" "+headLemma(a, p.ObjectHead)) {
			return p.Lemma, true
		}
		if !p.Passive && p.SubjectHead >= 0 && incidentWords.Has(headLemma(a, p.SubjectHead)) {
			return headLemma(a, p.SubjectHead), true
		}
	}
	// The noun before the date, past its parts of the day and "on".
	for k := it.d.Tok - 1; k >= 0 && k >= it.d.Tok-3; k-- {
		w := toks[k].Lower
		if dayParts.Has(w) || w == "on" {
			continue
		}
		if incidentWords.Has(w) {
			return w, true
		}
		break
	}
	// The noun the date's possessive qualifies: "Thursday night's
	// shooting", "Monday night's fatal shooting".
	owner := false
	for k := it.d.Tok + 1; k < len(toks) && k <= it.d.Tok+4; k++ {
		w := toks[k].Lower
		base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		switch {
		case !owner && dayParts.Has(base):
			owner = base != w
		case owner && incidentWords.Has(w):
			return w, true
		case owner && toks[k].Kind == text.Word && !toks[k].Stop:
		default:
			return "", false
		}
	}
	return "", false
}

// incidentWords tell the violent act of a story of crime or disaster.
var incidentWords = english.List("compare/incident-words")

// dayPartWord reports a part of the day among the words two dates share.
func dayPartWord(w string) bool { return dayParts.Has(strings.ToLower(w)) }

// samePredicate reports whether two dates date one predicate with one
// polarity (datedPredicate).
func samePredicate(da *text.Doc, a dItem, db *text.Doc, b dItem) bool {
	la, na := datedPredicate(da, a)
	lb, nb := datedPredicate(db, b)
	return la != "" && la == lb && na == nb
}

// datedPredicate is the predicate a date dates: the lemma of the
// proposition of the shared annotation whose clause holds it, and whether
// it is negated; "" for none, for speech ("said Monday night": the day it
// was said) and for light verbs. The lemma itself, not its synonym class:
// "killed Sunday night" and "died Wednesday night" can be two moments.
func datedPredicate(doc *text.Doc, it dItem) (string, bool) {
	p := doc.Annotation().ClauseOf(doc.Sentences[it.ref.Sent].TokStart + it.d.Tok)
	if p == nil || p.Sentence != it.ref.Sent || p.Speech() || lightVerbs.Has(p.Lemma) {
		return "", false
	}
	return p.Lemma, p.Negated
}

// oneNight reports two weekdays a night apart told as the late hours of
// the first and the early hours of the next ("badly damaged by fire
// Friday night" / "destroyed the Wasilla Bible Church early Saturday",
// ECB+ 13ecb): one night that ran past midnight, not two days.
func oneNight(a, b dItem) bool {
	x, y := dayIndex(a.d.Value), dayIndex(b.d.Value)
	if x < 0 || y < 0 {
		return false
	}
	switch {
	case (x+1)%7 == y:
		return nightEdge(a.words, "late") && nightEdge(b.words, "early")
	case (y+1)%7 == x:
		return nightEdge(b.words, "late") && nightEdge(a.words, "early")
	}
	return false
}

// nightEdges are the parts of the day at the edges of one night, with
// the edge each tells ("late", "early" or "either").
var nightEdges = english.List("compare/night-edges")

// nightEdge reports whether a date's words put it at one edge of a night.
func nightEdge(words map[string]string, edge string) bool {
	for w := range words {
		if e := nightEdges.Kind(w); e == edge || e == "either" {
			return true
		}
	}
	return false
}

// dayIndex is the number of a weekday's value ("last Friday": Friday), -1
// for none.
func dayIndex(v string) int {
	for _, p := range []string{"last ", "next ", "this "} {
		v = strings.TrimPrefix(v, p)
	}
	if i, ok := weekdayIndex(v); ok {
		return i
	}
	return -1
}

// incidentDays reports whether two dates both date the violent act a story
// tells (incidentAt), told with other words ("Eight people were injured in
// a shooting in downtown Oakland early Saturday" / "... in which eight
// people were wounded early Saturday morning"), and the words that tell
// it. Not one night told as two days (oneNight), and neither report dates
// the violent act itself with the other's day anywhere, as a report of two
// shootings on two days does. Wave 17 refused a report that named the
// other's day anywhere: a report that names it for the arrest, the vigil or
// the statement tells the act on one day still (GVA 359830).
func (cp *comparer) incidentDays(a, b dItem) ([]string, bool) {
	da, db := cp.c.Docs[a.ref.Doc], cp.c.Docs[b.ref.Doc]
	wa, oka := incidentAt(da, a)
	wb, okb := incidentAt(db, b)
	if !oka || !okb || oneNight(a, b) || cp.anotherAct(a, b) || cp.anotherAct(b, a) {
		return nil, false
	}
	return slices.Compact([]string{wa, wb}), true
}

// anotherAct reports whether a's report dates the violent act with b's day
// in a sentence that tells b's account better than a does: b then tells
// the act that sentence tells, and a another act of another day (a report
// of two shootings on two days). A sentence of a's report that dates the
// act with b's day but is less like b than a is tells a's own act on
// another day, and a against b is one act dated two ways: against "Nine
// people were shot to death during a prayer meeting ... Wednesday night",
// a report's "Roof opened fire during a prayer meeting ... on Friday
// night" is not refused by its own "Soon after Wednesday night's shooting,
// a group of pastors huddled" (GVA 359830 with its day changed). Likeness is dateResidual, the days left out, so that a
// report that repeats a's sentence with b's day (a caption and its body)
// is no better a match than a.
func (cp *comparer) anotherAct(a, b dItem) bool {
	doc := cp.c.Docs[a.ref.Doc]
	own := cp.dateResidual(a.ref, b.ref)
	for _, s := range incidentSentences(doc, a.ref.Doc, b.d) {
		if cp.dateResidual(align.SentRef{Doc: a.ref.Doc, Sent: s}, b.ref) > own {
			return true
		}
	}
	return false
}

// datesIncident reports whether a report dates the violent act with a
// date of d's kind and day anywhere ("last Friday" is Friday).
func datesIncident(doc *text.Doc, di int, d DateExpr) bool {
	return len(incidentSentences(doc, di, d)) > 0
}

// incidentSentences are the sentences of a report that date the violent
// act with a date of d's kind and day.
func incidentSentences(doc *text.Doc, di int, d DateExpr) []int {
	day := func(v string) string { return strings.TrimPrefix(strings.TrimPrefix(v, "last "), "next ") }
	var out []int
	for s := range doc.Sentences {
		for _, x := range Dates(doc, s) {
			if x.Kind != d.Kind || day(x.Value) != day(d.Value) {
				continue
			}
			if _, ok := incidentAt(doc, dItem{ref: align.SentRef{Doc: di, Sent: s}, d: x}); ok {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// StampBefore reports a page's stamp word within the three words before a
// date ("(Published Thursday, Oct. 10, 2013)", "Posted: Saturday"): when
// the page was written, not when anything happened (GVA 480981).
func StampBefore(toks []text.Token, k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 3; j-- {
		if toks[j].Kind == text.Punct {
			continue
		}
		if stampWords.Has(toks[j].Lower) {
			return true
		}
		n++
	}
	return false
}

// dismissal reports "fire" said of a person: "LaCalamita had been fired
// last Thursday as a general accountant" (ECB+ 18ecbplus) lost a job;
// shots, rounds and guns are fired.
func dismissal(a *text.Annotation, p *text.Proposition) bool {
	if p.Lemma != "fire" {
		return false
	}
	_, h := p.Undergoer()
	switch personOrThing(a, h) {
	case "pronoun", "name", "person":
		return true
	}
	return false
}

// shareName reports whether two sentences name one place, person or thing
// (a capitalised word past the first, not a weekday or a month): with no
// word shared beside their dates, two reports of a city's weekend of
// shootings tell two acts in two places ("in a shooting Friday afternoon
// in the Brighton Park neighborhood" / "on the outbound Eisenhower
// Expressway early Saturday").
func (cp *comparer) shareName(a, b align.SentRef) bool {
	na := sentenceNames(cp.c.Docs[a.Doc], a.Sent)
	for n := range sentenceNames(cp.c.Docs[b.Doc], b.Sent) {
		if na[n] && !dateTerms()[n] {
			return true
		}
	}
	return false
}

// severalActs reports a sentence that counts violent acts ("in two
// separate shootings on the South and West sides Monday night", "Two
// separate shootings just blocks apart"): its day dates several acts, not
// the one another report tells.
func severalActs(toks []text.Token) bool {
	for k := 1; k < len(toks); k++ {
		w := toks[k].Lower
		if !strings.HasSuffix(w, "s") || !incidentWords.Has(strings.TrimSuffix(w, "s")) {
			continue
		}
		for j := max(0, k-2); j < k; j++ {
			if prev := toks[j].Lower; prev == "separate" || english.NumberWords.Has(prev) || toks[j].Kind == text.Number {
				return true
			}
		}
	}
	return false
}
