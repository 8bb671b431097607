// Package entity finds the people, organisations, places and other things a
// story is about, and merges their mentions across reports: spelling and
// transliteration variants, surnames and titles, acronyms and formal names.
//
// It works by rules, not by a trained tagger: runs of capitalised words,
// titles and demonyms before them, small gazetteers of world knowledge, and
// the story itself (a surname refers to a full name given elsewhere; an
// acronym to the formal name whose initials it spells). prose's NER was
// measured far too slow for the product's budget; see docs/quotes.md.
package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Resolver holds the names of one story, merged across its reports. The
// quote stage uses it to name speakers; Entities lists them for the brief.
type Resolver struct {
	c      *text.Corpus
	ms     []mention
	parent []int
	byDoc  [][]int // mention indices of each document, in text order
	roots  map[int]*root
}

type root struct {
	id       int
	typ, sub string
	canon    string
	desc     map[string]bool // nil until a member has a title
	ctry     map[string]bool // nil until a member has a country
	members  []int
	perDoc   map[int]int
	name     string
	gender   byte // 'f' or 'm' when members say so and none says otherwise
}

// Find returns the story's entities, merged across reports. Quotes give the
// speakers their role.
func Find(c *text.Corpus, quotes []news.Quote) []news.Entity {
	return Resolve(c).Entities(quotes)
}

// Resolve finds and merges the names of a story.
func Resolve(c *text.Corpus) *Resolver {
	return resolve(c, (*Resolver).mergeNames)
}

// resolve is Resolve with the name merging given, so that a test can run
// the pairwise reference in its place.
func resolve(c *text.Corpus, mergeNames func(*Resolver)) *Resolver {
	r := &Resolver{c: c, byDoc: make([][]int, len(c.Docs))}
	for di, d := range c.Docs {
		r.ms = append(r.ms, docMentions(d, di)...)
	}
	r.ms = dropCapitalisedByPosition(r.ms)
	r.parent = make([]int, len(r.ms))
	for i := range r.ms {
		r.parent[i] = i
		r.byDoc[r.ms[i].doc] = append(r.byDoc[r.ms[i].doc], i)
	}
	mergeNames(r)
	r.mergeStatements()
	r.mergeAcronyms()
	r.mergeShortForms()
	r.build()
	r.resolveDescriptors()
	r.build()
	// Every mention points at its root from here on, so that find only
	// reads: the stages of a brief share one Resolver on several
	// goroutines.
	for i := range r.parent {
		r.parent[i] = r.find(i)
	}
	return r
}

// dropCapitalisedByPosition drops single words capitalised only because
// they open a sentence or a quotation ("Asked", "Glory"), and runs
// capitalised only because their line is in title case ("Monster Sinkhole
// Devours Brooklyn Street"), unless the story uses them as names
// elsewhere or the gazetteer knows them.
func dropCapitalisedByPosition(ms []mention) []mention {
	named := map[string]bool{}
	for _, m := range ms {
		if m.descriptor >= 0 || m.titleCase {
			continue
		}
		if !m.initial || len(m.words) > 1 {
			named[m.key] = true
		}
		if len(m.words) > 1 {
			for _, w := range m.words {
				named[foldKey(w)] = true
			}
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if m.descriptor < 0 && (m.initial && len(m.words) == 1 || m.titleCase) && m.canon == "" && !m.honor && !named[m.key] {
			continue
		}
		out = append(out, m)
	}
	return out
}

func (r *Resolver) find(i int) int {
	if p := r.parent[i]; r.parent[p] == p {
		return p
	}
	for r.parent[i] != i {
		r.parent[i] = r.parent[r.parent[i]]
		i = r.parent[i]
	}
	return i
}

func (r *Resolver) union(a, b int) {
	a, b = r.find(a), r.find(b)
	if a == b {
		return
	}
	// A name, not "the president", stands for its group.
	if r.ms[a].descriptor >= 0 && r.ms[b].descriptor < 0 || (r.ms[a].descriptor >= 0) == (r.ms[b].descriptor >= 0) && b < a {
		a, b = b, a
	}
	r.parent[b] = a
}

// mergeNames joins mentions of one gazetteer entry, of one multi-word name,
// and person names that differ only in transliteration (Sergei/Sergey) or
// by a letter of a long given name or surname (samePersonWords).
func (r *Resolver) mergeNames() {
	persons := r.mergeSameNames()
	// Distinct person names (up to transliteration), their words once.
	seen := map[string]bool{}
	var distinct []int
	var words [][]string
	for _, i := range persons {
		k := translit(r.ms[i].key)
		if seen[k] {
			continue
		}
		seen[k] = true
		if w := strings.Fields(k); len(w) >= 2 {
			distinct = append(distinct, i)
			words = append(words, w)
		}
	}
	dropSuffixes(words)
	// Two names are one person only if their surnames are similar words:
	// equal, or (both of five bytes or more) one edit apart, or one the
	// other with a letter written twice (doubledLetter). Every such
	// pair shares a key of the surname's deletion neighbourhood (the word,
	// and the word less any one rune: a substitution leaves both equal
	// once that rune is gone, an insertion leaves the longer equal to the
	// shorter), so comparing only names that share a key finds every pair
	// that comparing all pairs did, without the quadratic cost in a story
	// of thousands of names.
	block := map[string][]int{} // key -> positions in distinct
	mark := make([]int, len(distinct))
	for x := range distinct {
		last := words[x][len(words[x])-1]
		mark[x] = -1
		for _, k := range deletionKeys(last) {
			for _, y := range block[k] {
				if mark[y] == x {
					continue
				}
				mark[y] = x
				if samePersonWords(words[y], words[x]) {
					r.union(distinct[y], distinct[x])
				}
			}
			block[k] = append(block[k], x)
		}
	}
	r.mergeFirstSurname(distinct, words)
}

// dropSuffixes takes the generational suffix off full names, so that
// "Arcade Joseph Comeaux Jr." is "Arcade Joseph Comeaux" and its surname
// Comeaux, not "Jr.". A story that names two generations of one name (a
// Jr. and a Sr.) keeps their suffixes: the bare name could be either man.
func dropSuffixes(words [][]string) {
	generations := map[string]map[string]bool{} // name without suffix -> its suffixes
	for _, w := range words {
		if base, suffix := splitSuffix(w); suffix != "" {
			k := strings.Join(base, " ")
			if generations[k] == nil {
				generations[k] = map[string]bool{}
			}
			generations[k][strings.TrimSuffix(suffix, ".")] = true
		}
	}
	for x, w := range words {
		if base, suffix := splitSuffix(w); suffix != "" && len(generations[strings.Join(base, " ")]) == 1 {
			words[x] = base
		}
	}
}

// splitSuffix returns a name of three words or more without its closing
// generational suffix, and the suffix ("" when there is none).
func splitSuffix(words []string) ([]string, string) {
	if n := len(words); n >= 3 && nameSuffixes.Has(words[n-1]) {
		return words[:n-1], words[n-1]
	}
	return words, ""
}

// mergeFirstSurname joins a two-word name to the one three-word name that
// opens with its two words: "Edgar Sanchez" is "Edgar Sanchez Rios", as
// Spanish and Portuguese names carry two surnames and news gives the first
// alone. Two such three-word names leave the short one to neither.
func (r *Resolver) mergeFirstSurname(distinct []int, words [][]string) {
	longer := map[string][]int{} // "given first-surname" -> positions of three-word names
	for x, w := range words {
		// A verb after a name is a headline's ("Yvonne Hiller Charged"),
		// not a second surname.
		if len(w) == 3 && len(w[1]) > 2 && !english.IsVerb(english.VerbLemma(w[2])) {
			k := w[0] + " " + w[1]
			longer[k] = append(longer[k], x)
		}
	}
	for x, w := range words {
		if len(w) != 2 {
			continue
		}
		if ys := longer[w[0]+" "+w[1]]; len(ys) == 1 {
			r.union(distinct[ys[0]], distinct[x])
		}
	}
}

// mergeSameNames joins mentions of one gazetteer entry and of one
// multi-word name (a person's up to transliteration), and returns the
// multi-word person mentions in order.
func (r *Resolver) mergeSameNames() (persons []int) {
	first := map[string]int{}
	for i, m := range r.ms {
		if m.descriptor >= 0 {
			continue
		}
		var k string
		switch {
		case m.canon != "":
			k = "g:" + m.canon
		case len(m.words) > 1 && m.typ == news.EntityPerson:
			k = "p:" + translit(m.key)
			persons = append(persons, i)
		case len(m.words) > 1:
			k = "n:" + m.key
		default:
			continue
		}
		if j, ok := first[k]; ok {
			r.union(j, i)
		} else {
			first[k] = i
		}
	}
	return persons
}

// deletionKeys returns w and, when similarWord lets w differ by an edit
// (five bytes or more), w less each of its runes; a shorter w, less each
// letter it writes twice. Invalid bytes become
// U+FFFD first, as text.EditDistance sees them.
func deletionKeys(w string) []string {
	short := len(w) < 5
	if !utf8.ValidString(w) {
		w = string([]rune(w))
	}
	keys := []string{w}
	if short {
		// A letter written twice is the one edit short words may
		// differ by (doubledLetter): the word less it is a key.
		return append(keys, undoubled(w)...)
	}
	for i := 0; i < len(w); {
		_, n := utf8.DecodeRuneInString(w[i:])
		keys = append(keys, w[:i]+w[i+n:])
		i += n
	}
	return keys
}

// samePersonWords reports whether two full names, as the words of their
// transliterated keys, are spellings of one person's name: same surname and
// first name up to transliteration, middle names free. Two people who share
// a surname differ in their given names.
func samePersonWords(wa, wb []string) bool {
	if len(wa) < 2 || len(wb) < 2 {
		return false
	}
	// "W. Mark Felt" is "Mark Felt", "F. Scott Fitzgerald" "Scott
	// Fitzgerald": a leading initial before a given name is not the name
	// the person goes by.
	if len(wa) > 2 && len(wa[0]) == 1 && len(wb[0]) > 1 && samePersonWords(wa[1:], wb) ||
		len(wb) > 2 && len(wb[0]) == 1 && len(wa[0]) > 1 && samePersonWords(wa, wb[1:]) {
		return true
	}
	return sameGivenName(wa[0], wb[0]) && similarWord(wa[len(wa)-1], wb[len(wb)-1]) &&
		(len(wa) == len(wb) && allSimilar(wa, wb) || len(wa) != len(wb) && len(wa) > 2 != (len(wb) > 2))
}

func allSimilar(a, b []string) bool {
	for i := range a {
		if !similarWord(a[i], b[i]) && (i > 0 || !sameGivenName(a[i], b[i])) {
			return false
		}
	}
	return true
}

// givenNameForms maps the short forms of given names to the full name
// each stands for ("greg" "gregory").
var givenNameForms = english.List("entity/given-name-forms")

// sameGivenName reports two given names that are one: similar words, or a
// short form and its full name, or two short forms of one full name ("Greg
// Mullen" and "Gregory Mullen", "Mike" and "Michael Edmonson").
func sameGivenName(a, b string) bool {
	if similarWord(a, b) {
		return true
	}
	fa, okA := givenNameForms.Value(a)
	fb, okB := givenNameForms.Value(b)
	return okA && (fa == b || okB && fa == fb) || okB && fb == a
}

func similarWord(a, b string) bool {
	if a == b || doubledLetter(a, b) || doubledLetter(b, a) {
		return true
	}
	if len(a) < 5 || len(b) < 5 {
		return false
	}
	return text.EditDistance(a, b) <= 1
}

// minDoubled is the shortest word, in runes, whose letter written twice
// is a spelling of it (doubledLetter).
const minDoubled = 3

// doubledLetter reports whether long is short with one of its letters
// written twice ("amil" / "amill", "philips" / "phillips"): the commonest
// slip in writing a name one has heard, and one that a short surname
// makes as well as a long one (GVA 491181: "Melody Amil" in two reports,
// "Melody Amill" in the third). Any other edit of a short word makes
// another name ("Hill" / "Hall", "Mark" / "Marc"), so it is this edit
// alone that words under five bytes may differ by. Runes are compared,
// invalid bytes as U+FFFD, as text.EditDistance sees them.
func doubledLetter(short, long string) bool {
	rs, rl := []rune(short), []rune(long)
	if len(rs) < minDoubled || len(rl) != len(rs)+1 {
		return false
	}
	return slices.Contains(undoubled(long), string(rs))
}

// undoubled is w less each letter it writes twice in a row, in runes: the
// short spellings of w that doubledLetter joins to it.
func undoubled(w string) []string {
	rs := []rune(w)
	var out []string
	if len(rs)-1 < minDoubled {
		return nil
	}
	for i := 1; i < len(rs); i++ {
		if rs[i] == rs[i-1] {
			out = append(out, string(rs[:i])+string(rs[i+1:]))
		}
	}
	return out
}

// translit maps the usual romanisation variants of Slavic, Arabic and
// Korean names, and Spanish names' "qu", to one spelling: Sergey/Sergei,
// Dmitriy/Dmitry, Aleksandr/Alexander, Ezequiel/Ezekiel.
func translit(key string) string {
	words := strings.Fields(key)
	for i, w := range words {
		w = strings.ReplaceAll(w, "ks", "x")
		switch {
		case strings.HasSuffix(w, "ey"):
			w = w[:len(w)-2] + "ei"
		case strings.HasSuffix(w, "iy") || strings.HasSuffix(w, "yi"):
			w = w[:len(w)-2] + "y"
		}
		w = strings.ReplaceAll(w, "ou", "u")
		w = strings.ReplaceAll(w, "kh", "h")
		// Spanish writes the English k as "qu" before e and i:
		// Ezequiel/Ezekiel, Joaquin/Joakin, Enrique/Enrike.
		w = strings.ReplaceAll(w, "que", "ke")
		w = strings.ReplaceAll(w, "qui", "ki")
		words[i] = w
	}
	return strings.Join(words, " ")
}

// mergeStatements joins names that the text says are one: "the Democratic
// People's Republic of Korea, North Korea's formal name", "Korean Central
// News Agency (KCNA)", "DPRK [North Korea]", "X, also known as Y".
func (r *Resolver) mergeStatements() {
	for di, idx := range r.byDoc {
		t := r.c.Docs[di].Article.Text
		for n := 0; n+1 < len(idx); n++ {
			a, b := &r.ms[idx[n]], &r.ms[idx[n+1]]
			if a.descriptor >= 0 || b.descriptor >= 0 || b.start < a.end {
				continue
			}
			gap := strings.TrimSpace(t[a.end:b.start])
			if len(gap) > 40 {
				continue
			}
			after := ""
			if gap == "," {
				after = strings.ToLower(text.FoldQuotes(t[b.end:min(len(t), b.end+40)]))
			}
			switch {
			case (gap == "(" || gap == "[") && aliasClose(t[b.end:]) && !datelineCredit(t, a, b) && !affiliationInBrackets(a, b):
				r.union(idx[n], idx[n+1])
			case gap == "," && (strings.HasPrefix(after, "'s formal name") || strings.HasPrefix(after, "'s official name") || strings.HasPrefix(after, "'s full name")):
				r.union(idx[n], idx[n+1])
			case gap == ", also known as" || gap == ", known as" || gap == ", formally" || gap == ", officially":
				r.union(idx[n], idx[n+1])
			case strings.HasSuffix(gap, ", the formal name of") || strings.HasSuffix(gap, ", the official name of"):
				r.union(idx[n], idx[n+1])
			case nicknameBetween(t, a, b, gap):
				r.union(idx[n], idx[n+1])
			}
		}
	}
}

// nicknameBetween reports a one-word name in quotation marks right after
// a given name and before a surname: "Jonathan “JD” De Guzman", whose "JD"
// is the name Jonathan goes by ("JD DeGuzman" in another report).
func nicknameBetween(t string, a, b *mention, gap string) bool {
	if len(a.words) != 1 || len(b.words) != 1 || gap != `"` && gap != "“" {
		return false
	}
	after := t[b.end:]
	for _, closing := range []string{`" `, "” "} {
		if rest, ok := strings.CutPrefix(after, closing); ok {
			return rest != "" && 'A' <= rest[0] && rest[0] <= 'Z'
		}
	}
	return false
}

// datelineCredit reports a news outlet in brackets after a name that is
// not one: the agency's credit of a dateline, "NEW ORLEANS (AP)", "PARIS
// (Reuters)", which is no second name of the place. Any name in brackets
// after a place in capitals and before a dash is a dateline's credit too:
// "CINCINNATI (Brad Underwood) --" (GVA 421650), "LOUISVILLE, KY (WAVE) -"
// (GVA 377047) name the reporter and the station, not the place.
func datelineCredit(t string, a, b *mention) bool {
	if b.sub == "news outlet" && a.sub != "news outlet" {
		return true
	}
	if strings.ToUpper(t[a.start:a.end]) != t[a.start:a.end] {
		return false
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(t[b.end:], " "), ")")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// affiliationInBrackets reports a person's name before a body's in
// brackets, or a body's before a person's: "Ta Meng (Basketball Player of
// Jiangsu Nangang Team)" tells whom the person plays for, and no person
// is another name of a body. An acronym on either side is left to the
// alias it may be ("Democratic People's Republic of Korea (DPRK)").
func affiliationInBrackets(a, b *mention) bool {
	if isAcronym(a.words) || isAcronym(b.words) {
		return false
	}
	return a.typ == news.EntityPerson && b.typ == news.EntityOrganization ||
		a.typ == news.EntityOrganization && b.typ == news.EntityPerson
}

// aliasClose reports whether the text after a name in brackets closes
// them or lists another form: "Democratic People's Republic of Korea
// (DPRK)". A caption's credit, "Diallo Davis (Photo: David Guralnick)", is
// no second name for the person before it.
func aliasClose(after string) bool {
	after = strings.TrimLeft(after, " ")
	return after == "" || strings.IndexByte("),;]", after[0]) >= 0
}

// mergeAcronyms joins an acronym to the name whose initials it spells, in
// the same report first, then anywhere in the story.
func (r *Resolver) mergeAcronyms() {
	// The names by their initials, each list in mention order, made once:
	// comparing every acronym with every name was quadratic in a story's
	// mentions, most of a big story's brief.
	var byInitials map[string][]int
	for i, m := range r.ms {
		if m.descriptor >= 0 || len(m.words) != 1 || !isAcronym(m.words) {
			continue
		}
		if byInitials == nil {
			byInitials = map[string][]int{}
			for j, o := range r.ms {
				if len(o.words) >= 2 {
					k := initials(o.words)
					byInitials[k] = append(byInitials[k], j)
				}
			}
		}
		acr := strings.ReplaceAll(strings.ToLower(m.words[0]), ".", "")
		if acr == "am" || acr == "pm" {
			// "at 11:30 AM local time": the half of a clock's day, no
			// one's initials ("Alejandro Mella").
			continue
		}
		best := -1
		for _, j := range byInitials[acr] {
			// A known acronym ("AP", the Associated Press) is no
			// person's initials: "Alcides Perez" is not the agency.
			if m.canon != "" && r.ms[j].typ == news.EntityPerson {
				continue
			}
			if best < 0 || r.ms[j].doc == m.doc && r.ms[best].doc != m.doc {
				best = j
			}
		}
		if best >= 0 {
			r.union(best, i)
		}
	}
}

func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		for _, p := range strings.Split(w, "-") {
			l := strings.ToLower(p)
			if l == "of" || l == "the" || l == "and" || l == "for" || l == "de" || p == "" {
				continue
			}
			b.WriteString(l[:1])
		}
	}
	return b.String()
}

// mergeShortForms joins a bare surname, given name or "Mr Kim" to the full
// name it stands for: among the people whose name has that word, the one the
// report names most, then the one the story names most. A bare name that
// speaks ("Willrich said", "said Willrich.") is first the one of them that
// its sentence or one of the two before names first (lastPlace): of "Lura
// Willrich said she is devastated that her son, Royal Willrich, is gone.
// “They killed my baby boy,” said Willrich." it is she who goes on
// talking, and of "Derrick Hale is overwhelmed ... Hale said" the
// grandfather, though a grandmother spoke before. A plural joins its
// singular.
func (r *Resolver) mergeShortForms() {
	type cand struct{ root, last, inDoc, total int }
	byWord := r.shortFormIndex()
	// An acronym already joined to the organisation whose initials it
	// spells ("SDPD", the San Diego Police Department) is that
	// organisation's: it joins no person's name that holds it ("Other
	// SDPD leaders", a headline's "SDPD Officer Killed").
	orgRoots := map[int]bool{}
	for i, m := range r.ms {
		if m.descriptor < 0 && len(m.words) > 1 && m.typ == news.EntityOrganization {
			orgRoots[r.find(i)] = true
		}
	}
	singles := map[string]int{}
	type docKey struct {
		doc int
		key string
	}
	spoke := map[docKey]int{} // the full name the report's last speaking short form stood for
	for i, m := range r.ms {
		surname := m.canon != "" && r.knownSurname(i, byWord)
		if m.descriptor >= 0 || len(m.words) != 1 || m.canon != "" && !surname || isAcronym(m.words) && orgRoots[r.find(i)] {
			continue
		}
		key := translit(m.key)
		cands := map[int]*cand{}
		for _, j := range byWord[key] {
			if surname && (r.ms[j].doc != m.doc || !lastWordIs(r.ms[j], key)) {
				continue
			}
			rt := r.find(j)
			c := cands[rt]
			if c == nil {
				c = &cand{root: rt}
				cands[rt] = c
			}
			c.total++
			if r.ms[j].doc == m.doc {
				c.inDoc++
				if m.speaks && r.ms[j].end <= m.start && !r.ms[j].object {
					c.last = max(c.last, r.lastPlace(j, m.start))
				}
			}
		}
		var best *cand
		for _, c := range cands {
			if best == nil || betterShortForm(c.last, c.inDoc, c.total, c.root, best.last, best.inDoc, best.total, best.root) {
				best = c
			}
		}
		if best != nil && m.speaks {
			// A speaker goes on: with no full name just before it, a
			// short form that speaks is the one the report's last
			// speaking short form of that name stood for.
			dk := docKey{m.doc, key}
			if prev, ok := spoke[dk]; ok && best.last == 0 {
				if c := cands[r.find(prev)]; c != nil {
					best = c
				}
			}
			spoke[dk] = best.root
		}
		if best != nil {
			if surname {
				// the person's, not the gazetteer's
				r.ms[i].canon, r.ms[i].typ, r.ms[i].sub = "", news.EntityPerson, ""
			}
			r.union(best.root, i)
			continue
		}
		if j, ok := singles[key]; ok {
			r.union(j, i)
		} else {
			singles[key] = i
		}
	}
	// Plurals and possessive plurals: "Kennedys" joins "Kennedy".
	for i, m := range r.ms {
		if m.descriptor >= 0 || len(m.words) != 1 || !strings.HasSuffix(m.key, "s") {
			continue
		}
		if j, ok := singles[translit(strings.TrimSuffix(m.key, "s"))]; ok {
			r.union(j, i)
		}
	}
}

// knownSurname reports whether mention i, one word that the gazetteer
// knows ("Holland", "Jordan"), is the surname of a person its report
// names in full ("Gerald Holland", "Scott Jordan", GVA 490351 and 480358,
// where the country spoke the man's quotes): the report's word speaks
// ("said Holland") and never follows a preposition ("in Jordan").
func (r *Resolver) knownSurname(i int, byWord map[string][]int) bool {
	m := r.ms[i]
	if len(m.words) != 1 || m.locative || m.object {
		return false
	}
	key := translit(m.key)
	found := false
	for _, j := range byWord[key] {
		if r.ms[j].doc == m.doc && lastWordIs(r.ms[j], key) {
			found = true
		}
	}
	if !found {
		return false
	}
	speaks := false
	for _, o := range r.ms {
		if o.doc == m.doc && o.key == m.key {
			if o.locative || o.object {
				return false
			}
			speaks = speaks || o.speaks
		}
	}
	return speaks
}

// lastWordIs reports whether a person's name as written ends on key (a
// translit key), its suffix aside.
func lastWordIs(m mention, key string) bool {
	w, _ := splitSuffix(strings.Fields(translit(m.key)))
	return len(w) > 1 && w[len(w)-1] == key
}

// shortFormIndex maps each word a short form may be to the multi-word
// mentions of people it may stand for.
func (r *Resolver) shortFormIndex() map[string][]int {
	byWord := map[string][]int{} // word -> multi-word person mentions
	for i, m := range r.ms {
		if m.descriptor < 0 && len(m.words) > 1 && m.sub == "team" {
			// "Steelers" is the Pittsburgh Steelers
			w := strings.Fields(translit(m.key))
			byWord[w[len(w)-1]] = append(byWord[w[len(w)-1]], i)
			continue
		}
		if m.descriptor < 0 && len(m.words) > 1 && m.typ == news.EntityPerson {
			w, _ := splitSuffix(strings.Fields(translit(m.key)))
			if !teamNames.Has(w[0]) {
				// a team's name before a player's ("Chargers WR
				// Jackson") is no given name of his
				byWord[w[0]] = append(byWord[w[0]], i)
			}
			if len(w) > 1 {
				byWord[w[len(w)-1]] = append(byWord[w[len(w)-1]], i)
			}
			if len(w) > 2 {
				// A hyphenated surname or given name, alone, is one
				// word whose key has two ("Acosta-Ramos", "acosta
				// ramos", of "Jason Acosta-Ramos").
				first, last := w[0]+" "+w[1], w[len(w)-2]+" "+w[len(w)-1]
				byWord[first] = append(byWord[first], i)
				byWord[last] = append(byWord[last], i)
			}
		}
	}
	return byWord
}

// betterShortForm orders the full names a short form may stand for: first
// the one named last before a short form that speaks (lastPlace; 0 for
// the others), then those the report names most, then those the story
// names most, then the first named.
func betterShortForm(last, inDoc, total, root, bLast, bInDoc, bTotal, bRoot int) bool {
	if last != bLast {
		return last > bLast
	}
	if inDoc != bInDoc {
		return inDoc > bInDoc
	}
	if total != bTotal {
		return total > bTotal
	}
	return root < bRoot
}

// lastPlace ranks mention j, a full name, for the short form that speaks
// at offset at: 0 unless j is the first person its sentence names (its
// subject, as a rule) and that sentence is the short form's or one of the
// two before; else later sentences rank higher. "... when her husband,
// Michael Teasley, was murdered" and "the shooting of Kaylee Reyes" name
// people the sentence is not about, and a name paragraphs back is no
// guide: the counts of the names decide then.
func (r *Resolver) lastPlace(j, at int) int {
	m := r.ms[j]
	ss := r.c.Docs[m.doc].Sentences
	sentenceOf := func(off int) int { return sort.Search(len(ss), func(i int) bool { return ss[i].End > off }) }
	si := sentenceOf(m.start)
	if si == len(ss) || sentenceOf(at)-si > 2 || apposedToNoun(r.c.Docs[m.doc].Article.Text[:m.start]) {
		return 0
	}
	idx := r.byDoc[m.doc]
	k := sort.Search(len(idx), func(n int) bool { return r.ms[idx[n]].start >= m.start })
	for n := k - 1; n >= 0 && r.ms[idx[n]].start >= ss[si].Start; n-- {
		if r.ms[idx[n]].typ == news.EntityPerson && r.ms[idx[n]].descriptor < 0 {
			return 0
		}
	}
	return si + 1
}

// apposedToNoun reports a name set after a common noun and a comma, the
// text before it ending so ("her husband, Michael Teasley"): it names
// whom the noun is, not the sentence's subject.
func apposedToNoun(before string) bool {
	t, ok := strings.CutSuffix(before, ", ")
	if !ok {
		return false
	}
	i := strings.LastIndexByte(t, ' ')
	w := t[i+1:]
	return w != "" && 'a' <= w[0] && w[0] <= 'z'
}

// build gathers each group of mentions into a root with its type and name.
func (r *Resolver) build() {
	r.roots = map[int]*root{}
	for i := range r.ms {
		rt := r.find(i)
		if r.ms[rt].descriptor >= 0 {
			continue // an unresolved "the president"
		}
		o := r.roots[rt]
		if o == nil {
			o = &root{id: rt, perDoc: map[int]int{}}
			r.roots[rt] = o
		}
		o.members = append(o.members, i)
		o.perDoc[r.ms[i].doc]++
	}
	for _, o := range r.roots {
		var votes typeVotes
		cue, loc := 0, 0
		var female, male bool
		for _, i := range o.members {
			m := &r.ms[i]
			female = female || m.gender == 'f'
			male = male || m.gender == 'm'

			for _, d := range m.desc {
				if o.desc == nil {
					o.desc = map[string]bool{}
				}
				o.desc[d] = true
			}
			for _, c := range m.countries {
				if o.ctry == nil {
					o.ctry = map[string]bool{}
				}
				o.ctry[c] = true
			}
			if m.canon != "" && o.canon == "" {
				o.canon = m.canon
			}
			if m.typ != "" {
				w := 1
				if len(m.words) > 1 || m.canon != "" {
					w = 2
				}
				votes.add(m.typ, m.sub, w)
			}
			if m.honor || len(m.desc) > 0 {
				votes.add(news.EntityPerson, "", 2)
			}
			// A name that speaks, or that a word of a man or a woman
			// stands before ("her son Kendall", "said Kendall."), is
			// someone's when nothing else types it.
			if m.cue || m.speaks || m.gender != 0 {
				cue++
			}
			if m.locative {
				loc++
			}
		}
		if b, ok := votes.best(); ok {
			o.typ, o.sub = b.typ, b.sub
		} else {
			switch {
			case cue > 0:
				o.typ, o.sub = news.EntityPerson, ""
			case loc > 0:
				o.typ, o.sub = news.EntityPlace, ""
			default:
				o.typ, o.sub = news.EntityOther, ""
			}
		}
		o.name = r.pickName(o)
		if female != male {
			o.gender = 'm'
			if female {
				o.gender = 'f'
			}
		}
	}
}

// typeVotes counts a root's members' votes for a type and subtype: a few
// kinds a root, so a list, and no "type/subtype" key built for each vote.
type typeVotes []typeVote

type typeVote struct {
	typ, sub string
	n        int
}

func (v *typeVotes) add(typ, sub string, w int) {
	for k := range *v {
		if (*v)[k].typ == typ && (*v)[k].sub == sub {
			(*v)[k].n += w
			return
		}
	}
	*v = append(*v, typeVote{typ, sub, w})
}

// best is the kind with the most votes; of equal votes, the one whose
// "type/subtype" sorts first.
func (v typeVotes) best() (typeVote, bool) {
	if len(v) == 0 {
		return typeVote{}, false
	}
	b := v[0]
	for _, k := range v[1:] {
		if k.n > b.n || k.n == b.n && slashLess(k, b) {
			b = k
		}
	}
	return b, true
}

// slashLess reports a.typ+"/"+a.sub < b.typ+"/"+b.sub without building
// either string.
func slashLess(a, b typeVote) bool {
	la, lb := len(a.typ)+1+len(a.sub), len(b.typ)+1+len(b.sub)
	for i := 0; i < la && i < lb; i++ {
		if ca, cb := slashAt(a, i), slashAt(b, i); ca != cb {
			return ca < cb
		}
	}
	return la < lb
}

func slashAt(v typeVote, i int) byte {
	switch {
	case i < len(v.typ):
		return v.typ[i]
	case i == len(v.typ):
		return '/'
	}
	return v.sub[i-len(v.typ)-1]
}

// pickName is the gazetteer's name, else the most used form with the most
// words (a full name over a surname), else the first.
func (r *Resolver) pickName(o *root) string {
	if o.canon != "" {
		return o.canon
	}
	count := map[string]int{}
	best := ""
	for _, i := range o.members {
		m := &r.ms[i]
		if m.descriptor >= 0 {
			continue
		}
		n := strings.Join(m.words, " ")
		count[n]++
		bw, nw := len(strings.Fields(best)), len(m.words)
		if best == "" || nw > bw || nw == bw && count[n] > count[best] {
			best = n
		}
	}
	return best
}

// resolveDescriptors sends "the Russian leader" to the nearest person before
// it in the same report whose titles and nationality fit, else to the person
// of the story who fits and is named most.
func (r *Resolver) resolveDescriptors() {
	for di, idx := range r.byDoc {
		for n, i := range idx {
			m := &r.ms[i]
			if m.descriptor < 0 {
				continue
			}
			target := -1
			for b := n - 1; b >= 0 && target < 0; b-- {
				j := idx[b]
				if r.ms[j].descriptor >= 0 && r.find(j) == j {
					continue
				}
				if o := r.roots[r.find(j)]; o != nil && fits(o, m) {
					target = o.id
				}
			}
			if target < 0 {
				bestN := 0
				// r.roots is a map: of two roots that score the same,
				// the first made wins, so the brief is the same from
				// run to run.
				for _, o := range r.roots {
					if n := o.perDoc[di]*100 + len(o.members); fits(o, m) && (n > bestN || n == bestN && n > 0 && o.id < target) {
						bestN, target = n, o.id
					}
				}
			}
			if target >= 0 {
				r.union(target, i)
			}
		}
	}
}

func fits(o *root, m *mention) bool {
	if o.typ != news.EntityPerson {
		return false
	}
	head := m.desc[m.descriptor]
	ok := o.desc[head]
	if !ok && headTitles.Has(head) {
		for d := range o.desc {
			if headTitles.Has(d) {
				ok = true
				break
			}
		}
	}
	if !ok {
		return false
	}
	for _, c := range m.countries {
		if !o.ctry[c] {
			return false
		}
	}
	return true
}

// Name returns the name of the entity mentioned in doc's text[start:end] (a
// person before anything else), resolved across the story.
func (r *Resolver) Name(doc, start, end int) (name, typ string, ok bool) {
	var found *root
	for _, i := range r.byDoc[doc] {
		m := &r.ms[i]
		if m.start < start || m.end > end {
			continue
		}
		o := r.roots[r.find(i)]
		if o == nil {
			continue
		}
		if found == nil || typeRank[o.typ] > typeRank[found.typ] {
			found = o
		}
	}
	if found == nil {
		return "", "", false
	}
	return found.name, found.typ, true
}

// typeRank orders the types a speaker most likely has.
var typeRank = map[string]int{news.EntityPerson: 3, news.EntityOrganization: 2, news.EntityOther: 1}

// LastName returns the last entity mentioned in doc's text[start:end], its
// span and its name resolved across the story.
func (r *Resolver) LastName(doc, start, end int) (s, e int, name string, ok bool) {
	for _, i := range r.byDoc[doc] {
		m := &r.ms[i]
		if m.start < start || m.end > end {
			continue
		}
		if o := r.roots[r.find(i)]; o != nil {
			s, e, name, ok = m.start, m.end, o.name, true
		}
	}
	return s, e, name, ok
}

// FirstName is LastName for the first entity, a person before anything else.
func (r *Resolver) FirstName(doc, start, end int) (s, e int, name string, ok bool) {
	rank := -1
	for _, i := range r.byDoc[doc] {
		m := &r.ms[i]
		if m.start < start || m.end > end {
			continue
		}
		if o := r.roots[r.find(i)]; o != nil && typeRank[o.typ] > rank {
			s, e, name, ok, rank = m.start, m.end, o.name, true, typeRank[o.typ]
		}
	}
	return s, e, name, ok
}

// SubjectBefore returns the last person before off who is the subject of
// a sentence (the one a later "he" most likely means), as the annotation
// reads it, and where the mention starts.
func (r *Resolver) SubjectBefore(doc, off int) (string, int, bool) {
	d := r.c.Docs[doc]
	a := d.Annotation()
	idx := r.byDoc[doc]
	for si := len(d.Sentences) - 1; si >= 0; si-- {
		if d.Sentences[si].Start >= off {
			continue
		}
		_, head := a.SentenceSubject(si)
		if head < 0 {
			continue
		}
		h := d.Tokens[head]
		if h.End > off {
			continue
		}
		sp, _ := a.SentenceSubject(si)
		for j, n := range idx {
			m := &r.ms[n]
			if m.start > h.Start {
				break
			}
			if m.end < h.End {
				continue
			}
			if o := r.roots[r.find(n)]; o != nil && o.typ == news.EntityPerson && !group(o.name) {
				// "Malcom Hunt of Pastors United said": the subject is the
				// person named first, not the name in the "of" phrase
				// that the tagger's head falls in.
				if name, at, ok := r.personBeforeOf(doc, idx[:j], sp, m.start); ok {
					return name, at, true
				}
				return o.name, m.start, true
			}
		}
	}
	return "", 0, false
}

// personBeforeOf is the person named at the opening of a subject (from
// byte start) when the mention at byte at sits in an "of" phrase after it
// ("Malcom Hunt of Pastors United", "John Ging, the head of the UN Relief
// and Works agency"): the subject is that person, and the name after "of"
// is where they work.
func (r *Resolver) personBeforeOf(doc int, before []int, sp text.TokenSpan, at int) (string, int, bool) {
	d := r.c.Docs[doc]
	if sp.Empty() {
		return "", 0, false
	}
	start := d.Tokens[sp.Start].Start
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > at }) - 1
	if k >= 0 && (d.Tokens[k].Lower == "the" || d.Tokens[k].Lower == "a") {
		k--
	}
	if k < 0 || d.Tokens[k].Lower != "of" {
		return "", 0, false
	}
	for _, n := range before {
		m := &r.ms[n]
		if m.start < start || m.end > d.Tokens[k].Start {
			continue
		}
		if m.start > start {
			return "", 0, false
		}
		if o := r.roots[r.find(n)]; o != nil && o.typ == news.EntityPerson && !group(o.name) {
			return o.name, m.start, true
		}
		return "", 0, false
	}
	return "", 0, false
}

// group reports a name whose last word is a nationality in the plural
// ("Israelis", "Nine Israelis"): people, never the one a "he" or a "she"
// stands for.
func group(name string) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	base, ok := strings.CutSuffix(w, "s")
	if !ok {
		return false
	}
	_, dem := lookupFold(demonyms(), base)
	return dem
}

// PersonBefore returns the person named last before offset off in doc,
// for a pronoun to refer to.
func (r *Resolver) PersonBefore(doc, off int) (string, bool) {
	name, _, ok := r.LastPerson(doc, off)
	return name, ok
}

// LastPerson returns the person named last before offset off in doc, with
// the offset where that mention ends.
func (r *Resolver) LastPerson(doc, off int) (string, int, bool) {
	idx := r.byDoc[doc]
	for n := len(idx) - 1; n >= 0; n-- {
		m := &r.ms[idx[n]]
		if m.end > off {
			continue
		}
		if o := r.roots[r.find(idx[n])]; o != nil && o.typ == news.EntityPerson && !group(o.name) {
			return o.name, m.end, true
		}
	}
	return "", 0, false
}

// TypeOf returns the type of the entity called name, or "".
func (r *Resolver) TypeOf(name string) string {
	if o := r.rootNamed(name); o != nil {
		return o.typ
	}
	return ""
}

// Gender returns 'f' when the words written in front of the person called
// name say she is a woman or a girl, 'm' when they say a man or a boy, and
// 0 when none says or they disagree.
func (r *Resolver) Gender(name string) byte {
	if o := r.rootNamed(name); o != nil {
		return o.gender
	}
	return 0
}

// rootNamed is the entity called name, or nil. Two entities may share a
// name (a person and a place "Jordan"): the one with more mentions, then
// the first made, answers, whatever the order of the map.
func (r *Resolver) rootNamed(name string) *root {
	var found *root
	for _, o := range r.roots {
		if o.name == name && (found == nil || len(o.members) > len(found.members) || len(o.members) == len(found.members) && o.id < found.id) {
			found = o
		}
	}
	return found
}

// Entities lists the story's entities, the most mentioned first.
func (r *Resolver) Entities(quotes []news.Quote) []news.Entity {
	// Each source's place in the story, looked up once: Corpus.IndexOf
	// walks the ids, a fifth of a 975-report story's stage when sorting
	// every entity's sources called it.
	order := make(map[string]int, len(r.c.IDs))
	for i := len(r.c.IDs) - 1; i >= 0; i-- {
		order[r.c.IDs[i]] = i
	}
	speakers := map[string]bool{}
	for _, q := range quotes {
		speakers[q.Speaker] = true
	}
	out := make([]news.Entity, 0, len(r.roots))
	for _, o := range r.roots {
		if o.name == "" {
			continue
		}
		e := news.Entity{Name: o.name, Type: o.typ, Subtype: o.sub, Mentions: len(o.members), Aliases: []string{}}
		seenAlias := map[string]bool{foldKey(o.name): true}
		docs := map[int]bool{}
		members := slices.Clone(o.members)
		sort.Ints(members)
		for _, i := range members {
			m := &r.ms[i]
			docs[m.doc] = true
			e.Evidence = append(e.Evidence, news.Evidence{Source: r.c.IDs[m.doc], Start: m.start, End: m.end})
			if m.descriptor >= 0 {
				continue
			}
			// The alias and its key are built on the stack; only a new
			// alias is kept.
			var ab, kb [128]byte
			a := appendSpaced(ab[:0], m.words)
			if k := appendFoldKey(kb[:0], a); !seenAlias[string(k)] {
				seenAlias[string(k)] = true
				e.Aliases = append(e.Aliases, string(a))
			}
		}
		for d := range docs {
			e.Sources = append(e.Sources, r.c.IDs[d])
		}
		slices.SortFunc(e.Sources, func(a, b string) int { return order[a] - order[b] })
		switch {
		case speakers[e.Name]:
			e.Role = news.RoleSpeaker
		case e.Type == news.EntityPlace:
			e.Role = news.RolePlace
		default:
			e.Role = news.RoleSubject
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b news.Entity) int {
		if a.Mentions != b.Mentions {
			return b.Mentions - a.Mentions
		}
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		// One name, two entities ("Terre Haute" a place after "in", a
		// person elsewhere): the order of their first mentions, not of
		// the roots' map, so that every run lists them alike.
		ea, eb := a.Evidence[0], b.Evidence[0]
		if ea.Source != eb.Source {
			return order[ea.Source] - order[eb.Source]
		}
		return ea.Start - eb.Start
	})
	return out
}

// Affiliations lists what the source written in doc's text[start:end] ties
// the speaker called name to: the other entities it names ("Iran" in
// "Iran's foreign minister", "Putin" in "Putin's spokesman"), the countries
// of its demonyms ("Iranian Foreign Minister Manouchehr Mottaki"), the
// countries the story gives that speaker anywhere, and the country a seat of
// government or a state outlet speaks for ("Kremlin": Russia). The quote
// stage uses them to tell an official speaking for a body from a second
// speaker.
func (r *Resolver) Affiliations(doc, start, end int, name string) []string {
	var out []string
	add := func(s string) {
		if s != "" && s != name && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	addRoot := func(o *root) {
		for c := range o.ctry {
			add(c)
		}
		if c, ok := lookupFold(homeCountry(), o.name); ok {
			add(c)
		}
	}
	for _, i := range r.byDoc[doc] {
		m := &r.ms[i]
		if m.start < start || m.end > end {
			continue
		}
		for _, c := range m.countries {
			add(c)
		}
		if o := r.roots[r.find(i)]; o != nil {
			add(o.name)
			addRoot(o)
		}
	}
	if start < end {
		toks := r.c.Docs[doc].Tokens
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
		for ; k < len(toks) && toks[k].End <= end; k++ {
			if k+1 < len(toks) && toks[k+1].End <= end {
				if c, ok := lookupFold2(demonyms(), toks[k].Text, toks[k+1].Text); ok {
					add(c)
					k++
					continue
				}
			}
			if c, ok := lookupFold(demonyms(), toks[k].Text); ok && toks[k].Cap {
				add(c)
			}
		}
	}
	for _, o := range r.roots {
		if o.name == name {
			addRoot(o)
		}
	}
	sort.Strings(out)
	return out
}
