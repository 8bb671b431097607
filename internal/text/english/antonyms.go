package english

import (
	"strings"
	"sync"
)

// antonymPOS are the parts of speech whose antonyms are read. Nouns are
// left out: "war"/"peace" name two things more often than they oppose one
// statement.
var antonymPOS = []string{"adj", "adv", "verb"}

// wordnetAntonyms maps a part of speech and a word to its WordNet antonyms
// (data/wordnet-antonyms.tsv), verbs with a regular past and third person
// too, so that "accepted" meets "rejected". Built on first use.
var wordnetAntonyms = sync.OnceValue(func() map[string]map[string][]string {
	m := map[string]map[string][]string{}
	for _, pos := range antonymPOS {
		m[pos] = map[string][]string{}
	}
	for _, l := range lines("wordnet-antonyms.tsv") {
		f := strings.Split(l, "\t")
		if len(f) != 3 || m[f[0]] == nil {
			continue
		}
		byWord := m[f[0]]
		add := func(a, b string) { byWord[a] = append(byWord[a], b); byWord[b] = append(byWord[b], a) }
		add(f[1], f[2])
		if f[0] == "verb" && regularVerb(f[1]) && regularVerb(f[2]) {
			add(pastOf(f[1]), pastOf(f[2]))
			add(f[1]+"s", f[2]+"s")
		}
	}
	return m
})

// Antonyms returns the WordNet antonyms of a lower-case word as an
// adjective, adverb or verb.
func Antonyms(lower string) []string {
	// Most words have antonyms as one part of speech at most: that list
	// is returned as it is (clipped, so an append copies it), not copied.
	var one []string
	n := 0
	for _, pos := range antonymPOS {
		if l := wordnetAntonyms()[pos][lower]; len(l) > 0 {
			one = l[:len(l):len(l)]
			n++
		}
	}
	if n <= 1 {
		return one
	}
	var out []string
	for _, pos := range antonymPOS {
		out = append(out, wordnetAntonyms()[pos][lower]...)
	}
	return out
}

// AntonymsAs returns the WordNet antonyms of a lower-case word read as the
// part of speech of its Penn Treebank tag ("JJ" adjective, "RB" adverb,
// "VB..." verb): "fire" the noun has none, though the verb "fire" has
// "hire".
func AntonymsAs(lower, tag string) []string {
	var pos string
	switch {
	case strings.HasPrefix(tag, "JJ"):
		pos = "adj"
	case strings.HasPrefix(tag, "RB"):
		pos = "adv"
	case strings.HasPrefix(tag, "VB"):
		pos = "verb"
	default:
		return nil
	}
	return wordnetAntonyms()[pos][lower]
}

// regularVerb reports whether a verb takes "-ed" and "-s" without a change
// of stem that this simple inflection would get wrong.
func regularVerb(v string) bool {
	if len(v) < 3 {
		return false
	}
	switch v[len(v)-1] {
	case 'y', 's', 'x', 'h', 'z':
		return false
	}
	return true
}

func pastOf(v string) string {
	if strings.HasSuffix(v, "e") {
		return v + "d"
	}
	return v + "ed"
}
