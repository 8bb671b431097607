package compare

import "github.com/crosscheck/crosscheck/internal/text/english"

// estimateBounds are the bounds news writes as an estimate of the figure
// itself ("as many as 20 others injured"): a limit against a value (14
// wounded) that it admits, but two of them with other figures ("as many
// as 200,000", "as many as 250,000 killed") are two estimates that
// differ, unlike "at least four" and "at least five".
var estimateBounds = english.List("compare/estimate-bounds")

// estimates reports two quantities that are both estimate bounds.
func estimates(a, b Quantity) bool {
	return estimateBounds.Has(a.Hedge) && estimateBounds.Has(b.Hedge)
}
