package compare

import (
	"math"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Evidence that two sentences of different sources speak of one fact. A
// shared unit or a shared name is not enough: sports statistics of two
// seasons, two quakes of one story or a plea and a verdict share both. A
// difference is reported only when the two sentences are one aligned claim,
// or say nearly the same apart from the value, or the figure is attached to
// the same word in both ("met for about five hours" and "over four hours of
// talks") with no different subject.

// strongResidual is the cosine of two sentences, their numbers left out,
// above which they say the same thing apart from the value.
const strongResidual = 0.45

// residualSim is the cosine of two sentences' weighted terms without their
// numbers: how alike they are apart from the values that differ.
func (cp *comparer) residualSim(a, b align.SentRef) float64 {
	return cp.cosineWithout(a, b, func(t string) bool { return t[0] == '#' })
}

// cosineWithout is the cosine of two sentences' weighted terms, the terms
// skip picks left out.
func (cp *comparer) cosineWithout(a, b align.SentRef, skip func(string) bool) float64 {
	ta, tb := cp.termsOf(a), cp.termsOf(b)
	var dot, na, nb float64
	for t, w := range ta {
		if skip(t) {
			continue
		}
		na += w * w
		if _, ok := tb[t]; ok {
			dot += w * w
		}
	}
	for t, w := range tb {
		if !skip(t) {
			nb += w * w
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// auxiliaries are the verbs that carry tense, not meaning.
var auxiliaries = english.List("compare/auxiliaries")

// beforeFigure are the words between a figure and the word it attaches to
// ("met for about five hours", "killing at least seven people").
var beforeFigure = english.List("compare/before-figure")

// relational words place a figure in time or order ("two weeks ago",
// "four minutes left") and say nothing of what it counts.
var relational = english.List("compare/relational")

// measureVerbs say that their subject lasted or measured the figure.
var measureVerbs = english.List("compare/measure-verbs")

// attachment returns the terms of the words a figure attaches to (the verb
// or noun before it, the noun after "of", the verb after its counted noun)
// and the subject before that verb.
func attachment(doc *text.Doc, s int, q Quantity) (attach, subject map[string]bool) {
	toks := doc.SentenceTokens(s)
	attach, subject = map[string]bool{}, map[string]bool{}
	last := q.Tok
	for last+1 < len(toks) && toks[last+1].Start < q.End {
		last++
	}
	// After: "hours of talks", "people were hurt", "five-hour meeting".
	j := last + 1
	if j < len(toks) && toks[j].Lower == "of" {
		for k := j + 1; k < len(toks) && k <= j+3; k++ {
			if term, name := termAt(toks[k], k); term != "" && !name {
				attach[term] = true
				break
			}
			if toks[k].Kind == text.Punct {
				break
			}
		}
	} else {
		for k := j; k < len(toks) && k <= j+3; k++ {
			if auxiliaries.Has(toks[k].Lower) || relational.Has(toks[k].Lower) {
				continue
			}
			if term, name := termAt(toks[k], k); term != "" && !name {
				attach[term] = true
			}
			break
		}
	}
	// Before: "met for about five hours", "hospitalized in Los Angeles for
	// four weeks".
	verb := -1
	subjectOfMeasure := false
	for k, skipped := q.Tok-1, 0; k >= 0 && skipped < 6; k-- {
		t := toks[k]
		if t.Kind == text.Punct && !beforeFigure.Has(t.Text) {
			break
		}
		if measureVerbs.Has(t.Lower) {
			// "the tremor lasted 30 seconds": the figure measures the
			// subject, which is then what it attaches to.
			subjectOfMeasure = true
		}
		if beforeFigure.Has(t.Lower) || auxiliaries.Has(t.Lower) || measureVerbs.Has(t.Lower) {
			skipped++
			continue
		}
		term, name := termAt(t, k)
		if name || t.Lower == "in" || t.Lower == "on" {
			skipped++
			continue
		}
		if term != "" {
			attach[term] = true
			verb = k
		}
		break
	}
	if verb >= 0 && !subjectOfMeasure {
		for k := verb - 1; k >= 0 && k >= verb-4; k-- {
			t := toks[k]
			if t.Kind == text.Punct {
				break
			}
			if auxiliaries.Has(t.Lower) {
				continue
			}
			if term, _ := termAt(t, k); term != "" {
				if _, isNum := align.ParseNumber(t.Lower); !isNum {
					subject[term] = true
				}
			}
		}
	}
	return attach, subject
}

// informativeShared reports whether two term sets share a term that says
// something in this story (a synonym class counts: it names an event).
func (cp *comparer) informativeShared(a, b map[string]bool) bool {
	for t := range a {
		if b[t] && (t[0] == '~' || cp.a.Weight(t) >= 0.5) {
			return true
		}
	}
	return false
}

func disjoint(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for t := range a {
		if b[t] {
			return false
		}
	}
	return true
}

// boundWords before a date make it a bound ("by Saturday", "until 2010")
// rather than the day something happened.
// statementVerbs date a statement when a date follows them ("said
// Saturday"), not the event the statement reports.
var statementVerbs = english.List("compare/statement-verbs")

var boundWords = english.List("compare/bound-words")

// dateAnchors are the words a date is attached to: the nearest content
// word on each side within four tokens, past commas, pronouns and
// auxiliaries ("In 1969, he was indicted": indicted).
func dateAnchors(toks []text.Token, at int) map[string]string {
	out := map[string]string{}
	for _, dir := range []int{-1, 1} {
		for k, n := at+dir, 0; k >= 0 && k < len(toks) && n < 4; k, n = k+dir, n+1 {
			t := toks[k]
			if t.Text == "," || currencySigns[t.Text] != "" || t.Kind == text.Number || t.Stop || auxiliaries.Has(t.Lower) || relational.Has(t.Lower) {
				continue
			}
			// "20:49 GMT on Friday": the zone is part of the clock time.
			if timeZones.Has(t.Lower) {
				continue
			}
			// "Monday night", "early Sunday": a part of the date, kept as
			// a word it shares, and read past to the word it dates.
			if dayParts.Has(t.Lower) {
				out[t.Lower] = t.Text
				continue
			}
			if t.Kind == text.Punct {
				break
			}
			if _, isNum := align.ParseNumber(t.Lower); isNum {
				continue
			}
			if term, _ := termAt(t, k); term != "" {
				out[term] = t.Text
			}
			break
		}
	}
	return out
}

// sharedKeys returns the words of a that b has too, as written in a.
func sharedKeys(a, b map[string]string) []string {
	var out []string
	for k, v := range a {
		if _, ok := b[k]; ok {
			out = append(out, v)
		}
	}
	return out
}
