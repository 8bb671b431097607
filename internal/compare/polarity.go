package compare

import (
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// DateExpr is a date or day named in a sentence.
type DateExpr struct {
	Start, End int
	Tok        int
	Kind       string // "weekday", "date" (month and day), "fulldate", "month" (of a year), "monthname" (alone), "year"
	Value      string // "Wednesday", "09-13", "2023-09-13", "2023-09", "September", "2019"
}

// weekdays maps weekday names to the name as written in a date.
var weekdays = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, w := range english.Weekdays.Words() {
		m[w] = strings.ToUpper(w[:1]) + w[1:]
	}
	return m
})

// dateWords is a filter of the words of the weekdays, months and month
// abbreviations, the lists Dates asks of every word: it turns away most
// words at one test instead of three calls. None of the lists holds the
// empty word.
var dateWords = sync.OnceValue(func() *english.WordFilter {
	var f english.WordFilter
	for _, l := range []*english.Set{english.Weekdays, english.Months, english.MonthAbbreviations} {
		for _, w := range l.Words() {
			f.Add(w)
		}
	}
	return &f
})

// months maps month names and abbreviations to their numbers.
var months = sync.OnceValue(func() map[string]int {
	m := english.Months.Ints()
	for w, n := range english.MonthAbbreviations.Ints() {
		m[w] = n
	}
	return m
})

// monthNames maps month numbers to their names as written ("February").
var monthNames = sync.OnceValue(func() map[int]string {
	m := map[int]string{}
	for w, n := range english.Months.Ints() {
		if len(w) > len(m[n]) {
			m[n] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return m
})

// monthAloneBefore are the words before a month name with no day nor year
// that make it a date ("in February", "late January").
var monthAloneBefore = english.List("compare/month-alone-before")

// Dates finds the days and dates a sentence names: weekdays ("on
// Wednesday", kept apart from "last Wednesday"), calendar dates ("13
// September 2023", "Sept. 13"), months of a year ("July of 2015"), months
// alone after a word of time ("in February") and years standing alone ("in
// 2019").
func Dates(doc *text.Doc, s int) []DateExpr {
	toks := doc.SentenceTokens(s)
	var out []DateExpr
	dates := dateWords()
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		// One filter of the three lists' words (in line, no call) turns
		// most tokens away; the lists' own tests (a filter each, then a
		// table) answer the rest before the maps are asked.
		if t.Kind != text.Number && (t.Lower == "" || !dates.MayHold(t.Lower)) {
			continue
		}
		if t.Kind != text.Number && !english.Weekdays.Has(t.Lower) && !english.Months.Has(t.Lower) && !english.MonthAbbreviations.Has(t.Lower) {
			continue
		}
		if wd, ok := weekdays()[t.Lower]; ok {
			d := DateExpr{Start: t.Start, End: t.End, Tok: k, Kind: "weekday", Value: wd}
			if k > 0 && (toks[k-1].Lower == "last" || toks[k-1].Lower == "next" || toks[k-1].Lower == "this") {
				d.Value = toks[k-1].Lower + " " + wd
				d.Start = toks[k-1].Start
			}
			out = append(out, d)
			continue
		}
		if m, isMonth := months()[t.Lower]; isMonth && t.Cap {
			// "May" is a month only with a day or a year beside it, or
			// after a word of time ("in May").
			if d, next, ok := monthDate(toks, k, m); ok {
				out = append(out, d)
				k = next - 1
			}
			continue
		}
		if t.Kind == text.Number && len(t.Lower) == 4 && k > 0 {
			prev := toks[k-1].Lower
			if prev == "in" || prev == "since" || prev == "until" || prev == "of" {
				if v, ok := yearNumber(t.Lower); ok {
					out = append(out, DateExpr{Start: t.Start, End: t.End, Tok: k, Kind: "year", Value: pad4(v)})
				}
			}
		}
	}
	return out
}

// monthDate reads the date whose month name, of number m, is token k: a
// calendar date with its year or not ("Sept. 13", "13 September 2023"), a
// month of a year ("June 1972", "July of 2015"), or a month alone after a
// word of time ("in February"); and the token after it.
func monthDate(toks []text.Token, k, m int) (DateExpr, int, bool) {
	t := toks[k]
	day, year := 0, 0
	end := t.End
	start := t.Start
	j := k + 1
	if j < len(toks) && toks[j].Text == "." {
		j++
	}
	if j < len(toks) && toks[j].Kind == text.Number {
		if v, ok := dayNumber(toks[j].Lower); ok {
			day, end = v, toks[j].End
			j++
		}
	}
	// A gallery's frame count before a caption ("Image 5 of 10
	// May 4 ...") is no day.
	if day == 0 && k > 0 && toks[k-1].Kind == text.Number && !text.GalleryCounter(toks, k-1) {
		if v, ok := dayNumber(toks[k-1].Lower); ok {
			day, start = v, toks[k-1].Start
		}
	}
	// "July 9, 2015", and "July of 2015" with no day.
	if j < len(toks) && (toks[j].Text == "," || day == 0 && toks[j].Lower == "of") {
		j++
	}
	if j < len(toks) && toks[j].Kind == text.Number && len(toks[j].Lower) == 4 {
		if v, ok := yearNumber(toks[j].Lower); ok {
			year, end = v, toks[j].End
			j++
		}
	}
	switch {
	case day == 0 && year == 0:
		// "in February": a month of a year the sentence leaves to the
		// reader.
		if k > 0 && monthAloneBefore.Has(toks[k-1].Lower) {
			return DateExpr{Start: t.Start, End: t.End, Tok: k, Kind: "monthname", Value: monthNames()[m]}, k + 1, true
		}
		return DateExpr{}, 0, false
	case day == 0:
		return DateExpr{Start: start, End: end, Tok: k, Kind: "month", Value: pad4(year) + "-" + pad2(m)}, j, true
	case year > 0:
		return DateExpr{Start: start, End: end, Tok: k, Kind: "fulldate", Value: pad4(year) + "-" + pad2(m) + "-" + pad2(day)}, j, true
	}
	return DateExpr{Start: start, End: end, Tok: k, Kind: "date", Value: pad2(m) + "-" + pad2(day)}, j, true
}

func dayNumber(s string) (int, bool) {
	s = strings.TrimRight(s, "stndrh")
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, n >= 1 && n <= 31
}

func yearNumber(s string) (int, bool) {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, n >= 1800 && n <= 2100
}

func pad2(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

func pad4(n int) string { return pad2(n/100) + pad2(n%100) }

// Negation is a negated or denied stretch of a sentence: the cue and the
// words it governs.
type Negation struct {
	Cue   string
	Tok   int   // index of the cue in the sentence's tokens
	Scope []int // indexes of the governed tokens
}

// denials are verbs by which a statement is denied or refused.
var denials = english.List("compare/denials")

// cueWords is a filter of the negators' and denials' words, the lists
// cueAt asks of every word: one test in line turns most words away
// instead of two calls. Neither list holds the empty word.
var cueWords = sync.OnceValue(func() *english.WordFilter {
	var f english.WordFilter
	for _, l := range []*english.Set{english.Negators, denials} {
		for _, w := range l.Words() {
			f.Add(w)
		}
	}
	return &f
})

// eventDenials are the denial verbs that take a thing as their object
// ("refused an abortion", "rejected the offer"): only with a "to" or "that"
// clause do they deny a proposition. "deny" and "refute" always do ("denied
// any bombing" says no bombing happened).
var eventDenials = english.List("compare/event-denials")

// notNegations are negation cues that do not negate a fact: "not only",
// "no doubt", "not clear" (uncertainty, not denial).
var notNegations = english.List("compare/not-negations")

// Negations finds the negated stretches of a sentence: "not", "n't",
// "never", "no" + noun ("no plan"), "nobody", "nothing", and the denial
// verbs ("denied"). The scope runs from the cue to the next clause break.
func Negations(doc *text.Doc, s int) []Negation {
	toks := doc.SentenceTokens(s)
	var out []Negation
	cues := cueWords()
	for k := range toks {
		cue := cueAt(toks, k, cues)
		if cue == "" || deniesNothing(toks, k) {
			continue
		}
		out = append(out, Negation{Cue: cue, Tok: k, Scope: scopeAfter(toks, k)})
	}
	return out
}

// cueAt returns the negation cue of the token at k, or "": a negator,
// a contraction with "n't" (written whole or apart), or a denial verb.
// cues is cueWords' filter.
func cueAt(toks []text.Token, k int, cues *english.WordFilter) string {
	low := toks[k].Lower
	switch {
	case strings.HasSuffix(low, "n't") || splitContraction(toks, k):
		return "not"
	case low != "" && !cues.MayHold(low):
		return ""
	case english.Negators.Has(low) && low != "nowhere" && low != "cannot":
		return low
	case denials.Has(low):
		return low
	}
	return ""
}

// deniesNothing reports a cue at k that denies no event: an idiom ("not
// only", "no doubt", "not the only one", "nothing left"), a refusal of a
// thing rather than of an act ("refused an abortion"), or no claim either
// way ("whether or not", "if not").
func deniesNothing(toks []text.Token, k int) bool {
	low := toks[k].Lower
	next := func(n int) string {
		if k+n < len(toks) {
			return toks[k+n].Lower
		}
		return ""
	}
	switch {
	case notNegations.Has(low + " " + next(1)):
		return true
	case next(1) == "the" && next(2) == "only", low == "nothing" && next(1) == "left":
		return true
	// "refused an abortion", "resisted demands": refusing a thing is
	// itself the event; it denies another source's statement only as
	// "refused to go" (the going did not happen).
	case eventDenials.Has(low) && next(1) != "to" && next(1) != "that":
		return true
	case k > 0 && (toks[k-1].Lower == "or" || toks[k-1].Lower == "if"):
		return true
	}
	return false
}

// scopeBreaks end a negation's scope: the next clause starts after them.
var scopeBreaks = english.List("compare/scope-breaks")

// scopeAfter is the scope of the cue at k: at most twelve tokens after
// it, up to a clause break.
func scopeAfter(toks []text.Token, k int) []int {
	var scope []int
	for j := k + 1; j < len(toks) && len(scope) < 12; j++ {
		tj := toks[j]
		if tj.Kind == text.Punct && strings.Contains(",;:.—–", tj.Text) || scopeBreaks.Has(tj.Lower) {
			break
		}
		scope = append(scope, j)
	}
	return scope
}

// splitContraction reads "doesn ' t" as "doesn't": some corpora tokenise
// the contraction apart.
func splitContraction(toks []text.Token, k int) bool {
	low := toks[k].Lower
	return len(low) > 2 && strings.HasSuffix(low, "n") && k+2 < len(toks) && toks[k+1].Lower == "'" && toks[k+2].Lower == "t" &&
		(low == "can" || low == "won" || strings.HasSuffix(low, "sn") || strings.HasSuffix(low, "dn") || strings.HasSuffix(low, "en") || strings.HasSuffix(low, "ren"))
}

// hedged words make a statement a possibility, a plan or a report of fear:
// a negation elsewhere cannot contradict it.
var hedged = english.List("compare/hedged")

// Hedged reports whether a sentence states a possibility rather than a fact.
// The comparison asks it of the same sentences for each pair they are in,
// so the answer is kept on the Doc (text.Mark).
func Hedged(doc *text.Doc, s int) bool {
	return doc.Marked(s, hedgedMark, hedgedSentence)
}

var hedgedMark = text.NewMark()

func hedgedSentence(doc *text.Doc, s int) bool {
	for _, t := range doc.SentenceTokens(s) {
		if hedged.Has(t.Lower) {
			return true
		}
	}
	return false
}

// antonymOf pairs words whose use for one event by two sources
// contradicts, both ways; built on first use.
var antonymOf = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for a, b := range english.List("compare/antonyms").Strings() {
		m[a] = b
		if _, ok := m[b]; !ok {
			m[b] = a
		}
	}
	// "declined" is the refusal of what "accepted" accepts.
	m["declined"] = "accepted"
	return m
})

// Antonym returns the word that contradicts a lower-case word, or "".
func Antonym(lower string) string { return antonymOf()[lower] }

// commitments are the words under which a "to" clause is asserted:
// "accepted the invitation to visit" says a visit will happen, while
// "invited him to visit" or "is due to visit" does not.
var commitments = sync.OnceValue(english.List("compare/commitment-stems").Words)

// Asserted reports whether the word at token k is asserted by its sentence:
// not inside a "to" clause that no commitment governs.
func Asserted(toks []text.Token, k int) bool {
	if k == 0 || toks[k-1].Lower != "to" {
		return true
	}
	for j := k - 2; j >= 0 && j >= k-10; j-- {
		for _, c := range commitments() {
			if strings.HasPrefix(toks[j].Lower, c) {
				return true
			}
		}
	}
	return false
}

// reporting verbs after a refusal ("declined to reveal", "did not
// confirm") make the negation one of disclosure, not of the fact.
var reporting = english.List("compare/reporting-stems")
