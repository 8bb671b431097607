package compare

import (
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// weightCues before a figure of pounds make it a weight.
var weightCues = english.List("compare/weight-cues")

// poundsKg is the kilograms of a pound weight.
const poundsKg = 0.45359237

// weightAt reads pounds as a weight when a word of weight stands within
// three words before the figure ("weighing about 210 pounds"): the brief
// showed a person's weight as "GBP 212". A pound sign, or no such word,
// leaves them money. Pounds of weight were compared with pounds of weight
// before as well (both read as money); only the dimension and the value a
// reader sees change, and a weight now meets one given in kilograms.
func weightAt(toks []text.Token, q Quantity, k int, unitTok string, unitEnd int) (Quantity, bool) {
	if q.Dim != "" || unitTok != "pounds" && unitTok != "pound" {
		return q, false
	}
	cued := false
	for j := k - 1; j >= 0 && j >= k-3 && !cued; j-- {
		cued = weightCues.Has(toks[j].Lower)
	}
	if !cued {
		return q, false
	}
	q.Dim, q.Unit, q.Value, q.End = "mass", "pounds", q.Number*poundsKg, unitEnd
	return q, true
}
