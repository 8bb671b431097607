package english

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// antonymsByEntries builds the antonym maps as they were built before
// issue 15's wave 26: the lines from entries, the antonyms from
// strings.FieldsSeq.
func antonymsByEntries() [3]map[string][]string {
	text := dataText("wordnet/antonym-index.txt")
	var m [3]map[string][]string
	for p := range antonymPOS {
		m[p] = map[string][]string{}
	}
	for line := range entries(text) {
		pos, rest, _ := strings.Cut(line, " ")
		word, antonyms, _ := strings.Cut(rest, " ")
		p := slices.Index(antonymPOS, pos)
		if p < 0 {
			continue
		}
		var l []string
		for a := range strings.FieldsSeq(antonyms) {
			l = append(l, a)
		}
		m[p][word] = l
	}
	return m
}

// TestAntonymMapsMatchEntries compares the antonym maps, every part of
// speech and word, with those the entries and fields of the file give.
func TestAntonymMapsMatchEntries(t *testing.T) {
	got, want := wordnetAntonyms(), antonymsByEntries()
	for p, pos := range antonymPOS {
		if len(want[p]) == 0 {
			t.Fatalf("%s: no antonyms read", pos)
		}
		if len(got[p]) != len(want[p]) {
			t.Fatalf("%s: %d words, want %d", pos, len(got[p]), len(want[p]))
		}
		for w, l := range want[p] {
			if g := got[p][w]; !reflect.DeepEqual(g, l) && (len(g) != 0 || len(l) != 0) {
				t.Fatalf("%s %q: %q, want %q", pos, w, g, l)
			}
		}
	}
}
