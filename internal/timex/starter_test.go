package timex

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/testenv"
)

// starterByMap is starter as it was before the filter in front of the map:
// the reference starter must match exactly.
func starterByMap(t tok) bool {
	if t.num {
		return true
	}
	if !t.word {
		return false
	}
	if startWords.Has(t.low) {
		return true
	}
	w := t.low
	if n := len(w); n > 2 && (w[n-2] == '\'' || len(w) >= 4 && w[n-4:] == "’s") {
		w = trimPossessive(w)
	}
	_, ok := starters().words[w]
	return ok
}

func trimPossessive(w string) string {
	for _, s := range []string{"'s", "’s"} {
		if len(w) >= len(s) && w[len(w)-len(s):] == s {
			w = w[:len(w)-len(s)]
		}
	}
	return w
}

// TestStarterFilterMatchesMap compares starter with the map alone on every
// token of 2,000 GVA reports, of every word of the lists and of their
// possessives.
func TestStarterFilterMatchesMap(t *testing.T) {
	st := starters()
	var toks []tok
	for _, body := range testenv.GVATexts(t, 2000) {
		toks = append(toks, tokenize(body)...)
	}
	for w := range st.words {
		toks = append(toks, tokenize(w+" "+w+"'s "+w+"’s x"+w)...)
	}
	n := 0
	for _, tk := range toks {
		got, want := st.starter(tk), starterByMap(tk)
		if got != want {
			t.Errorf("starter(%q) = %v, the map alone %v", tk.low, got, want)
		}
		if got {
			n++
		}
	}
	t.Logf("%d tokens, %d starters", len(toks), n)
	if n == 0 {
		t.Error("no starter: the data changed")
	}
}
