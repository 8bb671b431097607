package english

import (
	"slices"
	"strings"
	"sync"
)

// antonymPOS are the parts of speech whose antonyms are read. Nouns are
// left out: "war"/"peace" name two things more often than they oppose one
// statement.
var antonymPOS = []string{"adj", "adv", "verb"}

// wordnetAntonyms maps a word to its WordNet antonyms, one map a part of
// speech (antonymPOS), from data/wordnet/antonym-index.txt: each word's
// antonyms on a line ("verb accept reject"), written from the pairs of
// data/wordnet-antonyms.tsv by gen/antonymindex.go, verbs with a regular
// past and third person too, so that "accepted" meets "rejected". Built
// on first use, a map insert a line and the lists cut from one array:
// building it from the pairs, a list grown for each word and the verbs'
// forms made, was 3% of the instructions of a brief of the bundled
// example.
var wordnetAntonyms = sync.OnceValue(func() *[3]map[string][]string {
	text := dataText("wordnet/antonym-index.txt")
	var m [3]map[string][]string
	for p, pos := range antonymPOS {
		m[p] = make(map[string][]string, strings.Count(text, "\n"+pos+" ")+1)
	}
	words := make([]string, 0, strings.Count(text, " "))
	for line := range entries(text) {
		pos, rest, _ := strings.Cut(line, " ")
		word, antonyms, _ := strings.Cut(rest, " ")
		p := slices.Index(antonymPOS, pos)
		if p < 0 {
			continue
		}
		start := len(words)
		for a := range strings.FieldsSeq(antonyms) {
			words = append(words, a)
		}
		m[p][word] = words[start:len(words):len(words)]
	}
	return &m
})

// Antonyms returns the WordNet antonyms of a lower-case word as an
// adjective, adverb or verb.
func Antonyms(lower string) []string {
	// Most words have antonyms as one part of speech at most: that list
	// is returned as it is (clipped, so an append copies it), not copied.
	m := wordnetAntonyms()
	var one []string
	n := 0
	for p := range antonymPOS {
		if l := m[p][lower]; len(l) > 0 {
			one = l
			n++
		}
	}
	if n <= 1 {
		return one
	}
	var out []string
	for p := range antonymPOS {
		out = append(out, m[p][lower]...)
	}
	return out
}

// AntonymsAs returns the WordNet antonyms of a lower-case word read as the
// part of speech of its Penn Treebank tag ("JJ" adjective, "RB" adverb,
// "VB..." verb): "fire" the noun has none, though the verb "fire" has
// "hire".
func AntonymsAs(lower, tag string) []string {
	var p int
	switch {
	case strings.HasPrefix(tag, "JJ"):
		p = 0
	case strings.HasPrefix(tag, "RB"):
		p = 1
	case strings.HasPrefix(tag, "VB"):
		p = 2
	default:
		return nil
	}
	return wordnetAntonyms()[p][lower]
}
