package cluster

// Refusals that a story merge keeps (issue 12, wave 26).
//
// A story merge (mergeInto) compares the centroids of two stories that an
// arriving article resembles: it read none of the evidence by which a join
// is refused. An article refused by a story started a story of its own (or
// joined another), and the merge brought it back into the story that
// refused it: at once, when its own story, a lone report, resembled the
// refusing story as much as it did, or later, when another report bridged
// the two. On the GVA calibration part, "Police file additional charge
// against teen girl accused of accid[entally shooting]" (Baton Rouge, a
// girl of 17) was refused by the story of "Caretaker booked after
// 8-year-old shoots, injures brother" for the victims its lead counts
// (otherVictims), and merged into it on arrival; of the 5 pairs of
// stories merged so after such a refusal in the two calibration streams,
// 4 were two incidents (docs/clustering.md, "Wave 26").
//
// A refusal on evidence against the join (filed from another place,
// another street, other victims counted: refusedAgainst) says the two
// stories are two events, whatever comes later: the two are linked apart,
// the link is carried through merges (absorb), and two stories so linked
// are never merged. A later article may still join either story on its
// own evidence.
//
// Refusals for the lack of evidence (a low similarity or ownership, one
// name far apart in time, a place of the beat) keep no link: the merge
// compares the two stories whole, and after them it was as often right as
// wrong on GVA (a follow-up's "Persons of interest in Kent drive-by
// shooting in custody" merging the two halves of its story). Refusing the
// merge after a refusal for one name far apart in time (the article as no
// link) lost more on the ECB+ and MultiLing calibration rows than it
// gained on GVA (docs/clustering.md, "Wave 26").

// refusedAgainst reports whether a refusal rests on evidence against the
// join, not on the lack of evidence for it.
func refusedAgainst(reason string) bool {
	switch reason {
	case RefusedPlace, RefusedStreet, RefusedVictims:
		return true
	}
	return false
}

// keepApart links story s with the stories its new member was refused on
// evidence against the join.
func (c *Clusterer) keepApart(s int, refused []int) {
	s = c.resolve(s)
	for _, o := range refused {
		if o = c.resolve(o); o != s && !c.keptApart(s, o) {
			c.stories[s].apart = append(c.stories[s].apart, int32(o))
			c.stories[o].apart = append(c.stories[o].apart, int32(s))
		}
	}
}

// keptApart reports whether stories s and o are linked apart (links are
// kept on both sides and carried into the story a merge keeps, so one
// side's list is enough).
func (c *Clusterer) keptApart(s, o int) bool {
	s, o = c.resolve(s), c.resolve(o)
	for _, x := range c.stories[s].apart {
		if c.resolve(int(x)) == o {
			return true
		}
	}
	return false
}
