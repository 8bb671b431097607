package english

import (
	"io/fs"
	"strings"
	"testing"
)

// TestSetsMatchMaps loads every word list of data/ as a Set and checks
// it against a Go map of the same entries (a later line's value winning):
// every word is found with its value, and words next to them (cut short,
// made longer, a byte changed, upper case) are found only when the map has
// them. The Set's index is hashed by hashWord (issue 15, wave 23: eight
// bytes at a time instead of FNV-1a's one).
func TestSetsMatchMaps(t *testing.T) {
	files, _ := fs.Glob(data, "data/*.txt")
	more, _ := fs.Glob(data, "data/*/*.txt")
	for _, f := range append(files, more...) {
		file := strings.TrimPrefix(f, "data/")
		s := newSet(file)
		want := map[string]string{}
		for line := range entries(dataText(file)) {
			w, v := splitEntry(line)
			want[w] = v
		}
		var asked []string
		for w := range want {
			asked = append(asked, w, w+"s", strings.ToUpper(w), "x"+w)
			if w != "" {
				asked = append(asked, w[:len(w)-1], w[1:], w[:len(w)/2]+"#"+w[len(w)/2+1:])
			}
		}
		asked = append(asked, "", "a", "the", "zzzzzzzzzzzzzzzzz")
		for _, w := range asked {
			v, ok := s.Value(w)
			wv, wok := want[w]
			if ok != wok || v != wv || s.Has(w) != wok {
				t.Fatalf("%s: %q: (%q, %v), want (%q, %v)", file, w, v, ok, wv, wok)
			}
		}
		if s.Len() != len(want) {
			t.Fatalf("%s: %d words, want %d", file, s.Len(), len(want))
		}
	}
}
