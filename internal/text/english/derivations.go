package english

// EventNouns maps an event noun to the verb whose action it names
// ("explosion" explode, "invitation" invite, "acquisition" acquire):
// data/wordnet-derivations.txt, written from WordNet 3.0 by
// gen/derivations.go. Lookups take the noun's lemma (singular).
var EventNouns = newSet("wordnet-derivations.txt")

// EventVerb returns the verb whose action the lower-case noun form w names
// ("explosions" explode), or "" when w is not an event noun of the list.
func EventVerb(w string) string {
	if v, ok := EventNouns.Value(w); ok {
		return v
	}
	if l := NounLemma(w); l != w {
		return EventNouns.Kind(l)
	}
	return ""
}
