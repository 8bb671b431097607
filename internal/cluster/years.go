package cluster

import (
	"strconv"
	"time"

	"github.com/crosscheck/crosscheck/internal/text"
)

// Years a lead names, read when a time is unknown (issue 12, wave 19).
//
// Without a time on both sides the time rule has nothing to weigh, and two
// occurrences of one kind (two fights of one boxer, two elections of one
// country, two releases of one product) share the topic's names and words.
// A report often says which occurrence it tells of by its year in the
// headline or the first sentences ("the 2012 election", "in 2008"), while
// writing no full date that leadTimes could take for its event time. When
// the article's lead names years and the story's leads name years, none of
// them the same, the article tells of another occurrence as far as the
// words can say, and it joins only when it resembles the story as strongly
// as the ceiling of the time rule asks (MaxThreshold): the same bar as an
// article dated before a burst (burstFloor). A follow-up names its event's
// year or none; a lead without a year, or a story whose leads name none,
// leaves the threshold as it was. Dated comparisons are left to the time
// rule: there a year in the text is mostly its own publication year.

// keptYears is how many distinct lead years a story keeps.
const keptYears = 8

// leadYears returns the years of an English article's headline and first
// leadSentences sentences: four-digit numbers from 1900 to 2099, the
// years of modern reporting (a wider range takes clock times for years:
// "1300 GMT"). Other languages have no time tagger and keep the undated
// threshold.
func leadYears(d *text.Doc) []int {
	if d.Language != "en" {
		return nil
	}
	var out []int
	add := func(toks []text.Token) {
		for _, tk := range toks {
			if tk.Kind != text.Number || len(tk.Lower) != 4 {
				continue
			}
			if y, err := strconv.Atoi(tk.Lower); err == nil && y >= 1900 && y <= 2099 {
				out = append(out, y)
			}
		}
	}
	if t := Headline(d.Article.Title); t != "" {
		add(text.Tokenize(t, 0))
	}
	for i := range min(len(d.Sentences), leadSentences) {
		add(d.SentenceTokens(i))
	}
	return out
}

// addYears records the lead years of a member (keptYears at most).
func (st *story) addYears(ys []int) {
	for _, y := range ys {
		if len(st.years) >= keptYears {
			return
		}
		if st.years == nil {
			st.years = map[int]bool{}
		}
		st.years[y] = true
	}
}

// otherYears reports whether the article's lead names years and the
// story's leads name years, and none of the article's is the story's.
func (st *story) otherYears(ys []int) bool {
	if len(ys) == 0 || len(st.years) == 0 {
		return false
	}
	for _, y := range ys {
		if st.years[y] {
			return false
		}
	}
	return true
}

// Years apart (wave 26). A dated article more than farApart from a
// story's span joins it only on a strong match (the time rule's ceiling,
// MaxThreshold): a trial, an anniversary, a memorial. Such a follow-up
// names its event's year in its lead ("the 2008 attacks", "five years
// after the 2011 bombing") or names none. A report whose lead names years
// and none of the story's (neither a year its leads name nor one of its
// span), years from it, tells of another occurrence of the same cast: the
// 2013 Internet Explorer emergency patch after the 2008 one, a player's
// second arrest years after the first. It does not join.
const farApart = 2 * 365 * 24 * time.Hour

// yearsApart reports whether an article at gap g from the story, whose
// lead names the years ys, is such a report of another occurrence.
func (st *story) yearsApart(ys []int, g time.Duration) bool {
	if g <= farApart || len(ys) == 0 {
		return false
	}
	for _, y := range ys {
		if st.years[y] || y >= st.first.Year() && y <= st.last.Year() {
			return false
		}
	}
	return true
}
