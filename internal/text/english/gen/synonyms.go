//go:build ignore

// Command synonyms writes data/wordnet-synonyms.txt: the words of WordNet 3.0
// (Debian's wordnet-base) whose first (most frequent) sense is one synset,
// one synset a line with its part of speech, when two or more one-word
// lemmas have it as their first sense ("n person individual someone
// somebody mortal"). A word that is only a rarer sense of the synset is
// left out ("soul" is a person in its second sense; "bid" has "command"
// as its first sense, but "command" does not have "bid"). Run from
// internal/text/english:
//
//	go run gen/synonyms.go gen/wordnet.go > data/wordnet-synonyms.txt
package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	header(w,
		"WordNet synonyms: the one-word lemmas whose first (most frequent) sense is one",
		"synset, one synset a line: part of speech (n, v, a), then its words.",
		"Source: WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0-37,",
		"/usr/share/wordnet/index.* and data.*), written by gen/synonyms.go.")
	for _, pos := range []struct{ tag, name string }{{"n", "noun"}, {"v", "verb"}, {"a", "adj"}} {
		data, idx := readData("data."+pos.name), readIndex("index."+pos.name)
		var offsets []string
		for off := range data {
			offsets = append(offsets, off)
		}
		slices.Sort(offsets)
		for _, off := range offsets {
			var class []string
			for _, v := range data[off].words {
				if single(v) && len(idx[v]) > 0 && idx[v][0] == off && !slices.Contains(class, v) {
					class = append(class, v)
				}
			}
			if len(class) >= 2 {
				fmt.Fprintf(w, "%s %s\n", pos.tag, strings.Join(class, " "))
			}
		}
	}
}
