package summarize

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/lazyre"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Rules read off the summaries of stories no rule was tuned on (GVA
// incidents of 2016 with three or more reports, MultiLing's even topics):
// sentences that a reader of the summary cannot use, picked because their
// words are shared (docs/summary.md, wave 11).

// notNews reports whether a sentence is addressed to the reader or
// describes a picture rather than telling news: it opens on a verb in the
// base form ("Get breaking news, weather and traffic on the go.",
// "Download the ABC 27 News App ..."), or it has no verb at all (a
// caption: "Chris Zawahri as a student at Santa Monica High School."), or
// it ends on a photo credit in parentheses (creditedCaption).
func notNews(doc *text.Doc, si int) bool {
	a := doc.Annotation()
	s := doc.Sentences[si]
	first := -1
	verb := false
	for i := s.TokStart; i < s.TokEnd && i < len(a.Words); i++ {
		if doc.Tokens[i].Kind == text.Punct {
			continue
		}
		pos := a.Words[i].POS
		if first < 0 {
			first = i
		}
		verb = verb || strings.HasPrefix(pos, "VB") || pos == "MD"
	}
	if first < 0 {
		return false
	}
	return !verb || a.Words[first].POS == "VB" || creditedCaption.MatchString(strings.TrimSpace(s.Text))
}

// bareAttribution reports whether a sentence is a quotation with nothing
// but its speaker outside the quotation marks ("\"I am so hurt,\" said
// Willrich."): at most maxAttribution words outside the quotes, one of them
// a verb of speech. Such a sentence tells what someone said, however short
// the quotation; the quotes section holds it.
func bareAttribution(t string) bool {
	t = text.FoldQuotes(t)
	if !strings.Contains(t, `"`) {
		return false
	}
	// The words outside the quotation marks (the fields between ' ', ',',
	// '.' and tabs of every other piece between '"'), read in place: more
	// than maxAttribution of them and the quotation is not bare.
	var outside [maxAttribution]string
	n := 0
	in := false
	for rest, more := t, true; more; in = !in {
		var part string
		part, rest, more = strings.Cut(rest, `"`)
		if in {
			continue
		}
		for i := 0; i < len(part); {
			for i < len(part) && attributionSep(part[i]) {
				i++
			}
			start := i
			for i < len(part) && !attributionSep(part[i]) {
				i++
			}
			if i > start {
				if n == maxAttribution {
					return false
				}
				outside[n] = part[start:i]
				n++
			}
		}
	}
	for _, w := range outside[:n] {
		if english.SpeechVerbs.Has(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// attributionSep reports a byte that separates bareAttribution's words;
// no byte of a rune of several bytes is one.
func attributionSep(c byte) bool { return c == ' ' || c == ',' || c == '.' || c == '\t' }

// maxAttribution is the longest attribution of a bare quotation: a verb
// and a name of up to three words ("said Police Chief Ciminelli" has four
// and is not bare).
const maxAttribution = 4

// singularPronouns refer to one person named before.
var singularPronouns = english.List("summarize/singular-pronouns")

// pronounFirst reports whether a sentence uses "he", "his", "she" or "her"
// before any noun it could refer to ("On Wednesday, his bail was set at $1
// million."): the person is named in the sentence before, so the sentence
// leans on it as one opening on the pronoun does. Days and months are no
// antecedent.
func pronounFirst(doc *text.Doc, si int) bool {
	a := doc.Annotation()
	s := doc.Sentences[si]
	for i := s.TokStart; i < s.TokEnd && i < len(a.Words); i++ {
		t := doc.Tokens[i]
		if singularPronouns.Has(t.Lower) {
			return true
		}
		pos := a.Words[i].POS
		if strings.HasPrefix(pos, "NN") && !calendarWord(t.Lower) {
			return false
		}
	}
	return false
}

// calendarWord reports whether a word names a day of the week or a month.
func calendarWord(w string) bool {
	return english.Weekdays.Has(w) || english.Months.Has(w)
}

// elliptical reports whether a sentence opens on a possessive whose noun is
// left out, a verb coming next ("Kim's included his sister, Kim Yo Jong.",
// after a sentence on Putin's delegation): the noun is in the sentence
// before, so the sentence leans on it. A past participle or a gerund next
// reads the "'s" as "has" or "is" ("Kim's been", "Kim's going") instead.
func elliptical(doc *text.Doc, si int) bool {
	a := doc.Annotation()
	s := doc.Sentences[si]
	i := s.TokStart
	for i < s.TokEnd && doc.Tokens[i].Kind == text.Punct {
		i++
	}
	if i+1 >= s.TokEnd || i+1 >= len(a.Words) {
		return false
	}
	w := text.FoldQuotes(doc.Tokens[i].Lower)
	if !strings.HasSuffix(w, "'s") || w == "it's" || w == "that's" || w == "there's" || w == "what's" || w == "here's" {
		return false
	}
	switch a.Words[i+1].POS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// creditedCaption is a photo caption closed by its credit in parentheses
// ("Sheriff Smith says he is a person of interest (Source: KLTV staff)").
var creditedCaption = lazyre.New(`\((?i:source|photo|credit|image|courtesy)\b[^)]*\)$`)
