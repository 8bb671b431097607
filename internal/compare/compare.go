// Package compare reads aligned claims and finds what independent sources
// agree on, where they differ, and what only one of them says.
//
// Differences are found with precision first: a false difference misleads
// the reader more than a missed one. Numbers are compared only when they
// measure the same thing (the same unit or counted noun, and the same
// context around them), after hedges and units are normalised; dates and
// names only inside one aligned claim; a contradiction needs a negated or
// denied statement and an unhedged affirmation of the same predicate about
// the same name. Speaker differences belong to the quote stage, and the dates
// of events to the timeline; this package keeps to claim-level differences.
package compare

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Result is the comparison of one story's claims.
type Result struct {
	Agreements   []news.Agreement
	Conflicts    []news.Conflict
	SingleSource []news.SingleSource
}

// Thresholds of the comparison.
const (
	// Uncorroborated is the similarity under which no sentence of another
	// source comes near a single-source claim: between it and align.Pair a
	// claim may be a missed paraphrase, and is not called single-source.
	Uncorroborated = 0.2
	// Covered is the share of a sentence's informative weight that a
	// sentence of another source must carry for the claim not to be
	// single-source.
	Covered = 0.5
	// DocCovered is the share of a sentence's informative weight that
	// another source's whole text must carry for the claim to be told
	// there too.
	DocCovered = 0.6
	// MinSingleWords is the shortest single-source claim worth showing.
	MinSingleWords = 8
	// contextWindow is how many tokens either side of a number or date say
	// what it is about.
	contextWindow = 7
	// bucketCap bounds the quantities compared with each other per unit,
	// so a story of thousands of reports stays linear.
	bucketCap = 200
)

// Compare finds agreements, conflicts and single-source claims.
func Compare(c *text.Corpus, a *align.Result) Result {
	return CompareWith(c, a, nil)
}

// CompareWith is Compare with the story's entities resolved already (the
// brief shares one Resolver between its stages); nil resolves them when a
// rule first needs them.
func CompareWith(c *text.Corpus, a *align.Result, ents *entity.Resolver) Result {
	cp := &comparer{c: c, a: a, ents: ents}
	var r Result
	r.Agreements = cp.agreements()
	if len(c.Docs) == 1 {
		// A story of one report: every other finder pairs sentences of
		// two independent sources (a claim's sides, a neighbour in
		// another copy group, sides no source shares), so only a figure
		// the report gives as withdrawn beside the one that replaced it
		// can make a difference (numberConflicts; TestOneReport). Most
		// stories of a stream have one report, and the other finders'
		// reading of each sentence (dates, names, substitution tokens)
		// was a tenth of their briefs, for nothing.
		r.Conflicts = cp.numberConflicts()
	} else {
		r.Conflicts = cp.conflicts()
	}
	r.SingleSource = cp.singles()
	return r
}

// conflicts runs every finder of differences, each after those whose
// findings it must not repeat.
func (cp *comparer) conflicts() []news.Conflict {
	out := slices.Concat(cp.numberConflicts(), cp.dateConflicts(), cp.nameConflicts(), cp.contradictions())
	out = append(out, cp.substitutions(out)...)
	out = append(out, cp.nearAntonyms(out)...)
	out = append(out, cp.blockConflicts(out)...)
	out = append(out, cp.factDates(out)...)
	out = append(out, cp.nearDates(out)...)
	out = append(out, cp.factNames(out)...)
	out = append(out, cp.slotNames(out)...)
	out = append(out, cp.personAgeConflicts(out)...)
	out = append(out, cp.spellings(out)...)
	return out
}

type comparer struct {
	c *text.Corpus
	a *align.Result
	// lower holds the words the story writes in lower case (lowerWords).
	lower map[string]bool
	// subs holds the sentences' tokens for substitutions (subTokens).
	subs map[align.SentRef][]subToken
	// dates holds the sentences' dateItems, worked out once: nearDates
	// asks them of each neighbour of each dated sentence.
	dates map[align.SentRef][]dItem
	// terms holds the sentences' align terms (termsOf), read-only.
	terms map[align.SentRef]map[string]float64
	// ents is the story's entities, resolved on first use (slotNames).
	ents *entity.Resolver
	// persons holds the people each sentence names (listPersons): a
	// sentence meets each of its neighbours.
	persons map[align.SentRef][]listPerson
	// ages holds the ages each sentence sets beside names (personAges).
	ages map[align.SentRef][]personAge
	// byAge holds the story's persons by the ages set beside their names
	// (agedPersons).
	byAge map[float64]map[string]bool
	// quants and dateExprs hold each sentence's Quantities and Dates,
	// worked out once: numbers, ages, substitutions and dates each read
	// them (quantitiesOf, datesOf).
	quants    map[align.SentRef][]Quantity
	dateExprs map[align.SentRef][]DateExpr
}

// quantitiesOf is Quantities of a sentence, made once; read-only.
func (cp *comparer) quantitiesOf(r align.SentRef) []Quantity {
	return once(&cp.quants, r, func() []Quantity { return Quantities(cp.c.Docs[r.Doc], r.Sent) })
}

// datesOf is Dates of a sentence, made once; read-only.
func (cp *comparer) datesOf(r align.SentRef) []DateExpr {
	return once(&cp.dateExprs, r, func() []DateExpr { return Dates(cp.c.Docs[r.Doc], r.Sent) })
}

// once returns (*m)[r], made by build on the first call for r.
func once[T any](m *map[align.SentRef]T, r align.SentRef, build func() T) T {
	if got, ok := (*m)[r]; ok {
		return got
	}
	if *m == nil {
		*m = map[align.SentRef]T{}
	}
	got := build()
	(*m)[r] = got
	return got
}

func (cp *comparer) sentText(r align.SentRef) string {
	return cp.c.Docs[r.Doc].Sentences[r.Sent].Text
}

func (cp *comparer) claimOf(r align.SentRef) int { return cp.a.Of[r.Doc][r.Sent] }

// termsOf is the alignment's Terms of a sentence, made once: the
// comparisons ask them of a sentence for each of its neighbours.
func (cp *comparer) termsOf(r align.SentRef) map[string]float64 {
	if got, ok := cp.terms[r]; ok {
		return got
	}
	if cp.terms == nil {
		cp.terms = map[align.SentRef]map[string]float64{}
	}
	got := cp.a.Terms(r)
	cp.terms[r] = got
	return got
}

// importance is how much a claim says: the informativeness of its wording.
func (cp *comparer) importance(i int) float64 {
	sum := 0.0
	for _, m := range cp.a.Members[i] {
		s := 0.0
		for _, w := range cp.termsOf(m) {
			s += w
		}
		sum = max(sum, s)
	}
	return sum
}

func (cp *comparer) agreements() []news.Agreement {
	type ag struct {
		i   int
		imp float64
	}
	var list []ag
	for i, cl := range cp.a.Claims {
		if cl.Independent >= 2 {
			list = append(list, ag{i, cp.importance(i)})
		}
	}
	slices.SortStableFunc(list, func(x, y ag) int {
		cx, cy := cp.a.Claims[x.i], cp.a.Claims[y.i]
		if c := cmp.Compare(cy.Independent, cx.Independent); c != 0 {
			return c
		}
		return cmp.Compare(y.imp, x.imp)
	})
	out := make([]news.Agreement, 0, len(list))
	for _, x := range list {
		cl := cp.a.Claims[x.i]
		out = append(out, news.Agreement{Claim: cl.ID, Text: cl.Text, Sources: slices.Clone(cl.Sources), Independent: cl.Independent})
	}
	return out
}

// singles are the claims that one independent source carries and that no
// sentence of another source comes near; trivia, quotations (the quote
// stage reports those) and short fragments are left out.
func (cp *comparer) singles() []news.SingleSource {
	var out []news.SingleSource
	// A page that prints a passage twice (a carousel of other stories, a
	// summary box) gives two claims of one text: one line says it.
	listed := map[string]bool{}
	for i, cl := range cp.a.Claims {
		if cl.Independent != 1 || listed[cl.Text] {
			continue
		}
		ref := cp.a.Members[i][0]
		sent := cp.sentText(ref)
		doc := cp.c.Docs[ref.Doc]
		if text.WordsUpTo(sent, MinSingleWords) < MinSingleWords || align.QuotedShare(sent) > 0.4 || isAttributionOnly(sent) ||
			insideQuote(doc, ref.Sent) || firstPerson(doc, ref.Sent) || quoteFragment(doc, ref.Sent) || !anchored(doc, ref.Sent) {
			continue
		}
		near := false
		for _, m := range cp.a.Members[i] {
			// A near miss may be a paraphrase; and a sentence of another
			// source that carries most of this one's informative words,
			// among more of its own, says it too.
			for _, n := range cp.a.Neighbours(m, 0) {
				if cp.c.Group[n.Ref.Doc] != cp.c.Group[m.Doc] && (n.Score >= Uncorroborated || cp.a.Coverage(m, n.Ref) >= Covered) {
					near = true
					break
				}
			}
		}
		if near || cp.carriedElsewhere(ref) {
			continue
		}
		listed[cl.Text] = true
		out = append(out, news.SingleSource{Kind: news.SingleClaim, Text: cl.Text, Sources: slices.Clone(cl.Sources), Evidence: slices.Clone(cl.Evidence)})
	}
	return out
}

// carriedElsewhere reports whether another independent source's text, taken
// whole, holds most of a sentence's informative weight (DocCovered, by
// align's TextCoverage): the claim is then told there in other words, or
// spread over several sentences, and is not what only one source says.
func (cp *comparer) carriedElsewhere(ref align.SentRef) bool {
	for d := range cp.c.Docs {
		if cp.c.Group[d] != cp.c.Group[ref.Doc] && cp.a.TextCoverage(ref, d) >= DocCovered {
			return true
		}
	}
	return false
}

// quoteFragment reports whether a sentence is a piece of a quotation whose
// marks lie in other sentences: an odd number of quotation marks (the quote
// opens or closes elsewhere), a start in lower case, or a start on the
// attribution that follows a quote ("Pearce said, adding ...").
func quoteFragment(doc *text.Doc, s int) bool {
	sent := text.FoldQuotes(doc.Sentences[s].Text)
	if strings.Count(sent, `"`)%2 == 1 {
		return true
	}
	// Opening on a quotation: the quote stage reports it with its speaker.
	if strings.HasPrefix(strings.TrimLeft(sent, " ('"), `"`) {
		return true
	}
	// A parenthesis opened or closed elsewhere: a piece of a sentence.
	if strings.Count(sent, "(") != strings.Count(sent, ")") {
		return true
	}
	toks := doc.SentenceTokens(s)
	if len(toks) == 0 {
		return true
	}
	if toks[0].Kind == text.Word && !toks[0].Cap {
		return true
	}
	if align.TitleCase(toks) {
		return true
	}
	for k := 1; k < len(toks) && k <= 3; k++ {
		if toks[k].Lower == "said" || toks[k].Lower == "says" {
			return k+1 < len(toks) && toks[k+1].Text == ","
		}
	}
	return false
}

// anchored reports whether a sentence names something a reader can check
// elsewhere: a name, a number or a date. Lines without one ("Once it was
// secure she kissed it tenderly.") depend on their neighbours for sense and
// are not claims on their own.
func anchored(doc *text.Doc, s int) bool {
	for k, t := range doc.SentenceTokens(s) {
		if t.Kind == text.Number || k > 0 && t.Kind == text.Word && t.Cap && !t.Stop {
			return true
		}
	}
	return false
}

// isAttributionOnly catches lines that only say who wrote or carried the
// report ("Reporting by ...", "ABC News' X contributed").
func isAttributionOnly(s string) bool {
	return lowerAt(s, 0, "by ") || containsLower(s, "contributed") && containsLower(s, "report")
}

// containsLower reports whether strings.ToLower(s) contains p, a
// lower-case ASCII string, without making the lower-cased copy: each byte
// of p can only come from one rune of s that lower-cases to it.
func containsLower(s, p string) bool {
	// A rune of s that matches is at least one byte long, so p cannot
	// start in the last len(p)-1 bytes; p[0] is a letter, which only its
	// own two ASCII cases (or a rune of several bytes) lower-case to.
	for i := 0; i+len(p) <= len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && c|0x20 != p[0] || !utf8.RuneStart(c) {
			continue
		}
		if lowerAt(s, i, p) {
			return true
		}
	}
	return false
}

// lowerAt reports whether the runes of s from byte i lower-case
// (unicode.ToLower, as strings.ToLower does) to p, a lower-case ASCII
// string.
func lowerAt(s string, i int, p string) bool {
	for k := 0; k < len(p); k++ {
		if i >= len(s) {
			return false
		}
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.ToLower(r) != rune(p[k]) {
			return false
		}
		i += w
	}
	return true
}

// side builds one side of a conflict from sentences.
func (cp *comparer) side(refs []align.SentRef, value string) news.Side {
	s := news.Side{Text: cp.sentText(refs[0]), Value: value}
	seen := map[int]bool{}
	for _, r := range refs {
		if !seen[r.Doc] {
			seen[r.Doc] = true
			s.Sources = append(s.Sources, cp.c.IDs[r.Doc])
		}
		sent := cp.c.Docs[r.Doc].Sentences[r.Sent]
		s.Evidence = append(s.Evidence, news.Evidence{Source: cp.c.IDs[r.Doc], Start: sent.Start, End: sent.End})
	}
	slices.Sort(s.Sources)
	return s
}

// groupsOf returns the independent groups of sentences.
func (cp *comparer) groupsOf(refs []align.SentRef) map[int]bool {
	g := map[int]bool{}
	for _, r := range refs {
		g[cp.c.Group[r.Doc]] = true
	}
	return g
}

// window returns the context terms within contextWindow tokens of token k
// (not the tokens in skip): stems or synonym classes of content words,
// with names kept apart.
func window(doc *text.Doc, s, k int, skip func(int) bool) (words, names map[string]string) {
	toks := doc.SentenceTokens(s)
	words, names = map[string]string{}, map[string]string{}
	for j := max(0, k-contextWindow); j < min(len(toks), k+contextWindow+1); j++ {
		t := toks[j]
		if skip(j) || t.Kind != text.Word || t.Stop || len(t.Lower) < 2 {
			continue
		}
		if _, ok := align.ParseNumber(t.Lower); ok {
			continue
		}
		if _, ok := units()[t.Lower]; ok {
			continue
		}
		if t.Cap && j > 0 {
			names[text.Stem(t.Lower)] = t.Text
			continue
		}
		term := align.Synonym(t.Lower)
		if term == "" {
			term = text.Stem(t.Lower)
		}
		words[term] = t.Text
	}
	return words, names
}

// sentenceNames are the capitalised words inside a sentence, as stems.
func sentenceNames(doc *text.Doc, s int) map[string]bool {
	out := map[string]bool{}
	for k, t := range doc.SentenceTokens(s) {
		if k > 0 && t.Kind == text.Word && t.Cap {
			out[text.Stem(t.Lower)] = true
		}
	}
	return out
}

func disjointNonEmpty(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for k := range a {
		if b[k] {
			return false
		}
	}
	return true
}

// sharedContext returns the informative context words two mentions share.
func (cp *comparer) sharedContext(a, b map[string]string, exclude map[string]bool) []string {
	var out []string
	for k, v := range a {
		if exclude[k] {
			continue
		}
		if _, ok := b[k]; ok && cp.a.Weight(k) >= 0.5 {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return out
}

type qItem struct {
	ref     align.SentRef
	q       Quantity
	words   map[string]string
	names   map[string]string
	attach  map[string]bool
	subject map[string]bool
	others  []Quantity // the sentence's other quantities
	// retracted: the report gives the figure as an earlier one it no
	// longer holds.
	retracted bool
	// crowded: the sentence holds more than maxQuantities quantities
	// (oneFigureChanged).
	crowded bool
}

// maxQuantities is the most quantities a sentence may hold for one of them
// to be compared: a line of statistics ("269 yards and two touchdowns on 83
// carries") lists facts that other lines of other seasons resemble.
const maxQuantities = 2

// numberConflicts finds one quantity given with different values by
// independent sources.
func (cp *comparer) numberConflicts() []news.Conflict {
	items, buckets := cp.quantityItems()
	comps, topic := cp.joinQuantities(items, buckets)
	roots := make([]int, 0, len(comps))
	for r, m := range comps {
		if len(m) > 1 {
			roots = append(roots, r)
		}
	}
	slices.Sort(roots)
	var out []news.Conflict
	for _, r := range roots {
		if cf, ok := cp.numberConflict(comps[r], items, topic[r]); ok {
			out = append(out, cf)
		}
	}
	return out
}

// quantityItems lists the quantities of the story's active sentences that
// may be compared, and buckets them by dimension (bucketKeys).
func (cp *comparer) quantityItems() ([]qItem, map[string][]int) {
	buckets := map[string][]int{}
	var items []qItem
	for d, doc := range cp.c.Docs {
		for s := range doc.Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if !cp.a.Active(ref) {
				continue
			}
			qs := cp.quantitiesOf(ref)
			crowded := len(qs) > maxQuantities
			for _, it := range sentenceItems(doc, ref, qs) {
				it.crowded = crowded
				items = append(items, it)
				for _, key := range bucketKeys(it.q) {
					// A crowded sentence's quantities meet only their like
					// (oneFigureChanged), in buckets of their own.
					if crowded {
						key = "crowded " + key
					}
					if len(buckets[key]) < bucketCap {
						buckets[key] = append(buckets[key], len(items)-1)
					}
				}
			}
		}
	}
	return items, buckets
}

// sentenceItems are the quantities of one sentence that may be compared:
// not a magnitude, not one of two of a kind, not the end of a list.
func sentenceItems(doc *text.Doc, ref align.SentRef, qs []Quantity) []qItem {
	s := ref.Sent
	perDim := map[string]int{}
	for _, q := range qs {
		for _, key := range bucketKeys(q) {
			perDim[key]++
		}
	}
	toks := doc.SentenceTokens(s)
	var out []qItem
	for _, q := range qs {
		if q.Dim == "magnitude" {
			// Several quakes and aftershocks of one story have
			// different magnitudes; kept only to tell them apart.
			continue
		}
		// Two quantities of one kind in a sentence ("from 4 to 5 hours",
		// "2 dead and 3 hurt"): which one matches is a guess.
		ambiguous := false
		for _, key := range bucketKeys(q) {
			ambiguous = ambiguous || perDim[key] > 1
		}
		if ambiguous || listItem(toks, q) || remainder(toks, q.Tok) || namePiece(toks, q.Tok) || labelNumber(doc, s, q.Tok) || target(toks, q.Tok) {
			continue
		}
		tokEnd := q.Tok + len(q.Heads) + 1
		w, n := window(doc, s, q.Tok, func(j int) bool { return j >= q.Tok && j <= tokEnd })
		at, subj := attachment(doc, s, q)
		var others []Quantity
		for _, o := range qs {
			if o.Tok != q.Tok {
				others = append(others, o)
			}
		}
		out = append(out, qItem{ref, q, w, n, at, subj, others, retracted(toks, q), false})
	}
	return out
}

// namePiece reports whether the number at k is a piece of a name: right
// after a capitalised word inside the sentence that is no weekday or month
// ("Two Precinct 5 deputy constables", "Flight 447"), it names a unit or a
// thing, it counts nothing.
func namePiece(toks []text.Token, k int) bool {
	if k < 2 {
		return false
	}
	t := toks[k-1]
	return t.Kind == text.Word && t.Cap && !t.Stop && !english.Weekdays.Has(t.Lower) && !english.Months.Has(t.Lower) && !english.MonthAbbreviations.Has(t.Lower)
}

// labelNumber reports a number that labels a thing rather than counting
// it: right after a singular common noun, with no noun after it that it
// counts ("has won stage 13 of the Tour", "on page 4", "route 66").
// Numbers on a scale ("category 4", "level 3") are kept, being measures.
func labelNumber(doc *text.Doc, s, k int) bool {
	toks := doc.SentenceTokens(s)
	if k < 1 {
		return false
	}
	t := toks[k-1]
	if t.Kind != text.Word || t.Cap || scaleNouns.Has(t.Lower) {
		return false
	}
	a, at := doc.Annotation(), doc.Sentences[s].TokStart+k
	return a.Words[at-1].POS == "NN" && !(k+1 < len(toks) && a.Noun(at+1))
}

// scaleNouns put a number on a scale: a measure, not a label.
var scaleNouns = english.List("compare/scale-nouns")

// targetVerbs make the figure after them a target, not an outcome ("needed
// nine points to pass Ford", "requires 60 votes").
var targetVerbs = english.List("compare/target-verbs")

// target reports a figure that is the object of a verb of need: what was
// wanted, which another report's achieved figure does not contradict.
func target(toks []text.Token, k int) bool {
	j := k - 1
	for j >= 0 && hedges.Kind(toks[j].Lower) != "" {
		j--
	}
	return j >= 0 && targetVerbs.Has(toks[j].Lower)
}

// joinQuantities joins the items that measure one quantity (sameQuantity)
// into components, each with the shared words that name its topic.
func (cp *comparer) joinQuantities(items []qItem, buckets map[string][]int) (map[int][]int, map[int][]string) {
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	topic := map[int][]string{}
	keys := make([]string, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, key := range keys {
		b := buckets[key]
		for x := 0; x < len(b); x++ {
			for y := x + 1; y < len(b); y++ {
				i, j := items[b[x]], items[b[y]]
				// One copy group gives one account, except for an earlier
				// figure it says it withdrew, or a figure that moved
				// between two editions of one report.
				sameGroup := cp.c.Group[i.ref.Doc] == cp.c.Group[j.ref.Doc]
				if sameGroup && !i.retracted && !j.retracted && !cp.updates(i, j) || dimKey(i.q) != dimKey(j.q) && i.q.Dim != "count" {
					continue
				}
				shared, ok := cp.sameQuantity(i, j)
				if !ok {
					continue
				}
				ri, rj := find(b[x]), find(b[y])
				if ri != rj {
					parent[rj] = ri
					topic[ri] = append(append(topic[ri], topic[rj]...), shared...)
				}
			}
		}
	}
	comps := map[int][]int{}
	for i := range items {
		comps[find(i)] = append(comps[find(i)], i)
	}
	return comps, topic
}

// numberConflict makes the difference of one component of mentions of a
// quantity: sides of values that agree once normalised, none given by one
// account on two sides.
func (cp *comparer) numberConflict(m []int, items []qItem, topic []string) (news.Conflict, bool) {
	m = cp.dropAdmittedLimits(m, items)
	m = cp.dropRunningCounts(m, items)
	slices.SortFunc(m, func(x, y int) int { return cmp.Compare(items[x].q.Value, items[y].q.Value) })
	// Sides: runs of values that agree once normalised.
	var sides [][]int
	for _, i := range m {
		// A figure a report gives as withdrawn is a side of its own.
		if n := len(sides); n > 0 && SameValue(items[sides[n-1][0]].q, items[i].q) && items[sides[n-1][0]].retracted == items[i].retracted {
			sides[n-1] = append(sides[n-1], i)
			continue
		}
		sides = append(sides, []int{i})
	}
	if len(sides) < 2 || cp.accountOnTwoSides(sides, items) || cp.givesBoth(sides, items) {
		return news.Conflict{}, false
	}
	cf := news.Conflict{Kind: news.ConflictNumber, Topic: quantityTopic(items[m[0]].q, topic)}
	for _, sd := range sides {
		refs := make([]align.SentRef, len(sd))
		for k, i := range sd {
			refs[k] = items[i].ref
		}
		// The side's value: the unhedged wording when there is one.
		best := items[sd[0]].q
		for _, i := range sd {
			if items[i].q.Hedge == "" {
				best = items[i].q
				break
			}
		}
		side := cp.side(refs, best.String())
		side.Retracted = !slices.ContainsFunc(sd, func(i int) bool { return !items[i].retracted })
		cf.Sides = append(cf.Sides, side)
	}
	cf.Sides = append(cf.Sides, cp.withdrawnSides(sides, items)...)
	// A withdrawn figure was given before the one that replaced it.
	slices.SortStableFunc(cf.Sides, func(a, b news.Side) int {
		return cmp.Compare(boolRank(b.Retracted), boolRank(a.Retracted))
	})
	cp.inTime(&cf)
	return cf, true
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// accountOnTwoSides reports whether one account is on two sides: a source
// that gives both values itself most likely tells two facts, not one fact
// given differently. A figure given as withdrawn is not the source's
// account, and two editions of one report at different times are two
// accounts.
func (cp *comparer) accountOnTwoSides(sides [][]int, items []qItem) bool {
	type account struct {
		group int
		at    time.Time
	}
	owner := map[account]int{}
	for si, sd := range sides {
		for _, i := range sd {
			if items[i].retracted {
				continue
			}
			g := account{cp.c.Group[items[i].ref.Doc], cp.published(items[i].ref.Doc)}
			if o, ok := owner[g]; ok && o != si {
				return true
			}
			owner[g] = si
		}
	}
	return false
}

func dimKey(q Quantity) string {
	if q.Dim == "count" {
		return "count:" + strings.Join(q.Heads, " ")
	}
	return q.Dim
}

func bucketKeys(q Quantity) []string {
	if q.Dim != "count" {
		return []string{q.Dim}
	}
	var out []string
	for _, h := range q.Heads {
		out = append(out, "count:"+h)
	}
	return out
}

// sameQuantity decides whether two numbers of independent sources measure
// one thing: both in one aligned claim, or sharing an informative word
// around the number (beyond the unit), and not about different names.
func (cp *comparer) sameQuantity(i, j qItem) ([]string, bool) {
	if i.q.Dim == "count" && !sameHeads(i.q.Heads, j.q.Heads) {
		return nil, false
	}
	if cp.killerCounted(i, j) {
		return nil, false
	}
	if i.crowded || j.crowded {
		return cp.oneFigureChanged(i, j)
	}
	// Figures of very different size are different facts ("three years of
	// efforts", "485 years"); a misreport by such a factor is rarer than
	// two facts sharing a unit.
	if lo, hi := min(i.q.Value, j.q.Value), max(i.q.Value, j.q.Value); lo <= 0 || hi/lo > 3 {
		return nil, false
	}
	// Durations in different units of very different size ("four hours",
	// "four years") are different facts.
	if i.q.Dim == "duration" && i.q.Unit != j.q.Unit {
		lo, hi := min(i.q.Value, j.q.Value), max(i.q.Value, j.q.Value)
		if lo <= 0 || hi/lo > 4 {
			return nil, false
		}
	}
	ni := sentenceNames(cp.c.Docs[i.ref.Doc], i.ref.Sent)
	nj := sentenceNames(cp.c.Docs[j.ref.Doc], j.ref.Sent)
	if disjointNonEmpty(ni, nj) || cp.twoAgeHolders(i, j) || cp.countsOfTwoWholes(i, j) {
		return nil, false
	}
	exclude := map[string]bool{}
	for _, h := range i.q.Heads {
		exclude[h] = true
	}
	shared := cp.sharedContext(i.words, j.words, exclude)
	sameClaim := cp.claimOf(i.ref) >= 0 && cp.claimOf(i.ref) == cp.claimOf(j.ref)
	// One shared word is enough only for a word of an event class ("talks"
	// and "meeting"); otherwise two, or the sentences must say much the
	// same, or be one claim.
	event := slices.ContainsFunc(shared, func(w string) bool { return align.Synonym(strings.ToLower(w)) != "" })
	sim := cp.a.Similarity(i.ref, j.ref)
	if !(len(shared) >= 2 || len(shared) == 1 && (event || sim >= 0.2) || sameClaim && i.q.Unit == j.q.Unit) {
		return nil, false
	}
	// Strong evidence of one fact: one claim, or the same sentence but for
	// the value.
	strong := sameClaim || cp.residualSim(i.ref, j.ref) >= strongResidual
	same := Admits(i.q, j.q)
	// The figure attached to different words counts different things
	// ("missed four games", "played in 10 games").
	if disjoint(i.attach, j.attach) {
		return nil, false
	}
	if same && strong {
		return shared, true
	}
	// A different subject of the same verb: "the aftershock lasted ten
	// seconds", "the earthquake lasted 30 seconds".
	if disjoint(i.subject, j.subject) {
		return nil, false
	}
	// Agreeing values may join on this much: a difference only arises from
	// a pair of different values, and those need strong evidence, or the
	// figure attached to the same word ("met for about five hours", "over
	// four hours of talks").
	if same {
		return shared, true
	}
	if !strong && !cp.informativeShared(i.attach, j.attach) {
		return nil, false
	}
	// The sentences' other figures of one kind differ too: two records
	// ("716 yards in 12 games", "793 yards in 14 games"), not one fact.
	for _, a := range i.others {
		for _, b := range j.others {
			if dimKey(a) == dimKey(b) && !Admits(a, b) {
				return nil, false
			}
		}
	}
	return shared, true
}

// givesBoth reports whether a source on one side of a number difference
// gives another side's value for the same kind of quantity anywhere in its
// text: it knows both figures, so they are two facts ("sentenced to seven
// years" for one crime, "12 years" for another), not one fact told
// differently.
func (cp *comparer) givesBoth(sides [][]int, items []qItem) bool {
	for si, sd := range sides {
		// A figure the source gives as withdrawn: it knows both figures
		// because it tells that one replaced the other.
		if !slices.ContainsFunc(sd, func(i int) bool { return !items[i].retracted }) {
			continue
		}
		docs := map[int]bool{}
		for _, i := range sd {
			docs[items[i].ref.Doc] = true
			// The other figure as a part of the same thing in the
			// mention's own sentence ("five bombs were dropped, of which
			// four exploded"): the source knows both figures.
			toks := cp.c.Docs[items[i].ref.Doc].SentenceTokens(items[i].ref.Sent)
			for k, t := range toks {
				v, ok := align.ParseNumber(t.Lower)
				if !ok || k == items[i].q.Tok || !partitive(toks, k) {
					continue
				}
				for sj, other := range sides {
					if o := items[other[0]].q; sj != si && o.Dim == "count" && v == o.Number {
						return true
					}
				}
			}
		}
		for d := range docs {
			doc := cp.c.Docs[d]
			for s := range doc.Sentences {
				for _, q := range cp.quantitiesOf(align.SentRef{Doc: d, Sent: s}) {
					if retracted(doc.SentenceTokens(s), q) {
						continue
					}
					for sj, other := range sides {
						if sj == si {
							continue
						}
						o := items[other[0]].q
						if dimKey(q) == dimKey(o) && SameValue(q, o) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// sameHeads reports whether two counts count the same noun: the same
// phrase, or one phrase of two words or more inside the other ("short-range
// ballistic missiles" and "ballistic missiles", not "guns" and "machine
// guns").
func sameHeads(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a[len(a)-1] != b[len(b)-1] {
		return false
	}
	if len(a) == len(b) {
		return slices.Equal(a, b)
	}
	return len(a) >= 2
}

func quantityTopic(q Quantity, shared []string) string {
	slices.Sort(shared)
	shared = slices.Compact(shared)
	if len(shared) > 3 {
		shared = shared[:3]
	}
	what := q.Unit
	if strings.HasPrefix(q.Dim, "money:") {
		what = "amount"
	}
	if len(shared) == 0 {
		return what
	}
	return what + ": " + strings.Join(shared, ", ")
}

// dateConflicts finds, inside one aligned claim, sentences of independent
// sources that put the claim on different days. Each sentence must name
// exactly one day, and the days must share context, so that "talks on
// Wednesday, reported on Thursday" is not read as a difference.
func (cp *comparer) dateConflicts() []news.Conflict {
	var out []news.Conflict
	for ci, members := range cp.a.Members {
		if cp.a.Claims[ci].Independent < 2 {
			continue
		}
		var ds []dItem
		for _, m := range members {
			ds = append(ds, cp.dateItems(m)...)
		}
		byValue := map[string][]align.SentRef{}
		var order []string
		var shared []string
		for x := range ds {
			for y := x + 1; y < len(ds); y++ {
				a, b := ds[x], ds[y]
				sh, ok := cp.datePair(a, b)
				if !ok {
					sh, ok = cp.crossAnchored(a, b)
				}
				if !ok {
					sh, ok = cp.oneClock(a, b)
				}
				if !ok {
					continue
				}
				shared = append(shared, sh...)
				for _, it := range []dItem{a, b} {
					if _, ok := byValue[it.d.Value]; !ok {
						order = append(order, it.d.Value)
					}
					if !slices.Contains(byValue[it.d.Value], it.ref) {
						byValue[it.d.Value] = append(byValue[it.d.Value], it.ref)
					}
				}
			}
		}
		if len(order) < 2 || !cp.disjointSides(byValue) {
			continue
		}
		cf := news.Conflict{Kind: news.ConflictDate, Topic: "date: " + strings.Join(dedupe(shared, 3), ", ")}
		for _, v := range order {
			cf.Sides = append(cf.Sides, cp.side(byValue[v], v))
		}
		out = append(out, cf)
	}
	return out
}

// disjointSides reports whether no independent source is on two sides.
func (cp *comparer) disjointSides(sides map[string][]align.SentRef) bool {
	owner := map[int]string{}
	for v, refs := range sides {
		for _, r := range refs {
			g := cp.c.Group[r.Doc]
			if o, ok := owner[g]; ok && o != v {
				return false
			}
			owner[g] = v
		}
	}
	return true
}

func dedupe(s []string, n int) []string {
	slices.Sort(s)
	s = slices.Compact(s)
	if len(s) > n {
		s = s[:n]
	}
	return s
}

// nameConflicts finds, inside one aligned claim, one role held by different
// people in independent sources ("Defence Minister A" against "Defence
// Minister B").
func (cp *comparer) nameConflicts() []news.Conflict {
	var out []news.Conflict
	for ci, members := range cp.a.Members {
		if cp.a.Claims[ci].Independent < 2 {
			continue
		}
		type rItem struct {
			ref align.SentRef
			rn  RoleName
		}
		var rs []rItem
		for _, m := range members {
			for _, rn := range RoleNames(cp.c.Docs[m.Doc], m.Sent) {
				rs = append(rs, rItem{m, rn})
			}
		}
		byName := map[string][]align.SentRef{}
		var order []string
		role := ""
		// speakers: every name compared is the speaker of a verb of
		// speech beside it ("said police chief Michael Ciminelli" /
		// "police chief Michael Davis told reporters"): the same words
		// given to two people.
		speakers := true
		for x := range rs {
			for y := x + 1; y < len(rs); y++ {
				a, b := rs[x], rs[y]
				if cp.c.Group[a.ref.Doc] == cp.c.Group[b.ref.Doc] || !SameRole(a.rn, b.rn) || SamePerson(a.rn.Name, b.rn.Name) {
					continue
				}
				role = strings.Join(longer(a.rn.Role, b.rn.Role), " ")
				speakers = speakers && cp.roleSpeaker(a.ref, a.rn) && cp.roleSpeaker(b.ref, b.rn)
				for _, it := range []rItem{a, b} {
					key := it.rn.Name
					for _, o := range order {
						if SamePerson(o, key) {
							key = o
						}
					}
					if _, ok := byName[key]; !ok {
						order = append(order, key)
					}
					if !slices.Contains(byName[key], it.ref) {
						byName[key] = append(byName[key], it.ref)
					}
				}
			}
		}
		if len(order) < 2 || !cp.disjointSides(byName) {
			continue
		}
		cf := news.Conflict{Kind: news.ConflictName, Topic: role}
		if speakers {
			cf.Kind = news.ConflictSpeaker
		}
		for _, n := range order {
			cf.Sides = append(cf.Sides, cp.side(byName[n], n))
		}
		out = append(out, cf)
	}
	return out
}

// roleSpeaker reports whether the person of a role name is the speaker
// of a quotation in its sentence: a verb of speech right before the title
// or the name, or right after the name (speakerSlot), and a quotation
// mark in the sentence.
func (cp *comparer) roleSpeaker(ref align.SentRef, rn RoleName) bool {
	toks := cp.subTokens(ref)
	if !strings.ContainsAny(cp.sentText(ref), "\"“”‘’") {
		return false
	}
	for k, t := range toks {
		// A verb before the title: "said Rochester police chief Michael
		// Ciminelli".
		if t.Start == rn.Start && k > 0 && english.SpeechVerbs.Has(toks[k-1].Lower) {
			return true
		}
		if t.End == rn.End {
			return speakerSlot(toks, k)
		}
	}
	return false
}

func longer(a, b []string) []string {
	if len(b) > len(a) {
		return b
	}
	return a
}

// contradictions finds statements that one source affirms and another
// denies or negates: a negated stretch ("there was no plan for Putin to
// visit") against an unhedged sentence of another source that says the
// same predicate of the same name ("Putin accepted the invitation to
// visit"); and, inside one claim, antonyms ("accepted" against "declined").
func (cp *comparer) contradictions() []news.Conflict {
	var out []news.Conflict
	done := map[[2]int]bool{}
	for d, doc := range cp.c.Docs {
		for s := range doc.Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if !cp.a.Active(ref) {
				continue
			}
			for _, neg := range Negations(doc, s) {
				if denialHedged(doc, s, neg, cp.a.Weight) {
					continue
				}
				if cf, key, ok := cp.negationConflict(ref, neg); ok && !done[key] {
					done[key] = true
					out = append(out, cf)
				}
			}
		}
	}
	for ci, members := range cp.a.Members {
		if cp.a.Claims[ci].Independent < 2 {
			continue
		}
		if cf, ok := cp.antonymConflict(members); ok && !done[[2]int{ci, ci}] {
			done[[2]int{ci, ci}] = true
			out = append(out, cf)
		}
	}
	return out
}

// termsOf maps tokens of a sentence to alignment terms, names apart.
func termAt(t text.Token, k int) (term string, name bool) {
	if t.Kind != text.Word || t.Stop || len(t.Lower) < 2 {
		return "", false
	}
	// A word's Token.Stem is text.Stem(t.Lower), worked out by
	// text.Analyze: no look-up in the stem cache.
	if t.Cap && k > 0 {
		return t.Stem, true
	}
	if s := align.Synonym(t.Lower); s != "" {
		return s, false
	}
	return t.Stem, false
}

func (cp *comparer) negationConflict(ref align.SentRef, neg Negation) (news.Conflict, [2]int, bool) {
	doc := cp.c.Docs[ref.Doc]
	toks := doc.SentenceTokens(ref.Sent)
	none := func() (news.Conflict, [2]int, bool) { return news.Conflict{}, [2]int{}, false }
	// A negation inside a quotation is the quote stage's to attribute.
	if insideQuoteAt(doc, ref.Sent, toks[neg.Tok].Start) {
		return none()
	}
	// "no longer": what was true before is not now, a change over time
	// rather than a denial of what another source said.
	if neg.Tok+1 < len(toks) && toks[neg.Tok+1].Lower == "longer" {
		return none()
	}
	best, bestScore, bestPred := cp.affirmation(ref, neg)
	if bestScore == 0 {
		// A twin: the same words without the negation (twindenial.go),
		// or the same verb phrase said with other words before it
		// (verbtwin.go).
		j, pred, ok := cp.twinDenial(ref, neg)
		if !ok {
			j, pred, ok = cp.verbTwin(ref, neg)
		}
		if !ok {
			return none()
		}
		best, bestPred = j, pred
	}
	ci, cj := cp.claimOf(ref), cp.claimOf(best)
	denySide := []align.SentRef{ref}
	affirm := []align.SentRef{best}
	if cj >= 0 && cj != ci {
		// The affirmation's claim carries it in every source that says it.
		for _, m := range cp.a.Members[cj] {
			if m != best && len(Negations(cp.c.Docs[m.Doc], m.Sent)) == 0 {
				affirm = append(affirm, m)
			}
		}
	}
	if equalGroups(cp.groupsOf(denySide), cp.groupsOf(affirm)) {
		return none()
	}
	cf := news.Conflict{Kind: news.ConflictContradiction, Topic: strings.ToLower(bestPred),
		Sides: []news.Side{cp.side(affirm, "affirms"), cp.side(denySide, "denies: "+neg.Cue)}}
	return cf, [2]int{min(ci, cj), max(ci, cj)}, true
}

// affirmation finds the best sentence of another source that affirms what
// the negation denies, read in the proposition model: its score is 0 when
// none does.
func (cp *comparer) affirmation(ref align.SentRef, neg Negation) (align.SentRef, float64, string) {
	doc := cp.c.Docs[ref.Doc]
	p, ok := negatedProposition(doc, ref.Sent, neg, cp.a.Weight)
	if !ok {
		return align.SentRef{}, 0, ""
	}
	p.hedges = hedgeWords(doc, ref.Sent)
	p.person = cp.phrasePerson(ref.Doc, ref.Sent, p.said, p.saidHead)
	best, bestScore, bestPred := align.SentRef{}, 0.0, ""
	for _, n := range cp.affirmingNeighbours(ref, 0.05) {
		j := n.Ref
		jdoc := cp.c.Docs[j.Doc]
		if score, pred, ok := p.affirmedBy(jdoc, j.Sent, cp.a.Weight, cp.personReader(j.Doc, j.Sent)); ok {
			if score += n.Score; score > bestScore {
				best, bestScore, bestPred = j, score, pred
			}
		}
	}
	return best, bestScore, bestPred
}

func equalGroups(a, b map[int]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func (cp *comparer) antonymConflict(members []align.SentRef) (news.Conflict, bool) {
	if !cp.mayOppose(members) {
		return news.Conflict{}, false
	}
	return cp.antonymSides(members)
}

// antonymSides is antonymConflict's reading of each member's words.
func (cp *comparer) antonymSides(members []align.SentRef) (news.Conflict, bool) {
	words := make([]map[string]bool, len(members))
	for x, m := range members {
		words[x] = map[string]bool{}
		for _, t := range cp.c.Docs[m.Doc].SentenceTokens(m.Sent) {
			words[x][t.Lower] = true
		}
	}
	for x, a := range members {
		if Hedged(cp.c.Docs[a.Doc], a.Sent) {
			continue
		}
		ws := make([]string, 0, len(words[x]))
		for w := range words[x] {
			ws = append(ws, w)
		}
		slices.Sort(ws)
		for _, w := range ws {
			ant := Antonym(w)
			if ant == "" {
				continue
			}
			var yes, no []align.SentRef
			for y, b := range members {
				switch {
				case words[y][w] && !words[y][ant]:
					yes = append(yes, b)
				case words[y][ant] && !words[y][w] && !Hedged(cp.c.Docs[b.Doc], b.Sent):
					no = append(no, b)
				}
			}
			// The same event: the antonyms said of the same subject and
			// object ("won 40 games" and "lost in the first round" are two
			// events of one season).
			yes, no = cp.sameEvent(yes, w, no, ant)
			if len(no) == 0 || len(yes) == 0 {
				continue
			}
			gy, gn := cp.groupsOf(yes), cp.groupsOf(no)
			overlap := false
			for g := range gy {
				overlap = overlap || gn[g]
			}
			if overlap {
				continue
			}
			return news.Conflict{Kind: news.ConflictContradiction, Topic: w + " / " + ant,
				Sides: []news.Side{cp.side(yes, w), cp.side(no, ant)}}, true
		}
	}
	return news.Conflict{}, false
}

// mayOppose reports whether a word of an unhedged member has its antonym
// in some member, which antonymConflict needs to find anything: most
// claims hold no such pair, and are done without the maps of their words.
func (cp *comparer) mayOppose(members []align.SentRef) bool {
	var ants []string
	for _, m := range members {
		if Hedged(cp.c.Docs[m.Doc], m.Sent) {
			continue
		}
		for _, t := range cp.c.Docs[m.Doc].SentenceTokens(m.Sent) {
			if a := Antonym(t.Lower); a != "" {
				ants = append(ants, a)
			}
		}
	}
	if len(ants) == 0 {
		return false
	}
	for _, m := range members {
		for _, t := range cp.c.Docs[m.Doc].SentenceTokens(m.Sent) {
			if slices.Contains(ants, t.Lower) {
				return true
			}
		}
	}
	return false
}

// insideQuote reports whether a sentence lies inside a quotation that
// opened before it in its paragraph (a quoted passage of several sentences,
// or a paragraph that continues a quote).
func insideQuote(doc *text.Doc, s int) bool {
	return insideQuoteAt(doc, s, doc.Sentences[s].Start)
}

// insideQuoteAt reports whether byte offset at of sentence s lies inside
// quotation marks opened earlier in its paragraph.
func insideQuoteAt(doc *text.Doc, s, at int) bool {
	sent := doc.Sentences[s]
	start := sent.Start
	for k := s - 1; k >= 0 && doc.Sentences[k].Para == sent.Para; k-- {
		start = doc.Sentences[k].Start
	}
	before := text.FoldQuotes(doc.Article.Text[start:at])
	return strings.Count(before, `"`)%2 == 1
}

// firstPersonWords are the pronouns firstPerson looks for.
var firstPersonWords = english.List("compare/first-person")

// firstPerson reports whether a sentence speaks in the first person outside
// any quotation marks: in news prose that is quoted speech whose marks are
// elsewhere, which the quote stage reports.
func firstPerson(doc *text.Doc, s int) bool {
	for _, t := range doc.SentenceTokens(s) {
		if firstPersonWords.Has(lowerText(&t)) && t.Text != "US" { // "US" is the country
			return true
		}
	}
	return false
}

// lowerText is strings.ToLower(t.Text) without the copy where the token's
// Lower is the same: plain ASCII, with no doubled quote mark for
// text.FoldQuotes to fold.
func lowerText(t *text.Token) string {
	for i := 0; i < len(t.Text); i++ {
		if c := t.Text[i]; c >= 0x80 || (c == '`' || c == '\'') && i+1 < len(t.Text) && t.Text[i+1] == c {
			return strings.ToLower(t.Text)
		}
	}
	return t.Lower
}

// mentions reports whether a sentence names the day or year of d itself:
// then it gives both dates, and there is no difference between sources.
func mentions(s string, d DateExpr) bool {
	switch d.Kind {
	case "weekday", "year", "monthname":
		return strings.Contains(s, strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(d.Value, "last "), "next "), "this "))
	case "month", "fulldate":
		return strings.Contains(s, d.Value[:4])
	}
	return false
}

// lightNouns carry no predicate of their own: "no plan to visit" negates
// the visit.
var lightNouns = english.List("compare/light-nouns")

func negativeIdiom(s string) bool {
	low := strings.ToLower(s)
	return strings.Contains(low, "turned down") || strings.Contains(low, "yet to") || strings.Contains(low, "ruled out") ||
		strings.Contains(low, " out of ") || strings.Contains(low, "no longer")
}

// partitive reports whether the number at k counts a part of something
// named before it: "of which four", "including four", "four of them".
func partitive(toks []text.Token, k int) bool {
	if k >= 2 && toks[k-2].Lower == "of" && (toks[k-1].Lower == "which" || toks[k-1].Lower == "whom") {
		return true
	}
	if k >= 1 && toks[k-1].Lower == "including" {
		return true
	}
	return k+2 < len(toks) && toks[k+1].Lower == "of" && (toks[k+2].Lower == "them" || toks[k+2].Lower == "these" || toks[k+2].Lower == "those")
}

// sameEvent keeps the sentences of both sides whose antonym has a subject,
// and the same subject and object as some sentence of the other side.
func (cp *comparer) sameEvent(yes []align.SentRef, w string, no []align.SentRef, ant string) ([]align.SentRef, []align.SentRef) {
	type ev struct{ subj, obj string }
	read := func(r align.SentRef, word string) (ev, bool) {
		toks := cp.c.Docs[r.Doc].SentenceTokens(r.Sent)
		for k, t := range toks {
			if t.Lower == word {
				s, o := eventAround(toks, k)
				return ev{s, o}, s != ""
			}
		}
		return ev{}, false
	}
	var ky, kn []align.SentRef
	for _, y := range yes {
		ey, ok := read(y, w)
		if !ok {
			continue
		}
		for _, n := range no {
			if en, ok := read(n, ant); ok && en == ey {
				if !slices.Contains(ky, y) {
					ky = append(ky, y)
				}
				if !slices.Contains(kn, n) {
					kn = append(kn, n)
				}
			}
		}
	}
	return ky, kn
}

// plainNeighbours are the sentences of other independent reports aligned
// with ref at min or more that could affirm what ref denies: not hedged,
// and not negative themselves ("turned down", "has yet to").
func (cp *comparer) plainNeighbours(ref align.SentRef, min float64) []align.Scored {
	return cp.unnegatedNeighbours(ref, min, false)
}

// unnegatedNeighbours are plainNeighbours, with the hedged sentences kept
// when keepHedged is set.
func (cp *comparer) unnegatedNeighbours(ref align.SentRef, min float64, keepHedged bool) []align.Scored {
	var out []align.Scored
	for _, n := range cp.a.Neighbours(ref, min) {
		j := n.Ref
		if cp.c.Group[j.Doc] == cp.c.Group[ref.Doc] {
			continue
		}
		jdoc := cp.c.Docs[j.Doc]
		if !keepHedged && Hedged(jdoc, j.Sent) || len(Negations(jdoc, j.Sent)) > 0 || negativeIdiom(cp.sentText(j)) {
			continue
		}
		out = append(out, n)
	}
	return out
}
