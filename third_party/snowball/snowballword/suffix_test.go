package snowballword

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"
)

// TestHasSuffixIn checks the patched suffix test against the one it
// replaced (HasSuffixRunesIn of the suffix converted to runes): every string
// literal of the English and French stemmers, as a suffix of each word
// below, over every start and end position of the word.
func TestHasSuffixIn(t *testing.T) {
	var suffixes []string
	for _, dir := range []string{"../english", "../french", "../romance"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			file, err := parser.ParseFile(token.NewFileSet(), f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(file, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil {
						suffixes = append(suffixes, s)
					}
				}
				return true
			})
		}
	}
	if len(suffixes) < 200 {
		t.Fatalf("%d string literals in the stemmers", len(suffixes))
	}
	words := []string{"", "a", "generously", "nationalization", "conditional", "hopefully", "happiness", "sensibilities",
		"running", "agreed", "feed", "ied", "cries", "eucharistie", "continuellement", "évidemment", "impératrice",
		"précipitamment", "aujourd'hui", "chevaux", "façonnées", "ŝ", "été", "aimerions", "finissaient"}
	matched := 0
	for _, word := range words {
		w := New(word)
		for _, s := range suffixes {
			for start := 0; start <= len(w.RS); start++ {
				for end := start; end <= len(w.RS); end++ {
					want := w.HasSuffixRunesIn(start, end, []rune(s))
					n, got := w.hasSuffixIn(start, end, s)
					if got != want || got && n != len([]rune(s)) {
						t.Fatalf("%q[%d:%d], suffix %q: %d, %v; want %v", word, start, end, s, n, got, want)
					}
					if got && s != "" {
						matched++
					}
				}
			}
		}
	}
	if matched == 0 {
		t.Fatal("no suffix matched: the test reads nothing")
	}
}
