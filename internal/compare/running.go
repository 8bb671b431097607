package compare

import (
	"slices"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// dropAdmittedLimits removes from one quantity's mentions the limits that
// some other mention admits ("at least four bombs" against "five bombs",
// "at least six" against "at least seven"): a limit opposes only figures
// it excludes, and then it stays as a side of its own.
func (cp *comparer) dropAdmittedLimits(m []int, items []qItem) []int {
	var out []int
	for _, i := range m {
		if items[i].q.Bound == 0 {
			out = append(out, i)
			continue
		}
		admitted := false
		for _, j := range m {
			if j != i && Admits(items[i].q, items[j].q) {
				admitted = true
				break
			}
		}
		if !admitted {
			out = append(out, i)
		}
	}
	return out
}

// elapsedMarkers before a duration make it the time an event has lasted
// up to the report ("after eight days of riots", "over the past three
// weeks"): a figure that grows with the day the report was written.
var elapsedMarkers = map[string]bool{"after": true, "past": true, "last": true}

// elapsed reports whether a duration is measured up to the time of writing.
func elapsed(toks []text.Token, q Quantity) bool {
	if q.Dim != "duration" {
		return false
	}
	for j := q.Tok - 1; j >= 0 && j >= q.Tok-4; j-- {
		low := toks[j].Lower
		if elapsedMarkers[low] {
			return true
		}
		if toks[j].Kind == text.Punct || toks[j].Kind == text.Number {
			break
		}
	}
	for j := q.Tok + 1; j+1 < len(toks) && j <= q.Tok+6; j++ {
		if toks[j].Lower == "so" && toks[j+1].Lower == "far" || toks[j].Lower == "to" && toks[j+1].Lower == "date" {
			return true
		}
	}
	return false
}

// cumulativeWords name counts that only grow as a story unfolds: tolls of
// dead, hurt and arrested, and totals received so far.
var cumulativeWords = sync.OnceValue(english.List("compare/cumulative-stems").Words)

// running reports whether a mention is a running count: an elapsed
// duration, or a count of something that accumulates.
func (cp *comparer) running(it qItem) bool {
	toks := cp.c.Docs[it.ref.Doc].SentenceTokens(it.ref.Sent)
	if elapsed(toks, it.q) {
		return true
	}
	if it.q.Dim != "count" {
		return false
	}
	for _, w := range it.words {
		low := strings.ToLower(w)
		for _, c := range cumulativeWords() {
			if strings.HasPrefix(low, c) {
				return true
			}
		}
	}
	return false
}

// dropRunningCounts removes the elapsed durations of reports of unknown
// date ("after eight days of riots"): such a figure grows with the day the
// report was written, and without that day it cannot be placed in time.
// Every other running count stays: a toll that moved between reports is a
// difference, its sides in the order of publication (inTime).
func (cp *comparer) dropRunningCounts(m []int, items []qItem) []int {
	return slices.DeleteFunc(slices.Clone(m), func(i int) bool {
		if !cp.published(items[i].ref.Doc).IsZero() {
			return false
		}
		toks := cp.c.Docs[items[i].ref.Doc].SentenceTokens(items[i].ref.Sent)
		return elapsed(toks, items[i].q)
	})
}

// listItem reports whether a figure closes an enumeration of
// specifications ("4GB RAM,
// integrated graphics, 64GB storage, and 5 hours of battery life"): such
// lists give the specification of one model or configuration among
// several, which the sentence does not name at the figure, so two lists'
// figures may belong to different things.
func listItem(toks []text.Token, q Quantity) bool {
	j := q.Tok - 1
	for j >= 0 && toks[j].Kind == text.Word && (hedges.Kind(toks[j].Lower) != "" || toks[j].Lower == "at" || toks[j].Lower == "up" || toks[j].Lower == "to" || toks[j].Lower == "least" || toks[j].Lower == "within") {
		j--
	}
	if j >= 0 && toks[j].Lower == "and" {
		j--
	}
	if j < 0 || toks[j].Text != "," && toks[j].Text != ";" {
		return false
	}
	// A list of specifications: an earlier item carries a code that mixes
	// figures and letters ("4GB", "i5", "650M"), which a list of clauses
	// ("five died, officials said, and 12 houses burned") does not.
	for k := 0; k < j; k++ {
		if mixedCode(toks[k].Lower) {
			return true
		}
	}
	return false
}

func mixedCode(s string) bool {
	digit, letter := false, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'a' && r <= 'z':
			letter = true
		}
	}
	return digit && letter
}
