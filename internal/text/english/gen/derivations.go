//go:build ignore

// Command derivations writes data/wordnet-derivations.txt: event nouns and
// the verb they name the action of ("explosion explode", "invitation
// invite"), from WordNet 3.0 as Debian's wordnet-base package installs it
// (apt-get install wordnet-base). Run from internal/text/english:
//
//	go run gen/derivations.go gen/wordnet.go > data/wordnet-derivations.txt
//
// A noun is listed when its first (most frequent) sense is an act, event,
// communication, phenomenon or process (lexicographer files noun.act,
// noun.event, noun.communication, noun.phenomenon, noun.process) and that
// sense has a derivational pointer ("+") from this very word to a verb; the
// verb is the pointer's target word, preferring the verb that shares the
// longest beginning with the noun ("approval" approve, not approbate), then
// a verb whose own first sense is the target. A noun that is itself a verb lemma ("sign", whose first
// noun sense points at "signify") is left out: it is its own verb. So is
// a verb that is also a noun whose first sense is not an event
// ("state": "statement" must not meet "the state of Iowa").
package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
)

var eventFiles = map[int]bool{4: true, 10: true, 11: true, 19: true, 22: true}

// prefix is the length of the common prefix of a and b, an s of a meeting
// a z of b ("baptism" begins like "baptize" as much as like "baptise").
func prefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && (a[n] == b[n] || a[n] == 's' && b[n] == 'z') {
		n++
	}
	return n
}

func main() {
	nouns, verbs := readData("data.noun"), readData("data.verb")
	nIdx, vIdx := readIndex("index.noun"), readIndex("index.verb")
	var lemmas []string
	for w := range nIdx {
		if single(w) {
			lemmas = append(lemmas, w)
		}
	}
	slices.Sort(lemmas)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	header(w,
		"Event nouns and the verb whose action they name, one pair a line: noun verb.",
		"Source: WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0-37,",
		"/usr/share/wordnet/index.noun, data.noun, index.verb, data.verb), written by",
		"gen/derivations.go (the rule is in its comment): derivational pointers of the",
		"noun's first sense when that sense is an act, event, communication, phenomenon",
		"or process.")
	for _, n := range lemmas {
		s := nouns[nIdx[n][0]]
		if s == nil || !eventFiles[s.lexfile] {
			continue
		}
		self := slices.Index(s.words, n) + 1
		best, bestFirst := "", false
		for _, p := range s.ptrs {
			if p.sym != "+" || p.pos != 'v' || (p.src != 0 && p.src != self) {
				continue
			}
			t := verbs[p.offset]
			if t == nil || p.dst < 1 || p.dst > len(t.words) {
				continue
			}
			v := t.words[p.dst-1]
			if !single(v) {
				continue
			}
			first := len(vIdx[v]) > 0 && vIdx[v][0] == p.offset
			pre, bestPre := prefix(n, v), prefix(n, best)
			if best == "" || pre > bestPre || (pre == bestPre && first && !bestFirst) {
				best, bestFirst = v, first
			}
		}
		if best == "" || best == n || len(vIdx[n]) > 0 {
			continue // a noun that is a verb too ("sign") is its own verb
		}
		if vn, ok := nIdx[best]; ok {
			if vs := nouns[vn[0]]; vs != nil && !eventFiles[vs.lexfile] {
				continue
			}
		}
		fmt.Fprintf(w, "%s %s\n", n, best)
	}
}
