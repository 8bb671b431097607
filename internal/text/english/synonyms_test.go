package english

import (
	"slices"
	"strings"
	"testing"
)

// TestSynonymTable checks the table against the map it replaced (a key
// "pos lemma" and a list of synonyms for each word of each line, built
// here as it was): every word of the file, and its forms with -s, -ed
// and -ing (read through their lemmas), has the same synonyms in the same
// order.
func TestSynonymTable(t *testing.T) {
	old := map[string][]string{}
	var words []string
	for _, line := range lines("wordnet-synonyms.txt") {
		f := strings.Fields(line)
		for _, w := range f[1:] {
			words = append(words, w)
			key := f[0] + " " + w
			for _, v := range f[1:] {
				if v != w {
					old[key] = append(old[key], v)
				}
			}
		}
	}
	oldSynonyms := func(w string) []string {
		var out []string
		for _, k := range []string{"n " + NounLemma(w), "v " + VerbLemma(w), "a " + AdjectiveLemma(w)} {
			out = append(out, old[k]...)
		}
		return out
	}
	if len(words) < 30_000 {
		t.Fatalf("%d words in the table", len(words))
	}
	some := 0
	for _, w := range words {
		for _, form := range []string{w, w + "s", w + "ed", w + "ing"} {
			got, want := Synonyms(form), oldSynonyms(form)
			if !slices.Equal(got, want) {
				t.Fatalf("Synonyms(%q) = %q, want %q", form, got, want)
			}
			if len(got) > 0 {
				some++
			}
		}
	}
	if some < len(words) {
		t.Errorf("only %d of %d forms have synonyms", some, 4*len(words))
	}
	if got := Synonyms("person"); !slices.Contains(got, "individual") {
		t.Errorf(`Synonyms("person") = %q, want "individual" among them`, got)
	}
}
