package entity

import "github.com/crosscheck/crosscheck/internal/text"

// LeadName is one name of an article's lead as this package reads it, before
// any merging across reports: its words as written, its fold key and its
// first guess of type (news.EntityPerson, ...; "" when untold) and subtype.
type LeadName struct {
	Words     []string
	Key       string
	Type, Sub string
	// Desc are the title and role words written before it ("sheriff",
	// "spokesman"), lower case.
	Desc []string
	// Start and End are the name's bytes in the article's text, Sentence
	// the index of its sentence.
	Start, End, Sentence int
}

// LeadNames returns the names of the first n sentences of one document: the
// people, places and things its lead says its event is about. Names
// capitalised only because they open a sentence are dropped unless the lead
// uses them as names elsewhere, as for a whole story.
func LeadNames(d *text.Doc, n int) []LeadName {
	var ms []mention
	for si := range d.Sentences {
		if si >= n {
			break
		}
		toks := d.SentenceTokens(si)
		for i := 0; i < len(toks); {
			if !isCapWord(&toks[i]) {
				i++
				continue
			}
			j := runEnd(toks, i)
			ms = appendRun(ms, d, toks, i, j, 0)
			i = j
		}
	}
	ms = dropCapitalisedByPosition(ms)
	out := make([]LeadName, 0, len(ms))
	si := 0
	for _, m := range ms {
		for si+1 < len(d.Sentences) && d.Sentences[si].End <= m.start {
			si++
		}
		out = append(out, LeadName{Words: m.words, Key: m.key, Type: m.typ, Sub: m.sub, Desc: m.desc, Start: m.start, End: m.end, Sentence: si})
	}
	return out
}
