package cluster

import (
	"strconv"

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
