//go:build ignore

// Command antonymindex writes data/wordnet/antonym-index.txt from
// data/wordnet-antonyms.tsv: a line for each word of a part of speech
// whose antonyms are read (adj, adv, verb), its antonyms after it in the
// order of the pairs, verbs with a regular past and third person too (so
// that "accepted" meets "rejected"), sorted by part of speech and word:
// loading it is a map insert a line, with no list grown and no form
// made. Run from internal/text/english after changing the pairs:
//
//	go run gen/antonymindex.go > data/wordnet/antonym-index.txt
package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
)

func main() {
	b, err := os.ReadFile("data/wordnet-antonyms.tsv")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// Nouns are left out: "war"/"peace" name two things more often than
	// they oppose one statement.
	m := map[string][]string{} // "adj able" -> its antonyms
	for l := range strings.SplitSeq(string(b), "\n") {
		f := strings.Split(strings.TrimRight(l, " \r"), "\t")
		if strings.HasPrefix(l, "#") || len(f) != 3 || !slices.Contains([]string{"adj", "adv", "verb"}, f[0]) {
			continue
		}
		add := func(a, b string) { m[f[0]+" "+a] = append(m[f[0]+" "+a], b); m[f[0]+" "+b] = append(m[f[0]+" "+b], a) }
		add(f[1], f[2])
		if f[0] == "verb" && regularVerb(f[1]) && regularVerb(f[2]) {
			add(pastOf(f[1]), pastOf(f[2]))
			add(f[1]+"s", f[2]+"s")
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, l := range []string{
		"WordNet antonyms by word: part of speech (adj, adv, verb), the word, then its",
		"antonyms in the order of the pairs, verbs with a regular past and third person",
		"too; sorted by bytes. Source: data/wordnet-antonyms.tsv (Princeton University,",
		"WordNet 3.1; WordNet licence, see LICENSE-WordNet), written by gen/antonymindex.go.",
	} {
		fmt.Fprintln(w, "# "+l)
	}
	for _, k := range keys {
		fmt.Fprintln(w, k+" "+strings.Join(m[k], " "))
	}
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
