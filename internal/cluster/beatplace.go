package cluster

import (
	"github.com/cespare/xxhash/v2"

	"github.com/crosscheck/crosscheck/internal/entity"
	"github.com/crosscheck/crosscheck/internal/news"
)

// beatPlace reports whether a join within Grace that only the agreeing
// times admit (similarity sim under Threshold) rests on a place alone: its
// heaviest shared piece is a town or county the article's lead names,
// the story owns less than half of it (other stories of the stream name it
// too: the beat's city, not this event's), and the rest of the similarity
// is under NearRest times the threshold th. In a dense stream two
// shootings of one county in one week share its name and the beat's
// words and nothing else; two reports of one shooting share a street, a
// name, an age or more of their words. A place that is mostly the story's
// (a mountain of one accident, a village of one shooting) still joins on
// its own. English only: the places are read with the entity stage's
// English rules.
func (c *Clusterer) beatPlace(p prepared, s int, sim, th float64) bool {
	if c.opt.NearRest <= 0 || sim >= c.opt.Threshold || p.lang != "en" {
		return false
	}
	if g := c.articleGap(c.stories[s], p); g == unknown || g > c.opt.Grace {
		return false
	}
	tg, top, ownedRest, owned := c.heaviest(p, s)
	if tg < 0 || sim-top >= c.opt.NearRest*th || owned-ownedRest >= beatShare*top {
		return false
	}
	places := p.lead.of(p, c.casing.isName)
	for i, x := range p.vec {
		if p.group[i] == tg && places[x.t] {
			return true
		}
	}
	return false
}

// beatShare: a place the story holds less of than this (its share of the
// similarity the place gives, weighed by how much the place is the
// story's) is named by other stories as much as by it.
const beatShare = 0.5

// leadPlaces are the terms of the towns and areas an article's lead names
// (placeDetail's terms: not the scale word, not a street), read once.
type leadPlaces struct {
	read bool
	set  map[term]bool
}

func (l *leadPlaces) of(p prepared, isName func(string) bool) map[term]bool {
	if l.read {
		return l.set
	}
	l.read = true
	salt := xxhash.Sum64String(p.lang)
	for _, n := range entity.LeadNames(p.doc, leadSentences) {
		if n.Type != news.EntityPlace || !allNames(n.Words, isName) {
			continue
		}
		dt, ok := placeDetail(n)
		if !ok || dt.slot == slotStreet {
			continue
		}
		if l.set == nil {
			l.set = map[term]bool{}
		}
		for _, t := range dt.terms {
			l.set[t^salt] = true
		}
	}
	return l.set
}
