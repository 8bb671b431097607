package compare

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// kindDates are the dates of one kind a sentence gives, with the words
// around each.
type kindDates struct {
	ref   align.SentRef
	kind  string
	dates []DateExpr
	near  []map[string]string
}

// sentenceKindDates groups a sentence's dates by kind, leaving out a
// page's own moment, a bound ("by Saturday") and a date of another
// occasion ("an earlier briefing Friday").
func sentenceKindDates(doc *text.Doc, ref align.SentRef) map[string]*kindDates {
	dates := Dates(doc, ref.Sent)
	if len(dates) < 2 {
		return nil
	}
	toks := doc.SentenceTokens(ref.Sent)
	if pageTime(toks) {
		return nil
	}
	out := map[string]*kindDates{}
	for _, d := range dates {
		if d.Tok > 0 && boundWords.Has(toks[d.Tok-1].Lower) || another(toks, d.Tok) {
			continue
		}
		kd := out[d.Kind]
		if kd == nil {
			kd = &kindDates{ref: ref, kind: d.Kind}
			out[d.Kind] = kd
		}
		kd.dates = append(kd.dates, d)
		kd.near = append(kd.near, nearWords(toks, d.Tok))
	}
	return out
}

// nearWords are the content words, by stem, within eight tokens of a
// date, not other dates' words: what the date is told with.
func nearWords(toks []text.Token, at int) map[string]string {
	out := map[string]string{}
	for k := max(0, at-8); k < min(len(toks), at+9); k++ {
		t := toks[k]
		if k == at || t.Kind != text.Word || t.Stop || len(t.Lower) < 3 || dateTerms()[t.Lower] || dayParts.Has(t.Lower) {
			continue
		}
		out[text.Stem(t.Lower)] = t.Text
	}
	return out
}

// values are the distinct values of the dates.
func (kd *kindDates) values() []string {
	var out []string
	for _, d := range kd.dates {
		if !slices.Contains(out, d.Value) {
			out = append(out, d.Value)
		}
	}
	return out
}

// anchoredDates finds one date told two ways in two sentences that give
// several dates of one kind and agree on one of them: "the July 17
// killings of three officers in Baton Rouge, and a July 7 attack in
// Dallas" / "five officers on July 7 in Dallas and three more July 18 in
// Baton Rouge". The date both give anchors the two accounts to one
// timeline; the one date left on each side is then one moment told two
// ways, when the words around the two share a word. Sentences are paired
// as nearDates pairs them: in one claim, or alike apart from their dates.
func (cp *comparer) anchoredDates(earlier []news.Conflict) []news.Conflict {
	covered := coveredSentences(cp, earlier, news.ConflictDate)
	byRef := map[align.SentRef]map[string]*kindDates{}
	kindsOf := func(r align.SentRef) map[string]*kindDates {
		got, ok := byRef[r]
		if !ok {
			got = sentenceKindDates(cp.c.Docs[r.Doc], r)
			byRef[r] = got
		}
		return got
	}
	var sides valueSides[string]
	for d, doc := range cp.c.Docs {
		for s := range doc.Sentences {
			ref := align.SentRef{Doc: d, Sent: s}
			if covered[ref] || !cp.a.Active(ref) {
				continue
			}
			mine := kindsOf(ref)
			if len(mine) == 0 {
				continue
			}
			for _, n := range cp.a.Neighbours(ref, 0.1) {
				if n.Ref.Doc == d || covered[n.Ref] || cp.c.Group[n.Ref.Doc] == cp.c.Group[d] {
					continue
				}
				theirs := kindsOf(n.Ref)
				if len(theirs) == 0 || !cp.sameClaim(ref, n.Ref) && cp.dateResidual(ref, n.Ref) < nearDate || cp.monthsApart(d, n.Ref.Doc) {
					continue
				}
				for kind, a := range mine {
					b := theirs[kind]
					if b == nil {
						continue
					}
					x, y, ok := cp.anchoredPair(a, b)
					if !ok {
						continue
					}
					k := kind + "\x00" + strings.Join(x.shared, " ")
					sides.add(k, x.d.Value, a.ref)
					sides.add(k, y.d.Value, b.ref)
				}
			}
		}
	}
	return sides.conflicts(cp, news.ConflictDate, func(k string) string {
		return "date: " + strings.Join(strings.Fields(strings.SplitN(k, "\x00", 2)[1]), ", ")
	})
}

// oddDate is the one date of a sentence's kind that the other sentence
// does not give, with the words its counterpart shares.
type oddDate struct {
	d      DateExpr
	shared []string
}

// anchoredPair reports the one date of each sentence that differs when
// the two give a date of the kind in common, one sentence gives two dates
// of it or more, and one date is left on each side, told with a shared
// word, neither sentence naming the other's.
func (cp *comparer) anchoredPair(a, b *kindDates) (oddDate, oddDate, bool) {
	va, vb := a.values(), b.values()
	if len(va) < 2 && len(vb) < 2 {
		return oddDate{}, oddDate{}, false
	}
	common := 0
	for _, v := range va {
		if slices.Contains(vb, v) {
			common++
		}
	}
	if common == 0 {
		return oddDate{}, oddDate{}, false
	}
	ia, ib := a.oddOne(vb), b.oddOne(va)
	if ia < 0 || ib < 0 {
		return oddDate{}, oddDate{}, false
	}
	da, db := a.dates[ia], b.dates[ib]
	if mentions(cp.sentText(a.ref), db) || mentions(cp.sentText(b.ref), da) {
		return oddDate{}, oddDate{}, false
	}
	shared := sharedKeys(a.near[ia], b.near[ib])
	slices.Sort(shared)
	return oddDate{da, shared}, oddDate{db, shared}, true
}

// oddOne is the index of the one date whose value others does not hold,
// or -1 when there is none or more than one.
func (kd *kindDates) oddOne(others []string) int {
	at := -1
	for i, d := range kd.dates {
		if slices.Contains(others, d.Value) {
			continue
		}
		if at >= 0 && kd.dates[at].Value != d.Value {
			return -1
		}
		at = i
	}
	return at
}
