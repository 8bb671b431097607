package cluster

import (
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// Two events of one kind told in one beat's words (two fires at one chain's
// shops, two injured players of one team, two earthquakes of one region)
// share their vocabulary and often their people; what tells them apart is a
// detail that identifies the event: the town or street, the victim or the
// perpetrator, the product's model, the earthquake's magnitude. A conflict
// is a slot in which the article's lead names a detail that no member's
// lead names, while the leads of at least half the story's members name one
// that the article's lead does not.
//
// It is read for --explain (Why.Conflict) and not used to decide: on the
// calibration parts it is found in about half of the wrong joins, but also
// in 13 % of ECB+'s right joins and 29 % of GVA's, at the same
// similarities, since reports of one event name different people (a
// witness, a spokesman) and places (a street, a county) in their leads
// (docs/clustering.md, "Wave 11").

// slot is what an identifying detail says of its event, as --explain
// names it.
type slot string

const (
	slotPerson    slot = "person"
	slotTown      slot = "town"
	slotStreet    slot = "street"
	slotArea      slot = "area"
	slotModel     slot = "product or model"
	slotMagnitude slot = "magnitude"
)

// detail is one identifying detail of a lead: its slot, the terms under
// which another lead names it (any one of them), and its written form.
type detail struct {
	slot  slot
	terms []term
	label string
}

// quantityNouns are the nouns whose number identifies an event.
var quantityNouns = english.List("cluster/identifying-quantities")

// placeScales gives the scale of a place by its last word (street, area).
var placeScales = english.List("cluster/place-scales")

// leadDetails reads the identifying details of the article's lead (its
// first leadSentences sentences) with the entity stage's reading of names
// and their types, English only (its types are English rules); only with
// Options.Explain, which shows them.
func (c *Clusterer) leadDetails(d *text.Doc) []detail {
	if !c.opt.Explain || d.Language != "en" {
		return nil
	}
	var out []detail
	for _, n := range entity.LeadNames(d, leadSentences) {
		if dt, ok := nameDetail(d, n, c.casing.isName); ok {
			out = append(out, dt)
		}
	}
	for i := range d.Sentences {
		if i >= leadSentences {
			break
		}
		out = appendMagnitudes(out, d.SentenceTokens(i))
	}
	return out
}

// nameDetail makes a detail of a lead name: a person named in full without
// a title (officials and reporters are not what the event is about), a
// place at its scale, or a product named with its model number.
func nameDetail(d *text.Doc, n entity.LeadName, isName func(string) bool) (detail, bool) {
	if !allNames(n.Words, isName) {
		// A headline's capitals ("Klitschko Cruises Again"), a page's
		// time stamp ("PM EDT"): not a name the stream writes as one.
		return detail{}, false
	}
	if m, ok := modelOf(d, n); ok {
		return detail{slot: slotModel, terms: []term{hashTerm(kindNumber, m)}, label: n.Key + " " + m}, true
	}
	switch {
	case n.Type == news.EntityPlace:
		return placeDetail(n)
	case n.Type == news.EntityPerson && len(n.Words) >= 2 && len(n.Desc) == 0 && !byline(d, n):
		// Named by the surname, the word later mentions keep.
		last := lowerName(n.Words[len(n.Words)-1])
		if len(last) < 3 {
			return detail{}, false
		}
		return detail{slot: slotPerson, terms: []term{hashTerm(kindEntity, last)}, label: n.Key}, true
	}
	return detail{}, false
}

// placeDetail makes a detail of a place: its slot is its scale (a town
// conflicts with a town, a street with a street, never a town with its
// county), and another lead names it by any of its own words ("Remsen"
// of "Remsen Ave").
func placeDetail(n entity.LeadName) (detail, bool) {
	var ts []term
	for _, w := range n.Words {
		lw := lowerName(w)
		if len(lw) > 2 && !text.IsStop(lw) && placeScales.Kind(lw) == "" && !compassPrefixes.Has(lw) {
			ts = append(ts, hashTerm(kindEntity, lw))
		}
	}
	if len(ts) == 0 {
		return detail{}, false
	}
	s := slotTown
	switch placeScales.Kind(lowerName(n.Words[len(n.Words)-1])) {
	case "street":
		s = slotStreet
	case "area":
		s = slotArea
	}
	return detail{slot: s, terms: ts, label: n.Key}, true
}

// compassPrefixes open the name of a part of a place ("West
// Philadelphia"): not what identifies it.
var compassPrefixes = english.List("entity/compass-prefixes")

// byline reports a name written after "By": the report's author.
func byline(d *text.Doc, n entity.LeadName) bool {
	before := strings.TrimRight(d.Article.Text[:n.Start], " ")
	return strings.HasSuffix(strings.ToLower(before), "by")
}

func lowerName(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(text.FoldQuotes(w)), "'s"), ".")
}

// allNames reports whether every word of a name is one the stream writes
// capitalised (isName), leaving out the small words inside names ("Bank
// of England"); a weekday, a month or another stop word makes it no name.
func allNames(words []string, isName func(string) bool) bool {
	for _, w := range words {
		lw := lowerName(w)
		if calendarWord(lw) || stampWords.Has(lw) || zoneWords.Has(lw) || text.IsStop(lw) && !connectors.Has(lw) {
			return false
		}
		if len(lw) > 2 && !hasLetterAndDigit(lw) && !isName(lw) && !connectors.Has(lw) {
			return false
		}
	}
	return true
}

// stampWords and zoneWords make a page's time stamp ("5:03 PM EDT").
var (
	stampWords = english.List("align/time-line-words")
	zoneWords  = english.List("timex/zone-abbrev")
)

// connectors may join the words of one name ("Bank of England").
var connectors = english.List("entity/connectors")

// modelOf finds a model number in or right after a name: a word of the
// name mixing letters and digits ("Q10", "A380"), or a whole number of at
// most 5 digits written right after it ("Curve 8900"), not after a month.
func modelOf(d *text.Doc, n entity.LeadName) (string, bool) {
	for _, w := range n.Words {
		if hasLetterAndDigit(w) {
			return strings.ToLower(w), true
		}
	}
	rest := d.Article.Text[n.End:]
	if len(rest) < 2 || rest[0] != ' ' || rest[1] < '0' || rest[1] > '9' || calendarWord(lowerName(n.Words[len(n.Words)-1])) {
		return "", false
	}
	tk := text.Tokenize(rest[1:min(len(rest), 16)], 0)
	if len(tk) > 0 && tk[0].Kind == text.Number && !strings.ContainsAny(tk[0].Lower, ".,") && len(tk[0].Lower) < 6 {
		return tk[0].Lower, true
	}
	return "", false
}

func hasLetterAndDigit(w string) bool {
	var l, dg bool
	for _, r := range w {
		l = l || unicode.IsLetter(r)
		dg = dg || unicode.IsDigit(r)
	}
	return l && dg
}

// appendMagnitudes adds the numbers written next to a quantity noun
// ("magnitude 4.4", "a 4.6 magnitude", "6.1-magnitude").
func appendMagnitudes(out []detail, toks []text.Token) []detail {
	for i := range toks {
		if num, ok := quantityNumber(toks, i); ok {
			out = append(out, detail{slot: slotMagnitude, terms: []term{hashTerm(kindNumber, num)}, label: num})
		}
	}
	return out
}

// quantityNumber reads the number that token i gives a quantity noun.
func quantityNumber(toks []text.Token, i int) (string, bool) {
	tk := toks[i]
	if a, b, ok := strings.Cut(tk.Lower, "-"); ok {
		switch {
		case quantityNouns.Has(b) && isNumeral(a): // "6.1-magnitude"
			return a, true
		case quantityNouns.Has(a) && isNumeral(b): // "magnitude-4.4"
			return b, true
		}
		return "", false
	}
	if !quantityNouns.Has(tk.Lower) {
		return "", false
	}
	for _, j := range []int{i + 1, i - 1, i + 2} {
		if j >= 0 && j < len(toks) && toks[j].Kind == text.Number && isNumeral(toks[j].Lower) {
			return toks[j].Lower, true
		}
	}
	return "", false
}

func isNumeral(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' {
			return false
		}
	}
	return s != ""
}

// storyDetails is what the leads of a story's members identify: each
// detail with how many members' leads give it, and the terms of them all.
type storyDetails struct {
	lead  []detail
	leadN []int32
	named map[term]bool
}

// add records a member's lead details.
func (sd *storyDetails) add(dts []detail) {
	for _, dt := range dts {
		sd.addN(dt, 1)
	}
}

func (sd *storyDetails) addN(dt detail, n int32) {
	if sd.named == nil {
		sd.named = map[term]bool{}
	}
	for _, t := range dt.terms {
		sd.named[t] = true
	}
	for i, x := range sd.lead {
		if x.slot == dt.slot && x.label == dt.label {
			sd.leadN[i] += n
			return
		}
	}
	sd.lead = append(sd.lead, dt)
	sd.leadN = append(sd.leadN, n)
}

// absorb adds another story's details (a merge).
func (sd *storyDetails) absorb(o *storyDetails) {
	for i, dt := range o.lead {
		sd.addN(dt, o.leadN[i])
	}
}

// conflict says the first slot in which the article's lead details dts
// and the leads of a story of n members disagree ("person: david tennant
// / peter capaldi"), or "".
func (sd *storyDetails) conflict(n int, dts []detail) string {
	if len(dts) == 0 || len(sd.lead) == 0 {
		return ""
	}
	ours := map[term]bool{}
	for _, a := range dts {
		for _, t := range a.terms {
			ours[t] = true
		}
	}
	for _, a := range dts {
		if namedBy(a, sd.named) {
			continue
		}
		for i, b := range sd.lead {
			if b.slot == a.slot && 2*int(sd.leadN[i]) >= n && !namedBy(b, ours) {
				return string(a.slot) + ": " + a.label + " / " + b.label
			}
		}
	}
	return ""
}

// namedBy reports whether a detail is among the terms of a lead.
func namedBy(dt detail, terms map[term]bool) bool {
	for _, t := range dt.terms {
		if terms[t] {
			return true
		}
	}
	return false
}
