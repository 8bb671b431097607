package text

import "testing"

// TestDatelineEnd: the datelines of real reports (MultiLing M0070, GVA
// 482801, an AP wire) end where the sentence starts; an acronym that opens
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
