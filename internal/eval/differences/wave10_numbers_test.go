package differences

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/brief"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestEditedBlockAddress moves the block of one report of GVA incident
// 555126 ("Rigoberto Jose Castillo was at a taco truck in the 8600 block
// of North Lamar Boulevard in North Austin ..."), whose other report places
// the fight "in the 8600 block of North Lamar around 2:30 a.m. Sunday": the
// sentences go on differently and a block is no counted plural, so neither
// the word frames nor the quantities joined them; the street does
// (address.go).
func TestEditedBlockAddress(t *testing.T) {
	arts := gvaStory(t, "555126").Articles
	cs := editedConflicts(t, arts, "at a taco truck in the 8600 block of North Lamar Boulevard",
		"at a taco truck in the 17200 block of North Lamar Boulevard", news.ConflictNumber)
	wantSides(t, cs, "17200 block", "8600 block")
}

// TestUneditedBlockAddress: GVA incident 676663 as published, whose
// reports place the restaurant in the 2900 and in the 2800 block of Rimpau
// Boulevard, a difference of the reports a reader should see.
func TestUneditedBlockAddress(t *testing.T) {
	for _, c := range brief.Build(gvaStory(t, "676663").Articles, brief.Options{}).Conflicts {
		if c.Kind == news.ConflictNumber && slices.ContainsFunc(c.Sides, func(s news.Side) bool { return s.Value == "2900 block" }) &&
			slices.ContainsFunc(c.Sides, func(s news.Side) bool { return s.Value == "2800 block" }) {
			return
		}
	}
	t.Error("no difference of the block of Rimpau Boulevard")
}

// TestUneditedNoSeriesRemainderOrNamePieces reads GVA incidents as
// published, where figures that count no fact of the story, or count
// different groups, were shown as number differences: a gallery's counters
// ("Image 1 of 111" / "Image 1 of 40", 390526), the rest of a group ("the
// other five victims were transported" / "The other four victims have been
// released", 413001; "Eight of the victims have been released" / "all but
// five of the victims had been released", 634787) and a piece of a name
// ("Two Precinct 5 deputy constables" / "Two deputy constables", 567614).
func TestUneditedNoSeriesRemainderOrNamePieces(t *testing.T) {
	for id, vals := range map[string][2]string{"390526": {"111", "40"}, "413001": {"five", "four"}, "634787": {"Eight", "five"}, "567614": {"5 deputy", "2 deputy"}} {
		noNumberDifference(t, id, vals, func(value, v string) bool { return strings.HasPrefix(value, v) || strings.HasSuffix(value, v) })
	}
}

// noNumberDifference fails when the brief of a GVA incident as published
// shows a number difference with both values (as has matches them).
func noNumberDifference(t *testing.T, id string, vals [2]string, has func(value, v string) bool) {
	t.Helper()
	for _, c := range brief.Build(gvaStory(t, id).Articles, brief.Options{}).Conflicts {
		if c.Kind != news.ConflictNumber {
			continue
		}
		side := func(v string) bool {
			return slices.ContainsFunc(c.Sides, func(s news.Side) bool { return has(s.Value, v) })
		}
		if side(vals[0]) && side(vals[1]) {
			t.Errorf("%s: number difference %v", id, c.Sides)
		}
	}
}

// TestNoPlantsInPageFurniture: ECB+ 22ecbplus holds page stamps with the
// stamp word after the date ("Friday, Sep 10, 2010 | Updated 8:52 PM
// EDT"), which the date planter used to move; no date, number or negation
// is planted in a stamp or in a line that is no claim (align.Trivia).
func TestNoPlantsInPageFurniture(t *testing.T) {
	arts := ecbStory(t, "22ecbplus")
	docs, ids := brief.Analyze(arts)
	c := text.NewCorpus(docs, ids)
	c.SetCopies(dedup.Copies(docs))
	es, ms := entityMentions(c)
	p := &planter{docs: docs, entities: es, mentions: ms, r: storyRand(1, "22ecbplus"), lower: lowerWords(docs)}
	p.rs = map[string]*rand.Rand{}
	for _, k := range Kinds {
		p.rs[k] = storyRand(1, "22ecbplus"+k)
	}
	cands := p.candidates(c.Group)
	for _, kind := range []string{KindDate, KindNumber, KindNegation} {
		for _, pl := range cands[kind] {
			if s := docs[pl.Doc].Sentences[pl.Sent].Text; strings.Contains(s, "Updated") || align.Trivia(docs[pl.Doc], pl.Sent) {
				t.Errorf("%s plant %q -> %q in %q", kind, pl.Old, pl.New, s)
			}
		}
	}
}
