package summarize

import (
	"strings"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
)

// A prop is one predicate of a sentence with the informative words on each
// side of it: a cheap stand-in for (subject, verb, object) without a parser.
// "Kim Jong Un courteously invited Putin to visit the DPRK" gives the
// predicate ~invite, before {courteous, un, jong, kim, ...}, after {putin,
// ~visit, dprk, ...}.
type prop struct {
	pred          string
	before, after []string
}

// props are a sentence's propositions, kept as its argument keys in order:
// the proposition at q is keys[q] with the keys around it, built only when
// a predicate matches (most pairs of sentences share none).
type props struct {
	keys []string
	pred []bool // keys[q] may be a predicate: a verb, or a content word that is not a name
	main int    // the main proposition (first finite verb with arguments on both sides), or -1
}

func (ps *props) at(q int) prop {
	return prop{pred: ps.keys[q], before: ps.keys[max(0, q-propWindow):q], after: ps.keys[q+1 : min(len(ps.keys), q+1+propWindow)]}
}

// propWindow is how many content words on each side of a predicate count
// as its arguments: a name of three words, a title and an adverb.
const propWindow = 5

// speechPreds are predicates of reporting, not of the news: "X said Y" says
// nothing about Y's proposition.
var speechPreds = map[string]bool{
	"said": true, "told": true, "added": true, "reported": true, "stated": true,
	"noted": true, "explained": true, "continued": true, "quoted": true, "asked": true,
	"called": true, "named": true, "based": true, "used": true, "according": true,
	"expected": true, "believed": true, "reportedly": true, "alleged": true,
}

// irregularPast are past-tense verbs of news prose that do not end in "-ed".
var irregularPast = map[string]bool{
	"met": true, "won": true, "lost": true, "held": true, "took": true, "gave": true,
	"left": true, "fled": true, "struck": true, "hit": true, "sent": true, "shot": true,
	"began": true, "found": true, "led": true, "paid": true, "sold": true, "bought": true,
	"fought": true, "caught": true, "built": true, "rose": true, "fell": true, "broke": true,
	"chose": true, "drove": true, "spoke": true, "wrote": true, "stole": true, "threw": true,
	"swore": true, "froze": true, "sank": true, "seized": true, "quit": true, "beat": true,
}

// isPredicate reports whether a token reads as a finite verb of news prose:
// a past tense, regular or not. News is told in the past, so this finds the
// main verb of most sentences; it is not a tagger, and an adjective in
// "-ed" ("armed men") passes too, which only adds a proposition that must
// still match on both sides.
func isPredicate(t text.Token) bool {
	if t.Kind != text.Word || t.Cap || speechPreds[t.Lower] {
		return false
	}
	if irregularPast[t.Lower] {
		return true
	}
	return len(t.Lower) >= 5 && strings.HasSuffix(t.Lower, "ed") && !strings.HasSuffix(t.Lower, "eed")
}

// propKey is how a word is compared between sentences: numbers by value,
// words by synonym class, else by stem.
func propKey(t text.Token) string {
	if v, ok := align.ParseNumber(t.Lower); ok {
		return "#" + align.FormatNumber(v)
	}
	if s := align.Synonym(t.Lower); s != "" {
		return s
	}
	return t.Stem
}

// argument reports whether a token can be an argument of a proposition: a
// content word or a number.
func argument(t text.Token) bool {
	if t.Kind == text.Punct || t.Stop || len(t.Lower) < 2 {
		return false
	}
	return !speechPreds[t.Lower]
}

// propositions lists the sentence's predicates with their arguments; a
// predicate without an argument on each side does not count (it says too
// little to make two sentences one proposition). The main proposition is
// the first finite verb's; any content word can be a predicate in the
// other sentence, since a sentence restates a proposition in a noun as well
// ("accepted Kim's invitation to visit" restates "Kim invited Putin to
// visit").
func propositions(toks []text.Token) props {
	ps := props{keys: make([]string, 0, len(toks)), pred: make([]bool, 0, len(toks)), main: -1}
	var verbs []int
	for _, t := range toks {
		if !argument(t) {
			continue
		}
		verb := isPredicate(t)
		if verb {
			verbs = append(verbs, len(ps.keys))
		}
		ps.keys = append(ps.keys, propKey(t))
		ps.pred = append(ps.pred, verb || !t.Cap) // a name is an argument, not a predicate
	}
	for _, q := range verbs {
		if q > 0 && q+1 < len(ps.keys) {
			ps.main = q
			break
		}
	}
	return ps
}

func sharesAny(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// restates reports whether a's main proposition is among b's: the same
// predicate with a shared word on each side ("Kim ... invited Putin" in
// both).
func restates(a, b *props) bool {
	if a.main < 0 {
		return false
	}
	m := a.at(a.main)
	for q, k := range b.keys {
		if k != m.pred || !b.pred[q] {
			continue
		}
		if o := b.at(q); sharesAny(m.before, o.before) && sharesAny(m.after, o.after) {
			return true
		}
	}
	return false
}
