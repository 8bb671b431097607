package align

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/text"
	"github.com/crosscheck/crosscheck/internal/text/english"
)

// synonymByMap is Synonym as it was before synonymFilter: the map alone.
func synonymByMap(m map[string]string, lower string) string {
	if s, ok := m[lower]; ok {
		return s
	}
	if n := len(lower); n > 3 && lower[n-1] == 's' && lower[n-2] != 's' {
		return m[lower[:n-1]]
	}
	return ""
}

// TestSynonymFilterMatchesMap checks Synonym (a bit filter in front of
// the map) against the map alone: every word of the list, its plural and
// its cuts, and every token of the 100 English MultiLing reports and of
// the summit, as the tokenizer lower-cases them and stems them.
func TestSynonymFilterMatchesMap(t *testing.T) {
	m := map[string]string{}
	var words []string
	for _, line := range english.Phrases("align/synonyms") {
		f := strings.Fields(line)
		for _, w := range f[1:] {
			m[w] = "~" + f[0]
			words = append(words, w, w+"s", w+"ss", w[:len(w)-1], w[1:], "x"+w, strings.ToUpper(w))
		}
	}
	words = append(words, "", "s", "ss", "sss", "ssss")
	var docs []*text.Doc
	for _, a := range multilingEnglish(t) {
		docs = append(docs, text.Analyze(a))
	}
	docs = append(docs, summit(t).Docs...)
	for _, d := range docs {
		for _, tk := range d.Tokens {
			words = append(words, tk.Lower, tk.Stem, tk.Text)
		}
	}
	found := 0
	for _, w := range words {
		got, want := Synonym(w), synonymByMap(m, w)
		if got != want {
			t.Fatalf("Synonym(%q) = %q, the map says %q", w, got, want)
		}
		if got != "" {
			found++
		}
	}
	if found < len(m) {
		t.Fatalf("%d words with a class, want at least %d", found, len(m))
	}
	t.Logf("%d words, %d with a class", len(words), found)
}
