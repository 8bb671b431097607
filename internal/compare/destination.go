package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// conveyanceVerbs take people somewhere (the data list names its source).
var conveyanceVerbs = english.List("compare/conveyance-verbs")

// destinationReach is how far apart a count and the verb that takes the
// counted people somewhere may be: after the count, past the ages or
// names beside it ("Two men, 18 and 20, and one woman, 19, were
// transported to"), or before it ("transported two men to").
const (
	destinationReach       = 15
	destinationReachBefore = 3
)

// destination is the named place a count of people was taken to ("Two
// victims were taken to John H. Stroger Jr. Hospital": "john h. stroger
// jr. hospital"), or "". Such a count is of those taken there, a part of
// the wounded when several hospitals received them, and is compared only
// with a count of those taken to the same place (sameDestination).
func destination(toks []text.Token, q Quantity) string {
	for k := max(0, q.Tok-destinationReachBefore); k < len(toks) && k <= q.Tok+destinationReach; k++ {
		if k == q.Tok || !conveyanceVerbs.Has(toks[k].Lower) {
			continue
		}
		j := k + 1
		if k < q.Tok {
			// "transported two men to": past the count and its noun.
			j = q.Tok + 1
		}
		for ; j < len(toks) && j <= k+destinationReachBefore+4 && toks[j].Kind != text.Punct; j++ {
			if toks[j].Lower != "to" {
				continue
			}
			if name := placeAfter(toks, j+1); name != "" {
				return name
			}
		}
	}
	return ""
}

// placeAfter reads the capitalised words from token j on ("the" first
// allowed), lower case, or "".
func placeAfter(toks []text.Token, j int) string {
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	var name []string
	for ; j < len(toks) && toks[j].Kind == text.Word && toks[j].Cap; j++ {
		name = append(name, toks[j].Lower)
	}
	return strings.Join(name, " ")
}

// sameDestination reports whether two counts of people are of those taken
// to the same place, or neither of those taken to a named place.
func sameDestination(a, b []text.Token, qa, qb Quantity) bool {
	return destination(a, qa) == destination(b, qb)
}
