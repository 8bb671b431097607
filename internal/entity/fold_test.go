package entity

import "testing"

// FuzzFoldKey checks that the ASCII fast path of foldKey folds every string
// exactly as the general path does.
func FuzzFoldKey(f *testing.F) {
	for _, s := range []string{"Kim Jong Un", "Putin's", "U.S.", "Foster-Carter", "People’s", "it''s", "``Hi", "a\tB", "Kennedys'", "St. Mary's Parish", "O'S Bar'S"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldKey(s), foldKeySlow(s); got != want {
			t.Errorf("foldKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// slashLess orders kinds as their "type/subtype" strings sort.
func TestSlashLess(t *testing.T) {
	kinds := []typeVote{{"person", "", 0}, {"place", "country", 0}, {"place", "", 0}, {"org", "news outlet", 0}, {"organization", "", 0}, {"other", "vehicle", 0}, {"other", "", 0}, {"", "", 0}}
	for _, a := range kinds {
		for _, b := range kinds {
			if got, want := slashLess(a, b), a.typ+"/"+a.sub < b.typ+"/"+b.sub; got != want {
				t.Errorf("slashLess(%v, %v) = %v, want %v", a, b, got, want)
			}
		}
	}
}
