package compare

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text"
)

// Explain says why two sentences of a story, one edited and one that tells
// the same fact in another report, give no difference of a kind ("number",
// "date" or "name"): whether they share a claim, what each reads, and the first
// rule that keeps the pair apart. It is a reading aid for the misses of
// `crosscheck eval differences`, not part of the brief.
func Explain(c *text.Corpus, a *align.Result, kind string, x, y align.SentRef) string {
	cp := &comparer{c: c, a: a}
	var b strings.Builder
	cx, cy := cp.claimOf(x), cp.claimOf(y)
	switch {
	case cx < 0 || cy < 0:
		fmt.Fprintf(&b, "claim: none (%d, %d)", cx, cy)
	case cx != cy:
		fmt.Fprintf(&b, "claim: apart (%d, %d)", cx, cy)
	default:
		fmt.Fprintf(&b, "claim: one (%d, independent %d)", cx, a.Claims[cx].Independent)
	}
	fmt.Fprintf(&b, "; cosine %.2f, without figures %.2f, without dates %.2f", a.Similarity(x, y), cp.residualSim(x, y), cp.dateResidual(x, y))
	if c.Group[x.Doc] == c.Group[y.Doc] {
		b.WriteString("; one copy group")
	}
	switch kind {
	case "date":
		b.WriteString("; " + cp.explainDates(x, y))
	case "number":
		b.WriteString("; " + cp.explainNumbers(x, y))
	case "name":
		b.WriteString("; " + cp.explainNames(x, y))
	case "contradiction":
		b.WriteString("; " + cp.explainContradiction(x, y))
	}
	return b.String()
}

func (cp *comparer) explainDates(x, y align.SentRef) string {
	dx, dy := Dates(cp.c.Docs[x.Doc], x.Sent), Dates(cp.c.Docs[y.Doc], y.Sent)
	out := fmt.Sprintf("dates %s / %s; dated %s / %s", dateList(dx), dateList(dy), cp.datedList(x), cp.datedList(y))
	if len(dx) != 1 || len(dy) != 1 {
		return out + "; not one date each"
	}
	tx, ty := cp.c.Docs[x.Doc].SentenceTokens(x.Sent), cp.c.Docs[y.Doc].SentenceTokens(y.Sent)
	for _, p := range []struct {
		t []text.Token
		d DateExpr
	}{{tx, dx[0]}, {ty, dy[0]}} {
		if p.d.Tok > 0 && boundWords.Has(p.t[p.d.Tok-1].Lower) {
			return out + "; bound word " + p.t[p.d.Tok-1].Lower
		}
		if p.d.Tok > 0 && statementVerbs.Has(p.t[p.d.Tok-1].Lower) {
			return out + "; statement verb " + p.t[p.d.Tok-1].Lower
		}
	}
	if dx[0].Kind != dy[0].Kind {
		out += fmt.Sprintf("; kinds differ (%d-%d-%d y%d / %d-%d-%d y%d)", dx[0].Y, dx[0].M, dx[0].D, dx[0].year, dy[0].Y, dy[0].M, dy[0].D, dy[0].year)
		if !dayApart(dx[0], dy[0]) {
			return out + ", not apart"
		}
		if cp.namesDay(x, dy[0]) || cp.namesDay(y, dx[0]) {
			return out + "; one names the other's"
		}
	} else if mentions(cp.sentText(x), dy[0]) || mentions(cp.sentText(y), dx[0]) {
		return out + "; one names the other's"
	}
	sh := sharedKeys(dateAnchors(tx, dx[0].Tok), dateAnchors(ty, dy[0].Tok))
	if len(sh) == 0 {
		return out + fmt.Sprintf("; anchors differ %v / %v", keys(dateAnchors(tx, dx[0].Tok)), keys(dateAnchors(ty, dy[0].Tok))) + cp.explainNear(x, y)
	}
	return out + "; anchors shared " + strings.Join(sh, ",") + cp.explainNear(x, y)
}

// explainNear says what the tests of two claims (nearDates, nearPair) read
// of two sentences: whether one is the other's neighbour, their residual,
// and for each pair of date items whether each dates the violent act
// (incidentAt) and which guard of incidentDays refuses them.
func (cp *comparer) explainNear(x, y align.SentRef) string {
	if cp.sameClaim(x, y) {
		return ""
	}
	near := false
	for _, n := range cp.a.Neighbours(x, 0.1) {
		near = near || n.Ref == y
	}
	out := fmt.Sprintf("; near: neighbour %v, residual %.2f, months apart %v, share name %v", near, cp.dateResidual(x, y), cp.monthsApart(x.Doc, y.Doc), cp.shareName(x, y))
	dx, dy := cp.c.Docs[x.Doc], cp.c.Docs[y.Doc]
	for _, a := range cp.dateItems(x) {
		for _, b := range cp.dateItems(y) {
			if a.d.Kind != b.d.Kind {
				continue
			}
			wa, oka := incidentAt(dx, a)
			wb, okb := incidentAt(dy, b)
			out += fmt.Sprintf("; incident %q %v / %q %v, one night %v, dates other's %v / %v, another act %v / %v", wa, oka, wb, okb, oneNight(a, b),
				datesIncident(dx, x.Doc, b.d), datesIncident(dy, y.Doc, a.d), cp.anotherAct(a, b), cp.anotherAct(b, a))
		}
	}
	return out
}

// datedList names the predicate each date item of a sentence dates
// (datedPredicate), "-" for none.
func (cp *comparer) datedList(r align.SentRef) string {
	var s []string
	for _, it := range cp.dateItems(r) {
		l, neg := datedPredicate(cp.c.Docs[r.Doc], it)
		if l == "" {
			l = "-"
		}
		if neg {
			l = "not " + l
		}
		s = append(s, it.d.Value+":"+l)
	}
	return "[" + strings.Join(s, " ") + "]"
}

func keys(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func dateList(ds []DateExpr) string {
	var s []string
	for _, d := range ds {
		s = append(s, d.Kind+":"+d.Value)
	}
	return "[" + strings.Join(s, " ") + "]"
}

func (cp *comparer) explainNumbers(x, y align.SentRef) string {
	qx, qy := Quantities(cp.c.Docs[x.Doc], x.Sent), Quantities(cp.c.Docs[y.Doc], y.Sent)
	out := fmt.Sprintf("quantities %s / %s", quantityList(qx), quantityList(qy))
	if !cp.a.Active(x) || !cp.a.Active(y) {
		return out + "; not active"
	}
	ix, iy := sentenceItems(cp.c.Docs[x.Doc], x, qx), sentenceItems(cp.c.Docs[y.Doc], y, qy)
	if len(ix) == 0 || len(iy) == 0 {
		return out + "; no comparable item"
	}
	for _, i := range ix {
		for _, j := range iy {
			if dimKey(i.q) != dimKey(j.q) {
				continue
			}
			sh, ok := cp.sameQuantity(i, j)
			out += fmt.Sprintf("; %s~%s same=%v shared=%v attach %v/%v", i.q, j.q, ok, sh, i.attach, j.attach)
		}
	}
	return out
}

func quantityList(qs []Quantity) string {
	var s []string
	for _, q := range qs {
		s = append(s, q.String()+"("+q.Dim+")")
	}
	return "[" + strings.Join(s, " ") + "]"
}

// explainNames says which test of a name slot (slotFinding) keeps two
// sentences apart: too unlike to be compared, no hunk whose edge is a
// run of name words after a frame of shared words, or the test of two
// people that refuses the runs.
func (cp *comparer) explainNames(x, y align.SentRef) string {
	if x.Doc > y.Doc {
		x, y = y, x
	}
	rank := -1
	for i, n := range cp.a.Neighbours(x, slotSim) {
		if n.Ref == y {
			rank = i
		}
	}
	out := fmt.Sprintf("neighbour rank %d", rank)
	if rank < 0 || rank >= maxNeighbours {
		return out + "; not a near neighbour"
	}
	sx, sy := cp.subTokens(x), cp.subTokens(y)
	var why []string
	for _, h := range hunks(sx, sy) {
		if h.xb == h.xa || h.yb == h.ya {
			continue
		}
		hx, hy := joinSub(sx[h.xa:h.xb]), joinSub(sy[h.ya:h.yb])
		nx, ny, ok := slotRuns(h, sx, sy, cp.lowerWords())
		if !ok {
			why = append(why, fmt.Sprintf("%q/%q: no name run at a frame (left %d, right %d)", hx, hy, h.left, h.right))
			continue
		}
		a, b := unpossessed(sx[nx.a:nx.b]), unpossessed(sy[ny.a:ny.b])
		va, vb := joinSub(a), joinSub(b)
		switch {
		case !twoPeople(a, b, sx, sy):
			why = append(why, fmt.Sprintf("%q/%q: not two people", va, vb))
		case docHas(cp.c.Docs[x.Doc], vb) && docHas(cp.c.Docs[y.Doc], va):
			why = append(why, fmt.Sprintf("%q/%q: each report names both", va, vb))
		case cp.oneName(a, b):
			why = append(why, fmt.Sprintf("%q/%q: one name", va, vb))
		case !cp.twoPersons(x.Doc, a, y.Doc, b):
			why = append(why, fmt.Sprintf("%q/%q: not two persons of the entity layer", va, vb))
		default:
			why = append(why, fmt.Sprintf("%q/%q: a slot", va, vb))
		}
	}
	return out + "; " + strings.Join(why, "; ")
}

// explainContradiction says what the comparison reads of two sentences for
// a contradiction (a negation or an antonym): whether the other is a near
// neighbour for the span reading, how many differing stretches the pair
// has, which readings find one before the filters of pairFindings and
// after, and for each negation of a side whether its proposition is read
// and affirmed by the other sentence.
func (cp *comparer) explainContradiction(x, y align.SentRef) string {
	rank := -1
	for i, n := range cp.a.Neighbours(x, substitutionSim) {
		if n.Ref == y {
			rank = i
		}
	}
	out := []string{fmt.Sprintf("neighbour rank %d", rank)}
	sx, sy := cp.subTokens(x), cp.subTokens(y)
	count := func(fs []subFinding) int {
		n := 0
		for _, f := range fs {
			if f.kind == "contradiction" {
				n++
			}
		}
		return n
	}
	out = append(out, fmt.Sprintf("hunks %d, slots %d, span %d, across %d, kept %d, negated %v/%v",
		len(hunks(sx, sy)), count(slots(sx, sy)), count(spanFindings(sx, sy, cp.lowerWords())),
		count(negatedAcross(sx, sy, false))+count(negatedAcross(sy, sx, true)), count(cp.pairFindings(sx, sy)), negated(sx), negated(sy)))
	for _, p := range [][2]align.SentRef{{x, y}, {y, x}} {
		doc, odoc := cp.c.Docs[p[0].Doc], cp.c.Docs[p[1].Doc]
		for _, neg := range Negations(doc, p[0].Sent) {
			d, ok := negatedProposition(doc, p[0].Sent, neg, cp.a.Weight)
			if !ok {
				out = append(out, fmt.Sprintf("%q: no proposition (%s)", neg.Cue, whyNoProposition(doc, p[0].Sent, neg, cp.a.Weight)))
				continue
			}
			d.hedges = hedgeWords(doc, p[0].Sent)
			d.person = cp.phrasePerson(p[0].Doc, p[0].Sent, d.said, d.saidHead)
			_, _, aff := d.affirmedBy(odoc, p[1].Sent, cp.a.Weight, cp.personReader(p[1].Doc, p[1].Sent))
			out = append(out, fmt.Sprintf("%q: pred %s subj %v undergoer %q person %q obj %q affirmed %v (hedged %v, negations %d)", neg.Cue, d.lemma, keysOf(d.subject), d.undergoer, d.person, d.object, aff,
				Hedged(odoc, p[1].Sent), len(Negations(odoc, p[1].Sent))))
		}
	}
	return strings.Join(out, "; ")
}

func keysOf(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// whyNoProposition says where negatedProposition failed: no predicate in
// the scope, else the predicate and the lemma and subject head of the
// propositions at the predicate, at the cue, and just before and after it
// ("-": none; "none": no subject read).
func whyNoProposition(doc *text.Doc, s int, neg Negation, weight func(string) float64) string {
	toks := doc.SentenceTokens(s)
	at, ok := predicateIn(toks, neg, weight)
	if !ok {
		return "no predicate"
	}
	base := doc.Sentences[s].TokStart
	a := doc.Annotation()
	var heads []string
	for _, p := range []*text.Proposition{a.PropAt(base + at), a.PropAt(base + neg.Tok), a.PropAt(base + neg.Tok - 1), a.PropAt(base + neg.Tok + 1)} {
		if p == nil {
			heads = append(heads, "-")
			continue
		}
		h := "none"
		if p.SubjectHead >= 0 {
			h = doc.Tokens[p.SubjectHead].Text
		}
		heads = append(heads, p.Lemma+":"+h)
	}
	return "pred " + toks[at].Text + ", subjects " + strings.Join(heads, " ")
}
