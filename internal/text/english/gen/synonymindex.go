//go:build ignore

// Command synonymindex writes data/wordnet/synonym-index.txt from
// data/wordnet-synonyms.txt: a line for each word of each synset line, its
// part of speech, the word and the byte offset of its line in that file,
// sorted by bytes, so that a look-up is a binary search of the embedded
// text and loading the table builds no map. Run from internal/text/english
// after writing the synonyms:
//
//	go run gen/synonymindex.go gen/wordnet.go > data/wordnet/synonym-index.txt
package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
)

func main() {
	b, err := os.ReadFile("data/wordnet-synonyms.txt")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	text := string(b)
	at := map[string]int{} // "n person" -> its line's offset; the last line wins
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if f := strings.Fields(text[start:end]); len(f) > 1 && !strings.HasPrefix(f[0], "#") && strings.Contains("nva", f[0]) && len(f[0]) == 1 {
			for _, w := range f[1:] {
				at[f[0]+" "+w] = start
			}
		}
		start = end + 1
	}
	keys := make([]string, 0, len(at))
	for k := range at {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	header(w,
		"Where each word of wordnet-synonyms.txt is: part of speech (n, v, a), the word, and",
		"the byte offset of the synonyms' line that holds it, sorted by bytes.",
		"Source: data/wordnet-synonyms.txt (WordNet 3.0, Princeton University), written by",
		"gen/synonymindex.go.")
	for _, k := range keys {
		fmt.Fprintf(w, "%s %d\n", k, at[k])
	}
}
