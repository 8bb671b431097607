package cluster

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// TestLeadStreets: the street of a "<number> block of <Street>" phrase is
// its first word after any direction, with ordinals as digits, so that two
// outlets' ways of writing one address meet, and two streets do not.
func TestLeadStreets(t *testing.T) {
	streetOfText := func(s string) []street {
		return leadStreets(text.Analyze(&news.Article{Text: s}), 0)
	}
	// Leads of two reports of one quadruple murder in Paris, Texas (GVA
	// 480981, NBC DFW and CBS DFW).
	a := streetOfText("Officers arrived at the home on the 400 block of NE 6th Street just moments later.")
	b := streetOfText("A female called to report that someone was bleeding at a home in the 400 block of Northeast Sixth Street.")
	if len(a) != 1 || len(b) != 1 || a[0].key != b[0].key {
		t.Errorf("NE 6th Street %v and Northeast Sixth Street %v: want one street", a, b)
	}
	c := streetOfText("The shooting happened in the 4800 block of West Ferdinand Street.")
	d := streetOfText("Police were called to the 4800 block of West Ohio Street.")
	if len(c) != 1 || len(d) != 1 || c[0].key == d[0].key {
		t.Errorf("Ferdinand %v and Ohio %v: want two streets", c, d)
	}
	if s := streetOfText("A man was shot on the city's west side."); len(s) != 0 {
		t.Errorf("no block: got %v", s)
	}
}

func TestOrdinalDigits(t *testing.T) {
	for v, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 103: "103rd", 111: "111th"} {
		if got := ordinalDigits(v); got != want {
			t.Errorf("ordinalDigits(%d) = %q, want %q", v, got, want)
		}
	}
}
