//go:build ignore

// The WordNet 3.0 files as Debian's wordnet-base package installs them,
// read for the generators beside this file (go run gen/NAME.go
// gen/wordnet.go). WORDNET_DIR names another folder holding them (the
// package unpacked without installing it: apt-get download wordnet-base;
// dpkg -x wordnet-base_*.deb DIR; WORDNET_DIR=DIR/usr/share/wordnet/).
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

var dir = dirOf()

// dirOf is the folder of the WordNet files, with its final slash.
func dirOf() string {
	if d := os.Getenv("WORDNET_DIR"); d != "" {
		return d
	}
	return "/usr/share/wordnet/"
}

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

// eachLine calls f with each line of a WordNet file but its licence
// header (the lines that open with two spaces).
func eachLine(file string, f func(l string)) {
	r, err := os.Open(dir + file)
	if err != nil {
		panic(err)
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := sc.Text(); !strings.HasPrefix(l, "  ") {
			f(l)
		}
	}
	if err := sc.Err(); err != nil {
		panic(err)
	}
}

// readData maps each synset offset of a data file to its synset.
func readData(file string) map[string]*synset {
	out := map[string]*synset{}
	eachLine(file, func(l string) {
		if i := strings.Index(l, " | "); i >= 0 {
			l = l[:i]
		}
		f := strings.Fields(l)
		lex, _ := strconv.Atoi(f[1])
		n, _ := strconv.ParseInt(f[3], 16, 32)
		s := &synset{lexfile: lex}
		k := 4
		for i := 0; i < int(n); i++ {
			word := strings.ToLower(f[k])
			if i := strings.IndexByte(word, '('); i >= 0 {
				word = word[:i] // an adjective's position marker: "(a)", "(p)"
			}
			s.words = append(s.words, word)
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
	})
	return out
}

// readIndex maps each lemma to its synset offsets, the most frequent sense
// first.
func readIndex(file string) map[string][]string {
	out := map[string][]string{}
	eachLine(file, func(l string) {
		f := strings.Fields(l)
		n, _ := strconv.Atoi(f[2])
		out[f[0]] = f[len(f)-n:]
	})
	return out
}

// header writes the comment lines that open a data file: what it holds,
// its source and WordNet's licence.
func header(w io.Writer, lines ...string) {
	for _, l := range lines {
		fmt.Fprintln(w, "# "+l)
	}
	fmt.Fprintln(w, "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved (licence:")
	fmt.Fprintln(w, "# LICENSE-WordNet beside this file).")
}

func single(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(w) > 2
}
