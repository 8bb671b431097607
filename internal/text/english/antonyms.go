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
	// One pass cuts the lines (as entries would: no comments, no blank
	// lines) and their fields (the file is ASCII, so a field ends at a
	// byte no greater than a space, as strings.Fields would cut it), and
	// counts each part of speech's words, so that each map is made its
	// size at once: the iterators and a count of the text for each map
	// were most of the cost.
	type entry struct {
		p           int
		word        string
		start, stop int
	}
	var count [3]int
	ents := make([]entry, 0, strings.Count(text, "\n")+1)
	words := make([]string, 0, strings.Count(text, " "))
	for rest := text; rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if strings.HasPrefix(line, "#") {
			continue
		}
		pos, rest, _ := strings.Cut(strings.TrimRight(line, " \r"), " ")
		p := slices.Index(antonymPOS, pos)
		if p < 0 {
			continue
		}
		word, antonyms, _ := strings.Cut(rest, " ")
		start := len(words)
		for j := 0; j < len(antonyms); {
			for j < len(antonyms) && antonyms[j] <= ' ' {
				j++
			}
			k := j
			for k < len(antonyms) && antonyms[k] > ' ' {
				k++
			}
			if k > j {
				words = append(words, antonyms[j:k])
			}
			j = k
		}
		ents = append(ents, entry{p, word, start, len(words)})
		count[p]++
	}
	var m [3]map[string][]string
	for p := range m {
		m[p] = make(map[string][]string, count[p])
	}
	for _, e := range ents {
		m[e.p][e.word] = words[e.start:e.stop:e.stop]
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
