package compare

import (
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// inversionVerbs put the speaker after them (the data list names its
// source).
var inversionVerbs = english.List("compare/inversion-verbs")

// maxSpeakerWords is the longest speaker phrase read between a statement
// verb and the day after it ("said Chicago police spokesman Anthony
// Guglielmi late Sunday").
const maxSpeakerWords = 7

// statementDay reports whether the date at token k of sentence s dates a
// statement rather than the event it reports: right after a statement verb
// ("police said Saturday", "said early Sunday", "identified on Tuesday"),
// or after an attribution whose speaker follows its verb ("..., said
// Chicago police spokesman Anthony Guglielmi late Sunday afternoon"): a
// phrase of nouns naming someone, with no verb of its own, so that "said
// Smith was shot Sunday" keeps its day, after a verb that puts its speaker
// there (inversionVerbs: not "told the Sheriff's Office late Saturday
// morning", whose words name the addressee of a call that is the event).
func statementDay(doc *text.Doc, s, k int) bool {
	toks := doc.SentenceTokens(s)
	j := k - 1
	for j >= 0 && (toks[j].Lower == "on" || dayParts.Has(toks[j].Lower)) {
		j--
	}
	if j < 0 {
		return false
	}
	if statementVerbs.Has(toks[j].Lower) {
		return true
	}
	a, base := doc.Annotation(), doc.Sentences[s].TokStart
	named := false
	for n := 0; j >= 0 && n < maxSpeakerWords; j, n = j-1, n+1 {
		t := toks[j]
		if statementVerbs.Has(t.Lower) {
			return named && inversionVerbs.Has(t.Lower)
		}
		if t.Kind != text.Word || a.Verb(base+j) {
			return false
		}
		named = named || t.Cap && a.Proper(base+j)
	}
	return false
}
