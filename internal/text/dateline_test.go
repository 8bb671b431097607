package text

import "testing"

// TestDatelineEnd: the datelines of real reports (MultiLing M0070, GVA
// 482801, 309330, 337111, 341451, an AP wire) end where the sentence starts; an acronym that opens
// a sentence, initials and a lone capital are no dateline.
func TestDatelineEnd(t *testing.T) {
	for s, want := range map[string]string{
		"TEXAS, US – A United States Army court martial found Army Spc. Charles Graner guilty.":   "A United States Army",
		"OCEANSIDE (CBS 8) – Two teenagers are dead and two more were rushed to the hospital.":    "Two teenagers",
		"OCEANSIDE, Calif. — Four people were arrested in connection with the March 13 shooting.": "Four people",
		"WASHINGTON (AP) -- The Senate voted on Tuesday.":                                         "The Senate",
		"NASA said on Monday that the launch would slip.":                                         "NASA said",
		"U.S. - A test of the dash after initials.":                                               "U.S. - A",
		"A - b": "A - b",
		// GVA 488547: the agency's bracket before the place
		"(AP) GREENVILLE, N.C. - A man who investigators think shot four people appears to have planned it.": "A man who",
		"(Reuters) The talks ended.": "(Reuters) The talks",
		"Police said the injuries were a close call — “Some may say he was lucky.”": "Police said",
		// GVA 309330, 337111, 341451: an underscore and a pipe for the
		// dash, and a dateline on a line of its own
		"COMANCHE, Okla._A 10-year-old girl is at OU Medical Center.":   "A 10-year-old girl",
		"GARY | Police are reporting that a 3-year-old child was shot.": "Police are reporting",
		"PERRIS, Calif. -\n\nThe 9-year-old boy has been identified.":   "The 9-year-old boy",
		"Smith_Jones wrote the code.":                                   "Smith_Jones",
		"A | B":                                                         "A | B",
	} {
		if got := s[DatelineEnd(s):]; len(got) < len(want) || got[:len(want)] != want {
			t.Errorf("DatelineEnd(%q): the sentence starts %q, want %q", s, got, want)
		}
	}
}

func FuzzDatelineEnd(f *testing.F) {
	f.Add("OCEANSIDE (CBS 8) – Two teenagers are dead.")
	f.Add("TEXAS, US – A")
	f.Fuzz(func(t *testing.T, s string) {
		if n := DatelineEnd(s); n < 0 || n > len(s) {
			t.Fatalf("DatelineEnd(%q) = %d, outside the text", s, n)
		}
	})
}
