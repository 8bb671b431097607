package compare

import "github.com/crosscheck/crosscheck/internal/text"

// privative reports a word at k governed by "without" ("held without
// bail", "left without any money"): the sentence says the thing was not
// there, so it cannot affirm what another source denies of it.
func privative(toks []text.Token, k int) bool {
	if k > 0 && toks[k-1].Lower == "without" {
		return true
	}
	return k > 1 && toks[k-2].Lower == "without" && toks[k-1].Stop
}
