package compare

import (
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/text/english"
)

// wordnetAntonyms maps a word to its WordNet antonyms (the shared list
// compare/wordnet-antonyms): adjectives, adverbs
// and verbs (with a regular past and third person, so that "accepted" meets
// "rejected"). Nouns are left out: "war"/"peace" name two things more often
// than they oppose one statement. Built on first use: every process, even
// `crosscheck --help`, would otherwise pay for it at start-up.
var wordnetAntonyms = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	add := func(a, b string) { m[a] = append(m[a], b); m[b] = append(m[b], a) }
	for _, l := range english.Phrases("compare/wordnet-antonyms") {
		f := strings.Split(l, "\t")
		if len(f) != 3 || f[0] == "noun" {
			continue
		}
		add(f[1], f[2])
		if f[0] == "verb" && regularVerb(f[1]) && regularVerb(f[2]) {
			add(pastOf(f[1]), pastOf(f[2]))
			add(f[1]+"s", f[2]+"s")
		}
	}
	return m
})

// Antonyms returns the WordNet antonyms of a lower-case word.
func Antonyms(lower string) []string { return wordnetAntonyms()[lower] }

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
