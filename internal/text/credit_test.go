package text

import "testing"

// TestSlashCreditIsAPiece: a photo's credit written with a slash and glued
// before its caption (the New York Daily News' galleries in GVA 387194,
// GM Video Productions' in GVA 346621, and with "for" alone in GVA
// 330611) is a piece of its own, after a sentence's end or a gallery's
// button too; a slash in prose, or "for" before an organisation that is
// no newspaper, is no credit.
func TestSlashCreditIsAPiece(t *testing.T) {
	for _, c := range []struct {
		para string
		want []string
	}{
		{"Jeff Bachner/for New York Daily News The drive-by shooting on Dwight St. left five people wounded late Monday.",
			[]string{"Jeff Bachner/for New York Daily News", "The drive-by shooting on Dwight St. left five people wounded late Monday."}},
		{"A fourth suspect has been arrested. Enlarge Kevin C. Downs/for New York Daily News Elijah Wells is among the suspects busted for the shooting.",
			[]string{"A fourth suspect has been arrested.", "Enlarge", "Kevin C. Downs/for New York Daily News", "Elijah Wells is among the suspects busted for the shooting."}},
		{"Gary Marks/GM Video Productions A 4-year-old is taken to the hospital.",
			[]string{"Gary Marks/GM Video Productions", "A 4-year-old is taken to the hospital."}},
		{"Police said the car was going 90 miles/hour on Main Street.", []string{"Police said the car was going 90 miles/hour on Main Street."}},
		{"The Smith/Jones Group bought the building.", []string{"The Smith/Jones Group bought the building."}},
		// GVA 330611: the Daily News' credit with "for" alone.
		{"Kendall Rodriguez for New York Daily News Police investigate the crime scene on Flatbush Ave.",
			[]string{"Kendall Rodriguez for New York Daily News", "Police investigate the crime scene on Flatbush Ave."}},
		{"John Smith for Mayor Committee Chairman Bob Jones spoke.", []string{"John Smith for Mayor Committee Chairman Bob Jones spoke."}},
		{"He ran. Police searched for Jane Doe Tuesday.", []string{"He ran.", "Police searched for Jane Doe Tuesday."}},
	} {
		wantPieces(t, c.para, c.want)
	}
	for _, s := range []string{"Jeff Bachner/for New York Daily News", "Gary Marks/GM Video Productions", "Kim Hairston/KTVB", "Kendall Rodriguez for New York Daily News"} {
		if !SlashCredit(s) {
			t.Errorf("SlashCredit(%q) = false", s)
		}
	}
	if SlashCredit("The Smith/Jones Group") {
		t.Error(`SlashCredit("The Smith/Jones Group") = true`)
	}
}

// FuzzSlashCreditCuts: the cuts lie inside the line, in order.
func FuzzSlashCreditCuts(f *testing.F) {
	f.Add("Enlarge Kevin C. Downs/for New York Daily News Elijah Wells is among the suspects.")
	f.Add("a/b/c D/E F")
	f.Fuzz(func(t *testing.T, line string) {
		last := -1
		for _, c := range slashCreditCuts(line) {
			if c <= 0 || c >= len(line) || c <= last {
				t.Fatalf("cut %d of %q (after %d)", c, line, last)
			}
			last = c
		}
	})
}
