package compare

import (
	"github.com/crosscheck/crosscheck/internal/text"
)

// countsOfTwoWholes reports two counts whose nouns are each followed by
// an "of" phrase, and the two phrases share no content word: "seven
// members of the Vice Lords" and "four members of a family" count the
// people of two different groups, not one group told two ways.
func (cp *comparer) countsOfTwoWholes(i, j qItem) bool {
	if i.q.Dim != "count" || j.q.Dim != "count" {
		return false
	}
	a := ofPhraseTerms(cp.c.Docs[i.ref.Doc].SentenceTokens(i.ref.Sent), i.q.Tok)
	b := ofPhraseTerms(cp.c.Docs[j.ref.Doc].SentenceTokens(j.ref.Sent), j.q.Tok)
	return disjointNonEmpty(a, b)
}

// ofPhraseTerms are the content words of the "of" phrase after the noun a
// number at k counts ("seven members of the Vice Lords": vice, lord), or
// nil. The noun must come first: "two of the victims" is a part of a
// whole, its "of" phrase the counted thing itself.
func ofPhraseTerms(toks []text.Token, k int) map[string]bool {
	of := -1
	for j := k + 2; j < len(toks) && j <= k+3; j++ {
		if toks[j].Kind != text.Word {
			return nil
		}
		if toks[j].Lower == "of" {
			of = j
			break
		}
	}
	if of < 0 || toks[k+1].Lower == "of" {
		return nil
	}
	out := map[string]bool{}
	for j := of + 1; j < len(toks) && j <= of+4; j++ {
		t := toks[j]
		if t.Kind == text.Punct {
			break
		}
		if t.Kind == text.Word && !t.Stop && len(t.Lower) > 1 {
			out[text.Stem(t.Lower)] = true
		}
	}
	return out
}

// ofObjects reports two verbs whose objects each have an "of" phrase
// that share no content word: "have not released the names of the other
// victims" denies nothing that "have released the names of those injured"
// says, the names of other people. x[k] and y[j] are the verbs.
func ofObjects(x []subToken, k int, y []subToken, j int) bool {
	return disjointNonEmpty(subOfTerms(x, k), subOfTerms(y, j))
}

// subOfTerms is ofPhraseTerms on a sentence's words without punctuation:
// the content words of the "of" phrase of the noun right after the word
// at k ("released the names of the victims": victim), or nil.
func subOfTerms(ts []subToken, k int) map[string]bool {
	of := -1
	for j := k + 2; j < len(ts) && j <= k+3; j++ {
		if ts[j].Lower == "of" {
			of = j
			break
		}
	}
	if of < 0 || k+1 < len(ts) && ts[k+1].Lower == "of" {
		return nil
	}
	out := map[string]bool{}
	for j := of + 1; j < len(ts) && j <= of+4; j++ {
		if t := ts[j]; t.Kind == text.Word && !t.Stop && len(t.Lower) > 1 {
			out[text.Stem(t.Lower)] = true
		}
	}
	return out
}
