package compare

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A person's age is a figure told of one person, so it is compared per
// person: "Norris Greenhouse Jr., 32, and Derrick Stafford, 23, were
// charged" against "Norris Greenhouse Jr., 23, and Lt. Derrick Stafford,
// 32, were indicted" gives each man two ages, though both reports give
// the figures 32 and 23 (the number comparison reads a report that gives
// both figures as telling two facts). And in a list of people the age
// tells whom one report names in another's place ("18-year-old Stef'an
// Strawder and 14-year-old Sean Archilles" / "Stef'An Strawder, an
// 18-year-old high school basketball star, and Sean Archilles, 14").

// personAge is an age set beside a person's name in a sentence: the name
// as written (the tokens first..last of the sentence) and the age, in the
// unit of Quantity.Value for ages.
type personAge struct {
	first, last int
	words       []string // the name's lower-case words without initials
	age         float64
}

// maxAge is the largest figure read as a person's age in years.
const maxAge = 120

// ageWindow is the most time between the first report that gives a
// person's age and another that is compared with it: a birthday between
// two reports of a month is rare ("Jose Angel Hernandez, 30," in June,
// "31" at his release in September, GVA 501233, is no difference).
const ageWindow = 31 * 24 * time.Hour

// yearFactor is the value of one year of age in the unit of ages
// (Quantity.Value of "1-year-old").
func yearFactor() float64 { return units()["year-old"].factor }

// personAges reads the ages a sentence sets beside names: "19-year-old
// Raekwon Manigault", "Sean Archilles, 14,", "Ron O'Brien, age 41,". The
// name is a run of capitalised words that the entity layer reads as a
// person.
func (cp *comparer) personAges(d, s int) []personAge {
	ref := align.SentRef{Doc: d, Sent: s}
	if got, ok := cp.ages[ref]; ok {
		return got
	}
	if cp.ages == nil {
		cp.ages = map[align.SentRef][]personAge{}
	}
	got := cp.readPersonAges(d, s)
	cp.ages[ref] = got
	return got
}

// readPersonAges reads the ages of personAges.
func (cp *comparer) readPersonAges(d, s int) []personAge {
	doc := cp.c.Docs[d]
	toks := doc.SentenceTokens(s)
	if cp.ents == nil {
		cp.ents = entity.Resolve(cp.c)
	}
	var out []personAge
	add := func(first, last int, age float64) bool {
		if first < 0 || last < first || age <= 0 || age > maxAge*yearFactor() {
			return false
		}
		if _, typ, ok := cp.ents.Name(d, toks[first].Start, toks[last].End); !ok || typ != news.EntityPerson {
			return false
		}
		var w []string
		for _, t := range toks[first : last+1] {
			if t.Kind == text.Word {
				w = append(w, t.Text)
			}
		}
		out = append(out, personAge{first: first, last: last, words: noInitials(strings.Join(w, " ")), age: age})
		return true
	}
	for _, q := range cp.quantitiesOf(align.SentRef{Doc: d, Sent: s}) {
		if q.Dim != "age" {
			continue
		}
		// "19-year-old Raekwon Manigault": the name right after the age.
		k := q.Tok
		for k < len(toks) && (toks[k].Start < q.End || toks[k].Text == "-" || toks[k].Lower == "old") {
			k++ // "18 - year - old": the unit ends at "year"
		}
		// A title's word after a given name is a surname ("Adeline
		// King"), when the entity layer reads the run so.
		if e := nameRunEnd(toks, k, true); e >= k && !add(k, e, q.Value) {
			if e := nameRunEnd(toks, k, false); e >= k {
				add(k, e, q.Value)
			}
		}
		// "Ron O'Brien, age 41,": the name before "age".
		if w := q.Tok - 1; w >= 2 && (toks[w].Lower == "age" || toks[w].Lower == "aged") && toks[w-1].Text == "," && ageEnds(toks, q.Tok+1) {
			add(nameRunStart(toks, w-2), w-2, q.Value)
		}
	}
	// "Sean Archilles, 14, were killed": a bare figure between a name and
	// the end of its apposition.
	for k := 2; k < len(toks); k++ {
		t := toks[k]
		if t.Kind != text.Number || toks[k-1].Text != "," || !ageEnds(toks, k+1) {
			continue
		}
		n, err := strconv.Atoi(t.Text)
		if err != nil {
			continue
		}
		add(nameRunStart(toks, k-2), k-2, float64(n)*yearFactor())
	}
	return out
}

// ageEnds reports whether toks[k] closes an apposition of an age: a
// comma, a stop, a semicolon, "and", or the end of the sentence.
func ageEnds(toks []text.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch toks[k].Text {
	case ",", ".", ";", ")":
		return true
	}
	return toks[k].Lower == "and"
}

// nameWordTok reports whether t may be a word of a person's name: a
// capitalised word, not a stop word, title, month or weekday.
func nameWordTok(t text.Token) bool {
	return t.Kind == text.Word && t.Cap && !t.Stop && !english.Titles.Has(t.Lower) &&
		!english.Months.Has(t.Lower) && !english.Weekdays.Has(t.Lower)
}

// surnameTok reports whether t is a title's word that may be a surname
// after a given name ("Adeline King", "Tyrone Major").
func surnameTok(t text.Token) bool {
	return t.Kind == text.Word && t.Cap && !t.Stop && english.Titles.Has(t.Lower)
}

// nameRunStart is the first token of the run of name words (dots of
// initials and suffixes inside it) that ends at toks[e], or -1. A title's
// word may end the run after a name word ("Adeline King, 20,").
func nameRunStart(toks []text.Token, e int) int {
	if e >= 0 && toks[e].Text == "." {
		e-- // "Jr."
	}
	if e < 0 || !nameWordTok(toks[e]) && !(e >= 1 && surnameTok(toks[e]) && nameWordTok(toks[e-1])) {
		return -1
	}
	b := e
	for b-1 >= 0 && b > e-maxNameWords-2 && (nameWordTok(toks[b-1]) || toks[b-1].Text == "." && b-2 >= 0 && nameWordTok(toks[b-2])) {
		b--
	}
	if toks[b].Text == "." {
		b++
	}
	return b
}

// nameRunEnd is the last token of the run of name words that starts at
// toks[k], or k-1 when none starts there; with surnames, a title's word
// after the first word is in the run ("19-year-old Adline King").
func nameRunEnd(toks []text.Token, k int, surnames bool) int {
	e := k - 1
	for e+1 < len(toks) && e+1 < k+maxNameWords && (nameWordTok(toks[e+1]) || surnames && e >= k && surnameTok(toks[e+1])) {
		e++
	}
	return e
}

// personAgeConflicts finds one person given two ages by independent
// reports: the same full name as written (two words or more, initials
// aside: a surname alone may be a relative's), each report giving that
// person one age only, dated reports of the story's first weeks
// (ageWindow: an age changes with the years), no sentence an earlier
// number difference holds.
func (cp *comparer) personAgeConflicts(earlier []news.Conflict) []news.Conflict {
	covered := coveredSentences(cp, earlier, news.ConflictNumber)
	byName := map[string][]toldAge{}
	written := map[string]string{} // the resolver's name as written, by key
	for d, doc := range cp.c.Docs {
		if !doc.English() {
			continue
		}
		for s := range doc.Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if !cp.a.Active(ref) {
				continue
			}
			toks := doc.SentenceTokens(s)
			for _, p := range cp.personAges(d, s) {
				if len(p.words) >= 2 {
					// One person's full name written with or without a
					// middle name ("Kevin Michael McQuilliams, 26" /
					// "25-year-old Kevin McQuilliams"): the resolver's
					// name, which joins only full names of one given
					// name and surname; or one given name spelled two
					// ways ("20-year-old Adeline King" / "19-year-old
					// Adline King", GVA 390774).
					form := strings.Join(p.words, " ")
					k := form
					if name, _, ok := cp.ents.Name(d, toks[p.first].Start, toks[p.last].End); ok && (middleNameOf(p.words, name) || respelledOf(p.words, name)) {
						k = strings.ToLower(name)
						written[k] = name
					}
					byName[k] = append(byName[k], toldAge{ref, p.age, form})
				}
			}
		}
	}
	var out []news.Conflict
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		ages := map[int]map[float64]bool{}
		for _, t := range byName[name] {
			if ages[t.ref.Doc] == nil {
				ages[t.ref.Doc] = map[float64]bool{}
			}
			ages[t.ref.Doc][t.age] = true
		}
		// The reports of the story's first weeks: an age told months
		// later may be a year older.
		first := -1
		for _, t := range byName[name] {
			if cp.published(t.ref.Doc).IsZero() {
				continue
			}
			if first < 0 || cp.published(t.ref.Doc).Before(cp.published(first)) {
				first = t.ref.Doc
			}
		}
		sides := map[string][]align.SentRef{}
		skip := false
		for _, t := range byName[name] {
			// A report that gives two ages tells of two moments; an
			// undated one may be of the trial years later ("still
			// searching for Jose Luis Orozco, 27" / "the jury found Jose
			// Luis Orozco, 29, guilty").
			if len(ages[t.ref.Doc]) != 1 || cp.published(t.ref.Doc).IsZero() {
				continue
			}
			if later := cp.published(t.ref.Doc).Sub(cp.published(first)); later > ageWindow && !agedWrong(ages[first], t.age, later) {
				continue
			}
			skip = skip || covered[t.ref]
			v := align.FormatNumber(t.age/yearFactor()) + " years old"
			sides[v] = append(sides[v], t.ref)
		}
		if skip || len(sides) < 2 || !cp.disjointSides(sides) || formsApart(byName[name]) {
			continue
		}
		shown := written[name]
		if shown == "" {
			shown = titleWords(name)
		}
		cf := news.Conflict{Kind: news.ConflictNumber, Topic: fmt.Sprintf("years old: %s", shown)}
		for _, v := range slices.Sorted(maps.Keys(sides)) {
			cf.Sides = append(cf.Sides, cp.side(sides[v], v))
		}
		out = append(out, cf)
	}
	return out
}

// toldAge is an age a sentence gives a person, with the person's name as
// written there.
type toldAge struct {
	ref  align.SentRef
	age  float64
	form string // the name's lower-case words, initials aside
}

// middleNameOf reports whether the resolver's name for a person is the
// name as written with a middle name more: "Kevin Michael McQuilliams"
// for "Kevin McQuilliams".
func middleNameOf(words []string, name string) bool {
	nw := strings.Fields(strings.ToLower(name))
	return len(words) >= 2 && len(nw) > len(words) && nw[0] == words[0] && nw[len(nw)-1] == words[len(words)-1]
}

// respelledOf reports whether the resolver's name for a person is the
// name as written with its given name spelled otherwise: as many words,
// the same surname, another given name ("Adeline King" for "Adline
// King"; the resolver joins two given names only by their spelling).
func respelledOf(words []string, name string) bool {
	nw := strings.Fields(strings.ToLower(name))
	return len(words) >= 2 && len(nw) == len(words) && nw[len(nw)-1] == words[len(words)-1] && nw[0] != words[0]
}

// maxFormGap is the most years between two ages of one person written
// with and without a middle name: a father and a son may share a given
// name and a surname ("John Ali Hoffman, 49" and "5-year-old John
// Hoffman", GVA 554578), a generation apart (fifteen years at the least);
// a report's slip is a year or two, or one digit ("Daniel Sharp, 36" /
// "Daniel Craig Sharp, age 26").
const maxFormGap = 14

// formsApart reports ages told of a name written two ways whose spread no
// slip explains (maxFormGap).
func formsApart(ts []toldAge) bool {
	lo, hi := ts[0].age, ts[0].age
	forms := map[string]bool{}
	for _, t := range ts {
		lo, hi = min(lo, t.age), max(hi, t.age)
		forms[t.form] = true
	}
	return len(forms) > 1 && hi-lo > maxFormGap*yearFactor()
}

// agedWrong reports an age told later than the first report's, after a
// gap beyond ageWindow, that no passing of time explains: younger than the
// first ("Kevin Michael McQuilliams, 26," at his arrest, "25-year-old Kevin
// McQuilliams" at his sentencing months later, GVA 273298), or older by
// more than the years between and one birthday.
func agedWrong(firstAges map[float64]bool, age float64, later time.Duration) bool {
	if len(firstAges) != 1 {
		return false
	}
	year := yearFactor()
	for a := range firstAges {
		elapsed := later.Hours() / (24 * 365.25)
		return age < a || age > a+(elapsed+1)*year
	}
	return false
}

// titleWords writes lower-case name words with capitals.
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// ageOfRun is the age a sentence sets beside the name run whose sentence
// tokens are first..last, or 0.
func (cp *comparer) ageOfRun(ref align.SentRef, first, last int) float64 {
	for _, p := range cp.personAges(ref.Doc, ref.Sent) {
		if p.first <= last && p.last >= first {
			return p.age
		}
	}
	return 0
}
