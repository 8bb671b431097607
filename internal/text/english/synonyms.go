package english

import (
	"strings"
	"sync"
)

// synonymTable holds data/wordnet-synonyms.txt, written from WordNet 3.0
// by gen/synonyms.go: one synset a line, its part of speech (n, v, a) and
// then its words. A word's synonyms as a part of speech are the other
// words of the line that holds it as that part of speech (a word is in one
// line of each, its first sense's).
type synonymTable struct {
	// words holds each line's words, the part of speech cut off.
	words []string
	// line maps a word to its line in words, one map a part of speech
	// (posIndex). The keys are cut from the file's text: loading the table
	// allocates no key (building "n person" keys and a list of synonyms
	// for each of 34,000 words was a fifth of the CPU of a brief of the
	// bundled example).
	line [3]map[string]int32
}

// posIndex numbers the parts of speech of the table: n, v and a.
func posIndex(pos byte) int {
	switch pos {
	case 'n':
		return 0
	case 'v':
		return 1
	case 'a':
		return 2
	}
	return -1
}

var wordnetSynonyms = sync.OnceValue(func() *synonymTable {
	ls := lines("wordnet-synonyms.txt")
	t := &synonymTable{words: make([]string, 0, len(ls))}
	var count [3]int
	for _, l := range ls {
		if p := posIndex(l[0]); p >= 0 && len(l) > 2 && l[1] == ' ' {
			count[p] += strings.Count(l, " ")
		}
	}
	for p := range t.line {
		t.line[p] = make(map[string]int32, count[p])
	}
	for _, l := range ls {
		p := posIndex(l[0])
		if p < 0 || len(l) < 3 || l[1] != ' ' {
			continue // no part of speech a look-up asks for
		}
		ws := l[2:]
		n := int32(len(t.words))
		t.words = append(t.words, ws)
		for w := range strings.FieldsSeq(ws) {
			t.line[p][w] = n
		}
	}
	return t
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

// EachSynonym calls f with each of Synonyms(w), in the same order (the
// noun's, the verb's, then the adjective's, each in its line's order),
// without building the list.
func EachSynonym(w string, f func(string)) {
	t := wordnetSynonyms()
	for p, lemma := range [...]string{NounLemma(w), VerbLemma(w), AdjectiveLemma(w)} {
		n, ok := t.line[p][lemma]
		if !ok {
			continue
		}
		for v := range strings.FieldsSeq(t.words[n]) {
			if v != lemma {
				f(v)
			}
		}
	}
}
