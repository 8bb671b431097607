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
