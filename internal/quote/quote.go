// Package quote finds direct quotes and reported speech, their speakers and
// the chains through which they reached each outlet, and groups the same
// quote across reports.
package quote

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Result is what the quotes of a story show.
type Result struct {
	Quotes       []news.Quote
	Conflicts    []news.Conflict     // kind "speaker": the same words given to different speakers
	SingleSource []news.SingleSource // kind "quote"
	// Entities are the story's entities from the same name resolution the
	// speakers came from, so that the brief resolves names once.
	Entities []news.Entity
}

// item is one quote in one report.
type item struct {
	doc   int
	a     Attribution
	text  string
	stems map[string]bool
	// seq holds the same stems in the order the quote says them, each
	// quoted span's after the last's with "" between (sharedRun).
	seq     []string
	speaker string
}

// Analyze finds and groups the quotes of a story, and lists its entities
// with the speakers' role.
func Analyze(c *text.Corpus) Result {
	return AnalyzeWith(c, entity.Resolve(c))
}

// AnalyzeWith is Analyze with the story's names already resolved.
func AnalyzeWith(c *text.Corpus, r *entity.Resolver) Result {
	res := analyzeWith(c, r, group)
	res.Entities = r.Entities(res.Quotes)
	return res
}

// analyzeWith is AnalyzeWith with the grouping given, so that a benchmark
// can time the whole stage with the pairwise reference grouping too.
func analyzeWith(c *text.Corpus, r *entity.Resolver, group func([]item) [][]item) Result {
	var res Result
	for _, g := range group(collect(c, r)) {
		res.add(c, r, g)
	}
	return res
}

// collect finds the quotes of every report of the story, in report order;
// quotes with no content word are left out, as nothing can group them, and
// so are names and titles in quotation marks (Attribution.Title), which no
// one said.
func collect(c *text.Corpus, r *entity.Resolver) []item {
	var items []item
	for di, d := range c.Docs {
		for _, a := range Find(d, di, r) {
			// The title's words open the quote; words quoted after it in
			// the same clause are still someone's ("He wrote in “My
			// Twisted World” that ... made him “different from ...”").
			if a.Title {
				if a.Quoted = a.Quoted[1:]; len(a.Quoted) == 0 {
					continue
				}
			}
			var parts []string
			for _, q := range a.Quoted {
				parts = append(parts, strings.TrimSpace(d.Article.Text[q.Start:q.End]))
			}
			it := item{doc: di, a: a, text: strings.Join(parts, " … "), speaker: a.Speaker}
			it.stems, it.seq = quotedStems(d, a.Quoted)
			if len(it.stems) == 0 {
				continue
			}
			items = append(items, it)
		}
	}
	return items
}

// quotedStems are the stems of the content words inside the quotation
// marks, taken from the document's tokens: stemming them again would cost
// a third of the stage's time. seq is the same stems in the order they are
// said, the spans and sentences apart ("" between two).
func quotedStems(d *text.Doc, spans []Span) (m map[string]bool, seq []string) {
	m = map[string]bool{}
	for k, sp := range spans {
		if k > 0 && len(seq) > 0 && seq[len(seq)-1] != "" {
			seq = append(seq, "")
		}
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.Start })
		for ; i < len(d.Tokens) && d.Tokens[i].End <= sp.End; i++ {
			t := &d.Tokens[i]
			if t.Kind == text.Punct && strings.ContainsAny(t.Text, ".!?;") && len(seq) > 0 && seq[len(seq)-1] != "" {
				// A run of words ends with its sentence: "the Olympic
				// Torch Relay. The Olympic flame" says no "torch relay
				// Olympic".
				seq = append(seq, "")
			}
			if t.Kind != text.Punct && !t.Stop {
				m[t.Stem] = true
				seq = append(seq, t.Stem)
			}
		}
	}
	return m, seq
}

// wording scores two quotes as one quote in two wordings (overlap), or 0
// when they share no run of the quote's own words (sharedRun). Two
// sentences on one topic share its nouns, scattered: the Beijing
// committee's "The Olympic flame belongs to the world and these actions
// are a serious violation of the Olympic spirit" and another speaker's
// "the torch represents the Olympic spirit and people welcome the torch"
// share "torch", "Olympic", "spirit" and "people", four of six words, but
// no three of them in a row. A trimmed quote holds its words in the order
// of the full one, and a translation differs in a word or two, which
// leaves a run of three.
func wording(a, b *item) float64 {
	s := overlap(a.stems, b.stems)
	if s == 0 {
		return 0
	}
	small := min(len(a.stems), len(b.stems))
	if small <= 2 {
		return s // overlap asks the same words, all of them
	}
	shorter := a
	if len(b.stems) < len(a.stems) {
		shorter = b
	}
	if sharedRun(a.seq, b.seq) < runNeed(small, longestPiece(shorter.seq)) {
		return 0
	}
	return s
}

// runNeed is the run of words in a row two wordings of a quote of small
// stems share: three, or two of a quote of three words, and never more
// than the longest piece the shorter says between two breaks (""): "This
// is a massacre, man," ... "Who'd do something like this?" says two
// words a sentence (GVA 727759).
func runNeed(small, piece int) int {
	return max(1, min(3, small-1, piece))
}

// longestPiece is the most stems seq holds between two breaks.
func longestPiece(seq []string) int {
	best, n := 0, 0
	for _, w := range seq {
		if w == "" {
			n = 0
			continue
		}
		n++
		best = max(best, n)
	}
	return best
}

// sharedRun is the length of the longest run of stems that a and b both
// say in a row; "" (a break between two quoted spans) is in no run.
func sharedRun(a, b []string) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	// prev[j] is the run ending at a[i-1] and b[j-1].
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	best := 0
	for i := range a {
		for j := range b {
			if a[i] != "" && a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				best = max(best, cur[j+1])
			} else {
				cur[j+1] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// overlap scores two quotes as one quote in two wordings: the share of the
// shorter's content words that the longer holds, or 0 when they are not
// one quote. Translations differ in a word or two and trimmed quotes are
// contained in the full ones.
func overlap(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	return overlapScore(len(a), len(b), shared)
}

// overlapScore is overlap for a shorter quote of small stems and a longer
// of large stems that share shared stems.
func overlapScore(small, large, shared int) float64 {
	if small == 0 {
		return 0
	}
	if small <= 2 {
		if shared == small && small == large {
			return 1
		}
		return 0
	}
	if shared >= 3 && float64(shared) >= 0.6*float64(small) {
		return float64(shared) / float64(small)
	}
	return 0
}

// group joins the items that are one quote. Each group has a
// representative, its longest quote, and every member must be a wording of
// it (or contained in it): the closest pairs join first, and two groups join
// only when all their members are wordings of the longer representative.
// Single link would chain A~B~C and merge quotes A and C that say different
// things because a third shares words with both.
//
// Only the similar pairs are needed, and similarPairs finds them through an
// inverted index instead of comparing every pair: a large story has
// thousands of quotes, and the pairwise comparison was quadratic in them.
// The groups are exactly those of the pairwise method (group_ref_test.go).
func group(items []item) [][]item {
	pairs := similarPairs(items)
	// The pairwise method sorted its pairs, made in (i, j) order, stably by
	// score; sorting by score then (i, j) is the same order.
	slices.SortFunc(pairs, func(a, b simPair) int {
		if a.s != b.s {
			if a.s > b.s {
				return -1
			}
			return 1
		}
		if a.i != b.i {
			return cmp.Compare(a.i, b.i)
		}
		return cmp.Compare(a.j, b.j)
	})
	// Each item's similar items, sorted, in place of an n×n matrix.
	near := make([][]int32, len(items))
	for _, p := range pairs {
		near[p.i] = append(near[p.i], p.j)
		near[p.j] = append(near[p.j], p.i)
	}
	for _, l := range near {
		slices.Sort(l)
	}
	sim := func(x, y int) bool {
		_, ok := slices.BinarySearch(near[x], int32(y))
		return ok
	}
	of := make([]int, len(items)) // item -> group
	members := make([][]int, len(items))
	rep := make([]int, len(items)) // group -> its representative item
	for i := range items {
		of[i] = i
		members[i] = []int{i}
		rep[i] = i
	}
	longer := func(x, y int) int {
		if len(items[y].stems) > len(items[x].stems) || len(items[y].stems) == len(items[x].stems) && y < x {
			return y
		}
		return x
	}
	// fits reports whether every member of group g is a wording of r. The
	// members of r's own group are already: each joined as one.
	fits := func(g, r int) bool {
		if rep[g] == r {
			return true
		}
		for _, x := range members[g] {
			if x != r && !sim(x, r) {
				return false
			}
		}
		return true
	}
	for _, p := range pairs {
		a, b := of[p.i], of[p.j]
		if a == b {
			continue
		}
		r := longer(rep[a], rep[b])
		if !fits(a, r) || !fits(b, r) {
			continue
		}
		if b < a {
			a, b = b, a
		}
		for _, y := range members[b] {
			of[y] = a
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		rep[a] = r
	}
	var out [][]item
	for g := range members {
		if len(members[g]) == 0 {
			continue
		}
		idx := slices.Clone(members[g])
		sort.Ints(idx)
		its := make([]item, len(idx))
		for k, i := range idx {
			its[k] = items[i]
		}
		out = append(out, its)
	}
	return out
}

// simPair is two items, i < j, that overlap scores s > 0.
type simPair struct {
	i, j int32
	s    float64
}

// similarPairs returns every pair of items with overlap > 0, each once,
// without comparing every pair. A pair scores above 0 only when the
// shorter quote shares at least need(n) of its n stems with the longer
// (all of them when n <= 2), so at most n-need(n) of its stems are missing
// from the longer and any n-need(n)+1 of them include one the longer holds
// (prefix filtering, as in set-similarity joins). Each quote is therefore
// compared only with the quotes, at least as long, that hold one of its
// n-need(n)+1 rarest stems, found in an inverted index from stem to quotes;
// the rarest are taken because their lists are short, and a stem that
// recurs in every quote of the story ("say", "people") is looked up only
// by a quote that has nothing rarer. The score is overlap's, from the same
// counts, so the pairs and scores are exactly the pairwise method's.
func similarPairs(items []item) []simPair {
	ids := map[string]int32{}
	var df []int32 // stem id -> number of items that hold it
	toks := make([][]int32, len(items))
	for i, it := range items {
		t := make([]int32, 0, len(it.stems))
		for w := range it.stems {
			k, ok := ids[w]
			if !ok {
				k = int32(len(df))
				ids[w] = k
				df = append(df, 0)
			}
			df[k]++
			t = append(t, k)
		}
		toks[i] = t
	}
	post := make([][]int32, len(df)) // stem id -> items that hold it
	for i, t := range toks {
		slices.SortFunc(t, func(a, b int32) int {
			if df[a] != df[b] {
				return cmp.Compare(df[a], df[b])
			}
			return cmp.Compare(a, b)
		})
		for _, k := range t {
			post[k] = append(post[k], int32(i))
		}
	}
	var pairs []simPair
	seen := make([]int, len(items)) // item -> 1 + the last item that compared with it
	for x, t := range toks {
		nx := len(t)
		for _, k := range t[:probeLen(nx)] {
			for _, y := range post[k] {
				if int(y) == x || seen[y] == x+1 {
					continue
				}
				seen[y] = x + 1
				// Each pair is compared once, from its shorter quote (the
				// earlier on equal length), whose prefix the proof is about.
				if ny := len(toks[y]); ny < nx || ny == nx && int(y) < x {
					continue
				}
				if s := overlapScore(nx, len(toks[y]), sharedIn(t, toks[y], df)); s > 0 && wording(&items[x], &items[y]) > 0 {
					i, j := int32(x), y
					if j < i {
						i, j = j, i
					}
					pairs = append(pairs, simPair{i, j, s})
				}
			}
		}
	}
	return pairs
}

// sharedIn counts the stems two quotes share, their stem ids sorted rarest
// first (by number of items, then id) as similarPairs sorts them.
func sharedIn(a, b []int32, df []int32) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case df[a[i]] < df[b[j]] || df[a[i]] == df[b[j]] && a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// probeLen is how many of the rarest stems of a quote of n stems one of
// its wordings must hold: n minus the fewest shared stems overlap accepts,
// plus one.
func probeLen(n int) int {
	if n <= 2 {
		return min(n, 1)
	}
	need := 3
	for float64(need) < 0.6*float64(n) { // overlap's own test, in floats
		need++
	}
	return n - need + 1
}

func (res *Result) add(c *text.Corpus, r *entity.Resolver, g []item) {
	q := news.Quote{Chain: []string{}}
	speakers := map[string][]item{}
	var spOrder []string
	variants := map[string]int{}
	docs := []int{}
	for _, it := range g {
		id := c.IDs[it.doc]
		if !slices.Contains(q.Sources, id) {
			q.Sources = append(q.Sources, id)
			docs = append(docs, it.doc)
		}
		for _, s := range it.a.Content {
			q.Evidence = append(q.Evidence, news.Evidence{Source: id, Start: s.Start, End: s.End})
		}
		key := strings.ToLower(text.FoldQuotes(it.text))
		if vi, ok := variants[key]; ok {
			if !slices.Contains(q.Variants[vi].Sources, id) {
				q.Variants[vi].Sources = append(q.Variants[vi].Sources, id)
			}
		} else {
			variants[key] = len(q.Variants)
			q.Variants = append(q.Variants, news.Variant{Text: it.text, Sources: []string{id}})
		}
		if vi := variants[key]; true {
			for _, s := range it.a.Content {
				q.Variants[vi].Evidence = append(q.Variants[vi].Evidence, news.Evidence{Source: id, Start: s.Start, End: s.End})
			}
		}
		if k := speakerKey(it); k != "" {
			if _, ok := speakers[k]; !ok {
				spOrder = append(spOrder, k)
			}
			speakers[k] = append(speakers[k], it)
		}
	}
	// The speaker most sources give; the wording most sources carry, the
	// longest on a tie.
	nDocs := func(its []item) int {
		seen := map[int]bool{}
		for _, it := range its {
			seen[it.doc] = true
		}
		return len(seen)
	}
	bestSp := ""
	for _, s := range spOrder {
		if bestSp == "" || nDocs(speakers[s]) > nDocs(speakers[bestSp]) {
			bestSp = s
		}
	}
	if bestSp != "" {
		q.Speaker = speakers[bestSp][0].speaker
	} else if wordsIn(g) <= 2 {
		// A word or two in quotation marks that nobody says: a word cited
		// as a word ("the word “skinhead”") or held at a distance. A
		// reader learns nothing from it under "Unknown speaker".
		return
	}
	best := 0
	for i, v := range q.Variants {
		if len(v.Sources) > len(q.Variants[best].Sources) || len(v.Sources) == len(q.Variants[best].Sources) && len(v.Text) > len(q.Variants[best].Text) {
			best = i
		}
	}
	q.Text = q.Variants[best].Text
	q.Chain = chain(c, g, q.Speaker)
	res.Quotes = append(res.Quotes, q)

	if sides := conflictSides(c, r, spOrder, speakers); sides != nil {
		cf := news.Conflict{Kind: news.ConflictSpeaker, Topic: q.Text}
		for _, k := range sides {
			its := speakers[k]
			side := news.Side{Text: its[0].text, Value: its[0].speaker}
			for _, it := range its {
				id := c.IDs[it.doc]
				if !slices.Contains(side.Sources, id) {
					side.Sources = append(side.Sources, id)
				}
				for _, sp := range it.a.Content {
					side.Evidence = append(side.Evidence, news.Evidence{Source: id, Start: sp.Start, End: sp.End})
				}
			}
			cf.Sides = append(cf.Sides, side)
		}
		res.Conflicts = append(res.Conflicts, cf)
	}
	if c.Independent(docs) == 1 {
		t := q.Text
		if q.Speaker != "" {
			t = q.Speaker + ": “" + q.Text + "”"
		}
		res.SingleSource = append(res.SingleSource, news.SingleSource{Kind: news.SingleQuote, Text: t, Sources: slices.Clone(q.Sources), Evidence: q.Evidence})
	}
}

// wordsIn is the most words any report of the group quotes.
func wordsIn(g []item) int {
	n := 0
	for _, it := range g {
		n = max(n, len(strings.Fields(it.text)))
	}
	return n
}

// speakerKey is the speaker of an item as compared across reports: the
// resolved entity (one entity is one speaker, whatever each report calls
// it), else the source's own words without case or a leading article.
func speakerKey(it item) string {
	if it.speaker == "" {
		return ""
	}
	if it.a.Named {
		return "e:" + it.speaker
	}
	w := strings.ToLower(text.FoldQuotes(it.speaker))
	for _, art := range []string{"the ", "a ", "an "} {
		w = strings.TrimPrefix(w, art)
	}
	return "w:" + w
}

// speakerRef is one speaker as the conflict test sees it.
type speakerRef struct {
	name  string
	named bool     // an entity resolved across the story, not a role ("a U.S. official")
	typ   string   // its entity type
	affil []string // entities and countries its sources tie it to
}

// refOf describes the speaker of items that share a speaker key.
func refOf(r *entity.Resolver, its []item) speakerRef {
	it := its[0]
	ref := speakerRef{name: it.speaker, named: it.a.Named}
	if !ref.named {
		return ref
	}
	ref.typ = r.TypeOf(it.speaker)
	for _, x := range its {
		for _, a := range r.Affiliations(x.doc, x.a.Source.Start, x.a.Source.End, x.speaker) {
			if !slices.Contains(ref.affil, a) {
				ref.affil = append(ref.affil, a)
			}
		}
	}
	return ref
}

// clearlyDifferent reports whether two speakers given the same words are
// two people or bodies, so that the reports contradict each other on who
// said them. Precision first: a role without a name ("Iranian Foreign
// Minister", "Putin's spokesman") may be anyone, and an official speaks
// for the body or country he belongs to ("Iran" and "Iran's foreign
// minister", "the Kremlin" and a Russian minister).
func clearlyDifferent(a, b speakerRef) bool {
	if !a.named || !b.named || a.name == b.name {
		return false
	}
	if slices.Contains(a.affil, b.name) || slices.Contains(b.affil, a.name) {
		return false
	}
	if a.typ != news.EntityPerson || b.typ != news.EntityPerson {
		home := func(s speakerRef) []string {
			if s.typ == news.EntityPlace {
				return append([]string{s.name}, s.affil...)
			}
			return s.affil
		}
		ha, hb := home(a), home(b)
		for _, x := range ha {
			if slices.Contains(hb, x) {
				return false
			}
		}
	}
	return true
}

// conflictSides returns the speaker keys to show as the sides of a speaker
// conflict, or nil when the reports do not clearly give the same words to
// different people. Precision first, since a false difference misleads more
// than a missed one; a hand-judged sample of 96 stories found every looser
// rule wrong (docs/claims.md). A side is a named person: a headline, a
// company or a heading is no speaker to oppose. Two sides are one person
// when their names share the surname or one holds the other ("Chief James
// Steele"), and a speaker named inside the quoted words is their subject,
// not their author. The evidence is a pair of wordings of the same words,
// from different independent sources, each source giving them to one of
// the two speakers and not to the other.
func conflictSides(c *text.Corpus, r *entity.Resolver, order []string, speakers map[string][]item) []string {
	var keys []string
	var refs []speakerRef
	for _, k := range order {
		ref := refOf(r, speakers[k])
		if !ref.named || ref.typ != news.EntityPerson || !fullName(ref.name) || namedInQuote(ref.name, speakers[k]) {
			continue
		}
		keys = append(keys, k)
		refs = append(refs, ref)
	}
	// gives reports whether report d gives words like it's to speaker k.
	gives := func(k string, d int, it item) bool {
		for _, x := range speakers[k] {
			if x.doc == d && sameWords(x, it) {
				return true
			}
		}
		return false
	}
	opposed := func(ka, kb string) bool {
		for _, x := range speakers[ka] {
			for _, y := range speakers[kb] {
				if c.Group[x.doc] != c.Group[y.doc] && explicit(c, x) && explicit(c, y) && sameWords(x, y) && !gives(kb, x.doc, x) && !gives(ka, y.doc, y) {
					return true
				}
			}
		}
		return false
	}
	for i := range refs {
		for j := i + 1; j < len(refs); j++ {
			// A quote that names the other speaker relays the other's
			// words ("'Mr. Syed said, 'I don't want to hurt you ...,''
			// said Jordan", GVA 480358): no speaker given in another's
			// place.
			relayed := relaysWords(refs[j].name, speakers[keys[i]]) || relaysWords(refs[i].name, speakers[keys[j]])
			if !relayed && clearlyDifferent(refs[i], refs[j]) && !samePerson(refs[i].name, refs[j].name) && opposed(keys[i], keys[j]) {
				return []string{keys[i], keys[j]}
			}
		}
	}
	return nil
}

// explicit reports whether the report names the speaker right at the
// quote, with a speech cue: "X said", not "he said" or a speaker carried
// over from an earlier sentence, whose resolution may be the error.
func explicit(c *text.Corpus, it item) bool {
	src := it.a.Source
	if it.a.Cue == (Span{}) || src.End <= src.Start {
		return false
	}
	written := strings.ToLower(c.Docs[it.doc].Article.Text[src.Start:src.End])
	for _, w := range strings.Fields(strings.ToLower(it.speaker)) {
		// Any part of the name: Korean names put the family name first.
		if len(w) >= 3 && !entity.IsTitle(w) && strings.Contains(written, w) {
			return true
		}
	}
	return false
}

// fullName reports whether a speaker's name holds at least two words that
// are not titles: "Sarah Palin", not "Alaska Governor" or a lone "Cerar",
// which may be anyone the report named before.
func fullName(name string) bool {
	n := 0
	for _, w := range strings.Fields(name) {
		if !entity.IsTitle(w) {
			n++
		}
	}
	return n >= 2
}

// samePerson reports whether two names may be one person's: the surname
// (the last word, not a title) of one is a word of the other, or their
// surnames are spelling variants. "Chief James Steele" and "James Steele"
// are one; so, for this test, are "Barack Obama" and a headline misread as
// a name ("Obama Reverses Bush"). A first name alone is no person: "Ivette
// Miranda" and "Ivette Hernandez" are two.
func samePerson(a, b string) bool {
	fa, fb := nameWords(a), nameWords(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	la, lb := fa[len(fa)-1], fb[len(fb)-1]
	if slices.Contains(fb, la) || slices.Contains(fa, lb) {
		return true
	}
	return text.EditDistance(la, lb) <= 1 && min(len(la), len(lb)) >= 5
}

// nameWords are the lower-case words of a name that are not titles.
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if len(w) >= 3 && !entity.IsTitle(w) {
			out = append(out, w)
		}
	}
	return out
}

// namedInQuote reports whether the speaker's surname stands inside the
// words attributed to them: then the quote is about them, and the
// attribution is most likely a misreading.
func namedInQuote(name string, its []item) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	sur := strings.ToLower(f[len(f)-1])
	// The quote's words are its runs of letters and hyphens: a surname
	// with any other rune is none of them.
	for _, r := range sur {
		if !wordRune(r) {
			return false
		}
	}
	for _, it := range its {
		if holdsWord(strings.ToLower(it.text), sur) {
			return true
		}
	}
	return false
}

// wordRune reports whether r belongs to a word of namedInQuote's reading.
func wordRune(r rune) bool { return unicode.IsLetter(r) || r == '-' }

// holdsWord reports whether w, made of wordRunes, is one of s's words (its
// runs of wordRunes): found in s with no wordRune on either side. A match
// starts on a rune of s (w's first byte is no continuation byte), so the
// runes beside it are those the words of s are cut at, without cutting s
// into words.
func holdsWord(s, w string) bool {
	for i := 0; i <= len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		end := k + len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (k == 0 || !wordRune(before)) && (end == len(s) || !wordRune(after)) {
			return true
		}
		i = k + 1
	}
	return false
}

// relaysWords reports whether a quote gives another's words: the name's
// surname followed by a speech verb inside the quote ("Mr. Syed said,
// 'I don't want to hurt you'"). A quote that only names the other ("Putin
// and I agreed") is the speaker's own.
func relaysWords(name string, its []item) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	sur := strings.ToLower(f[len(f)-1])
	for _, it := range its {
		w := strings.FieldsFunc(strings.ToLower(it.text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
		for k := 0; k+1 < len(w); k++ {
			if w[k] == sur && english.SpeechVerbs.Has(w[k+1]) {
				return true
			}
		}
	}
	return false
}

// sameWords reports whether two items quote the same words: the shorter
// wording shares three quarters of its informative stems with the longer,
// and at least three. Two people rarely say the same words; two quotes on
// one topic often share a few ("trapped under the rubble").
func sameWords(x, y item) bool {
	small, large := x.stems, y.stems
	if len(small) > len(large) {
		small, large = large, small
	}
	if len(small) < 3 {
		return false
	}
	shared := 0
	for st := range small {
		if large[st] {
			shared++
		}
	}
	return float64(shared) >= 0.75*float64(len(small))
}

// chain runs from the speaker through whoever passed the words on to the
// outlet of the first source that names its outlet.
func chain(c *text.Corpus, g []item, speaker string) []string {
	out := []string{}
	if speaker != "" {
		out = append(out, speaker)
	}
	for _, it := range g {
		for _, v := range it.a.Via {
			if !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	for _, it := range g {
		if o := c.Docs[it.doc].Article.Outlet; o != "" {
			if !slices.Contains(out, o) {
				out = append(out, o)
			}
			break
		}
	}
	return out
}
