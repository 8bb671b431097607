package compare

import (
	"math"
	"strings"

	"github.com/crosscheck/crosscheck/internal/align"
)

// oneValueApart reports whether two sentences of different claims would be
// one claim but for one value: each holds exactly one value term (a figure,
// a month, a weekday) the other lacks, and their cosine with those two
// terms taken as one reaches align.Pair, the cosine at which the alignment
// takes two sentences to say the same thing. A figure or a day is a rare
// term of a story and weighs much in the cosine: two reports that tell one
// fact in the same words give it the same weight when they agree, and when
// one of them gives another value the two sentences fall apart into two
// claims ("An autopsy will be performed on Wednesday morning at Lehigh
// Valley Hospital" / "An autopsy is scheduled for Monday at Lehigh Valley
// Hospital"), though they differ in nothing else. nearDates reads such a
// pair by the rules of one claim (figures: tried and dropped in wave 22,
// docs/claims.md). Such a pair is read as one claim
// when, besides, the sentences without any of their values tell one fact,
// as the alignment's partial support asks (align.FactTerms shared terms at
// a cosine of align.FactSimilarity): a day or a figure shared by two short
// sentences makes them one claim by its weight alone ("They appeared in
// court Monday morning" / "... released the name of the victim Saturday
// morning").
func (cp *comparer) oneValueApart(a, b align.SentRef) bool {
	ta, tb := cp.termsOf(a), cp.termsOf(b)
	var dot, na, nb float64
	var onlyA, onlyB []string
	words := 0
	for t, w := range ta {
		na += w * w
		if _, ok := tb[t]; ok {
			dot += w * w
			if !valueTerm(t) {
				words++
			}
		} else if valueTerm(t) {
			onlyA = append(onlyA, t)
		}
	}
	for t, w := range tb {
		nb += w * w
		if _, ok := ta[t]; !ok && valueTerm(t) {
			onlyB = append(onlyB, t)
		}
	}
	if len(onlyA) != 1 || len(onlyB) != 1 || words < align.FactTerms || na == 0 || nb == 0 {
		return false
	}
	dot += ta[onlyA[0]] * tb[onlyB[0]]
	return dot/math.Sqrt(na*nb) >= align.Pair && cp.cosineWithout(a, b, valueTerm) >= align.FactSimilarity
}

// valueTerm reports an alignment term that is a value: a figure ("#11"), a
// month ("@m8") or a weekday or month word.
func valueTerm(t string) bool {
	return t[0] == '#' || t[0] == '@' || dateTerms()[strings.ToLower(t)]
}
