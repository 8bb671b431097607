package compare

import (
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A name slot is the place of one person in one statement that two
// independent sources tell alike: the words on one side of the person's
// name are shared, in order, and each source puts a different person
// there ("Detective Cooper stated that Rico Richie, 32 of Dunbar, was
// killed" / "Jamaine Sutton, 32, of Dunbar was killed in the shooting";
// "... as 17-year-old Jonah Barley (left) and 19-year-old Perry Duckles
// (right)" / "The victims were 17-year-old Jonah Barley and 19-year-old
// Raekwon Manigault, according to family members"). The victim, the
// agent, the speaker or the holder of a title is named differently: a
// name difference, or a speaker difference beside a verb of speech.
//
// nameHunk reads the same between near-identical sentences only and needs
// the hunk to be the names alone; a paraphrase puts other words in the
// hunk beside the name ("stated that", "right"). Here the name must stand
// at the edge of its hunk, next to a run of slotFrame shared words with a
// content word among them, on the same side in both sentences, and the
// story's entity layer must read both as persons that it does not merge.
const slotFrame = 2

// slotSim is the least alignment similarity of two sentences whose name
// slots are compared. It is under substitutionSim: the two names are a
// large part of what two short sentences share when the names agree, so
// a changed name takes their similarity under the pairs substitutions
// compare ("On Friday evening, Zimmerman identified Jesse Michael Gomez,
// 52, as the suspect": 0.234 against the same words with another name).
// The frame and the two persons decide.
const slotSim = 0.2

// nameRun is a run of name words inside a hunk: x[a:b].
type nameRun struct{ a, b int }

// slotNames finds the name slots of the story's sentence pairs, leaving out
// the sentences an earlier name or speaker difference covers.
func (cp *comparer) slotNames(earlier []news.Conflict) []news.Conflict {
	covered := coveredSentences(cp, earlier, news.ConflictName)
	for r := range coveredSentences(cp, earlier, news.ConflictSpeaker) {
		covered[r] = true
	}
	var found []subFinding
	lists := cp.listSentences(covered)
	for d := range cp.c.Docs {
		for s := range cp.c.Docs[d].Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if !cp.a.Active(ref) || covered[ref] {
				continue
			}
			found = append(found, cp.slotFindings(ref, covered)...)
			found = append(found, cp.listMates(ref, lists)...)
		}
	}
	return cp.mergeSubstitutions(found)
}

// minListed is the fewest people a sentence names for listMates to read it
// as a list.
const minListed = 3

// listSentences are the sentences that name minListed people or more, by
// each person they name (the entity layer's name).
func (cp *comparer) listSentences(covered map[align.SentRef]bool) map[string][]align.SentRef {
	out := map[string][]align.SentRef{}
	for d := range cp.c.Docs {
		for s := range cp.c.Docs[d].Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if !cp.a.Active(ref) || covered[ref] {
				continue
			}
			ts := cp.subTokens(ref)
			ps := cp.listPersons(ref, ts)
			if len(ps) < minListed || !oneList(ts, ps) {
				continue
			}
			seen := map[string]bool{}
			for _, p := range ps {
				if !seen[p.name] {
					seen[p.name] = true
					out[p.name] = append(out[p.name], ref)
				}
			}
		}
	}
	return out
}

// oneList reports whether the persons ps of a sentence (its tokens ts)
// stand in one list: nothing between two of them but "and", "or" and
// their ages ("Jay Inslee, Jake Long and Jordan Ebner"; "Rebeika Powell
// and Kayetie Melchor, 33-year-old Misty Nunley"). A sentence that names
// people in several places of its clauses tells several facts of them.
func oneList(ts []subToken, ps []listPerson) bool {
	for i := 1; i < len(ps); i++ {
		for _, t := range ts[ps[i-1].run.b:ps[i].run.a] {
			if t.Lower != "and" && t.Lower != "or" && t.Kind != text.Number && !ageWord(t.Lower) {
				return false
			}
		}
	}
	return true
}

// listMates compares a sentence that lists people with the lists of other
// independent sources that name two of its people or more and that the
// alignment does not give as its near neighbours: a list of the same
// people told beside other words ("friends ... shared memories of their
// lost classmates, Anna Bui, Jake Long and Jordan Ebner" / "Anna Bui,
// Jordan Ebner and Jake Long have been identified as the victims"),
// whose similarity the names make most of. They are compared as
// listFinding compares lists of one month, one odd person on each side
// and nothing else; reports months apart are left out.
func (cp *comparer) listMates(ref align.SentRef, lists map[string][]align.SentRef) []subFinding {
	x := cp.subTokens(ref)
	px := cp.listPersons(ref, x)
	if len(px) < minListed || !oneList(x, px) {
		return nil
	}
	near := map[align.SentRef]bool{}
	for i, n := range cp.a.Neighbours(ref, slotSim) {
		if i >= maxNeighbours {
			break
		}
		near[n.Ref] = true
	}
	count := map[align.SentRef]int{}
	seen := map[string]bool{}
	for _, p := range px {
		if seen[p.name] {
			continue
		}
		seen[p.name] = true
		for _, o := range lists[p.name] {
			if o.Doc > ref.Doc && cp.c.Group[o.Doc] != cp.c.Group[ref.Doc] && !near[o] {
				count[o]++
			}
		}
	}
	var cands []align.SentRef
	for o, n := range count {
		if n >= 2 {
			cands = append(cands, o)
		}
	}
	slices.SortFunc(cands, func(a, b align.SentRef) int {
		if a.Doc != b.Doc {
			return a.Doc - b.Doc
		}
		return a.Sent - b.Sent
	})
	var out []subFinding
	for _, o := range cands {
		y := cp.subTokens(o)
		if !hasLowerWord(x) || !hasLowerWord(y) {
			continue
		}
		if cp.monthsApart(ref.Doc, o.Doc) {
			continue
		}
		// o is a list too (listSentences).
		py := cp.listPersons(o, y)
		ox, shared := oddPersons(px, py)
		oy, _ := oddPersons(py, px)
		if len(ox) != 1 || len(oy) != 1 || shared < 2 {
			continue
		}
		if f, ok := cp.twoNamed(ox[0].run, oy[0].run, x, y, ref, o); ok {
			f.refs = [2]align.SentRef{ref, o}
			out = append(out, f)
		}
	}
	return out
}

// slotFindings compares one sentence with its neighbours of other
// independent sources.
func (cp *comparer) slotFindings(ref align.SentRef, covered map[align.SentRef]bool) []subFinding {
	var out []subFinding
	x := cp.subTokens(ref)
	if len(x) == 0 {
		return nil
	}
	for i, n := range cp.a.Neighbours(ref, slotSim) {
		if i >= maxNeighbours {
			break
		}
		o := n.Ref
		if o.Doc <= ref.Doc || covered[o] || cp.c.Group[o.Doc] == cp.c.Group[ref.Doc] {
			continue
		}
		y := cp.subTokens(o)
		if len(y) == 0 || !hasLowerWord(x) || !hasLowerWord(y) {
			continue
		}
		if cp.monthsApart(ref.Doc, o.Doc) {
			// Reports months apart may tell of other hearings and other
			// officials in one frame; a list of people each given an age
			// names the same people whenever it is told (listFinding).
			if f, ok := cp.listFinding(x, y, ref, o, true); ok {
				f.refs = [2]align.SentRef{ref, o}
				out = append(out, f)
			}
			continue
		}
		slot := false
		for _, h := range hunks(x, y) {
			f, ok := cp.slotFinding(h, x, y, ref, o)
			if ok {
				f.refs = [2]align.SentRef{ref, o}
				out = append(out, f)
				slot = true
			}
		}
		// Lists of people in another order: no hunk is the name alone.
		if f, ok := cp.listFinding(x, y, ref, o, false); ok && !slot {
			f.refs = [2]align.SentRef{ref, o}
			out = append(out, f)
		}
	}
	return out
}

// slotFinding reads one hunk as two persons in one slot.
func (cp *comparer) slotFinding(h hunk, x, y []subToken, rx, ry align.SentRef) (subFinding, bool) {
	if h.xb == h.xa || h.yb == h.ya {
		return subFinding{}, false
	}
	nx, ny, ok := slotRuns(h, x, y, cp.lowerWords())
	if !ok {
		return subFinding{}, false
	}
	return cp.twoNamed(nx, ny, x, y, rx, ry)
}

// twoNamed reads the name runs x[nx] and y[ny], which two sentences put in
// one place, as two people: a name difference, or a speaker difference
// beside a verb of speech.
func (cp *comparer) twoNamed(nx, ny nameRun, x, y []subToken, rx, ry align.SentRef) (subFinding, bool) {
	return cp.twoNamedIn(nx, ny, x, y, rx, ry, x, y)
}

// twoNamedIn is twoNamed where the words of wx and wy are the sentences'
// words that twoPeople reads for the other's name (agePair: the words
// beside the names of the persons both lists name).
func (cp *comparer) twoNamedIn(nx, ny nameRun, x, y []subToken, rx, ry align.SentRef, wx, wy []subToken) (subFinding, bool) {
	a, b := unpossessed(x[nx.a:nx.b]), unpossessed(y[ny.a:ny.b])
	if !twoPeople(a, b, wx, wy) {
		return subFinding{}, false
	}
	// A lone word against another full name needs the sentences as alike
	// as the pairs substitutions compares: a short name slot of two
	// unlike sentences is as often a title ("in `` Van Helsing" / "Jackman
	// has come into his own").
	if (len(a) == 1) != (len(b) == 1) && cp.a.Similarity(rx, ry) < substitutionSim {
		return subFinding{}, false
	}
	if cp.weekdaysApart(rx, ry) {
		return subFinding{}, false
	}
	va, vb := joinSub(a), joinSub(b)
	da, db := cp.c.Docs[rx.Doc], cp.c.Docs[ry.Doc]
	// Each report naming both speaks of two people; a story that writes
	// the two words as one name ("Emarjae Watkins") names one person.
	if docHas(da, vb) && docHas(db, va) || cp.oneName(a, b) || !cp.twoPersons(rx.Doc, a, ry.Doc, b) {
		return subFinding{}, false
	}
	kind := news.ConflictName
	sx := speakerSlot(x, nx.a) || speakerSlot(x, nx.b-1)
	sy := speakerSlot(y, ny.a) || speakerSlot(y, ny.b-1)
	if sx || sy {
		kind = news.ConflictSpeaker
	}
	// A lone word that speaks against another full name that does not
	// ("... injuring one, Edmonson said" / "Deputy Brad Garafola were
	// killed"): two parts of the sentence, not one slot.
	if (len(a) == 1) != (len(b) == 1) && sx != sy {
		return subFinding{}, false
	}
	return subFinding{kind: kind, topic: subTopic(x, nx.a, nx.b), vals: [2]string{va, vb}}, true
}

// weekdaysApart reports two sentences that each date what they tell by a
// weekday, in reports published more than six days apart: two days, so
// two acts ("Meyer was arraigned Tuesday before District Judge Daniel
// McGuire" in January, "a preliminary hearing Tuesday before Magisterial
// District Judge Richard Dougherty" in April, GVA 483049), not one slot
// named two ways.
func (cp *comparer) weekdaysApart(rx, ry align.SentRef) bool {
	px, py := cp.published(rx.Doc), cp.published(ry.Doc)
	if px.IsZero() || py.IsZero() || !hasWeekday(cp.datesOf(rx)) || !hasWeekday(cp.datesOf(ry)) {
		return false
	}
	gap := px.Sub(py)
	return gap > 6*24*time.Hour || gap < -6*24*time.Hour
}

func hasWeekday(ds []DateExpr) bool {
	return slices.ContainsFunc(ds, func(d DateExpr) bool { return d.Kind == "weekday" })
}

// slotRuns finds the runs of name words that open both sides of the hunk
// after a frame on its left (past titles and the words that describe a
// person: afterDescription), or else close both before a frame on its
// right. An age both sentences write right before the hunk is a frame on
// its left (ageFrame).
func slotRuns(h hunk, x, y []subToken, lower map[string]bool) (nx, ny nameRun, ok bool) {
	if h.left >= slotFrame && h.leftContent || ageFrame(h, x) {
		xa, ya := afterDescription(x, afterTitles(x, h.xa, h.xb), h.xb), afterDescription(y, afterTitles(y, h.ya, h.yb), h.yb)
		nx, ny = firstRun(x, xa, h.xb, lower), firstRun(y, ya, h.yb, lower)
		if nx.a == xa && ny.a == ya && nx.b > nx.a && ny.b > ny.a {
			return nx, ny, true
		}
	}
	if h.right >= slotFrame && h.rightContent {
		ex, ey := apposed(x, h.xa, ageless(x, h.xa, h.xb), lower), apposed(y, h.ya, ageless(y, h.ya, h.yb), lower)
		nx, ny = lastRun(x, h.xa, ex, lower), lastRun(y, h.ya, ey, lower)
		if nx.b == ex && ny.b == ey && nx.b > nx.a && ny.b > ny.a {
			return nx, ny, true
		}
	}
	return nameRun{}, nameRun{}, false
}

// ageFrame reports whether the word both sentences write right before
// the hunk is an age ("An Amber Alert is still in effect for 16-year-old
// Kirsten Fritch" / "... for the woman's 16-year-old daughter Kirsten
// Fritch"): the one mark of a person that two reports tell in other words
// around the name, which frames the person's place as a run of shared
// words does.
func ageFrame(h hunk, x []subToken) bool {
	return h.left >= 1 && h.xa > 0 && ageWord(x[h.xa-1].Lower)
}

// ageWord reports whether w is an age written as one word: "16-year-old".
func ageWord(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// afterDescription is the start of ts[a:b] after the words that describe
// a person right before the name, an age and a noun of person ("the death
// of 15-year-old Alexandros Grigoropoulos" / "the death of teenager
// Alexandros Grigoropoulos", "16-year-old daughter Kirsten Fritch"): two
// reports describe one person in their own words and name them after.
func afterDescription(ts []subToken, a, b int) int {
	for a+1 < b && (ageWord(ts[a].Lower) || personNouns.Has(ts[a].Lower)) {
		a++
	}
	return a
}

// ageless is the end of the stretch ts[a:b] without a figure that closes
// it: the age given after a name ("Tahirah Phillips, 4, fell to the floor"
// / "... was heard and Tahirah Phillips fell to the floor").
func ageless(ts []subToken, a, b int) int {
	if b-1 > a && ts[b-1].Kind == text.Number {
		return b - 1
	}
	return b
}

// maxApposition is the most words of a description set off after a name
// that a name slot passes over (apposed).
const maxApposition = 4

// apposed is the end of the stretch ts[a:b] before a description set off
// by a mark after a name that closes it: an apposition or a relative
// clause ("claimed the life of Demontris Toliver, a 25-year-old tattoo
// artist from Baton Rouge" / "Demontris Toliver, 25, an aspiring tattoo
// artist from Baton Rouge, was killed"). Two reports describe one person
// in their own words after the name, and the shared words after the
// description frame the person's place. The description holds no name
// word and at most maxApposition words; a mark (a token the comparison
// leaves out) stands between the name and it. A role it names says who
// the person is ("Masoud Dalman, head of Hormozgan province's emergency"
// / "Abdolreza Sheikholeslami, the governor of Hormozgan Province": two
// officials), so a description holds no word of a role or a title.
func apposed(ts []subToken, a, b int, lower map[string]bool) int {
	for j := b - 1; j > a && b-j <= maxApposition; j-- {
		if slotWord(ts[j], lower) || roleWord(ts[j].Lower) {
			return b
		}
		if ts[j].k > ts[j-1].k+1 && slotWordAt(ts, j-1, lower) {
			return j
		}
	}
	return b
}

// roleWord reports a noun of a role or a title ("governor", "chief",
// "spokesman", "officer").
func roleWord(w string) bool {
	return roleHeads.Has(w) || holderRoles.Has(w) || personNouns.Has(w) || english.Titles.Has(w)
}

// twoPeople reports whether two runs of name words name two people: no
// word shared, no surname spelt two ways, neither named in the other's
// sentence, and neither surname an English word (a place's or a body's
// head: "Harry Winston" jewellers, "Mount Sinai Hospital").
func twoPeople(a, b, x, y []subToken) bool {
	for _, t := range a {
		if hasToken(b, t.Lower) || hasToken(y, t.Lower) {
			return false
		}
	}
	for _, t := range b {
		if hasToken(x, t.Lower) {
			return false
		}
	}
	la, lb := a[len(a)-1].Lower, b[len(b)-1].Lower
	if englishWord(la) || englishWord(lb) || nameForms(la, lb) {
		return false
	}
	// One word against a full name that does not hold it ("Papandreou" /
	// "Apostolos Kolokythopoulos", "Zimmerman" / "Pauline Repard"): no
	// piece of that name, so another person's, as the entity layer must
	// still read it (twoPersons: both full names, not merged). SamePerson
	// calls a lone word too little to tell; in one slot it is not.
	return len(a) == 1 || len(b) == 1 || !SamePerson(joinSub(a), joinSub(b))
}

// oneName reports whether a report of the story writes the last word of
// one name right before the first word of the other: two pieces of one
// person's name.
func (cp *comparer) oneName(a, b []subToken) bool {
	pairs := [][2]string{{a[len(a)-1].Lower, b[0].Lower}, {b[len(b)-1].Lower, a[0].Lower}}
	for _, d := range cp.c.Docs {
		for k := 1; k < len(d.Tokens); k++ {
			for _, p := range pairs {
				if d.Tokens[k-1].Lower == p[0] && d.Tokens[k].Lower == p[1] {
					return true
				}
			}
		}
	}
	return false
}

// twoPersons reports whether the entity layer reads both mentions as
// persons and keeps them apart (its merge of one person's name forms
// across the story is wider than SamePerson), each a person the story
// names in full somewhere: a lone capitalised word it types a person is
// as often a place ("southeast of Reuleuet" / "in the heart of Aceh").
func (cp *comparer) twoPersons(da int, a []subToken, db int, b []subToken) bool {
	if cp.ents == nil {
		cp.ents = entity.Resolve(cp.c)
	}
	na, ta, oka := cp.ents.Name(da, a[0].Start, a[len(a)-1].End)
	nb, tb, okb := cp.ents.Name(db, b[0].Start, b[len(b)-1].End)
	full := func(n string) bool { return len(strings.Fields(n)) >= 2 }
	return oka && okb && ta == news.EntityPerson && tb == news.EntityPerson && na != nb && full(na) && full(nb)
}

// slotWord reports whether a token may be a word of a person's name in a
// slot: a capitalised word of its own (ProperName), not the sentence's
// first word, and not a word the story writes in lower case (a common noun
// of a heading or a title).
func slotWord(t subToken, lower map[string]bool) bool {
	return nameWord(t) && ProperName(t.Token) && !lower[t.Lower]
}

// slotWordAt is slotWord for ts[i], where the sentence's first word counts
// when a name word follows it ("Jamaine Sutton, 32, of Dunbar was
// killed"): its capital alone says nothing.
func slotWordAt(ts []subToken, i int, lower map[string]bool) bool {
	if i > 0 || len(ts) < 2 {
		return slotWord(ts[i], lower)
	}
	t := ts[0]
	return t.Kind == text.Word && t.Cap && !t.Stop && ProperName(t.Token) && !lower[t.Lower] && slotWord(ts[1], lower)
}

// firstRun is the run of name words that starts the stretch ts[a:b], at
// most maxNameWords long, or an empty run.
func firstRun(ts []subToken, a, b int, lower map[string]bool) nameRun {
	e := a
	for e < b && slotWordAt(ts, e, lower) {
		e++
	}
	// A possessive closes the name: "named John McCain's Republican
	// Party running mate".
	owner := e < b && possessiveAt(ts, e, lower)
	if owner {
		e++
	}
	// A name word on either side outside the stretch makes the run a
	// piece of a longer name: a first name changed before a shared
	// surname ("Alexis" / "Alexandros Grigoropoulos").
	if e == a || e-a > maxNameWords || !owner && e == b && e < len(ts) && slotWordAt(ts, e, lower) || a > 0 && slotWordAt(ts, a-1, lower) {
		return nameRun{}
	}
	return nameRun{a, e}
}

// lastRun is the run of name words that ends the stretch ts[a:b], at most
// maxNameWords long, or an empty run.
func lastRun(ts []subToken, a, b int, lower map[string]bool) nameRun {
	s := b
	owner := s > a && possessiveAt(ts, s-1, lower)
	if owner {
		s--
	}
	for s > a && slotWordAt(ts, s-1, lower) {
		s--
	}
	if s == b || b-s > maxNameWords || s == a && s > 0 && slotWordAt(ts, s-1, lower) || !owner && b < len(ts) && slotWordAt(ts, b, lower) {
		return nameRun{}
	}
	return nameRun{s, b}
}

// possessives are the endings of a possessive name ("McCain's").
var possessives = []string{"'s", "’s"}

// possessiveAt reports whether ts[i] is a name word with a possessive
// ending: the last word of a name that owns what follows ("Prime Minister
// George Papandreou's Socialists", "Senator John McCain's running mate").
// The sentence's first word counts: a possessive is no word that opens a
// sentence with a capital for its place alone, and the entity layer
// still has to read the name as a person.
func possessiveAt(ts []subToken, i int, lower map[string]bool) bool {
	t, ok := withoutPossessive(ts[i])
	if !ok || !ProperName(t.Token) || lower[t.Lower] {
		return false
	}
	return nameWord(t) || i == 0 && t.Kind == text.Word && t.Cap && !t.Stop && strings.ToUpper(t.Text) != t.Text
}

// withoutPossessive is t without its possessive ending, if it has one.
func withoutPossessive(t subToken) (subToken, bool) {
	for _, p := range possessives {
		if w, ok := strings.CutSuffix(t.Text, p); ok && w != "" {
			t.Text, t.Lower, t.End = w, strings.TrimSuffix(t.Lower, p), t.End-len(p)
			return t, true
		}
	}
	return t, false
}

// unpossessed is a run of name words whose last word loses its possessive
// ending: the name alone, as the side's value and for the entity layer.
func unpossessed(run []subToken) []subToken {
	t, ok := withoutPossessive(run[len(run)-1])
	if !ok {
		return run
	}
	out := slices.Clone(run)
	out[len(out)-1] = t
	return out
}

// afterTitles is the first index of ts[a:b] past the titles that open it
// ("Senator", "Prime Minister", "Lt."): a title one source gives and the
// other not stands before the name, in the hunk.
func afterTitles(ts []subToken, a, b int) int {
	for a+1 < b && (english.Titles.Has(strings.TrimSuffix(ts[a].Lower, ".")) || ts[a].Cap && ts[a+1].Cap && english.Titles.Has(strings.TrimSuffix(ts[a+1].Lower, "."))) {
		a++
	}
	return a
}
