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
// ~visit, dprk, ...}. Before and after share the sentence's list of argument
// keys, so a sentence's propositions cost one allocation.
type prop struct {
	pred          string
	before, after []string
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
// predicate without an argument on each side is left out (it says too little
// to make two sentences one proposition). The first is the sentence's main
// proposition when main is set; the others also count every content word
// as a predicate, since a sentence restates a proposition in a noun as well
// ("accepted Kim's invitation to visit" restates "Kim invited Putin to
// visit").
func propositions(toks []text.Token) (main *prop, all []prop) {
	// keys are the sentence's arguments in order; verb[k] marks a finite
	// verb among them.
	keys := make([]string, 0, len(toks))
	var verb []bool
	for _, t := range toks {
		if !argument(t) {
			continue
		}
		keys = append(keys, propKey(t))
		verb = append(verb, isPredicate(t))
	}
	q := -1
	for _, t := range toks {
		if !argument(t) {
			continue
		}
		q++
		if t.Cap && !verb[q] {
			continue // a name is an argument, not a predicate
		}
		p := prop{pred: keys[q], before: keys[max(0, q-propWindow):q], after: keys[q+1 : min(len(keys), q+1+propWindow)]}
		if len(p.before) == 0 || len(p.after) == 0 {
			continue
		}
		if verb[q] && main == nil {
			m := p
			main = &m
		}
		all = append(all, p)
	}
	return main, all
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

// restates reports whether main, the main proposition of one sentence, is
// among the propositions of another: the same predicate with a shared word
// on each side ("Kim ... invited Putin" in both).
func restates(main *prop, others []prop) bool {
	if main == nil {
		return false
	}
	for i := range others {
		o := &others[i]
		if o.pred == main.pred && sharesAny(main.before, o.before) && sharesAny(main.after, o.after) {
			return true
		}
	}
	return false
}
