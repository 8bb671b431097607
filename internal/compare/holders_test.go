package compare_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestAgesOfTwoPeople reads GVA incidents whose ages are told of two
// people or of one. In 619156 one report gives the age of the accused ("An
// 18-year-old man accused of fatally shooting"), another the age of the man
// he killed ("he shot and killed a 20-year-old man"): a suspect and a victim
// (ageHolder), no difference. The same man's age given two ways stays one:
// "22-year-old SirTerry L. Stevenson" / "23-year-old SirTerry Stevenson"
// (352628), and the boy of 618126, four and five years old. The summary
// no longer shows the victim's age as "other reports: 20 years old".
func TestAgesOfTwoPeople(t *testing.T) {
	bs := gvaBriefs(t, "619156", "352628", "618126")
	gone := []listed{
		{"619156", news.ConflictNumber, "18 years old", "20 years old", "the accused is 18, the man he killed 20"},
	}
	kept := []listed{
		{"352628", news.ConflictNumber, "22 years old", "23 years old", ""},
		{"618126", news.ConflictNumber, "4 years old", "5 years old", ""},
	}
	checkListed(t, bs, gone, kept)
	// The summary no longer notes the victim's age as another report's
	// value of the accused's.
	for _, s := range bs["619156"].Summary {
		for _, o := range s.Others {
			if o.Value == "20 years old" || o.Value == "18 years old" {
				t.Errorf("GVA 619156 summary notes other reports: %s", o.Value)
			}
		}
	}
}

// TestAgeOfOneNameSpelledTwoWays reads GVA incident 390774 (a shooting in
// Blytheville, Arkansas, in 2015), whose reports give the woman killed as
// "20-year-old Adeline King" and "19-year-old Adline King": the resolver
// joins the two spellings, and so does the age comparison.
func TestAgeOfOneNameSpelledTwoWays(t *testing.T) {
	bs := gvaBriefs(t, "390774")
	checkListed(t, bs, nil, []listed{{"390774", news.ConflictNumber, "19 years old", "20 years old", ""}})
}
