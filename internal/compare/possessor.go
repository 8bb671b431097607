package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// kinship are the nouns of a relative (the data list names its source).
var kinship = english.List("compare/kinship")

// kinOf reports whether the name at token k is the possessor of a
// relative ("Wilson's mother", "Wilson's younger brother"): the phrase
// names the relative, someone else than Wilson, so Wilson is not who a
// statement with that subject is about.
func kinOf(toks []text.Token, k int) bool {
	w := toks[k].Lower
	if !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if kinship.Has(toks[j].Lower) {
			return true
		}
		if toks[j].Kind != text.Word || toks[j].Cap {
			return false
		}
	}
	return false
}
