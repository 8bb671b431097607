package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
)

// bothFigures reports whether each of two reports writes both figures of a
// number finding, each with its word ("800 block" and "300 block"): each
// report then speaks of two things (two places on a street, two counts),
// not of one fact given two ways, as with two names (substitutions).
func bothFigures(a, b *text.Doc, vals [2]string) bool {
	return docHasPhrase(a, vals[1]) && docHasPhrase(b, vals[0])
}

// docHasPhrase reports whether a document holds the words of a phrase in a
// row (any case).
func docHasPhrase(doc *text.Doc, phrase string) bool {
	ws := strings.Fields(strings.ToLower(phrase))
	if len(ws) == 0 {
		return false
	}
	toks := doc.Tokens
	for i := 0; i+len(ws) <= len(toks); i++ {
		k := 0
		for k < len(ws) && toks[i+k].Lower == ws[k] {
			k++
		}
		if k == len(ws) {
			return true
		}
	}
	return false
}
