package english

import (
	"strconv"
	"strings"
	"sync"
)

// synonymLines holds data/wordnet-synonyms.txt, written from WordNet 3.0
// by gen/synonyms.go: one synset a line, its part of speech (n, v, a) and
// then its words. A word's synonyms as a part of speech are the other
// words of the line that holds it as that part of speech (a word is in one
// line of each, its first sense's). synonymIndex says where that line is
// (data/wordnet/synonym-index.txt, written from the file by
// gen/synonymindex.go): "n person 1234", sorted, searched in place. So
// loading the table only notes where each of its 34,000 lines starts: a
// map of the words, built on first use, cost 19 M instructions, a
// sixteenth of a brief of the bundled example, which looks up about 2,000
// words.
var (
	synonymLines = sync.OnceValue(func() string { return dataText("wordnet-synonyms.txt") })
	synonymIndex = &sortedFile{file: "wordnet/synonym-index.txt", block: 4}
)

// synonymLine returns the synset line that holds the word w as the part
// of speech pos ('n', 'v' or 'a'), without its end of line.
func synonymLine(pos byte, w string) (string, bool) {
	var buf [64]byte
	entry, ok := synonymIndex.find(append(append(append(buf[:0], pos, ' '), w...), ' '))
	if !ok || w == "" || strings.IndexByte(w, ' ') >= 0 {
		return "", false
	}
	off, _ := field(entry, 2)
	at, err := strconv.Atoi(off)
	text := synonymLines()
	if err != nil || at < 0 || at >= len(text) {
		panic("english: wordnet/synonym-index.txt: bad offset in " + entry)
	}
	l := text[at:]
	if i := strings.IndexByte(l, '\n'); i >= 0 {
		l = l[:i]
	}
	return l, true
}

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
	for p, lemma := range [...]string{NounLemma(w), VerbLemma(w), AdjectiveLemma(w)} {
		l, ok := synonymLine("nva"[p], lemma)
		if !ok {
			continue
		}
		for v := range strings.FieldsSeq(l[2:]) {
			if v != lemma {
				f(v)
			}
		}
	}
}
