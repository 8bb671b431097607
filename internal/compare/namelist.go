package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
)

// A name list is the people that two sentences of independent sources
// name together for one fact: the victims, the accused, the cast. When
// the lists are the same people but for one, each source putting its own
// person in that place, the fact is told of two people ("Police have
// identified the victims as Angela D. Harrison, 35; Tyajah Nelson, 18;
// Daniel Sharp, 36; and Michael Ballour, 41" / "... the quadruple murders
// of Ron O'Brien, age 41, Daniel Craig Sharp, age 26, Angela D. Harrison,
// age 35, and Tyajah N. Nelson, age 18"). A name slot (slotFinding) needs
// the lists in the same order, since its hunks come from the words'
// common subsequence; here the order does not matter ("Robinson, Clark,
// Price and Kinchen are in custody" / "Clark, Price, Kinchen, and
// Robinson are in custody").

// listPerson is a person a sentence names: the run of its name words and
// the entity layer's name for it.
type listPerson struct {
	run  nameRun
	name string
}

// listFinding reads two sentences as one list of people but for one
// person on each side: at least three people each, so that at least two
// are shared. (One shared person is no list: "Kenneth Dorsey says the
// woman ..." / "a Muslim woman named Yvonne Hiller shot ..." share the
// speaker only.) Every other person of each list must be named in
// the other sentence (the entity layer's name, which merges "Costello" and
// "Frank Costello"), and the two odd persons must pass the tests of two
// people that name slots pass.
//
// Sentences of reports months apart (apart) are compared only as lists of
// people given by name and age, one person at least named in both, and
// one odd person of each side of one age, who stand in one place of the
// list ("Police said 40-year-old Sharieff Clayton and 44-year-old Ronald
// Murphy died" at the shooting, "Sharieff Clayton, 40, of the Bronx, and
// Ronald Murphy, 44, of Brooklyn, were killed" months later). A name slot
// of such reports may be another hearing's official; a person's age moves
// with the months, so an odd person whose age changed pairs with nobody:
// no difference, never a wrong one. Lists of three or more with no age
// are not compared across months (the accused of a charge and of a
// verdict: one of them may have left the case), nor sentences that share
// no person.
func (cp *comparer) listFinding(x, y []subToken, rx, ry align.SentRef, apart bool) (subFinding, bool) {
	px, py := cp.listPersons(rx, x), cp.listPersons(ry, y)
	if len(px) < 1 || len(py) < 1 {
		return subFinding{}, false
	}
	ox, shared := oddPersons(px, py)
	oy, _ := oddPersons(py, px)
	if !apart && len(px) >= 3 && len(py) >= 3 && len(ox) == 1 && len(oy) == 1 && shared >= 2 {
		return cp.twoNamed(ox[0].run, oy[0].run, x, y, rx, ry)
	}
	// The ages tell whom each list puts in the other's place: one odd
	// person of each side of one age, beside a person both name
	// ("18-year-old Stef'an Strawder and 14-year-old Sean Archilles" /
	// "Stef'An Strawder, ..., and Felicia Rodriguez, 14"), or, with no
	// person both name, in two sentences as alike as the pairs
	// substitutions compares (oneAged).
	if shared < 1 && (apart || !cp.oneAged(rx, ry)) || shared >= 1 && (len(px) < 2 || len(py) < 2) {
		return subFinding{}, false
	}
	return cp.agePair(x, y, rx, ry, ox, oy, shared)
}

// agePair pairs the odd persons of two lists by their ages: one pair of one
// age only is the two people of one place.
func (cp *comparer) agePair(x, y []subToken, rx, ry align.SentRef, ox, oy []listPerson, shared int) (subFinding, bool) {
	var pairs [][2]nameRun
	for _, p := range ox {
		ap := cp.ageOfRun(rx, x[p.run.a].k, x[p.run.b-1].k)
		for _, q := range oy {
			if ap > 0 && ap == cp.ageOfRun(ry, y[q.run.a].k, y[q.run.b-1].k) {
				pairs = append(pairs, [2]nameRun{p.run, q.run})
			}
		}
	}
	if len(pairs) != 1 {
		return subFinding{}, false
	}
	if shared < 1 {
		// With no person both name, a report that names the other's
		// person anywhere tells of two people.
		va, vb := joinSub(unpossessed(x[pairs[0][0].a:pairs[0][0].b])), joinSub(unpossessed(y[pairs[0][1].a:pairs[0][1].b]))
		if docHas(cp.c.Docs[rx.Doc], vb) || docHas(cp.c.Docs[ry.Doc], va) {
			return subFinding{}, false
		}
	}
	// A word of the odd name that stands in the other sentence only in
	// the name of a person both lists name is that person's, not this
	// one's: "Cleveland Smelley, 30, ... and Antoine Smelley, 32" /
	// "Marlon Benson, 30; ... and Antoine Lamar Smelley, 32" put two
	// people at the age 30, the brothers' surname notwithstanding.
	wx := beside(x, cp.listPersons(rx, x), ox)
	wy := beside(y, cp.listPersons(ry, y), oy)
	return cp.twoNamedIn(pairs[0][0], pairs[0][1], x, y, rx, ry, wx, wy)
}

// beside is ts less the name runs of its persons ps that are not odd: the
// words of the sentence around the odd persons of a list.
func beside(ts []subToken, ps, odd []listPerson) []subToken {
	drop := make([]bool, len(ts))
	for _, p := range ps {
		if !slices.ContainsFunc(odd, func(o listPerson) bool { return o.run == p.run }) {
			for i := p.run.a; i < p.run.b; i++ {
				drop[i] = true
			}
		}
	}
	var out []subToken
	for i, t := range ts {
		if !drop[i] {
			out = append(out, t)
		}
	}
	return out
}

// oneAged reports whether two sentences that name no person in common may
// still tell one fact of one person given by age: a person of one age in
// each ("One victim, 18-year-old Javious Chatman, remains hospitalized
// in stable condition" / "... said 18-year-old Javious Chatman, the only
// victim with serious injuries, is now in stable condition", one of the
// two names changed). The age is
// the one shared mark of the person, so the sentences must be as alike
// as the pairs substitutions compares, of reports of one month (an age
// changes with the years).
func (cp *comparer) oneAged(rx, ry align.SentRef) bool {
	return cp.a.Similarity(rx, ry) >= substitutionSim && !cp.monthsApart(rx.Doc, ry.Doc)
}

// oddPersons are the persons of a that b does not name, and how many of a
// b names. Each person of b names one person of a at most, its own name
// first, then one SamePerson takes for it: two people of one list are two
// people, so "Antoine Lamar Smelley" of b, named in a too, does not also
// stand for a's "Cleveland Smelley", nor "Brandon White Ladson" for
// "Aaron Ladson" (SamePerson, lenient by design, joins each pair by its
// surname). A list that names one person twice counts that person once.
func oddPersons(a, b []listPerson) (odd []listPerson, shared int) {
	used := make([]bool, len(b))
	named := make([]bool, len(a))
	take := func(i int, same func(x, y string) bool) {
		for j, q := range b {
			if !used[j] && same(a[i].name, q.name) {
				used[j], named[i] = true, true
				return
			}
		}
	}
	twin := func(i int) bool {
		return slices.ContainsFunc(a[:i], func(p listPerson) bool { return p.name == a[i].name })
	}
	for i := range a {
		if !twin(i) {
			take(i, func(x, y string) bool { return x == y })
		}
	}
	for i := range a {
		if !named[i] && !twin(i) {
			take(i, SamePerson)
		}
	}
	for i, p := range a {
		switch {
		case twin(i):
		case named[i]:
			shared++
		default:
			odd = append(odd, p)
		}
	}
	return odd, shared
}

// listPersons are the persons sentence r (its tokens ts) names, worked out
// once: each run of name words
// with no punctuation inside (a comma parts the names of a list), at most
// maxNameWords long, that the entity layer reads as a person.
func (cp *comparer) listPersons(r align.SentRef, ts []subToken) []listPerson {
	if ps, ok := cp.persons[r]; ok {
		return ps
	}
	if cp.persons == nil {
		cp.persons = map[align.SentRef][]listPerson{}
	}
	ps := cp.namedPersons(r.Doc, ts)
	cp.persons[r] = ps
	return ps
}

// namedPersons finds the persons of listPersons.
func (cp *comparer) namedPersons(d int, ts []subToken) []listPerson {
	if cp.ents == nil {
		cp.ents = entity.Resolve(cp.c)
	}
	lower := cp.lowerWords()
	var out []listPerson
	for i := 0; i < len(ts); {
		j := i
		for j < len(ts) && (j == i || ts[j].k == ts[j-1].k+1) && slotWordAt(ts, j, lower) {
			j++
		}
		// A possessive closes the name ("Ballour's house").
		if j < len(ts) && (j == i || ts[j].k == ts[j-1].k+1) && possessiveAt(ts, j, lower) {
			j++
		}
		if j == i {
			i++
			continue
		}
		run := unpossessed(ts[i:j])
		if j-i <= maxNameWords {
			name, typ, ok := cp.ents.Name(d, run[0].Start, run[len(run)-1].End)
			if ok && typ == news.EntityPerson && name != "" {
				out = append(out, listPerson{nameRun{i, j}, name})
			}
		}
		i = j
	}
	return out
}
