package compare_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/news"
)

// TestNameSpelledTwoWays reads GVA 223745 (a boy of 3 shot in Lake
// Stevens): two reports write the father "Jon Holzwarth", the third "Jon
// Holzworth"; the resolver takes them for one person, and the brief lists
// the two spellings with their reports. GVA 443821 writes "Polk County
// Sheriff" and "Polk County Sherriff", and GVA 441724 "City Marshal" and
// "City Marshals": an office, not a person's name (the story writes
// "sheriff", "county" and "marshal" in lower case), so no spelling
// difference.
func TestNameSpelledTwoWays(t *testing.T) {
	bs := gvaBriefs(t, "223745", "443821", "441724")
	gone := []listed{
		{"443821", news.ConflictName, "Polk County Sheriff", "Polk County Sherriff", "an office, not a person"},
		{"441724", news.ConflictName, "City Marshal", "City Marshals", "an office, not a person"},
	}
	kept := []listed{
		{"223745", news.ConflictName, "Jon Holzwarth", "Jon Holzworth", ""},
	}
	checkListed(t, bs, gone, kept)
	// Two reports write one spelling, the third the other.
	n := 0
	for _, c := range bs["223745"].Conflicts {
		if c.Topic != "spelled Holzwarth / Holzworth" {
			continue
		}
		n++
		for _, s := range c.Sides {
			want := map[string]int{"Jon Holzwarth": 2, "Jon Holzworth": 1}[s.Value]
			if len(s.Sources) != want {
				t.Errorf("GVA 223745: %s written by %d reports, want %d", s.Value, len(s.Sources), want)
			}
		}
	}
	if n != 1 {
		t.Errorf("GVA 223745 lists %d differences spelled Holzwarth / Holzworth, want 1", n)
	}
}

// TestNameSpelledWithTwoLettersSwapped reads GVA 349976 (five shot at a
// party in New Haven): two NBC Connecticut reports write the man in
// critical condition "Jamie Rodriguez", the Hartford Courant "Jaime
// Rodriguez". Two letters swapped is one slip of the keyboard (Damerau
// 1964), one edit as a letter changed is, so the resolver takes them for
// one person and the brief lists the two spellings.
func TestNameSpelledWithTwoLettersSwapped(t *testing.T) {
	bs := gvaBriefs(t, "349976")
	checkListed(t, bs, nil, []listed{{"349976", news.ConflictName, "Jamie Rodriguez", "Jaime Rodriguez", ""}})
}

// TestShortSurnameWithLetterDoubled reads GVA 491181 (calibration: five of
// a family shot in Brooklyn): two reports write the wife "Melody Amil", the
// third "Melody Amill". The resolver joined two spellings of a word only
// from five bytes up, so the four-letter surname made two people and no
// difference; a letter written twice is a spelling of a short word too
// (entity.similarWord), and the brief lists the two spellings. Another
// edit of a short surname is another name (entity's TestShortWordsOfOneEdit).
func TestShortSurnameWithLetterDoubled(t *testing.T) {
	bs := gvaBriefs(t, "491181")
	checkListed(t, bs, nil, []listed{{"491181", news.ConflictName, "Melody Amil", "Melody Amill", ""}})
}
