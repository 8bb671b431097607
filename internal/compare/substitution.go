package compare

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// A substitution is the plainest difference two sources can show: the same
// words on both sides of a spot where one says "65" and the other "60",
// one "Friday" and the other "Saturday", one "was" and the other "was
// not". The shared words around the spot say that both speak of one fact,
// whatever else the two sentences say; wire copy updated between two
// editions and a report that copies a figure wrong look like this.
const (
	// substitutionSim is the least alignment similarity of two sentences
	// whose words are compared.
	substitutionSim = 0.3
	// contextSpan is how many tokens either side of a slot are its frame.
	contextSpan = 3
	// minLeftAtEnd is the frame a slot at the end of both sentences needs
	// on its left.
	minLeftAtEnd = 3
	// maxNeighbours bounds the sentences compared with each one, so a
	// story of thousands of reports stays linear.
	maxNeighbours = 8
)

// subToken is a token of a sentence as substitutions compare them: words
// and numbers, lower-cased, punctuation left out.
type subToken struct {
	text.Token
	k int // index in the sentence's tokens
	// notValue: a number that is a piece of a clock time, a date in
	// figures or a split thousand ("3:30", "11/27", "26, 000"), or that a
	// hedge or bound qualifies ("at least 10": the comparison of
	// quantities weighs those), or an elapsed duration of a report of
	// unknown date.
	notValue bool
	// decade: a year that names its decade ("the 1930's").
	decade bool
	// unit: for a number, the unit written right after it, whatever
	// its spelling ("%" and "percent", "km" and "kilometres").
	unit string
}

// minSlotWords is the fewest words a sentence needs for its words to be
// compared: shorter lines are datelines, bylines and time stamps
// ("PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM").
const minSlotWords = 6

// subTokens is subTokens of a sentence of the story, worked out once: a
// sentence is the neighbour of several.
func (cp *comparer) subTokens(ref align.SentRef) []subToken {
	if got, ok := cp.subs[ref]; ok {
		return got
	}
	if cp.subs == nil {
		cp.subs = map[align.SentRef][]subToken{}
	}
	got := subTokens(cp.c.Docs[ref.Doc], ref.Sent, cp.quantitiesOf(ref))
	cp.subs[ref] = got
	return got
}

func subTokens(doc *text.Doc, s int, qs []Quantity) []subToken {
	toks := doc.SentenceTokens(s)
	words, kept := 0, 0
	for _, t := range toks {
		if t.Kind == text.Word {
			words++
		}
		if t.Kind != text.Punct {
			kept++
		}
	}
	if words < minSlotWords {
		return nil
	}
	qualified := map[int]bool{}
	undated := doc.Article.Published.IsZero()
	// A line of statistics compares records, not accounts of one fact.
	stats := len(qs) > maxQuantities
	for _, q := range qs {
		// An estimate ("as many as 200,000") is a figure like any other
		// in one sentence told two ways.
		if (q.Hedge != "" || q.Bound != 0) && !estimateBounds.Has(q.Hedge) || undated && elapsed(toks, q) {
			qualified[q.Tok] = true
		}
	}
	out := make([]subToken, 0, kept)
	for k, t := range toks {
		if t.Kind == text.Punct {
			continue
		}
		st := subToken{Token: t, k: k}
		st.decade = k+1 < len(toks) && (toks[k+1].Lower == "'s" || toks[k+1].Lower == "s" || toks[k+1].Lower == "'" && k+2 < len(toks) && toks[k+2].Lower == "s")
		if _, ok := align.ParseNumber(t.Lower); ok {
			// "0300 GMT": a clock time.
			st.notValue = stats || qualified[k] || timePiece(toks, k) || seriesTotal(toks, k) || remainder(toks, k) || len(t.Text) > 1 && t.Text[0] == '0' || inParens(toks, k) || rangeEnd(toks, k) || symbolAttached(toks, k) ||
				target(toks, k) || labelNumber(doc, s, k)
			if k+1 < len(toks) {
				if u, ok := units()[toks[k+1].Lower]; ok {
					st.unit = u.dim + "/" + u.name
				}
			}
		}
		out = append(out, st)
	}
	return out
}

// seriesTotal reports whether a number is a place in a numbered series or
// its total ("Image 4 of 9", "game 3 of 7"): a gallery's or a page's
// count, not a fact of the story.
func seriesTotal(toks []text.Token, k int) bool {
	num := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].Kind == text.Number }
	of := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].Lower == "of" }
	return of(k-1) && num(k-2) || of(k+1) && num(k+2)
}

// remainderWords before a figure make it the rest of a group.
var remainderWords = english.List("compare/remainder-words")

// remainder reports whether a figure counts the rest of a group ("the
// other five victims", "all but five of the victims"), which depends on
// what each report took away: two such figures count different groups.
func remainder(toks []text.Token, k int) bool {
	if k == 0 {
		return false
	}
	before, ok := remainderWords.Value(toks[k-1].Lower)
	return ok && (before == "" || k > 1 && toks[k-2].Lower == before)
}

// timePiece reports whether a number is a piece of a clock time, a date in
// figures or a thousand split by the tokeniser.
func timePiece(toks []text.Token, k int) bool {
	sep := func(j int) bool {
		// "1 . 2": a decimal split by the tokeniser.
		return j >= 0 && j < len(toks) && (toks[j].Lower == ":" || toks[j].Lower == "/" || toks[j].Lower == "," || toks[j].Lower == ".")
	}
	num := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].Kind == text.Number }
	return sep(k-1) && num(k-2) || sep(k+1) && num(k+2) || num(k-1) || num(k+1)
}

// symbolAttached reports whether a sign other than punctuation is written
// onto a number ("4½" read as "4" and a sign the text could not show): the
// figure is not the number alone.
func symbolAttached(toks []text.Token, k int) bool {
	return k+1 < len(toks) && toks[k+1].Kind == text.Punct && toks[k+1].Start == toks[k].End && !strings.ContainsAny(toks[k+1].Text, ".,;:!?)'\"%-")
}

// rangeEnd reports whether a number is an end of a range or a limit
// ("from six to 75", "between 25 and 40", "up to 512").
func rangeEnd(toks []text.Token, k int) bool {
	before := func(j int, w string) bool { return j >= 0 && toks[j].Lower == w }
	return before(k-1, "from") || before(k-1, "between") || before(k-1, "to") && (before(k-2, "up") || before(k-2, "from"))
}

func year(s string) bool {
	// Four digits, tested before the parse: most words are not numbers, and
	// strconv's error for them is an allocation.
	if len(s) != 4 || !isDigits(s) {
		return false
	}
	v, err := strconv.Atoi(s)
	return err == nil && v >= 1800 && v <= 2100
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// allNames reports whether every token is a capitalised word that is not a
// stop word, a weekday or a month: a name of a person, place or body.
func allNames(ts []subToken) bool {
	for _, t := range ts {
		if t.Kind != text.Word || !t.Cap || t.Stop || t.k == 0 || english.Weekdays.Has(t.Lower) || english.Months.Has(t.Lower) {
			return false
		}
	}
	return len(ts) > 0
}

// subFinding is one substitution found between two sentences.
type subFinding struct {
	kind, topic string
	refs        [2]align.SentRef
	vals        [2]string
}

// substitutions finds the differences that sentences of independent sources
// show as a substitution between shared words, leaving out the pairs of
// sentences that an earlier difference already covers.
func (cp *comparer) substitutions(earlier []news.Conflict) []news.Conflict {
	covered := map[align.SentRef]map[string]bool{}
	for _, c := range earlier {
		for _, s := range c.Sides {
			for _, ev := range s.Evidence {
				d := cp.c.IndexOf(ev.Source)
				for si, sent := range cp.c.Docs[d].Sentences {
					if sent.Start < ev.End && sent.End > ev.Start {
						r := align.SentRef{Doc: d, Sent: si}
						if covered[r] == nil {
							covered[r] = map[string]bool{}
						}
						covered[r][c.Kind] = true
					}
				}
			}
		}
	}
	var found []subFinding
	for d, doc := range cp.c.Docs {
		for s := range doc.Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if !cp.a.Active(ref) {
				continue
			}
			var x []subToken
			for i, n := range cp.a.Neighbours(ref, substitutionSim) {
				if i >= maxNeighbours {
					break
				}
				o := n.Ref
				// Two editions of one report at different times may give a
				// figure that moved between them.
				sameGroup := cp.c.Group[o.Doc] == cp.c.Group[d]
				editions := !cp.published(d).IsZero() && !cp.published(o.Doc).IsZero() && !cp.published(d).Equal(cp.published(o.Doc))
				if o.Doc <= d || sameGroup && !editions {
					continue
				}
				if x == nil {
					if x = cp.subTokens(ref); len(x) == 0 {
						break
					}
				}
				y := cp.subTokens(o)
				if len(y) == 0 {
					continue
				}
				fs := cp.pairFindings(x, y)
				for _, f := range fs {
					if sameGroup && f.kind != news.ConflictNumber || covered[ref][f.kind] && covered[o][f.kind] {
						continue
					}
					// Reports months apart give the figures of their own
					// moment: an age, a count of a later trial.
					if f.kind == news.ConflictNumber && cp.monthsApart(d, o.Doc) {
						continue
					}
					// Each report naming both names speaks of two people
					// or places, not of one named two ways.
					if (f.kind == news.ConflictName || f.kind == news.ConflictSpeaker) && docHas(doc, f.vals[1]) && docHas(cp.c.Docs[o.Doc], f.vals[0]) {
						continue
					}
					if f.kind == news.ConflictNumber && bothFigures(doc, cp.c.Docs[o.Doc], f.vals) {
						continue
					}
					if f.kind == news.ConflictDate && cp.appointmentSentences(ref, o) {
						continue
					}
					f.refs = [2]align.SentRef{ref, o}
					found = append(found, f)
				}
			}
		}
	}
	return cp.mergeSubstitutions(found)
}

// subTopic names the spot x[a:b] by the shared words around it: a few
// words, never the whole sentence.
func subTopic(x []subToken, a, b int) string {
	var p []string
	for k := max(0, a-3); k < a; k++ {
		p = append(p, x[k].Text)
	}
	p = append(p, "…")
	for k := b; k < min(len(x), b+2); k++ {
		p = append(p, x[k].Text)
	}
	return strings.Join(p, " ")
}

// mergeSubstitutions makes one difference of the findings that oppose the
// same two values of one kind, each side with every sentence that gives it.
func (cp *comparer) mergeSubstitutions(found []subFinding) []news.Conflict {
	type group struct {
		kind, topic string
		vals        []string
		refs        map[string][]align.SentRef
	}
	var order []string
	groups := map[string]*group{}
	for _, f := range found {
		a, b := strings.ToLower(f.vals[0]), strings.ToLower(f.vals[1])
		if a > b {
			a, b = b, a
		}
		key := f.kind + "\x00" + a + "\x00" + b
		g := groups[key]
		if g == nil {
			g = &group{kind: f.kind, topic: f.topic, refs: map[string][]align.SentRef{}}
			groups[key] = g
			order = append(order, key)
		}
		for i, v := range f.vals {
			lv := strings.ToLower(v)
			if _, ok := g.refs[lv]; !ok {
				g.vals = append(g.vals, v)
			}
			if !slices.Contains(g.refs[lv], f.refs[i]) {
				g.refs[lv] = append(g.refs[lv], f.refs[i])
			}
		}
	}
	var out []news.Conflict
	for _, key := range order {
		g := groups[key]
		sides := map[string][]align.SentRef{}
		for _, v := range g.vals {
			sides[v] = g.refs[strings.ToLower(v)]
		}
		if !cp.disjointSides(sides) && !(g.kind == news.ConflictNumber && cp.disjointEditions(sides)) {
			continue
		}
		cf := news.Conflict{Kind: g.kind, Topic: g.topic}
		for _, v := range g.vals {
			cf.Sides = append(cf.Sides, cp.side(sides[v], v))
		}
		cp.inTime(&cf)
		out = append(out, cf)
	}
	return out
}

// disjointEditions reports whether no report edition (a copy group at one
// publication time) is on two sides: a figure may move between two
// editions of one wire story.
func (cp *comparer) disjointEditions(sides map[string][]align.SentRef) bool {
	type edition struct {
		group int
		at    int64
	}
	owner := map[edition]string{}
	for v, refs := range sides {
		for _, r := range refs {
			e := edition{cp.c.Group[r.Doc], cp.published(r.Doc).Unix()}
			if o, ok := owner[e]; ok && o != v {
				return false
			}
			owner[e] = v
		}
	}
	return true
}

// A slot is one word that two sentences give differently in the same
// frame: the same words before and after it, give or take a word, wherever
// the rest of the sentences go ("struck Haiti on January 12, killing" /
// "which struck on February 12, and"). Paraphrase moves clauses around, so
// a global alignment of the two sentences can miss what the frame shows.

// slotClass is the class of word a slot may hold: two words of one class
// in one frame give one fact differently.
func slotClass(t subToken) string {
	switch {
	case english.Weekdays.Has(t.Lower):
		return "weekday"
	case english.Months.Has(t.Lower) && t.Cap && t.Lower != "may":
		return "month"
	case year(t.Lower) && !t.decade:
		return "year"
	}
	if _, ok := align.ParseNumber(t.Lower); ok && (t.Kind == text.Number || t.Lower != "one") {
		if t.notValue {
			return "qualified"
		}
		return "number"
	}
	if allNames([]subToken{t}) && strings.ToUpper(t.Text) != t.Text {
		return "name"
	}
	return ""
}

// frame counts the words around x[k] that stand around y[j] too, within
// contextSpan either side, and whether one of them is a content word.
func frame(x []subToken, k int, y []subToken, j int) (left, right int, content bool) {
	in := func(w subToken, ys []subToken) bool {
		for _, t := range ys {
			if t.Lower == w.Lower {
				return true
			}
		}
		return false
	}
	yl := y[max(0, j-contextSpan):j]
	yr := y[min(len(y), j+1):min(len(y), j+1+contextSpan)]
	for _, w := range x[max(0, k-contextSpan):k] {
		if in(w, yl) {
			left++
			content = content || !w.Stop && w.Kind == text.Word
		}
	}
	for _, w := range x[min(len(x), k+1):min(len(x), k+1+contextSpan)] {
		if in(w, yr) {
			right++
			content = content || !w.Stop && w.Kind == text.Word
		}
	}
	return left, right, content
}

// framed reports whether a frame is strong enough: three shared words,
// on both sides or all on one, one a content word ("with 228 people on
// board" / "The 228 people on board"); at the end of both sentences, three
// on the left.
func framed(x []subToken, k int, y []subToken, j int) bool {
	l, r, content := frame(x, k, y, j)
	if !content {
		return false
	}
	if k == len(x)-1 && j == len(y)-1 {
		return l >= minLeftAtEnd
	}
	return l >= 1 && r >= 1 && l+r >= 3 || l >= 3 || r >= 3
}

// statementDate reports whether a date is the day something was said
// ("police said Friday"), not the day of the event.
func statementDate(ts []subToken, k int) bool {
	return k > 0 && (english.SpeechVerbs.Has(ts[k-1].Lower))
}

// stampWords before a date make it a page's stamp (stampDate).
var stampWords = english.List("compare/stamp-words")

// stampDate reports whether the date at k is a page's date stamp: a stamp
// word ("Posted", "Updated") within the three tokens before it ("Posted:
// Saturday, March 2"): when the page was written, not when the event was.
func stampDate(ts []subToken, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if stampWords.Has(ts[j].Lower) {
			return true
		}
	}
	return false
}

func hasToken(ts []subToken, lower string) bool {
	return slices.ContainsFunc(ts, func(t subToken) bool { return t.Lower == lower })
}

// slots finds the words of one class, antonyms and negations that two
// sentences give differently in one frame. A sentence that holds both
// words speaks of two things.
func slots(x, y []subToken) []subFinding {
	var out []subFinding
	// A word both sentences hold is no slot: which words of y that x
	// holds, and the class of each, are worked out once, not per pair.
	skipY := make([]bool, len(y))
	classY := make([]string, len(y))
	for j, b := range y {
		if skipY[j] = hasToken(x, b.Lower); !skipY[j] {
			classY[j] = slotClass(b)
		}
	}
	for k, a := range x {
		if hasToken(y, a.Lower) {
			continue
		}
		ca := slotClass(a)
		// opposedSlot says no unless b is one of a's antonyms (Antonym
		// or WordNet's, as opposed reads them): most words have none,
		// and the pairs are many, so that is asked once per word of x.
		var mayOppose bool
		if ca == "" && !a.Stop {
			ant := Antonym(a.Lower)
			mayOppose = ant != "" || len(english.Antonyms(a.Lower)) > 0
		}
		for j, b := range y {
			if skipY[j] {
				continue
			}
			kind := ""
			va, vb := a.Text, b.Text
			switch cb := classY[j]; {
			case ca != "" && ca == cb:
				kind = slotKind(ca, x, k, y, j)
				if ca == "number" && !sameNext(x, k, y, j) {
					// "10 kilometers" / "six miles": one in another unit,
					// or two things counted.
					kind = ""
				}
				if ca == "number" {
					va, vb = withUnit(x, k), withUnit(y, j)
				}
			case ca == "" && cb == "" && !a.Stop && (mayOppose || b.Lower == "") && opposedSlot(x, k, y, j) && sameNext(x, k, y, j):
				kind = news.ConflictContradiction
			}
			if kind == "" || !framed(x, k, y, j) && !(kind == news.ConflictContradiction && headFrame(x, k, y, j)) {
				continue
			}
			out = append(out, subFinding{kind: kind, topic: subTopic(x, k, k+1), vals: [2]string{va, vb}})
		}
	}
	out = append(out, negatedSlots(x, y, false)...)
	return append(out, negatedSlots(y, x, true)...)
}

// opposedSlot reports whether the words x[k] and y[j] in one frame oppose
// each other: a hand-checked pair (Antonym), or a WordNet pair (opposed)
// that is no ordinal ("the second book" / "the first book" name two books
// of a series) and that neither sentence sets against its own antonym
// ("monitored by national observers and invited international experts" /
// "by local observers and invited international experts": a sentence that
// holds both ends of a scale speaks of two things there).
func opposedSlot(x []subToken, k int, y []subToken, j int) bool {
	a, b := x[k].Lower, y[j].Lower
	if Antonym(a) == b {
		return true
	}
	if english.Ordinals.Has(a) || english.Ordinals.Has(b) {
		if !ordinalFrame(x, k, y, j) {
			return false
		}
	}
	if !opposed(a, b) {
		return false
	}
	// After "and" or "or" a word shares a modifier before it that the
	// frame does not show: "insufficiently equipped and experienced" is
	// "insufficiently equipped and inexperienced" (ECB+ 23ecbplus). Not
	// when the word qualifies a noun both sentences give after it: then
	// the coordination joins two things and the word is the second's own
	// ("charged with homicide and [illegal] possession of firearm").
	if (coordinated(x, k) || coordinated(y, j)) && !sharedHead(x, k, y, j) {
		return false
	}
	holdsAntonym := func(ts []subToken, w string) bool {
		return slices.ContainsFunc(english.Antonyms(w), func(o string) bool { return hasToken(ts, o) }) || hasToken(ts, Antonym(w))
	}
	return !holdsAntonym(x, a) && !holdsAntonym(y, b)
}

// ordinalFrame reports whether two ordinals x[k] and y[j] stand between
// two shared words on each side, a content word among them: "Hakim is the
// [first] bomb technician to die" / "Hakim became the second bomb
// technician in Oregon State Police history". One place of a series named
// in one frame is one fact told two ways; "the first quake" and "the
// second quake" share less.
func ordinalFrame(x []subToken, k int, y []subToken, j int) bool {
	l, r, content := frame(x, k, y, j)
	return content && l >= 2 && r >= 2
}

// headFrame reports whether two antonyms x[k] and y[j] that qualify one
// noun (sameNext) stand between the same word before and that common noun
// after, in sentences that name one person or thing: "Marcell
// Christopher, 18, of Chattanooga was taken to the hospital in critical
// condition" / "... Marcell Christopher, 18, who is said to be in
// noncritical condition". The frame of a slot needs three shared words;
// here the noun the adjective qualifies and the shared name say that one
// state of one person is told two ways.
func headFrame(x []subToken, k int, y []subToken, j int) bool {
	if k == 0 || j == 0 || k+1 >= len(x) || x[k-1].Lower != y[j-1].Lower {
		return false
	}
	head := x[k+1]
	if head.Kind != text.Word || head.Stop || head.Cap {
		return false
	}
	return slices.ContainsFunc(x, func(t subToken) bool {
		return t.k > 0 && t.Kind == text.Word && t.Cap && !t.Stop && slices.ContainsFunc(y, func(u subToken) bool { return u.k > 0 && u.Text == t.Text })
	})
}

// sharedHead reports whether the words right after x[k] and y[j] are one
// content word: the head both qualify ("and [domestic] violence" /
// "and [foreign] violence").
func sharedHead(x []subToken, k int, y []subToken, j int) bool {
	if k+1 >= len(x) || j+1 >= len(y) {
		return false
	}
	a, b := x[k+1], y[j+1]
	return a.Lower == b.Lower && a.Kind == text.Word && !a.Stop
}

func coordinated(ts []subToken, k int) bool {
	return k > 0 && (ts[k-1].Lower == "and" || ts[k-1].Lower == "or")
}

// sameNext reports whether the words after two antonyms are the same: the
// antonyms then qualify one thing ("inside Iraqi waters" / "outside
// Iranian waters" say the same place).
func sameNext(x []subToken, k int, y []subToken, j int) bool {
	if x[k].unit != "" && x[k].unit == y[j].unit {
		return true
	}
	return k+1 < len(x) && j+1 < len(y) && x[k+1].Lower == y[j+1].Lower
}

// periodOf is the period a count is bounded by, right after it and the
// thing it counts ("arrested three times since October": "since october"),
// or "". Two counts over different periods ("arrested four times" in all)
// are two facts.
func periodOf(x []subToken, k int) string {
	for i := k + 1; i < len(x) && i <= k+3; i++ {
		if x[i].Lower == "since" && i+1 < len(x) {
			return "since " + x[i+1].Lower
		}
	}
	return ""
}

// slotKind is the difference two words of one class make in one frame, or
// "" when they do not oppose each other.
func slotKind(class string, x []subToken, k int, y []subToken, j int) string {
	switch class {
	case "number":
		va, _ := align.ParseNumber(x[k].Lower)
		vb, _ := align.ParseNumber(y[j].Lower)
		if va == vb || twoNamed(x, k, y, j) || twoAgeSlots(x, k, y, j) || periodOf(x, k) != periodOf(y, j) {
			return ""
		}
		return news.ConflictNumber
	case "weekday", "month", "year":
		if statementDate(x, k) || statementDate(y, j) || stampDate(x, k) || stampDate(y, j) {
			return ""
		}
		return news.ConflictDate
	case "name":
		if countryPair(x, k, y, j) {
			return news.ConflictName
		}
		// Names and speakers in one frame were measured on the calibration
		// stories and dropped: most were one name written two ways
		// ("William"/"Bill", "Blvd"/"Boulevard"), a name and its place
		// ("Canada"/"Vancouver") or two parts of one name ("Center"/
		// "Clinic"), at a precision far under the other kinds'.
		return ""
	}
	return ""
}

// twoNamed reports whether the figures x[k] and y[j] each follow a
// different name: the ages or counts of two people or places ("The baby
// sitter, Brooke Nelson, 18, of Mt. Pleasant" / "Joshua Hudec, 31, of Mt.
// Pleasant"), not one fact given two ways.
func twoNamed(x []subToken, k int, y []subToken, j int) bool {
	name := func(t subToken) bool {
		return t.Kind == text.Word && t.Cap && !t.Stop && !english.Months.Has(t.Lower) && !english.Weekdays.Has(t.Lower)
	}
	return k > 0 && j > 0 && name(x[k-1]) && name(y[j-1]) && x[k-1].Lower != y[j-1].Lower
}

// withUnit is a number with the content word after it ("65 dead").
func withUnit(ts []subToken, k int) string {
	if k+1 < len(ts) && !ts[k+1].Stop && ts[k+1].Kind == text.Word {
		return ts[k].Text + " " + ts[k+1].Text
	}
	return ts[k].Text
}

// negated reports whether a sentence holds a negation anywhere: its
// affirmation may lie elsewhere ("no financial terms ... were disclosed").
func negated(ts []subToken) bool {
	return slices.ContainsFunc(ts, func(t subToken) bool {
		return english.IsNegator(t.Lower)
	})
}

// reported reports whether the clause of the auxiliary at k is reported
// speech or belief.
func reported(ts []subToken, k int) bool { return reportedAt(ts, k) >= 0 }

// reportedAt is the index of the word that makes the clause of the
// auxiliary at k reported speech or belief, or -1.
func reportedAt(ts []subToken, k int) int {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if w := ts[j].Lower; english.SpeechVerbs.Has(w) || english.Conjunctions.Kind(w) == "subordinating" || english.Pronouns.Kind(w) == "rel" {
			return j
		}
	}
	return -1
}

// negatedSlots finds "was not arrested" in x where y says "was arrested"
// in the same frame. swap puts the values in y, x order.
func negatedSlots(x, y []subToken, swap bool) []subFinding {
	var out []subFinding
	for k := 1; k+1 < len(x); k++ {
		// A negation of the verb ("not", "never"), not of a noun ("no").
		if !english.IsNegator(x[k].Lower) || english.Determiners.Has(x[k].Lower) || english.Pronouns.Has(x[k].Lower) {
			continue
		}
		aux, verb := x[k-1], x[k+1]
		if verb.Stop || verb.Kind != text.Word || negated(y) || reported(x, k-1) {
			continue
		}
		for j := 0; j+1 < len(y); j++ {
			if y[j].Lower != aux.Lower || y[j+1].Lower != verb.Lower {
				continue
			}
			l, _, _ := frame(x, k-1, y, j)
			if l < 1 || reported(y, j) || ofObjects(x, k+1, y, j+1) {
				continue
			}
			vx, vy := aux.Text+" "+x[k].Text+" "+verb.Text, y[j].Text+" "+y[j+1].Text
			if swap {
				vx, vy = vy, vx
			}
			out = append(out, subFinding{kind: news.ConflictContradiction, topic: subTopic(x, k-1, k+2), vals: [2]string{vx, vy}})
		}
	}
	return out
}

// pairFindings are the slots of two sentences, less those that the two
// sentences' other words show to be about different things: figures of
// sentences about disjoint names ("Vaughn finished with 16 points" /
// "Hansbrough finished with 20 points"), and two figures that both differ
// (two records: "25 points and 16 rebounds" / "22 points and nine
// rebounds").
func (cp *comparer) pairFindings(x, y []subToken) []subFinding {
	fs := slots(x, y)
	span := spanFindings(x, y, cp.lowerWords())
	span = append(span, negatedAcross(x, y, false)...)
	span = append(span, negatedAcross(y, x, true)...)
	for _, f := range span {
		if !slices.ContainsFunc(fs, func(g subFinding) bool { return g.kind == f.kind && g.vals == f.vals }) {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		// nothing to keep or drop: the names of the two sentences
		// (two maps a pair) are read only for a finding
		return fs
	}
	lower := cp.lowerWords()
	names := func(ts []subToken) map[string]bool {
		out := map[string]bool{}
		for i, t := range ts {
			// The capital of a sentence's first word is the sentence's:
			// a word the story writes in lower case elsewhere is no name
			// there ("Police say the shooting happened", "Officers found").
			if i == 0 && lower[t.Lower] {
				continue
			}
			// Weekdays and months are the values compared, not names.
			if t.Cap && t.Kind == text.Word && !t.Stop && !english.Weekdays.Has(t.Lower) && !english.Months.Has(t.Lower) {
				out[t.Lower] = true
			}
		}
		return out
	}
	nx, ny := names(x), names(y)
	disjointNames := disjointNonEmpty(nx, ny)
	numbers := 0
	for _, f := range fs {
		if f.kind == news.ConflictNumber {
			numbers++
		}
	}
	return slices.DeleteFunc(fs, func(f subFinding) bool {
		// Sentences about disjoint names speak of different people or
		// places whatever the kind ("Torres's uncle has pleaded not
		// guilty" / "Roberts pleaded guilty").
		// A name difference makes its own two sentences' names disjoint
		// ("President Mahmoud Ahmadinejad" / "President Sean
		// McCormack"): the other names decide, and one of them must be
		// shared, or the two names may be a place and its region ("in
		// Millom" / "in Cumbria").
		if f.kind == news.ConflictName || f.kind == news.ConflictSpeaker {
			ox, oy := without(nx, f.vals[0]), without(ny, f.vals[1])
			// Two sentences that name nothing else have nothing to
			// tell them apart: the words around the names decide
			// (spanFindings reads names only between near-identical
			// sentences).
			if len(ox) == 0 && len(oy) == 0 {
				return false
			}
			return len(ox) == 0 || len(oy) == 0 || disjoint(ox, oy)
		}
		return disjointNames || f.kind == news.ConflictNumber && (numbers > 1 || figuresApart(f.vals))
	})
}

// figuresApart reports whether two figures differ by a factor over 3 (and by
// more than 3): different facts, as in sameQuantity ("served five months",
// "served 412 months": a fraction read as a number).
func figuresApart(vals [2]string) bool {
	first := func(v string) float64 {
		f, _, _ := strings.Cut(v, " ")
		n, _ := align.ParseNumber(strings.ToLower(f))
		return n
	}
	lo, hi := min(first(vals[0]), first(vals[1])), max(first(vals[0]), first(vals[1]))
	return lo > 0 && hi/lo > 3 && hi-lo > 3
}

// farApart is how far apart two reports' figures belong to different
// moments of a story rather than to one account of it.
const farApart = 90 * 24 * time.Hour

// monthsApart reports whether two reports were published farApart or more.
func (cp *comparer) monthsApart(a, b int) bool {
	ta, tb := cp.published(a), cp.published(b)
	if ta.IsZero() || tb.IsZero() {
		return false
	}
	d := ta.Sub(tb)
	return d >= farApart || -d >= farApart
}

// docHas reports whether a document holds a word (any case).
func docHas(doc *text.Doc, w string) bool {
	// A name of several words: its last word, the surname.
	f := strings.Fields(strings.ToLower(w))
	if len(f) == 0 {
		return false
	}
	lw := f[len(f)-1]
	return slices.ContainsFunc(doc.Tokens, func(t text.Token) bool { return t.Lower == lw })
}

// lowerWords are the words the story writes in lower case somewhere, built
// on first use.
func (cp *comparer) lowerWords() map[string]bool {
	if cp.lower == nil {
		cp.lower = map[string]bool{}
		for _, d := range cp.c.Docs {
			for _, t := range d.Tokens {
				if t.Kind == text.Word && !t.Cap {
					cp.lower[t.Lower] = true
				}
			}
		}
	}
	return cp.lower
}

// without is a set of lower-case names less the words of one value.
func without(set map[string]bool, value string) map[string]bool {
	out := map[string]bool{}
	drop := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(value)) {
		drop[w] = true
	}
	for w := range set {
		if !drop[w] {
			out[w] = true
		}
	}
	return out
}
