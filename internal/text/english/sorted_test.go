package english

import (
	"slices"
	"strings"
	"testing"
)

// TestSortedFiles checks what the binary searches of sortedFile assume of
// the files they read: ASCII without control bytes but the line end, so
// that field cuts a line where strings.Fields does, and lines in the
// order of their keys (the whole line of a lemma index, the first field
// of an exception list, part of speech and word of the synonym index).
func TestSortedFiles(t *testing.T) {
	files := []*sortedFile{verbIndex, nounIndex, adjIndex, &verbExceptions.sortedFile, &nounExceptions.sortedFile, &adjExceptions.sortedFile, synonymIndex}
	for _, x := range files {
		x.load()
		text := dataText(x.file)
		for i := 0; i < len(text); i++ {
			if c := text[i]; c >= 0x7f || c < ' ' && c != '\n' {
				t.Fatalf("%s: byte %#x at %d", x.file, c, i)
			}
		}
		prev := ""
		n := 0
		for _, line := range lines(x.file) {
			f := strings.Fields(line)
			for k, want := range f {
				if got, ok := field(line, k); !ok || got != want {
					t.Fatalf("%s: field %d of %q = %q, want %q", x.file, k, line, got, want)
				}
			}
			if _, ok := field(line, len(f)); ok {
				t.Fatalf("%s: %q has more than %d fields", x.file, line, len(f))
			}
			key := line
			switch {
			case strings.HasSuffix(x.file, ".exc"):
				key = f[0]
				if len(f) < 2 {
					t.Fatalf("%s: %q has no lemma", x.file, line)
				}
			case x == synonymIndex:
				key = f[0] + " " + f[1]
			}
			if x.block > 0 && len(line) <= x.block {
				t.Fatalf("%s: %q is not longer than the blocks' %d bytes", x.file, line, x.block)
			}
			if key < prev {
				t.Fatalf("%s: %q after %q", x.file, key, prev)
			}
			prev = key
			n++
		}
		if n < 1000 || !strings.HasPrefix(text, "#") || x.body == "" || x.body[0] == '#' {
			t.Fatalf("%s: %d lines, body %.20q", x.file, n, x.body)
		}
	}
}

// TestExceptions checks the exception lists against the maps they were
// read into before (the first line of a form wins), for every form of
// the files, and that a word not in them, or with a space, is not found.
func TestExceptions(t *testing.T) {
	for _, e := range []*exceptions{nounExceptions, verbExceptions, adjExceptions} {
		old := map[string]string{}
		for _, line := range lines(e.file) {
			if f := strings.Fields(line); len(f) >= 2 {
				if _, seen := old[f[0]]; !seen {
					old[f[0]] = f[1]
				}
			}
		}
		if len(old) < 1000 {
			t.Fatalf("%s: %d forms", e.file, len(old))
		}
		for form, want := range old {
			if got, ok := e.get(form); !ok || got != want {
				t.Fatalf("%s: get(%q) = %q, %v; want %q", e.file, form, got, ok, want)
			}
			for _, other := range []string{form + "x", "x" + form, form[:len(form)-1], form + " " + want, ""} {
				if _, inOld := old[other]; inOld {
					continue
				}
				if got, ok := e.get(other); ok {
					t.Fatalf("%s: get(%q) = %q, want none", e.file, other, got)
				}
			}
		}
	}
	if l, ok := verbExceptions.get("said"); !ok || l != "say" {
		t.Errorf(`verb exception "said" = %q, %v; want "say"`, l, ok)
	}
}

// TestSynonymIndex checks data/wordnet/synonym-index.txt against the
// synonyms file it indexes: each word of each synset line, as its part of
// speech, once, at the offset of its line, and nothing else. (Rewrite it
// with gen/synonymindex.go when this fails after the synonyms changed.)
func TestSynonymIndex(t *testing.T) {
	text := synonymLines()
	want := map[string]bool{}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if l := text[start:end]; len(l) > 2 && strings.IndexByte("nva", l[0]) >= 0 && l[1] == ' ' {
			for _, w := range strings.Fields(l[2:]) {
				got, ok := synonymLine(l[0], w)
				if !ok || got != l {
					t.Fatalf("synonymLine(%c, %q) = %q, %v; want %q", l[0], w, got, ok, l)
				}
				want[l[:1]+" "+w] = true
			}
		}
		start = end + 1
	}
	entries := lines("wordnet/synonym-index.txt")
	if len(entries) != len(want) || len(want) < 30_000 {
		t.Fatalf("%d entries in the index, %d words in the synonyms", len(entries), len(want))
	}
	for _, miss := range []string{"", "person ", "persons", "zzzz"} {
		if l, ok := synonymLine('n', miss); ok {
			t.Errorf("synonymLine(n, %q) = %q, want none", miss, l)
		}
	}
}

// TestAntonymIndex checks data/wordnet/antonym-index.txt against the map
// of data/wordnet-antonyms.tsv it replaced, built here as it was, for
// every word of it and every part of speech, and through Antonyms and
// AntonymsAs. (Rewrite it with gen/antonymindex.go when this fails after
// the pairs changed.)
func TestAntonymIndex(t *testing.T) {
	regular := func(v string) bool { return len(v) >= 3 && !strings.ContainsAny(v[len(v)-1:], "ysxhz") }
	past := func(v string) string {
		if strings.HasSuffix(v, "e") {
			return v + "d"
		}
		return v + "ed"
	}
	old := map[string]map[string][]string{"adj": {}, "adv": {}, "verb": {}}
	for _, l := range lines("wordnet-antonyms.tsv") {
		f := strings.Split(l, "\t")
		if len(f) != 3 || old[f[0]] == nil {
			continue
		}
		byWord := old[f[0]]
		add := func(a, b string) { byWord[a] = append(byWord[a], b); byWord[b] = append(byWord[b], a) }
		add(f[1], f[2])
		if f[0] == "verb" && regular(f[1]) && regular(f[2]) {
			add(past(f[1]), past(f[2]))
			add(f[1]+"s", f[2]+"s")
		}
	}
	n := 0
	tags := map[string]string{"adj": "JJ", "adv": "RB", "verb": "VBD"}
	for pos, byWord := range old {
		for w, want := range byWord {
			if got := AntonymsAs(w, tags[pos]); !slices.Equal(got, want) {
				t.Fatalf("AntonymsAs(%q, %s) = %q, want %q", w, tags[pos], got, want)
			}
			var all []string
			for _, p := range antonymPOS {
				all = append(all, old[p][w]...)
			}
			if got := Antonyms(w); !slices.Equal(got, all) {
				t.Fatalf("Antonyms(%q) = %q, want %q", w, got, all)
			}
			n++
		}
	}
	if entries := lines("wordnet/antonym-index.txt"); len(entries) != n || n < 5000 {
		t.Fatalf("%d entries in the index, %d words of the pairs", len(entries), n)
	}
	for _, miss := range []string{"", "zzzz", "accep", "accepted "} {
		if got := Antonyms(miss); got != nil {
			t.Errorf("Antonyms(%q) = %q, want none", miss, got)
		}
	}
	if got := AntonymsAs("fire", "NN"); got != nil {
		t.Errorf(`AntonymsAs("fire", "NN") = %q, want none`, got)
	}
	if got := Antonyms("accepted"); !slices.Contains(got, "rejected") {
		t.Errorf(`Antonyms("accepted") = %q, want "rejected" among them`, got)
	}
}
