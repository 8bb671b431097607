package quote

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func stemSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// TestGroup checks that grouping keeps trimmed quotes with the full one but
// does not chain two different statements through a third that shares
// words with both.
func TestGroup(t *testing.T) {
	cases := []struct {
		name   string
		quotes []string // content stems of each quote
		want   [][]int  // groups as indices into quotes
	}{
		{"pieces of one long quote join it",
			[]string{"a b c d e f g h i j", "a b c", "h i j", "x y z"},
			[][]int{{0, 1, 2}, {3}}},
		{"no chaining A~B~C",
			[]string{"a b c d e", "c d e f g", "e f g h i"},
			[][]int{{0, 1}, {2}}},
		{"two wordings of a translation",
			[]string{"grate pay attent visit russia", "grate pay such attent visit russia"},
			[][]int{{0, 1}}},
		{"words of one topic out of order are no wording",
			[]string{"a b c d e f g h", "b d f h x"},
			[][]int{{0}, {1}}},
		{"a run of three in a row is",
			[]string{"a b c d e f g h", "x c d e y"},
			[][]int{{0, 1}}},
		{"short quotes must match whole",
			[]string{"peace", "peace talk"},
			[][]int{{0}, {1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			items := make([]item, len(c.quotes))
			for i, q := range c.quotes {
				items[i] = item{doc: i, text: q, stems: stemSet(q), seq: strings.Fields(q)}
			}
			var got [][]int
			for _, g := range group(items) {
				var ids []int
				for _, it := range g {
					ids = append(ids, it.doc)
				}
				got = append(got, ids)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("groups (-want +got):\n%s", diff)
			}
		})
	}
}
