package cluster

// Merged folds story from into story into, as another clusterer sharing the
// same store decided (a worker learns of it from the store), so that this
// one carries on with the same stories. It reports whether both stories
// were known; a merge already made is a no-op.
func (c *Clusterer) Merged(from, into string) bool {
	f, okf := c.byID[from]
	i, oki := c.byID[into]
	if !okf || !oki {
		return false
	}
	f, i = c.resolve(f), c.resolve(i)
	if f != i {
		c.absorb(i, f)
	}
	return true
}

// Current returns the id of the story that the story named id now is: id
// itself, or the story it was merged into; "" if id is unknown.
func (c *Clusterer) Current(id string) string {
	s, ok := c.byID[id]
	if !ok {
		return ""
	}
	return c.stories[c.resolve(s)].id
}
