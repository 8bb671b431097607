package compare

import (
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
	"github.com/crosscheck/crosscheck/internal/timex"
)

// DateExpr is a date or day named in a sentence.
type DateExpr struct {
	Start, End int
	Tok        int
	Kind       string // "weekday", "date" (month and day), "fulldate", "month" (of a year), "monthname" (alone), "year"
	Value      string // "Wednesday", "09-13", "2023-09-13", "2023-09", "September", "2019"
	// Y, M, D are the year, month and day the expression gives, written
	// or, for a weekday, resolved against the report's publication time
	// (timex); 0 when it gives none.
	Y, M, D int
	// year is the year timex gives the expression, written or resolved
	// against the publication time (a guess for "Sept. 13" or "Monday");
	// 0 when unresolved.
	year int
}

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

func pad2(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

func pad4(n int) string { return pad2(n/100) + pad2(n%100) }

// Dates finds the days and dates a sentence names: weekdays ("on
// Wednesday", kept apart from "last Wednesday"), calendar dates ("13
// September 2023", "Sept. 13"), months of a year ("July of 2015"), months
// alone after a word of time ("in February") and years standing alone ("in
// 2019"). The expressions and their values are timex's (timex.OfDoc, found
// once per report and resolved against its publication time): compare
// reads no date of its own. Of each expression it keeps the parts the
// sentence writes, one DateExpr each: "Tuesday, Dec. 15" is a weekday and
// a date, as two reports may give either.
func Dates(doc *text.Doc, s int) []DateExpr {
	if !doc.English() || s < 0 || s >= len(doc.Sentences) {
		return nil
	}
	txs := timex.OfDoc(doc)
	sent := doc.Sentences[s]
	toks := doc.SentenceTokens(s)
	var out []DateExpr
	i := sort.Search(len(txs), func(i int) bool { return txs[i].End > sent.Start })
	for ; i < len(txs) && txs[i].Start < sent.End; i++ {
		tx := txs[i]
		if tx.Type != timex.Date && tx.Type != timex.Time {
			continue
		}
		out = append(out, exprsOf(toks, tx)...)
	}
	return out
}

// exprsOf reads the parts of one time expression that the tokens of its
// sentence write: its weekday, and its calendar date, month of a year,
// month alone or year.
func exprsOf(toks []text.Token, tx timex.Timex) []DateExpr {
	first, last := -1, -1
	for k, t := range toks {
		if t.Start >= tx.Start && t.End <= tx.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return nil
	}
	y, m, d, resolved := valueParts(tx.Value)
	var out []DateExpr
	month, year, day := -1, -1, -1
	for k := first; k <= last; k++ {
		t := toks[k]
		switch {
		case english.Weekdays.Has(t.Lower):
			e := weekdayExpr(toks, k)
			if resolved && tx.Gran >= timex.GDay {
				e.M, e.D, e.year = m, d, y
			}
			out = append(out, e)
		case month < 0 && t.Cap && (english.Months.Has(t.Lower) || english.MonthAbbreviations.Has(t.Lower)):
			month = k
		case t.Kind == text.Number && len(t.Lower) == 4 && y > 0 && t.Lower == pad4(y):
			year = k
		case t.Kind == text.Number && day < 0 && d > 0 && strings.TrimLeft(strings.TrimRight(t.Lower, "stndrh"), "0") == itoa(d):
			day = k
		}
	}
	if e, ok := partsExpr(toks, tx, month, day, year, resolved); ok {
		out = append(out, e)
	}
	// A date written in figures alone ("8/19/2013", "2013-09-07") is a
	// page's stamp ("Published: 8/19/2013", "UPDATE (8/14/13)") or a link
	// far more often than a fact's day in news: not read.
	return out
}

// weekdayExpr is the weekday at token k, with the "last", "next" or
// "this" before it.
func weekdayExpr(toks []text.Token, k int) DateExpr {
	t := toks[k]
	e := DateExpr{Start: t.Start, End: t.End, Tok: k, Kind: "weekday", Value: strings.ToUpper(t.Lower[:1]) + t.Lower[1:]}
	if k > 0 && (toks[k-1].Lower == "last" || toks[k-1].Lower == "next" || toks[k-1].Lower == "this") {
		e.Value = toks[k-1].Lower + " " + e.Value
		e.Start = toks[k-1].Start
	}
	return e
}

// partsExpr is the date that the month, day and year tokens of a time
// expression write (-1 for a part it does not write): a full date, a
// month and day, a month of a year, a month alone after a word of time, or
// a year alone after "in", "since" and their like.
func partsExpr(toks []text.Token, tx timex.Timex, month, day, year int, resolved bool) (DateExpr, bool) {
	y, m, d, _ := valueParts(tx.Value)
	switch {
	case month >= 0 && day >= 0 && tx.Gran >= timex.GDay:
		// "Image 5 of 10 May 4": a gallery's frame count is no day.
		if day < month && text.GalleryCounter(toks, day) {
			return DateExpr{}, false
		}
		e := DateExpr{Start: toks[min(month, day)].Start, End: toks[max(month, day, year)].End, Tok: month, M: m, D: d}
		if year >= 0 {
			e.Kind, e.Value, e.Y, e.year = "fulldate", pad4(y)+"-"+pad2(m)+"-"+pad2(d), y, y
		} else {
			e.Kind, e.Value = "date", pad2(m)+"-"+pad2(d)
			if resolved {
				e.year = y
			}
		}
		return e, true
	case month >= 0 && day < 0 && tx.Gran == timex.GMonth && m > 0:
		switch {
		case year >= 0:
			return DateExpr{Start: toks[month].Start, End: toks[year].End, Tok: month, Kind: "month", Value: pad4(y) + "-" + pad2(m), Y: y, M: m, year: y}, true
		case month > 0 && monthAloneBefore.Has(toks[month-1].Lower):
			// "in February": a month of a year the sentence leaves to
			// the reader.
			return DateExpr{Start: toks[month].Start, End: toks[month].End, Tok: month, Kind: "monthname", Value: monthName(m), M: m}, true
		}
	case month < 0 && year > 0 && tx.Gran >= timex.GYear && tx.Gran <= timex.GQuarter && yearBefore.Has(toks[year-1].Lower):
		// "in 2019", and the year of "the fall of 2010".
		return DateExpr{Start: toks[year].Start, End: toks[year].End, Tok: year, Kind: "year", Value: pad4(y), Y: y, year: y}, true
	}
	return DateExpr{}, false
}

// yearBefore are the words before a year standing alone that make it the
// date of a fact ("in 2019", "since 2019").
var yearBefore = english.List("compare/year-before")

// valueParts reads the year, month and day of a TimeML value ("2023-09-13",
// "2023-09", "XXXX-09-13", "2023-09-13TNI"), 0 for a part it does not give
// or gives as X's; resolved is true when no X is left.
func valueParts(v string) (y, m, d int, resolved bool) {
	num := func(s string) int {
		n := 0
		for _, r := range s {
			if r < '0' || r > '9' {
				return 0
			}
			n = n*10 + int(r-'0')
		}
		return n
	}
	resolved = !strings.Contains(v, "X")
	if len(v) >= 4 {
		y = num(v[:4])
	}
	if len(v) >= 7 && v[4] == '-' && v[5] != 'W' {
		m = num(v[5:7])
	}
	if len(v) >= 10 && v[7] == '-' {
		d = num(v[8:10])
	}
	if m > 12 || d > 31 {
		m, d = 0, 0
	}
	return y, m, d, resolved
}

// monthName is a month's name as written ("February").
func monthName(m int) string { return monthNames()[m] }

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return pad2(n)
}
