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
	var out []string
	EachSynonym(w, func(v string) { out = append(out, v) })
	return out
}

// EachSynonym calls f with each of Synonyms(w), in the same order, without
// building the list: the look-up keys are made in a buffer on the stack.
func EachSynonym(w string, f func(string)) {
	m := wordnetSynonyms()
	var buf [64]byte
	for _, k := range [...]struct {
		pos   byte
		lemma string
	}{{'n', NounLemma(w)}, {'v', VerbLemma(w)}, {'a', AdjectiveLemma(w)}} {
		key := append(append(buf[:0], k.pos, ' '), k.lemma...)
		for _, v := range m[string(key)] {
			f(v)
		}
	}
}
