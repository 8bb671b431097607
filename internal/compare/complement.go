package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/text"
)

// complementSpan is how many words after a verb its complement's first
// content word is looked for ("involved in a shooting": "shooting").
const complementSpan = 4

// complementAfter is the first content word after the verb at k, within
// complementSpan words and before any punctuation, "" for none.
func complementAfter(ts []subToken, k int) string {
	if w := complementWords(ts, k); len(w) > 0 {
		return w[0]
	}
	return ""
}

// complementWords are the content words after the verb at k, within
// complementSpan words and before any punctuation.
func complementWords(ts []subToken, k int) []string {
	var out []string
	for i := k + 1; i < len(ts) && i <= k+complementSpan; i++ {
		t := ts[i]
		if t.Kind == text.Punct {
			break
		}
		if t.Kind == text.Word && !t.Stop || t.Kind == text.Number {
			out = append(out, t.Lower)
		}
	}
	return out
}

// otherComplements reports whether a negated verb (x[k]) and the same verb
// unnegated (y[j]) take different complements, each absent from the
// other's words after its verb: two propositions of one verb, not one denied ("were not
// involved in gang activity" / "were involved in a shooting", GVA 482801;
// "have not released their names" / "has been released from police
// custody"). Read off the held-out judged set's wrong items (wave 11).
func otherComplements(x []subToken, k int, y []subToken, j int) bool {
	cx, cy := complementAfter(x, k), complementAfter(y, j)
	return cx != "" && cy != "" && !slices.Contains(complementWords(y, j), cx) && !slices.Contains(complementWords(x, k), cy)
}
