package compare

import (
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Quantity is one number of a sentence with what it counts or measures.
type Quantity struct {
	Start, End int      // byte offsets in the article text of the whole expression
	Tok        int      // index in the sentence's tokens of the number
	Number     float64  // the number as written, scaled ("4.5 million" = 4.5e6)
	Value      float64  // in the dimension's base unit (hours for durations)
	Hedge      string   // "", "about", "nearly", "over", "under", or a bound: "at least", "at most", "up to", "within", "no more than"
	Bound      int      // +1 for a floor ("at least four"), -1 for a ceiling ("to within 20 miles"), 0 for a value
	Dim        string   // "duration", "%", "money:USD", "length", "mass", "age", or "count"
	Heads      []string // for counts: the stems of the words after the number
	Unit       string   // the unit as a reader says it ("hours", "people")
}

// String is the value as a reader would say it: "about 5 hours".
func (q Quantity) String() string {
	var b strings.Builder
	if q.Hedge != "" {
		b.WriteString(q.Hedge + " ")
	}
	if strings.HasPrefix(q.Dim, "money:") {
		b.WriteString(strings.TrimPrefix(q.Dim, "money:") + " ")
	}
	b.WriteString(align.FormatNumber(q.Number))
	if q.Unit != "" {
		if q.Unit != "%" {
			b.WriteString(" ")
		}
		b.WriteString(q.Unit)
	}
	return b.String()
}

// hedges maps the words before a number to the hedge a reader hears.
var hedges = english.List("compare/hedges")

// hedgePhrases are two-word hedges, matched on the two words before a number.
// "more than" and "over" stay hedges of a value (a figure a little above
// the number, as in "over four hours of talks"); the bounds below do not.
var hedgePhrases = english.List("compare/hedge-phrases")

// bounds are the words by which a figure is a limit, not a value: "at least
// four bombs" is true of five, "to within 20 miles" of 17. They are kept in
// the value a reader sees, and a limit never opposes a value it admits.
var bounds = english.List("compare/bounds")

type unitDef struct {
	dim    string
	factor float64 // to the dimension's base unit
	name   string  // plural form as shown
}

// units are the measures news gives; durations are in hours. Built on
// first use.
var units = sync.OnceValue(func() map[string]unitDef {
	m := unitsOf(english.List("compare/units"))
	// Ages: "35-year-old".
	for _, u := range []string{"year-old", "month-old", "week-old", "day-old"} {
		base := strings.TrimSuffix(u, "-old")
		m[u] = unitDef{"age", m[base].factor, base + "s old"}
	}
	return m
})

// unitsOf reads the units' data file: each word's value is its dimension,
// factor and label.
func unitsOf(set *english.Set) map[string]unitDef {
	m := map[string]unitDef{}
	for _, w := range set.Words() {
		f := strings.SplitN(set.Kind(w), " ", 3)
		u := unitDef{dim: f[0]}
		u.factor, _ = strconv.ParseFloat(f[1], 64)
		if len(f) > 2 {
			u.name = f[2]
		}
		m[w] = u
	}
	return m
}

var currencySigns = map[string]string{"$": "money:USD", "€": "money:EUR", "£": "money:GBP", "¥": "money:JPY"}

// agoWords after a span of time make it a moment.
var agoWords = english.List("compare/ago-words")

// vague words name no count a difference could be read from.
var vague = english.List("compare/vague")

// Quantities finds the numbers of one sentence with their units and hedges.
// Years, clock times, ordinals, vague amounts and a photo gallery's
// counter ("Image 12 of 33", text.GalleryCounter) are not quantities;
// "one" is one only before a unit ("one hour"), since it is mostly a
// pronoun.
func Quantities(doc *text.Doc, s int) []Quantity {
	toks := doc.SentenceTokens(s)
	var out []Quantity
	for k := 0; k < len(toks); k++ {
		q, ok, skip := quantityAt(toks, k)
		if ok {
			out = append(out, q)
		}
		k += skip
	}
	return out
}

// quantityAt reads the quantity whose number is toks[k], and how many
// tokens after it to skip (the rest of a clock time).
func quantityAt(toks []text.Token, k int) (q Quantity, ok bool, skip int) {
	tok := toks[k]
	if tok.Kind == text.Punct {
		return q, false, 0
	}
	num, rest, isNum := numberOf(tok.Lower)
	if !isNum || vague.Has(tok.Lower) || text.GalleryCounter(toks, k) {
		return q, false, 0
	}
	q = Quantity{Start: tok.Start, End: tok.End, Tok: k, Number: num}
	if no, skip := noQuantity(toks, k); no {
		return q, false, skip
	}
	next := k + 1
	// Scale words: "4.5 million", "two hundred".
	for next < len(toks) && rest == "" {
		m, ok := scaleOf(toks[next].Lower)
		if !ok {
			break
		}
		q.Number *= m
		q.End = toks[next].End
		next++
	}
	// The magnitude of a quake ("magnitude 6.1", "a 6.1 magnitude quake",
	// "magnitude of 6.9") tells one quake from another.
	if magnitudeAt(toks, k, next) {
		q.Dim, q.Unit, q.Value = "magnitude", "magnitude", q.Number
		return q, true, 0
	}
	// "15 - year": a hyphenated unit written with spaces.
	if rest == "" && next+1 < len(toks) && toks[next].Text == "-" {
		if _, ok := units()[toks[next+1].Lower]; ok {
			next++
		}
	}
	if k > 0 {
		if dim, ok := currencySigns[toks[k-1].Text]; ok {
			q.Dim, q.Start = dim, toks[k-1].Start
		}
	}
	q.Hedge, q.Bound = hedgeBefore(toks, k, q.Dim != "")
	unitTok := rest
	unitEnd := q.End
	if unitTok == "" && next < len(toks) {
		unitTok = toks[next].Lower
		unitEnd = toks[next].End
	}
	if unitTok == "nautical" && next+1 < len(toks) && strings.HasPrefix(toks[next+1].Lower, "mile") {
		unitTok, unitEnd = "nautical-miles", toks[next+1].End
		next++
	}
	// A rate ("30 km/hour") is not the quantity its unit names.
	if next+1 < len(toks) && toks[next+1].Text == "/" {
		return q, false, 0
	}
	if rest == "" && q.Dim == "" && ageAt(toks, k, next) {
		return ageQuantity(q), true, 0
	}
	// "2 months ago" is a moment (a page's "Updated: 2 months ago"), not
	// a span the story measures.
	if u, ok := units()[unitTok]; ok && u.dim == "duration" && next+1 < len(toks) && agoWords.Has(toks[next+1].Lower) {
		return q, false, 0
	}
	if m, ok := weightAt(toks, q, k, unitTok, unitEnd); ok {
		return m, true, 0
	}
	if m, ok := measured(toks, tok, q, next, rest, unitTok, unitEnd); ok {
		return m, true, 0
	}
	q, ok = counted(toks, tok, q, next, rest)
	return q, ok, 0
}

// noQuantity reports a figure at k that is no quantity of its own, and
// how many tokens after it to skip: a model or code name ("AK 47", "G8"),
// a figure inside parentheses (a conversion: "euro110 billion ($141
// billion)"), a clock time ("2:30") and its minutes ("2:30", "8: 00"), but
// not a figure after a colon that ends a phrase ("Battery life sounds
// right: 7 hours").
func noQuantity(toks []text.Token, k int) (no bool, skip int) {
	if k > 0 && toks[k-1].Kind == text.Word && toks[k-1].Text == strings.ToUpper(toks[k-1].Text) && len(toks[k-1].Text) >= 2 && len(toks[k-1].Text) <= 4 {
		return true, 0
	}
	if inParens(toks, k) {
		return true, 0
	}
	if k+1 < len(toks) && toks[k+1].Text == ":" {
		return true, 2
	}
	if k > 1 && toks[k-1].Text == ":" && toks[k-2].Kind == text.Number {
		return true, 0
	}
	return false, 0
}

// measured reads a number before a unit ("5 hours", "$3 million", "a
// 35-year-old man"); ok is false when no unit follows.
func measured(toks []text.Token, tok text.Token, q Quantity, next int, rest, unitTok string, unitEnd int) (Quantity, bool) {
	u, ok := units()[unitTok]
	if !ok || q.Dim != "" && !strings.HasPrefix(u.dim, "money:") {
		return q, false
	}
	if unitTok == "per" {
		if next+1 >= len(toks) || toks[next+1].Lower != "cent" {
			return q, false
		}
		unitEnd = toks[next+1].End
	}
	q.Dim, q.Unit, q.Value = u.dim, u.name, q.Number*u.factor
	q.End = unitEnd
	// "18-year-old", "a 35-year-old man": an age, not a duration.
	if strings.HasSuffix(unitTok, "-old") || (rest != "" && strings.HasSuffix(tok.Lower, "-old")) {
		q.Dim = "age"
	}
	if next+2 < len(toks) && (toks[next+1].Lower == "-" || toks[next+1].Lower == "old") {
		if toks[next+1].Lower == "old" || toks[next+2].Lower == "old" {
			q.Dim = "age"
		}
	}
	if strings.HasPrefix(q.Dim, "money:") {
		q.Unit = ""
	}
	return q, true
}

// counted reads a number with no unit: an amount of money by its sign, or
// a count of the plural noun after it ("two jurors").
func counted(toks []text.Token, tok text.Token, q Quantity, next int, rest string) (Quantity, bool) {
	if q.Dim != "" { // money by sign
		q.Value = q.Number
		return q, true
	}
	if tok.Lower == "one" || (rest == "" && tok.Kind == text.Number && isYear(q.Number, tok.Lower)) {
		return q, false
	}
	// A count: the words after the number say what is counted.
	q.Dim = "count"
	q.Value = q.Number
	var words []string
	if rest != "" {
		q.Heads = append(q.Heads, text.Stem(rest))
		words = append(words, rest)
	}
	for j := next; j < len(toks) && j < next+3; j++ {
		t := toks[j]
		if t.Kind != text.Word || t.Stop {
			break
		}
		q.Heads = append(q.Heads, text.Stem(t.Lower))
		words = append(words, t.Text)
		q.End = t.End
		if pluralNoun(t.Text) {
			break // the counted noun ends the phrase
		}
	}
	// What is counted is a plural noun ("two jurors"); a verb after the
	// number ("nine voting") means the number is itself the noun.
	if len(q.Heads) == 0 || (q.Number != 1 && !pluralNoun(words[len(words)-1])) {
		return q, false
	}
	q.Unit = strings.Join(words, " ")
	return q, true
}

func magnitudeAt(toks []text.Token, k, next int) bool {
	if next < len(toks) && strings.HasPrefix(toks[next].Lower, "magnitude") {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch toks[j].Lower {
		case "magnitude":
			return true
		case "of", "a":
			continue
		}
		break
	}
	return false
}

// numberOf reads a token as a number, splitting a hyphenated unit off
// ("five-hour" = 5 and "hour"; "18-month-old" = 18 and "month-old").
func numberOf(lower string) (float64, string, bool) {
	if v, ok := align.ParseNumber(lower); ok {
		return v, "", true
	}
	head, rest, ok := strings.Cut(lower, "-")
	if !ok {
		return 0, "", false
	}
	v, ok := align.ParseNumber(head)
	if !ok {
		return 0, "", false
	}
	// "twenty-five-year-old": the compound number first.
	if h2, r2, ok := strings.Cut(rest, "-"); ok {
		if v2, ok := align.ParseNumber(head + "-" + h2); ok {
			return v2, r2, true
		}
	}
	if strings.HasSuffix(rest, "-old") {
		unit, _, _ := strings.Cut(rest, "-")
		return v, unit + "-old", true
	}
	return v, rest, true
}

func scaleOf(lower string) (float64, bool) {
	switch lower {
	case "hundred":
		return 100, true
	case "thousand":
		return 1e3, true
	case "million", "m", "mn":
		return 1e6, true
	case "billion", "bn", "b":
		return 1e9, true
	case "trillion", "tn":
		return 1e12, true
	}
	return 0, false
}

func isYear(v float64, lower string) bool {
	return v >= 1800 && v <= 2100 && v == math.Trunc(v) && !strings.Contains(lower, ",")
}

// hedgeBefore reads the hedge or bound written before the number at k:
// three words, then two, then one ("no more than", "at least", "within").
func hedgeBefore(toks []text.Token, k int, skipSign bool) (string, int) {
	i := k - 1
	if skipSign {
		i--
	}
	if i >= 2 {
		if p := toks[i-2].Lower + " " + toks[i-1].Lower + " " + toks[i].Lower; bounds.Num(p) != 0 {
			return p, bounds.Num(p)
		}
	}
	if i >= 1 {
		p := toks[i-1].Lower + " " + toks[i].Lower
		if b := bounds.Num(p); b != 0 {
			return p, b
		}
		if h, ok := hedgePhrases.Value(p); ok {
			return h, 0
		}
	}
	if i >= 0 {
		if b := bounds.Num(toks[i].Lower); b != 0 {
			return toks[i].Lower, b
		}
		return hedges.Kind(toks[i].Lower), 0
	}
	return "", 0
}

// Admits reports whether a limit admits a value of the same dimension: "at
// least four" admits five, "within 20 miles" admits 17, and two floors (or
// two ceilings) always admit each other, since both hold of any figure
// beyond the larger (or under the smaller). A value against a value is
// SameValue's question.
func Admits(a, b Quantity) bool {
	if a.Bound == 0 && b.Bound == 0 {
		return SameValue(a, b)
	}
	if a.Bound != 0 && b.Bound != 0 {
		if a.Bound == b.Bound {
			return !estimates(a, b) || SameValue(a, b)
		}
		// A floor and a ceiling: compatible when the floor is under it.
		lo, hi := a, b
		if a.Bound < 0 {
			lo, hi = b, a
		}
		return lo.Value <= hi.Value*(1+1e-9)
	}
	lim, v := a, b
	if b.Bound != 0 {
		lim, v = b, a
	}
	// A hedged value spans about 10% either way.
	slack := 1e-9
	if v.Hedge != "" {
		slack = 0.1
	}
	if lim.Bound > 0 {
		return v.Value*(1+slack) >= lim.Value
	}
	return v.Value*(1-slack) <= lim.Value
}

// SameValue reports whether two values of one dimension agree once
// normalised: equal when both are exact; within 10% when either is hedged
// ("about five hours" and "nearly five hours" agree; "over four hours" and
// "about five hours" do not, since the figures the reader sees differ).
func SameValue(a, b Quantity) bool {
	// The same figure in two names of one unit ("13 miles", "13 nautical
	// miles") is one report written loosely, not two values.
	if a.Value == b.Value || a.Number == b.Number && a.Dim == b.Dim {
		return true
	}
	hi := math.Max(math.Abs(a.Value), math.Abs(b.Value))
	diff := math.Abs(a.Value - b.Value)
	tol := 1e-9 * hi
	if a.Hedge != "" || b.Hedge != "" {
		tol = 0.1 * hi
	}
	return diff <= tol
}

func inParens(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].Text {
		case "(":
			return true
		case ")":
			return false
		}
	}
	return false
}

// irregularPlurals are plural nouns of counts that do not end in "s".
var irregularPlurals = english.List("compare/irregular-plurals")

// tollWords are the adjectives news uses as plural nouns of a toll: "65
// dead", "180 injured".
var tollWords = english.List("compare/toll-words")

func pluralNoun(w string) bool {
	w = strings.ToLower(w)
	if irregularPlurals.Has(w) || tollWords.Has(w) {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "is")
}
