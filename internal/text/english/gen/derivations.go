//go:build ignore

// Command derivations writes data/wordnet-derivations.txt: event nouns and
// the verb they name the action of ("explosion explode", "invitation
// invite"), from WordNet 3.0 as Debian's wordnet-base package installs it
// (apt-get install wordnet-base). Run from internal/text/english:
//
//	go run gen/derivations.go > data/wordnet-derivations.txt
//
// A noun is listed when its first (most frequent) sense is an act, event,
// communication, phenomenon or process (lexicographer files noun.act,
// noun.event, noun.communication, noun.phenomenon, noun.process) and that
// sense has a derivational pointer ("+") from this very word to a verb; the
// verb is the pointer's target word, preferring a verb whose own first sense
// is the target. A noun that is itself a verb lemma ("sign", whose first
// noun sense points at "signify") is left out: it is its own verb. So is
// a verb that is also a noun whose first sense is not an event
// ("state": "statement" must not meet "the state of Iowa").
package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

const dir = "/usr/share/wordnet/"

var eventFiles = map[int]bool{4: true, 10: true, 11: true, 19: true, 22: true}

type synset struct {
	lexfile int
	words   []string
	ptrs    []ptr
}

type ptr struct {
	sym    string
	offset string
	pos    byte
	src    int
	dst    int
}

func readData(file string) map[string]*synset {
	f, err := os.Open(dir + file)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	out := map[string]*synset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "  ") {
			continue
		}
		if i := strings.Index(l, " | "); i >= 0 {
			l = l[:i]
		}
		f := strings.Fields(l)
		lex, _ := strconv.Atoi(f[1])
		n, _ := strconv.ParseInt(f[3], 16, 32)
		s := &synset{lexfile: lex}
		k := 4
		for i := 0; i < int(n); i++ {
			s.words = append(s.words, strings.ToLower(f[k]))
			k += 2
		}
		pc, _ := strconv.Atoi(f[k])
		k++
		for i := 0; i < pc; i++ {
			st := f[k+3]
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			dst, _ := strconv.ParseInt(st[2:], 16, 32)
			s.ptrs = append(s.ptrs, ptr{f[k], f[k+1], f[k+2][0], int(src), int(dst)})
			k += 4
		}
		out[f[0]] = s
	}
	return out
}

// readIndex maps each lemma to its synset offsets, the most frequent sense
// first.
func readIndex(file string) map[string][]string {
	f, err := os.Open(dir + file)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "  ") {
			continue
		}
		f := strings.Fields(l)
		n, _ := strconv.Atoi(f[2])
		p, _ := strconv.Atoi(f[3])
		out[f[0]] = f[len(f)-n:]
		_ = p
	}
	return out
}

func single(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(w) > 2
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
	fmt.Fprintln(w, "# Event nouns and the verb whose action they name, one pair a line: noun verb.")
	fmt.Fprintln(w, "# Source: WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0-37,")
	fmt.Fprintln(w, "# /usr/share/wordnet/index.noun, data.noun, index.verb, data.verb), written by")
	fmt.Fprintln(w, "# gen/derivations.go (the rule is in its comment): derivational pointers of the")
	fmt.Fprintln(w, "# noun's first sense when that sense is an act, event, communication, phenomenon")
	fmt.Fprintln(w, "# or process.")
	fmt.Fprintln(w, "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved (licence:")
	fmt.Fprintln(w, "# LICENSE-WordNet beside this file).")
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
			if best == "" || (first && !bestFirst) {
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
