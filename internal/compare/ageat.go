package compare

import (
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// ageVerbs are the words after which "at N" gives a person's age: "dies at
// 91", "dead at 95", "passed away at 75" (the data list says where from).
var ageVerbs = english.List("compare/age-verbs")

// ageAt reports whether the bare number at k is an age given without a
// unit: "at 91" after a verb of death ("Actress Esther Williams Dies at
// 91"), or after "age"/"aged" ("at age 91", "aged 91"). The number must end
// the phrase (no noun, unit or clock time after it: "died at 11 p.m.").
func ageAt(toks []text.Token, k, next int) bool {
	if k < 1 || next < len(toks) && (toks[next].Kind == text.Word || toks[next].Text == ":") {
		return false
	}
	prev := toks[k-1].Lower
	if prev == "aged" || prev == "age" {
		return true
	}
	return prev == "at" && k >= 2 && ageVerbs.Has(toks[k-2].Lower)
}

// ageQuantity is the quantity of an age read by ageAt, in the unit of
// "91-year-old" so that the two compare.
func ageQuantity(q Quantity) Quantity {
	u := units()["year-old"]
	q.Dim, q.Unit, q.Value = u.dim, u.name, q.Number*u.factor
	return q
}
