package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Phrase is a base noun phrase: a run of determiners, numbers, adjectives
// and nouns that ends in its head ("the 15 British sailors", "Iran's
// navy", "they"), as in the CoNLL-2000 chunking task. Prepositional
// phrases are not part of it ("the leader | of | Iran").
type Phrase struct {
	TokenSpan
	Head int // token index of the head noun, pronoun or number
}

// npTags are the tags that may stand inside a noun phrase.
func inPhrase(pos string) bool {
	switch pos {
	case "DT", "PDT", "PRP$", "WP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "POS", "$", "#":
		return true
	}
	return false
}

// headTag reports a tag that can head a noun phrase.
func headTag(pos string) bool {
	return strings.HasPrefix(pos, "NN") || pos == "CD" || pos == "PRP" || pos == "EX" || pos == "$"
}

// chunk finds the noun phrases of tokens [start, end).
func (a *Annotation) chunk(start, end int) {
	toks := a.doc.Tokens
	for i := start; i < end; {
		w := a.Words[i]
		if w.POS == "PRP" || w.POS == "EX" {
			a.addPhrase(i, i+1, i)
			i++
			continue
		}
		if !inPhrase(w.POS) || w.POS == "POS" || toks[i].Kind == Punct || a.verbal(i, start) {
			i++
			continue
		}
		// the longest run of phrase tags; a determiner only at its start
		// or after a possessive ("Iran's the" does not occur)
		j := i + 1
		for j < end && (inPhrase(a.Words[j].POS) && toks[j].Kind != Punct || a.titleDot(j, end)) {
			if p := a.Words[j].POS; (p == "DT" || p == "PDT") && !a.Words[j-1].Possessive {
				break
			}
			// a participle after a noun starts a clause ("sailors seized"),
			// not a modifier
			if p := a.Words[j].POS; (p == "VBN" || p == "VBG") && headTag(a.Words[j-1].POS) {
				break
			}
			j++
		}
		// the head is the last noun, pronoun or number; what follows it
		// (an adjective or participle) is left out
		h := j - 1
		for h >= i && !headTag(a.Words[h].POS) {
			h--
		}
		if h < i {
			// "This is", "all were freed": a determiner that stands alone
			// is a pronoun
			// "most said", "several said": a quantifier the model read as
			// an adjective stands alone before a verb too
			if j == i+1 && standsAlone(toks[i].Lower) && (w.POS == "DT" || w.POS == "PDT" ||
				(w.POS == "JJ" || w.POS == "JJS") && j < end && strings.HasPrefix(a.Words[j].POS, "VB")) {
				a.addPhrase(i, j, i)
			}
			i = j
			continue
		}
		a.addPhrase(i, h+1, h)
		i = h + 1
	}
}

// titleDot reports the dot of a title's abbreviation or of an initial
// inside a name ("Gov. John Kasich", "Lt. Gen. Mark Hertling"): written against the title and
// followed by a capitalised word, it does not end the noun phrase.
func (a *Annotation) titleDot(j, end int) bool {
	toks := a.doc.Tokens
	if toks[j].Text != "." || j+1 >= end || toks[j-1].End != toks[j].Start || !toks[j+1].Cap || toks[j+1].Kind != Word {
		return false
	}
	// an initial inside a name ("Michael J. Petrilli") is one too
	initial := len(toks[j-1].Text) == 1 && toks[j-1].Cap && strings.HasPrefix(a.Words[j-1].POS, "NNP")
	return (initial || english.Abbreviations.Kind(toks[j-1].Lower) == "title") && strings.HasPrefix(a.Words[j+1].POS, "NNP")
}

// standsAlone reports a determiner that can be a pronoun: a demonstrative
// or a quantifier ("this", "all", "some").
func standsAlone(w string) bool {
	k := english.Determiners.Kind(w)
	return k == "demonstrative" || k == "quantifier"
}

// verbal reports a participle that belongs to a verb group, not to a noun
// phrase: after an auxiliary, "to" or an adverb ("had entered Iranian
// waters", "to be smuggling cars").
func (a *Annotation) verbal(i, start int) bool {
	p := a.Words[i].POS
	if p != "VBN" && p != "VBG" || i == start {
		return false
	}
	prev := a.Words[i-1].POS
	return strings.HasPrefix(prev, "VB") || prev == "MD" || prev == "TO" || isAdverb(prev)
}

func (a *Annotation) addPhrase(start, end, head int) {
	n := int32(len(a.Phrases))
	a.Phrases = append(a.Phrases, Phrase{TokenSpan: TokenSpan{start, end}, Head: head})
	for k := start; k < end; k++ {
		a.Words[k].Phrase = n
	}
}

// phraseEndingAt returns the noun phrase whose last token is i, or nil.
func (a *Annotation) phraseEndingAt(i int) *Phrase {
	p := a.PhraseAt(i)
	if p == nil || p.End != i+1 {
		return nil
	}
	return p
}

// phraseStartingAt returns the noun phrase whose first token is i, or nil.
func (a *Annotation) phraseStartingAt(i int) *Phrase {
	p := a.PhraseAt(i)
	if p == nil || p.Start != i {
		return nil
	}
	return p
}
