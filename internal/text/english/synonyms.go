package english

import (
	"strings"
	"sync"
)

// wordnetSynonyms maps a part of speech and a lemma ("n person") to the
// other words whose first sense is the lemma's first sense:
// data/wordnet-synonyms.txt, written from WordNet 3.0 by gen/synonyms.go.
var wordnetSynonyms = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, line := range lines("wordnet-synonyms.txt") {
		f := strings.Fields(line)
		for _, w := range f[1:] {
			key := f[0] + " " + w
			for _, v := range f[1:] {
				if v != w {
					m[key] = append(m[key], v)
				}
			}
		}
	}
	return m
})

// Synonyms returns the words whose commonest meaning is the commonest
// meaning of the lower-case word w, read as a noun, a verb and an adjective
// through its lemma: WordNet 3.0 synsets that are the first sense of both
// words ("individual" for "person", "vast" for "huge"; not "command" for
// "bid", whose first sense "command" shares, but not as its own first).
func Synonyms(w string) []string {
	m := wordnetSynonyms()
	var out []string
	for _, k := range [...]string{"n " + NounLemma(w), "v " + VerbLemma(w), "a " + AdjectiveLemma(w)} {
		out = append(out, m[k]...)
	}
	return out
}
