package compare

import (
	"maps"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// namedFact is a proposition of the shared annotation whose actor or
// undergoer is a person's name: its verb's lemma, which argument the name
// fills, the name, and the head lemma and modifiers of the other argument.
type namedFact struct {
	ref     align.SentRef
	lemma   string
	negated bool
	role    int // 0: the name is the actor; 1: the undergoer
	name    string
	// head is the lemma of the name's argument head when the name is an
	// apposition to it ("husband" of "her husband, Michael Teasley").
	head  string
	other string
	mods  map[string]bool
}

// factNames finds one fact that independent sources tell of two different
// people, the fact aligned by the annotation rather than by the
// sentences' words (as factDates does for dates): the same predicate lemma
// with the same polarity, the name in the same argument, the other
// argument with the same head and modifiers that are not disjoint ("her
// husband, Michael Teasley, was murdered at a nightclub" / "her husband,
// Maira Ansari, was murdered at Club 502"), in two sentences as similar
// as the pairs substitutions compares. A report that names both people
// speaks of two (the test of substitutions), and a sentence that names
// both tells of both.
func (cp *comparer) factNames(earlier []news.Conflict) []news.Conflict {
	covered := coveredSentences(cp, earlier, news.ConflictName)
	var facts []namedFact
	for d, doc := range cp.c.Docs {
		if !doc.English() {
			continue // the annotation is a reading of English
		}
		for s := range doc.Sentences {
			for _, f := range cp.namedFactsOf(doc, s) {
				f.ref = align.SentRef{Doc: d, Sent: s}
				facts = append(facts, f)
			}
		}
	}
	type key struct {
		lemma, head, other string
		role               int
	}
	groups := map[key]map[string][]align.SentRef{}
	var order []key
	for i, a := range facts {
		for _, b := range facts[i+1:] {
			if !cp.sameNamedFact(a, b) || covered[a.ref] || covered[b.ref] {
				continue
			}
			k := key{a.lemma, a.head, a.other, a.role}
			if groups[k] == nil {
				groups[k] = map[string][]align.SentRef{}
				order = append(order, k)
			}
			for _, f := range []namedFact{a, b} {
				name := f.name
				for n := range groups[k] {
					if SamePerson(n, name) {
						name = n
					}
				}
				if !slices.Contains(groups[k][name], f.ref) {
					groups[k][name] = append(groups[k][name], f.ref)
				}
			}
		}
	}
	var out []news.Conflict
	for _, k := range order {
		sides := groups[k]
		if len(sides) != 2 || !cp.disjointSides(sides) {
			continue
		}
		words := []string{k.head, k.lemma, k.other}
		if k.role == 1 {
			words = []string{k.other, k.lemma, k.head}
		}
		cf := news.Conflict{Kind: news.ConflictName, Topic: strings.Join(strings.Fields(strings.Join(words, " ")), " ")}
		for _, n := range slices.Sorted(maps.Keys(sides)) {
			cf.Sides = append(cf.Sides, cp.side(sides[n], n))
		}
		out = append(out, cf)
	}
	return out
}

// sameNamedFact reports whether two named facts of independent sources are
// one fact said of two people.
func (cp *comparer) sameNamedFact(a, b namedFact) bool {
	if a.lemma != b.lemma || a.negated != b.negated || a.role != b.role || a.other != b.other || a.head != b.head ||
		cp.c.Group[a.ref.Doc] == cp.c.Group[b.ref.Doc] || cp.monthsApart(a.ref.Doc, b.ref.Doc) ||
		disjointNonEmpty(a.mods, b.mods) {
		return false
	}
	// Many people may fill one role of a predicate (the arrested, the
	// neighbours, a company's spokesmen: "Ann Sands lives just one door
	// down" / "Henry Ott, 67, lived next door"): the two sentences must
	// tell one claim, as close as the pairs substitutions compares.
	if cp.a.Similarity(a.ref, b.ref) < substitutionSim {
		return false
	}
	wa := strings.Fields(strings.ToLower(a.name))
	wb := strings.Fields(strings.ToLower(b.name))
	for _, w := range wa {
		if slices.Contains(wb, w) {
			return false
		}
	}
	if SamePerson(a.name, b.name) || nameForms(wa[len(wa)-1], wb[len(wb)-1]) {
		return false
	}
	da, db := cp.c.Docs[a.ref.Doc], cp.c.Docs[b.ref.Doc]
	// A sentence that names both tells of both; reports that each name
	// both speak of two people.
	if strings.Contains(cp.sentText(a.ref), b.name) || strings.Contains(cp.sentText(b.ref), a.name) {
		return false
	}
	return !(docHas(da, b.name) && docHas(db, a.name))
}

// namedFactsOf reads the propositions of a sentence whose actor or
// undergoer holds one person's name (personName), and whose other argument
// has a head, or whose name stands in apposition to a head ("her husband,
// ..., was murdered"): not speech (the speaker kind), not a light verb,
// not "be" or "have".
func (cp *comparer) namedFactsOf(doc *text.Doc, s int) []namedFact {
	a := doc.Annotation()
	lower := cp.lowerWords()
	var out []namedFact
	for i := range a.Props {
		p := &a.Props[i]
		if p.Sentence != s || p.Speech() || lightVerbs.Has(p.Lemma) || p.Lemma == "be" || p.Lemma == "have" {
			continue
		}
		as, ah := p.Actor()
		us, uh := p.Undergoer()
		spans, heads := [2]text.TokenSpan{as, us}, [2]int{ah, uh}
		for role := range 2 {
			name, head := personName(doc, spans[role], heads[role], lower)
			other := headLemma(a, heads[1-role])
			// Without another argument, the head the name stands beside
			// ("her husband, ...") tells which fact it is.
			if n, _ := personName(doc, spans[1-role], heads[1-role], lower); name == "" || other == "" && head == "" || n != "" {
				continue
			}
			out = append(out, namedFact{lemma: p.Lemma, negated: p.Negated, role: role, name: name, head: head, other: other,
				mods: modifiers(doc, spans[1-role], heads[1-role])})
		}
	}
	return out
}

// personName is the one name an argument holds, as written ("Michael
// Teasley" in "her husband, Michael Teasley"), and the argument's head
// lemma when the head is not in the name ("husband"), or "": proper nouns
// the story never writes in lower case, not titles, weekdays or months.
func personName(doc *text.Doc, sp text.TokenSpan, head int, lower map[string]bool) (name, role string) {
	if head < 0 || sp.Empty() {
		return "", ""
	}
	a := doc.Annotation()
	ok := func(i int) bool {
		t := doc.Tokens[i]
		return t.Kind == text.Word && t.Cap && !t.Stop && a.Proper(i) && ProperName(t) && !lower[t.Lower] &&
			!english.Titles.Has(t.Lower) && !english.Weekdays.Has(t.Lower) && !english.Months.Has(t.Lower)
	}
	start, end := -1, -1
	for i := sp.Start; i < sp.End && i < len(doc.Tokens); i++ {
		if !ok(i) {
			continue
		}
		if end >= 0 && i != end {
			return "", "" // two names: a list or two people
		}
		if start < 0 {
			start = i
		}
		end = i + 1
	}
	// An apposition after the argument ("her husband, Michael Teasley,
	// was murdered"): the annotation's span ends before it.
	if start < 0 && head >= sp.Start && head < sp.End {
		i := sp.End
		if i < len(doc.Tokens) && doc.Tokens[i].Text == "," {
			j := i + 1
			for j < len(doc.Tokens) && ok(j) {
				j++
			}
			if j > i+1 && j < len(doc.Tokens) && doc.Tokens[j].Text == "," {
				start, end = i+1, j
			}
		}
	}
	if start < 0 {
		return "", ""
	}
	var w []string
	for i := start; i < end; i++ {
		w = append(w, doc.Tokens[i].Text)
	}
	if head < start || head >= end {
		role = headLemma(a, head)
	}
	return strings.Join(w, " "), role
}
