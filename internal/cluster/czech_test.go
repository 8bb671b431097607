package cluster

import "testing"

// TestCzechLight: the cases of a Czech name have one stem (Dolamic and
// Savoy's light stemmer), and a short word keeps its letters.
func TestCzechLight(t *testing.T) {
	for _, tc := range []struct{ words []string }{
		{[]string{"írán", "íránu", "íránem", "íráně"}},
		{[]string{"graib", "graibu"}},
		{[]string{"londýn", "londýna", "londýně", "londýnem"}},
		{[]string{"čína", "číny", "číně", "čínou"}},
		{[]string{"peking", "pekingu", "pekingem"}},
		// Palatalisation: the locative "Praze" softens the h of "Praha".
		{[]string{"praha", "prahy", "praze", "prahou"}},
	} {
		want := czechLight(tc.words[0])
		for _, w := range tc.words[1:] {
			if got := czechLight(w); got != want {
				t.Errorf("czechLight(%q) = %q; want %q, the stem of %q", w, got, want, tc.words[0])
			}
		}
	}
	for _, w := range []string{"abú", "usa", "osn"} {
		if got := czechLight(w); got != w {
			t.Errorf("czechLight(%q) = %q; want it unchanged", w, got)
		}
	}
	if got := nameForm("en", "chile"); got != "chile" {
		t.Errorf("nameForm(en, chile) = %q; English names are kept as written", got)
	}
}
